"""A PDF shown inside the app (pages drawn by PDFium), printed through the system dialog, or saved.

Keys (Adobe Reader's, which council staff know): PgDown / PgUp next / previous page, Home / End
first / last page, Ctrl++ / Ctrl+- zoom, Ctrl+2 fit width, Ctrl+0 fit page, Ctrl+1 actual size,
Ctrl+P print, Ctrl+S save; the buttons have access keys too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.files import write_atomically
from desktop_app.ui.announce import announce
from desktop_app.ui.keys import sequences, with_keys
from desktop_app.ui.pdf_pages import POINTS_PER_INCH, PdfPages, print_pages
from desktop_app.ui.screen_fit import fit_on_screen

PREFERRED_SIZE = QSize(860, 1000)  # an A4 page at fit width; shrunk to the screen
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0  # of actual size
FIT_WIDTH, FIT_PAGE, CUSTOM = "width", "page", "custom"
PAGE_MARGIN = 12  # pixels around the page inside the scroll area


def save_pdf(data: bytes, path: Path) -> None:
    write_atomically(path, data)


class PdfPreviewDialog(QDialog):
    """Shows the document one page at a time with zoom, Print and Save as; non-modal, so work can
    go on beside it."""

    def __init__(self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.suggested_name = suggested_name
        self.pages = PdfPages(data)
        self.page = 0
        self.zoom_mode = FIT_WIDTH
        self.zoom = 1.0  # of actual size; follows the fit modes so zooming starts from what is seen
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pages = self.pages  # closed with the dialog however it goes (also when the app quits)
        self.finished.connect(lambda _result: pages.close())
        self.destroyed.connect(lambda *_: pages.close())

        self.canvas = QLabel(self)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = QScrollArea(self)
        self.view.setWidget(self.canvas)
        self.view.setWidgetResizable(True)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # always on, so fitting the width never makes the bar come and go (and the page re-fit)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.viewport().installEventFilter(self)
        self.view.setAccessibleName(self.tr("PDF-esikatselu"))
        self.view.setStyleSheet("QScrollArea { background: #6b6b6b; } QLabel { background: #6b6b6b; }")

        self.page_label = QLabel(self)
        self.page_label.setAccessibleDescription(self.tr("Sivunumero"))   # named by its text
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_label.setAccessibleDescription(self.tr("Suurennos"))
        self.zoom_out_button = self._tool_button("−", with_keys(self.tr("Pienennä (%1)"), "zoom_out"),
                                                 self.zoom_out)
        self.zoom_in_button = self._tool_button("+", with_keys(self.tr("Suurenna (%1)"), "zoom_in"),
                                                self.zoom_in)
        self.fit_width_button = QPushButton(self.tr("Sovita &leveyteen"), self)
        self.fit_page_button = QPushButton(self.tr("&Koko sivu"), self)
        self.fit_width_button.clicked.connect(lambda: self.set_zoom_mode(FIT_WIDTH))
        self.fit_page_button.clicked.connect(lambda: self.set_zoom_mode(FIT_PAGE))
        self.print_button = QPushButton(self.tr("&Tulosta…"), self)
        self.save_button = QPushButton(self.tr("Tallenna &nimellä…"), self)
        self.close_button = QPushButton(self.tr("&Sulje"), self)
        self.print_button.clicked.connect(lambda: self.print_pdf())
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.close)
        for button in (self.fit_width_button, self.fit_page_button, self.print_button, self.save_button,
                       self.close_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        bar = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.zoom_label, self.fit_width_button,
                       self.fit_page_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self._shortcuts()
        fit_on_screen(self, PREFERRED_SIZE)
        self.view.setFocus()
        self._show_page()

    def _tool_button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        keys = [
            (QKeySequence.StandardKey.Print, lambda: self.print_pdf()),
            (QKeySequence.StandardKey.Save, self.save_as),
            *[(key, self.zoom_in) for key in sequences("zoom_in")],    # keys.py: one definition
            *[(key, self.zoom_out) for key in sequences("zoom_out")],
            ("Ctrl+2", lambda: self.set_zoom_mode(FIT_WIDTH)),
            ("Ctrl+0", lambda: self.set_zoom_mode(FIT_PAGE)),
            ("Ctrl+1", self.actual_size),
            (Qt.Key.Key_PageDown, lambda: self.go_to(self.page + 1)),
            (Qt.Key.Key_PageUp, lambda: self.go_to(self.page - 1)),
            (Qt.Key.Key_Home, lambda: self.go_to(0)),
            (Qt.Key.Key_End, lambda: self.go_to(self.pages.count - 1)),
        ]
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, activated=slot)

    # --- pages and zoom -------------------------------------------------------------------------

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.pages.count - 1))
        if page != self.page:
            self.page = page
            self._show_page()
            self.view.verticalScrollBar().setValue(0)

    def set_zoom_mode(self, mode: str) -> None:
        self.zoom_mode = mode
        self._show_page()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.zoom_mode = CUSTOM
        self._show_page()

    def _pixels_per_point_at_actual_size(self) -> float:
        return self.logicalDpiX() / POINTS_PER_INCH

    def _scale(self) -> float:
        """Logical pixels per PDF point for the current page and zoom mode."""
        if self.pages.count == 0:
            return 1.0
        size = self.pages.page_size(self.page)
        viewport = self.view.viewport().size()
        by_width = (viewport.width() - 2 * PAGE_MARGIN) / size.width()
        by_height = (viewport.height() - 2 * PAGE_MARGIN) / size.height()
        if self.zoom_mode == FIT_WIDTH:
            scale = by_width
        elif self.zoom_mode == FIT_PAGE:
            scale = min(by_width, by_height)
        else:
            return self.zoom * self._pixels_per_point_at_actual_size()
        scale = max(scale, 0.05)
        self.zoom = scale / self._pixels_per_point_at_actual_size()
        return scale

    def _show_page(self) -> None:
        if self.pages.count == 0:
            self.page_label.setText(self.tr("Ei sivuja"))
            return
        scale = self._scale()
        ratio = self.devicePixelRatioF()
        image = self.pages.render(self.page, scale * ratio)
        image.setDevicePixelRatio(ratio)
        self.canvas.setPixmap(QPixmap.fromImage(image))
        shown = self.page_label.text()
        self.page_label.setText(self.tr("Sivu {0} / {1}").format(self.page + 1, self.pages.count))
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        if shown and self.page_label.text() != shown:   # PgDn keeps the focus on the page view
            announce(self.page_label, self.page_label.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the viewport, not the dialog: its size is settled only after the layout ran
        if event.type() == QEvent.Type.Resize and self.zoom_mode != CUSTOM:
            self._show_page()
        return super().eventFilter(watched, event)

    # --- print and save -------------------------------------------------------------------------

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
            print_pages(self.pages, printer)
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
