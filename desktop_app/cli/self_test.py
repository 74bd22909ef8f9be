"""`--self-test`: what an installed or frozen app checks about itself, one line per part.

Run after every install (the frozen build and the .deb run it): the resources and both Alembic
script folders are found, a temporary database is migrated, written, read back, searched and
checked, a Finnish handout PDF is rendered with its fonts embedded and read back with PDFium, the
translations load, and the keyring backend is named. Exit 0 only when every part passed.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.cli.context import actor
from desktop_app.domain.enums import FeedbackKind
from desktop_app.resources import migrations_dir, resources_dir
from desktop_app.services import Services
from desktop_app.services.maintenance import MaintenanceService
from desktop_app.storage.migrate import open_database
from desktop_app.storage.migrations import HEAD

SAMPLE_TEXT = "Itsetesti: päätös ja liikenne – ÄÖÅ ✓"
# PDF's standard 14 fonts are never embedded (ISO 32000-1 §9.6.2.2); none may appear in our PDFs.
STANDARD_FONTS = re.compile(rb"/BaseFont\s*/(Helvetica|Times|Courier|Symbol|ZapfDingbats)")


class SelfTestFailure(Exception):
    """One part of the self-test failed; the message says what (Finnish)."""


def _migrations() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    heads = []
    for which in ("local", "central"):
        config = Config()
        config.set_main_option("script_location", str(migrations_dir(which)))
        head = ScriptDirectory.from_config(config).get_current_head()
        if head is None:
            raise SelfTestFailure(f"migraatioskriptejä ei löytynyt: {migrations_dir(which)}")
        heads.append(head)
    if heads[0] != HEAD:
        raise SelfTestFailure(f"paikallisten migraatioiden uusin {heads[0]} ≠ sovelluksen {HEAD}")
    folder = migrations_dir("local").parent.parent
    return f"löytyivät (paikallinen {heads[0]}, keskitietokanta {heads[1]}) kansiosta {folder}"


def _database_and_pdf(args: argparse.Namespace) -> tuple[str, str]:
    with tempfile.TemporaryDirectory(prefix="kuntapalaute-selftest-") as folder:
        db = open_database(Path(folder) / "selftest.db", actor(args) or "self-test")
        try:
            services = Services.for_database(db)
            round_ = services.rounds.plan_round(2026)
            meeting = services.meetings.find(round_.id, "290")
            sector = services.sectors.find("LII")
            item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, SAMPLE_TEXT,
                                         sector_id=sector.id)
            read_back = services.feedback.get(item.id)
            found = services.search.search("päätös")
            report = MaintenanceService.check_file(db.path)
            detail = services.meetings.detail(meeting.id)
        finally:
            db.dispose()
    if read_back.text != SAMPLE_TEXT:
        raise SelfTestFailure("tallennettu teksti ei palautunut samana")
    if [hit.feedback_id for hit in found] != [item.id]:
        raise SelfTestFailure("haku ei löytänyt tallennettua palautetta")
    if not report.ok:
        raise SelfTestFailure("eheystarkistus epäonnistui")
    return "tallennus, luku, haku ja eheystarkistus toimivat", _pdf(detail)


def _pdf(detail: object) -> str:
    import pypdfium2 as pdfium

    from desktop_app.reports import build_meeting_handout

    data = build_meeting_handout(detail)  # type: ignore[arg-type]
    fonts = sorted({name.decode() for name in re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", data)})
    if not fonts or STANDARD_FONTS.search(data):
        raise SelfTestFailure(f"PDF:n fontit eivät ole upotettuja: {fonts}")
    if data.count(b"/FontFile2") < len(fonts):
        raise SelfTestFailure(f"PDF:ssä on upottamattomia fontteja: {fonts}")
    document = pdfium.PdfDocument(data)
    try:
        pages = len(document)
        text = "".join(document[index].get_textpage().get_text_bounded() for index in range(pages))
    finally:
        document.close()
    if "päätös ja liikenne – ÄÖÅ" not in text or "Kuhmo" not in text:
        raise SelfTestFailure("PDF:n suomenkielinen teksti ei lukeutunut takaisin")
    families = sorted({name.split("+")[-1] for name in fonts})
    return f"neuvottelumuistio {pages} s., fontit upotettu ({', '.join(families)}), ääkköset luettavissa"


def _keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if "fail" in type(backend).__module__:
        return f"{name} (ei salasanojen säilytystä tässä ympäristössä)"
    return name


def self_test(args: argparse.Namespace) -> int:
    """Print one line per part and a verdict; 0 when every part passed, 1 otherwise."""
    from desktop_app.cli.gui import translation_check

    print(f"{APP_NAME} {__version__}: itsetesti")
    print(f"Resurssit: {resources_dir()}")
    parts: list[tuple[str, Callable[[], str]]] = [("Migraatiot", _migrations)]
    pdf_line: list[str] = []

    def database() -> str:
        line, pdf = _database_and_pdf(args)
        pdf_line.append(pdf)
        return line

    def pdf() -> str:
        if not pdf_line:
            raise SelfTestFailure("ei tehty, koska tietokantaosa epäonnistui")
        return pdf_line[0]

    parts += [("Tietokanta", database), ("PDF", pdf), ("Käännökset", translation_check),
              ("Avainnippu", _keyring)]
    failures = []
    for label, check in parts:
        try:
            print(f"{label}: {check()}")
        except Exception as exc:  # every part reports, whatever broke
            failures.append(label)
            print(f"{label}: EPÄONNISTUI: {exc}")
    if failures:
        print("Itsetesti EPÄONNISTUI: " + ", ".join(failures))
        return 1
    print("Itsetesti OK: tallennus, luku, haku, eheystarkistus, PDF, käännökset ja avainnippu toimivat.")
    return 0
