"""Every window opens within the screen's available geometry (taskbar excluded), frame included:
a 1366×768 laptop and a 1920×1080 screen at 150 % (1280×720 logical px). The screen is an edge:
its available geometry is injected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import open_window, ui_settings

from desktop_app.ui import dialogs, screen_fit
from desktop_app.ui.app import create_main_window
from desktop_app.ui.sectors_dialog import SectorsDialog
from desktop_app.ui.shortcuts import ShortcutsDialog
from desktop_app.ui.sync_conflicts import ConflictDialog

SCREENS = {"1366x768": QRect(0, 0, 1366, 728),           # a 40 px taskbar at the bottom
           "1920x1080 at 150 %": QRect(0, 0, 1280, 688)}  # 48 physical px taskbar = 32 logical


@pytest.fixture(params=list(SCREENS))
def screen(request, monkeypatch) -> QRect:
    area = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: QRect(area))
    return area


def _outer(window: QWidget) -> QRect:
    frame = window.frameGeometry()
    return frame if frame != window.geometry() else window.geometry().marginsAdded(screen_fit.FRAME_ALLOWANCE)


def _assert_fits(window: QWidget, area: QRect) -> None:
    assert area.contains(_outer(window)), f"{type(window).__name__} {_outer(window)} outside {area}"


def test_the_main_window_fits(qtbot, services, tmp_path, screen):
    window = create_main_window(services, ui_settings(tmp_path))   # as the app opens it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _assert_fits(window, screen)
    assert window.width() >= min(1280, screen.width() - 16)   # and uses the room there is


def test_a_window_moved_or_grown_off_the_screen_is_fitted_when_activated(qtbot, services, tmp_path,
                                                                          screen):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    dialog = ShortcutsDialog([], [], window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1900, 1000)
    dialog.activateWindow()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    _assert_fits(dialog, screen)


def test_a_geometry_saved_on_a_bigger_screen_is_fitted(qtbot, services, tmp_path, screen):
    settings = ui_settings(tmp_path)
    big = QWidget()
    big.setGeometry(50, 60, 1900, 1000)
    settings.save_geometry(big.saveGeometry())
    window = open_window(qtbot, services, settings)
    _assert_fits(window, screen)


def test_every_dialog_fits(qtbot, services, db, tmp_path, screen, monkeypatch):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    for dialog in (ShortcutsDialog(list(window.actions_by_name.values()), window.shortcut_extra(), window),
                   SectorsDialog(services, window), ConflictDialog(db, window)):
        dialog.show()
        _assert_fits(dialog, screen)
        dialog.close()

    seen: list[str] = []

    def check_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, check_modal)
            return
        _assert_fits(modal, screen)
        seen.append(type(modal).__name__)
        modal.close()

    for ask in (lambda: dialogs.ask_plan_round(window, 2027),
                lambda: dialogs.confirm_close(window, ["Edunvalvonta"] * 11),
                lambda: dialogs.ask_user_name(window, "Testi")):
        QTimer.singleShot(0, check_modal)
        ask()
    assert len(seen) == 3
