"""PDF pages drawn by PDFium (pypdfium2) for the preview and the printer.

PDFium is the engine inside Qt's own PDF module; pypdfium2 ships it as a small wheel with no Qt
coupling, so the app can stay on a PySide6 release without the 6.12.0 reference leak (see
pyproject.toml). Loaded only when a preview opens (tests/test_ui_startup_imports.py).
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72  # PDF user space unit (ISO 32000-1 §8.3.2.3)
MAX_PRINT_DPI = 300  # pages are printed as images; more only costs memory (an A4 page at 300 dpi is 35 MB)
WHITE = (255, 255, 255, 255)


class PdfPages:
    """An in-memory PDF: page count, page sizes in points (1/72 inch) and pages rendered to QImage.

    Raises ValueError (Finnish message) when `data` is not a readable PDF. PDFium is not
    thread-safe: use one instance from one thread (the GUI thread in the preview).
    """

    def __init__(self, data: bytes) -> None:
        try:
            self._document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise ValueError(f"PDF-tiedostoa ei voitu avata: {exc}") from exc
        self._closed = False
        self._sizes: list[QSizeF] = []
        for index in range(len(self._document)):
            page = self._document[index]
            try:
                width, height = page.get_size()
            finally:
                page.close()
            self._sizes.append(QSizeF(width, height))

    @property
    def count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """Page `index` (0-based) in points; raises IndexError outside 0…count-1."""
        return self._sizes[index]

    def render(self, index: int, scale: float) -> QImage:
        """Page `index` at `scale` pixels per point (scale = dpi / 72), on white, as an RGBX image
        that owns its memory."""
        page = self._document[index]
        try:
            bitmap = page.render(scale=scale, fill_color=WHITE, rev_byteorder=True, prefer_bgrx=True,
                                 draw_annots=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()
            bitmap.close()
            return image
        finally:
            page.close()

    def text(self, index: int) -> str:
        """The text of page `index` as PDFium extracts it (for tests and search-as-you-read)."""
        page = self._document[index]
        try:
            text_page = page.get_textpage()
            try:
                return text_page.get_text_bounded()
            finally:
                text_page.close()
        finally:
            page.close()

    def close(self) -> None:
        """Free PDFium's copy of the document; safe to call more than once."""
        if not self._closed:
            self._closed = True
            self._document.close()


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Render every page onto the printer at its resolution (at most MAX_PRINT_DPI), scaled into
    the painter's viewport with the aspect ratio kept; returns pages printed.

    Raises OSError (Finnish message) when the printer cannot be opened.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Tulostinta ei voitu avata.")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(pages.count):
            if index:
                printer.newPage()
            image = pages.render(index, dpi / POINTS_PER_INCH)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(target.topLeft(), size), image)
        return pages.count
    finally:
        painter.end()
