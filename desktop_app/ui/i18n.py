"""Translations. Source strings are Finnish (the app is Finnish first and a missing .qm still
leaves a Finnish UI); English comes from resources/translations/kuntapalaute_en.qm. Qt's own
qtbase_fi.qm makes standard buttons and dialogs speak Finnish too.

The .qm is committed (small) and kept in step with the .ts by a test; rebuild it with
`pyside6-lrelease resources/translations/kuntapalaute_en.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import resources_dir

TS_FILE = "kuntapalaute_en.ts"
QM_FILE = "kuntapalaute_en.qm"
FI_PLURALS_TS = "kuntapalaute_fi.ts"   # only the Finnish plural forms of the source strings
FI_PLURALS_QM = "kuntapalaute_fi.qm"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` ("fi" or "en"); returns them to keep them alive."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / QM_FILE)):
            app.installTranslator(ours)
            installed.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
        qt_fi = QTranslator(app)
        if qt_fi.load("qtbase_fi", qt_dir):
            app.installTranslator(qt_fi)
            installed.append(qt_fi)
    return installed


def install_source_plurals(app: QCoreApplication) -> None:
    """Finnish number agreement for the source strings: "%n kohta(a)" → "1 kohta" / "3 kohtaa"
    (Qt's way for plurals in the source language: a .qm of only the plural forms, made by
    `lupdate -pluralonly`). Installed once per application, before any other translator, so an
    English .qm installed later takes precedence. Without the file "(a)" stays visible."""
    if app.property("sourcePluralsInstalled"):
        return
    plurals = QTranslator(app)
    if plurals.load(str(resources_dir() / "translations" / FI_PLURALS_QM)):
        app.installTranslator(plurals)
        app.setProperty("sourcePluralsInstalled", True)


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def check_translations() -> str:
    """For `--self-test`: our English .qm and Qt's own Finnish qtbase_fi.qm load and translate.
    Returns a one-line Finnish summary; raises RuntimeError (Finnish) when either is missing."""
    # no application object needed (and none created: a later QApplication must still be possible)
    ours, qt_fi = QTranslator(), QTranslator()
    qm = resources_dir() / "translations" / QM_FILE
    # probes passed as variables, so lupdate does not take them for strings of ours
    probe_ours, probe_qt = ("Actions", "&Lopeta"), ("QPlatformTheme", "&Yes")
    quit_en = ours.translate(*probe_ours) if ours.load(str(qm)) else ""
    if not quit_en:
        raise RuntimeError(f"käännöstiedostoa ei voitu ladata: {qm}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    yes_fi = qt_fi.translate(*probe_qt) if qt_fi.load("qtbase_fi", qt_dir) else ""
    if not yes_fi:
        raise RuntimeError(f"Qt:n suomennosta qtbase_fi.qm ei löytynyt kansiosta {qt_dir}")
    return (f"{QM_FILE} ladattu (&Lopeta → {quit_en}), Qt:n qtbase_fi.qm ladattu "
            f"(&Yes → {yes_fi})").replace("&", "")
