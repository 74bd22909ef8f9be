"""Save screenshots of the main views (navigation, workspace with a busy sector, search,
follow-ups) in Finnish and English, at 1366×768, 1920×1080 and at 150 % scaling.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out /tmp/shots]

Each configuration runs in its own process (language and scale are fixed per QApplication).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# 150 %: a 1920×1080 laptop at 150 % scaling has 1280×720 logical pixels.
CONFIGS = [("fi", 1366, 768, "1"), ("en", 1366, 768, "1"), ("fi", 1920, 1080, "1"), ("fi", 1280, 720, "1.5")]
BUSY = ["Valtatie 22:n peruskorjaus on kunnalle tärkein yksittäinen liikennehanke.",
        "Kajaani–Kuhmo-välin linja-autovuoroja on karsittu; iltavuorot puuttuvat kokonaan.",
        "Raskaan liikenteen määrä on kasvanut puunkorjuun myötä, ja tiestö kuluu nopeasti.",
        "Kunta toivoo liitolta tukea yksityisteiden avustusten hakemiseen.",
        "Lentoliikenteen jatkuvuus Kajaanista on koko alueelle elinehto.",
        "Sähköautojen latausverkko on harva; matkailijat eivät uskalla tulla.",
        "Rautatieaseman esteettömyys on puutteellinen.",
        "Pyöräteiden kunnossapito taajamassa vaatii lisärahoitusta."]


def _one(out: Path, language: str, width: int, height: int) -> None:
    from PySide6.QtCore import QSettings, QTimer

    from desktop_app.domain.enums import Priority
    from desktop_app.services import Services
    from desktop_app.services.demo import DemoService
    from desktop_app.storage.migrate import open_database
    from desktop_app.ui.app import create_application, create_main_window
    from desktop_app.ui.i18n import install_translations
    from desktop_app.ui.settings import UiSettings

    app = create_application()
    keep = install_translations(app, language)
    folder = Path(tempfile.mkdtemp())
    services = Services.for_database(open_database(folder / "demo.db", "Anna Kirjaaja"))
    DemoService(services.db).create(2026)
    round_ = services.rounds.find_by_year(2026)
    kuhmo = services.meetings.find(round_.id, "290")
    lii = services.sectors.find("LII")
    for n, text in enumerate(BUSY):
        item = services.feedback.add(kuhmo.id, "sector_comment", text, sector_id=lii.id,
                                     priority=Priority.HIGH if n == 1 else Priority.NORMAL)
        if n in (0, 3):
            services.followups.add(item.id, owner="Liikennesuunnittelija", due_date="30.9.2026")
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window = create_main_window(services, settings, language)
    window.resize(width, height)
    window.show()
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    tag = f"{language}-{width}x{height}" + ("" if scale == "1" else f"-scale{scale}")

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}-{tag}.png"))

    steps = [
        lambda: window.show_navigation(),
        lambda: shot("1-navigation"),
        lambda: window.open_meeting(kuhmo.id, "sector:" + lii.id),
        lambda: window.workspace_view.editor.items.setCurrentIndex(window.workspace.items_model.index(1)),
        lambda: shot("2-workspace"),
        lambda: window.open_meeting(kuhmo.id, "participants"),
        lambda: (people := window.workspace_view.participants.municipality.people).setCurrentIndex(
            people.model().index(0, 0)),
        lambda: shot("3-participants"),
        lambda: (window.show_search(), window.search.query.setText("liikenne")),
        lambda: shot("4-search"),
        lambda: window.show_followups(),
        lambda: shot("5-followups"),
        lambda: app.quit(),
    ]

    def run_next() -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(400, run_next)

    QTimer.singleShot(300, run_next)
    app.exec()
    del keep


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/shots")
    parser.add_argument("--one", nargs=3, metavar=("LANG", "W", "H"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        _one(out, args.one[0], int(args.one[1]), int(args.one[2]))
        return 0
    for language, width, height, scale in CONFIGS:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
        command = [sys.executable, __file__, "--out", str(out), "--one", language, str(width), str(height)]
        subprocess.run(command, check=True, env=env)
    print(f"Kuvakaappaukset: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
