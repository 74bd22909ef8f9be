"""The English translation is complete and current, the .qm matches the .ts, and the app
actually switches language (including Qt's own Finnish for standard buttons)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import REPO_ROOT, open_window, ui_settings

from desktop_app.ui.i18n import (
    FI_PLURALS_QM,
    FI_PLURALS_TS,
    QM_FILE,
    TS_FILE,
    install_translations,
    remove_translations,
)

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def _unfinished(ts: Path) -> list[str]:
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        forms = [translation] if translation is None or message.get("numerus") != "yes" \
            else translation.findall("numerusform")   # plural forms ("%n item" / "%n items")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                or not forms or not all((form.text or "").strip() for form in forms):
            problems.append(source)
    return problems


def test_english_translation_has_no_unfinished_entries():
    assert _unfinished(TRANSLATIONS / TS_FILE) == []


def _tool(name: str) -> str:
    found = shutil.which(name) or (str(TOOLS / name) if (TOOLS / name).exists() else None)
    if found is None:
        pytest.skip(f"{name} not installed (comes with PySide6)")
    return found


def test_every_ui_string_in_the_code_is_in_the_ts_file(tmp_path):
    copy = tmp_path / TS_FILE
    shutil.copy(TRANSLATIONS / TS_FILE, copy)
    sources = sorted(str(p) for p in (REPO_ROOT / "desktop_app" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-source-language", "fi_FI",
                    "-target-language", "en_GB", "-no-obsolete", "-ts", str(copy)],
                   check=True, capture_output=True, cwd=REPO_ROOT)
    assert _unfinished(copy) == [], "run pyside6-lupdate and translate the new strings"


def test_finnish_plural_forms_are_complete_current_and_compiled(tmp_path):
    """The source-language plurals ("%n kohta(a)" → "1 kohta" / "3 kohtaa"): every plural
    string of the code is in kuntapalaute_fi.ts with both forms, and the .qm is built from it."""
    copy = tmp_path / FI_PLURALS_TS
    shutil.copy(TRANSLATIONS / FI_PLURALS_TS, copy)
    sources = sorted(str(p) for p in (REPO_ROOT / "desktop_app" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-source-language", "fi_FI", "-target-language",
                    "fi_FI", "-pluralonly", "-no-obsolete", "-ts", str(copy)],
                   check=True, capture_output=True, cwd=REPO_ROOT)
    assert _unfinished(copy) == [], "run tools/update_translations.sh and fill the Finnish plurals"
    built = tmp_path / FI_PLURALS_QM
    subprocess.run([_tool("pyside6-lrelease"), str(TRANSLATIONS / FI_PLURALS_TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / FI_PLURALS_QM).read_bytes()


def test_committed_qm_matches_the_ts(tmp_path):
    built = tmp_path / QM_FILE
    subprocess.run([_tool("pyside6-lrelease"), str(TRANSLATIONS / TS_FILE), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / QM_FILE).read_bytes(), "run pyside6-lrelease"


def test_english_ui_and_finnish_standard_buttons(qtbot, services, tmp_path, qapp):
    installed = install_translations(qapp, "en")
    try:
        window = open_window(qtbot, services, ui_settings(tmp_path), "en")
        assert window.menu("file").title() == "&File"
        assert window.save_state.text() == "No unsaved changes"
        model = window.navigation.meetings_model
        assert model.headerData(4, Qt.Orientation.Horizontal) == "Coverage"
        window.change_language("fi")
        assert window.settings.language == "fi"
    finally:
        remove_translations(qapp, installed)
    installed = install_translations(qapp, "fi")
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        # Qt's own qtbase_fi.qm
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"
        assert QCoreApplication.translate("Actions", "&Tiedosto") == "&Tiedosto"
    finally:
        remove_translations(qapp, installed)
