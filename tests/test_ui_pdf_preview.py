"""The PDF preview fits a laptop screen and is driven by the keyboard: pages, zoom, print, save."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop_app.ui import pdf_preview, screen_fit
from desktop_app.ui.pdf_preview import PdfPreviewDialog

# available areas in logical pixels: a 1366×768 laptop with a 40 px taskbar, and a 1920×1080 screen
# at 150 % (1280×720 logical) with Windows' 48 px taskbar
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1920x1080@150%": QRect(0, 0, 1280, 672)}


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        document.setFont("Helvetica", 40)
        document.drawString(100, 700, f"Sivu {number}")
        document.showPage()
    document.save()
    return buffer.getvalue()


@pytest.fixture
def open_preview(qtbot, monkeypatch):
    def make(screen: QRect = SCREENS["1366x768"], pages: int = 5) -> PdfPreviewDialog:
        monkeypatch.setattr(screen_fit, "available_geometry", lambda widget: screen)
        dialog = PdfPreviewDialog(_pdf(pages), "Neuvottelumuistio: Kuhmo 2026", "muistio.pdf")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog
    return make


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_preview_and_its_buttons_fit_the_available_screen(open_preview, screen: QRect) -> None:
    dialog = open_preview(screen)
    assert screen.contains(dialog.frameGeometry()), (dialog.frameGeometry(), screen)
    # room is left for a real window manager's title bar and borders too
    frame = screen_fit.FRAME_ALLOWANCE
    assert dialog.height() + frame.top() + frame.bottom() <= screen.height()
    assert dialog.width() + frame.left() + frame.right() <= screen.width()
    assert dialog.height() > screen.height() * 0.8  # uses the height it has, not a stamp
    for button in (dialog.print_button, dialog.save_button, dialog.close_button, dialog.fit_page_button):
        top_left = button.mapTo(dialog, QPoint(0, 0))
        assert dialog.rect().contains(QRect(top_left, button.size())), button.text()
        assert button.isVisible()


def test_page_keys_move_through_the_document_and_the_indicator_follows(open_preview, qtbot) -> None:
    dialog = open_preview(pages=5)
    assert dialog.page_label.text() == "Sivu 1 / 5"
    for key, expected in ((Qt.Key.Key_PageDown, "Sivu 2 / 5"), (Qt.Key.Key_PageDown, "Sivu 3 / 5"),
                          (Qt.Key.Key_End, "Sivu 5 / 5"), (Qt.Key.Key_PageDown, "Sivu 5 / 5"),
                          (Qt.Key.Key_PageUp, "Sivu 4 / 5"), (Qt.Key.Key_Home, "Sivu 1 / 5"),
                          (Qt.Key.Key_PageUp, "Sivu 1 / 5")):
        qtbot.keyClick(dialog.focusWidget(), key)
        assert dialog.page_label.text() == expected


def test_zoom_keys_and_fit_modes(open_preview, qtbot) -> None:
    dialog = open_preview()
    viewport = dialog.view.viewport()

    def shown():
        pixmap = dialog.canvas.pixmap()
        return pixmap.width() / pixmap.devicePixelRatio(), pixmap.height() / pixmap.devicePixelRatio()

    width, _ = shown()
    assert viewport.width() * 0.85 < width <= viewport.width()  # opens at fit width
    fit_width_zoom = dialog.zoom_label.text()

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert shown()[0] > width * 1.2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert shown()[0] < width

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    page_width, page_height = shown()
    assert page_height <= viewport.height() and page_height > viewport.height() * 0.85  # whole page
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert shown()[0] > page_width and dialog.zoom_label.text() == fit_width_zoom

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Koko sivu"
    qtbot.waitUntil(lambda: shown() == (page_width, page_height))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "Sovita leveyteen"
    qtbot.waitUntil(lambda: dialog.zoom_label.text() == fit_width_zoom)


def test_print_and_save_are_reachable_by_keyboard(open_preview, qtbot, monkeypatch, tmp_path) -> None:
    printed: list[str] = []
    saved: list[str] = []

    def print_dialog_exec(self) -> QDialog.DialogCode:
        printed.append(self.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(pdf_preview.QPrintDialog, "exec", print_dialog_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (saved.append("x"), (str(tmp_path / "m.pdf"), "PDF"))[1])
    dialog = open_preview()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Tulosta…"
    qtbot.waitUntil(lambda: len(printed) == 1)  # an access key clicks the button after a flash
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "Tallenna nimellä…"
    qtbot.waitUntil(lambda: len(saved) == 1)
    assert (tmp_path / "m.pdf").read_bytes() == dialog.data
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(saved) == 2


def test_access_keys_of_the_preview_are_unique(open_preview) -> None:
    dialog = open_preview()
    keys = [button.text().split("&")[1][0].lower()
            for button in (dialog.fit_width_button, dialog.fit_page_button, dialog.print_button,
                           dialog.save_button, dialog.close_button)]
    assert len(set(keys)) == len(keys), keys
