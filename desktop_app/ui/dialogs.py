"""Small modal dialogs. Kept as module functions so tests can replace them (the only mocks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_app.ui.workspace.autosave import BACK, COPY, DISCARD, Unsaved


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def close_dialog(parent: QWidget | None, uncovered: list[str], empty_views: list[str]) -> QMessageBox:
    """The close-meeting question: what is still empty, and buttons that say what they do
    ("Sulje neuvottelu" / "Jatka kirjaamista", the safe one the default and Esc)."""
    T = QCoreApplication  # lupdate finds `T.translate("Dialogs", ...)`
    parts: list[str] = []
    if uncovered:
        parts.append(T.translate("Dialogs", "Näistä sektoreista ei ole kirjattu kommentteja:")
                     + "\n• " + "\n• ".join(uncovered))
    if empty_views:
        parts.append(T.translate("Dialogs", "Näihin aluekehityksen osioihin ei ole kirjattu mitään:")
                     + "\n• " + "\n• ".join(empty_views))
    if not parts:
        parts.append(T.translate("Dialogs", "Kaikkiin sektoreihin ja aluekehityksen osioihin on "
                                            "kirjattu palautetta."))
    parts.append(T.translate("Dialogs", "Suljettua neuvottelua ei voi muuttaa, ja muistio tulostuu ilman "
                                        "LUONNOS-merkintää. Sen voi tarvittaessa avata uudelleen "
                                        "muokattavaksi."))
    box = QMessageBox(QMessageBox.Icon.Question, T.translate("Dialogs", "Sulje neuvottelu"),
                      "\n\n".join(parts), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("closeMeetingDialog")
    close = box.addButton(T.translate("Dialogs", "Sulje neuvottelu"), QMessageBox.ButtonRole.AcceptRole)
    close.setObjectName("closeMeeting")
    keep = box.addButton(T.translate("Dialogs", "Jatka kirjaamista"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepRecording")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def confirm_close(parent: QWidget, uncovered: list[str], empty_views: list[str] | None = None) -> bool:
    """Ask before closing a meeting; lists the sectors without comments and the empty
    development views. True = close it."""
    box = close_dialog(parent, uncovered, empty_views or [])
    box.exec()
    return box.clickedButton() is not None and box.clickedButton().objectName() == "closeMeeting"


def ask_plan_round(parent: QWidget, suggested_year: int) -> tuple[int, int, int, str] | None:
    """(year, period start, period end, title) or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Suunnittele uusi kierros"))
    year = QSpinBox()
    year.setRange(2000, 2100)
    year.setValue(suggested_year)
    start = QSpinBox()
    start.setRange(2000, 2100)
    start.setValue(suggested_year + 1)
    end = QSpinBox()
    end.setRange(2000, 2102)
    end.setValue(suggested_year + 3)
    year.valueChanged.connect(lambda value: (start.setValue(value + 1), end.setValue(value + 3)))
    title = QLineEdit()
    form = QFormLayout(dialog)
    form.addRow(QCoreApplication.translate("Dialogs", "&Vuosi"), year)
    form.addRow(QCoreApplication.translate("Dialogs", "TTS-kausi &alkaa"), start)
    form.addRow(QCoreApplication.translate("Dialogs", "TTS-kausi &päättyy"), end)
    form.addRow(QCoreApplication.translate("Dialogs", "&Otsikko"), title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return year.value(), start.value(), end.value(), title.text()


def ask_user_name(parent: QWidget | None, current: str) -> str | None:
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Dialogs", "Kuka kirjaa?"),
        QCoreApplication.translate("Dialogs", "Nimesi tai nimikirjaimesi. Ne tallentuvat jokaisen "
                                              "muutoksen tekijäksi."),
        QLineEdit.EchoMode.Normal, current)
    name = name.strip()
    return name if ok and name else None


