"""A PDF shown inside the app (QtPdf), printed through the system dialog (QPrinter), or saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.files import write_atomically

MAX_PRINT_DPI = 300  # pages are rendered as images; more only costs memory


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over in-memory bytes. The buffer is parented to the document so it lives
    exactly as long as the document needs it."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page onto the printer, scaled to the printable area; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Tulostinta ei voitu avata.")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            painter.setWindow(target)
        return document.pageCount()
    finally:
        painter.end()


def save_pdf(data: bytes, path: Path) -> None:
    write_atomically(path, data)


class PdfPreviewDialog(QDialog):
    """Shows the document with Print and Save as; non-modal, so work can go on beside it."""

    def __init__(self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 1000)

        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("PDF-esikatselu"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Tulosta…"), self)
        self.save_button = QPushButton(self.tr("Tallenna nimellä…"), self)
        close_button = QPushButton(self.tr("Sulje"), self)
        for button, role in ((self.print_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.save_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (close_button, QDialogButtonBox.ButtonRole.RejectRole)):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addButton(button, role)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_as)
        close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_pdf)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_as)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def print_pdf(self, printer: QPrinter | None = None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # the PDF carries its own 20 mm margins: print the whole sheet at 100 %, not shrunk again
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Tulosta"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_document(self.document, printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Tulostus epäonnistui"), str(exc))
            return False
        return True

    def save_as(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna PDF"), self.suggested_name,
                                              self.tr("PDF-tiedostot (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(self.data, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Tallennus epäonnistui"),
                                self.tr("Tiedostoa ei voitu tallentaa: {0}").format(exc))
            return None
        return path