def offer_demo(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Tervetuloa"),
        QCoreApplication.translate("Dialogs", "Tietokanta on tyhjä. Lisätäänkö esimerkkiaineisto "
                                              "(kaksi kierrosta) tutustumista varten? Voit myös "
                                              "aloittaa suoraan suunnittelemalla kierroksen."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def offer_backup(parent: QWidget | None, problem: str, backup_name: str | None,
                 backup_time: dt.datetime | None) -> bool:
    """A database that cannot be opened: offer the latest good backup. True = restore it."""
    title = QCoreApplication.translate("Dialogs", "Tietokantaa ei voitu avata")
    if backup_name is None:
        QMessageBox.critical(parent, title, problem + "\n\n" + QCoreApplication.translate(
            "Dialogs", "Ehjää varmuuskopiota ei löytynyt. Tiedostoon ei ole koskettu."))
        return False
    when = backup_time.strftime("%d.%m.%Y %H.%M") if backup_time else ""
    text = problem + "\n\n" + QCoreApplication.translate(
        "Dialogs", "Viimeisin ehjä varmuuskopio: %1 (%2). Palautetaanko se? Vioittunut tiedosto "
                   "siirretään talteen, sitä ei korvata.").replace("%1", backup_name).replace("%2", when)
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Kuntapalaute"), message)


def unsaved_dialog(parent: QWidget | None, entries: list[Unsaved], closing: bool) -> QMessageBox:
    """The unsaved-text question: how many texts did not land and why, an excerpt of each, and
    three buttons that say what they do. "Palaa" (back to the text) is the default and Esc."""
    T = QCoreApplication  # lupdate finds `T.translate("Dialogs", ...)`
    count = len(entries)
    lines = []
    for entry in entries[:5]:
        excerpt = " ".join(entry.text.split())
        if len(excerpt) > 110:   # whole words, so the user recognises the text
            excerpt = excerpt[:110].rsplit(" ", 1)[0] + " …"
        reason = entry.message or T.translate("Dialogs", "tallennus kesken")
        lines.append(f"• {reason}" + (f"\n   ”{excerpt}”" if excerpt else ""))
    if count > 5:
        lines.append("• " + T.translate("Dialogs", "… ja muita: %1").replace("%1", str(count - 5)))
    head = T.translate("Dialogs", "Tekstejä, joita ei ole tallennettu: %1").replace("%1", str(count))
    tail = (T.translate("Dialogs", "Jos suljet nyt tallentamatta, nämä tekstit menetetään.") if closing
            else T.translate("Dialogs", "Jos jatkat tallentamatta, nämä tekstit menetetään."))
    box = QMessageBox(QMessageBox.Icon.Warning, T.translate("Dialogs", "Tallentamatonta tekstiä"),
                      head + "\n\n" + "\n".join(lines) + "\n\n" + tail,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unsavedDialog")
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 34em; }")   # excerpts on few lines
    back = box.addButton(T.translate("Dialogs", "&Palaa"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName(BACK)
    copy = box.addButton(T.translate("Dialogs", "&Kopioi leikepöydälle ja sulje") if closing
                         else T.translate("Dialogs", "&Kopioi leikepöydälle ja jatka"),
                         QMessageBox.ButtonRole.AcceptRole)
    copy.setObjectName(COPY)
    copy.setEnabled(any(entry.text.strip() for entry in entries))
    drop = box.addButton(T.translate("Dialogs", "&Sulje tallentamatta") if closing
                         else T.translate("Dialogs", "&Jatka tallentamatta"),
                         QMessageBox.ButtonRole.DestructiveRole)
    drop.setObjectName(DISCARD)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    return box


def ask_unsaved(parent: QWidget | None, entries: list[Unsaved], closing: bool) -> str:
    """Ask what to do with texts the database does not hold (AutosaveController.leave):
    BACK (stay), COPY (to the clipboard, then go on) or DISCARD (go on without them)."""
    box = unsaved_dialog(parent, entries, closing)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() in (COPY, DISCARD) else BACK
