#!/usr/bin/env python3
"""Read the running app's accessibility tree through AT-SPI, as Orca does (manual check, not a
test). Needs Debian's `at-spi2-core python3-pyatspi` and Xvfb; run with the system Python
(which has pyatspi) from the repository root:

    /usr/bin/python3 tools/atspi_tree.py [--view workspace|search|followups|rounds]

It starts a D-Bus session and Xvfb (`dbus-run-session -- xvfb-run -a`), fills a throw-away
database with the demo data, starts the real app on it with Qt's AT-SPI bridge on
(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), opens the view, and prints every showing object as
"role 'name' — description [states] ← label", then a summary: objects, interactive ones without
a name, combo boxes without a label relation, and the focused object.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INTERACTIVE = {"push button", "combo box", "text", "entry", "check box", "radio button", "spin button",
               "list", "table", "tree", "tree table", "page tab", "menu item", "toggle button"}


def _app(db: str, ini: str, view: str) -> int:
    """Inside the app's process (the project's venv): open `view` on the demo data and run."""
    from PySide6.QtCore import QSettings

    from desktop_app.services import Services
    from desktop_app.storage.migrate import open_database
    from desktop_app.ui.app import create_application, create_main_window
    from desktop_app.ui.settings import UiSettings

    app = create_application()
    services = Services.for_database(open_database(Path(db), "Lukija"))
    window = create_main_window(services, UiSettings(QSettings(ini, QSettings.Format.IniFormat)), "fi")
    window.resize(1366, 768)
    window.show()
    window.start()
    if view == "workspace":
        round_ = services.rounds.list_rounds()[0]
        summary = next(m for m in services.rounds.overview(round_.id) if m.item_count)
        window.open_meeting(summary.meeting.id, "sector:" + services.sectors.find("LII").id)
    elif view == "search":
        window.show_search()
        window.search.query.setText("liikenne")
    elif view == "followups":
        window.show_followups()
    print("READY", flush=True)
    return app.exec()


def _name(acc) -> str:
    return (acc.name or "").replace("\n", " ")[:70]


def _walk(acc, depth: int, lines: list[str], stats: dict[str, object]) -> None:
    import pyatspi

    states = acc.getState()
    if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
        return
    role = acc.getRoleName()
    labels = [_name(t) for r in acc.getRelationSet() if r.getRelationType() == pyatspi.RELATION_LABELLED_BY
              for t in (r.getTarget(i) for i in range(r.getNTargets()))]
    flags = [n for n, s in (("focused", pyatspi.STATE_FOCUSED), ("invalid", pyatspi.STATE_INVALID_ENTRY))
             if states.contains(s)]
    description = (acc.description or "")[:60]
    line = f"{'  ' * depth}{role} '{_name(acc)}'"
    if description:
        line += f" — {description}"
    if flags:
        line += f" [{', '.join(flags)}]"
    if labels:
        line += f" ← {', '.join(labels)}"
    lines.append(line)
    stats["objects"] = int(stats["objects"]) + 1
    if role in INTERACTIVE and not acc.name and role not in ("list", "table", "tree"):
        stats["unnamed"].append(line.strip())   # type: ignore[union-attr]
    if role == "combo box" and not labels:
        stats["combo_unlabelled"].append(line.strip())   # type: ignore[union-attr]
    if "focused" in flags:
        stats["focused"].append(line.strip())   # type: ignore[union-attr]
    if role in ("combo box", "table", "list") and depth > 0:
        return   # their items are the value; listing every row says nothing new
    for i in range(min(acc.childCount, 200)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            _walk(child, depth + 1, lines, stats)


def _inside(python: str, view: str) -> int:
    import pyatspi

    work = Path(tempfile.mkdtemp(prefix="atspi-"))
    db, ini = work / "kuntapalaute.db", work / "ui.ini"
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
           "XDG_CONFIG_HOME": str(work), "XDG_DATA_HOME": str(work), "PYTHONPATH": str(ROOT)}
    subprocess.run([python, "main.py", "--db", str(db), "--user", "Lukija", "demo"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    app = subprocess.Popen([python, __file__, "--app", str(db), str(ini), view], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        if app.stdout.readline().strip() != "READY":
            print("the app did not start", file=sys.stderr)
            return 1
        time.sleep(2)   # the first reads (rounds, search) run in workers
        desktop = pyatspi.Registry.getDesktop(0)
        ours = None
        for _ in range(40):
            names = ("python", "kuntapalaute")   # Qt names the app by its executable
            ours = next((a for a in desktop
                         if a is not None and any(n in (a.name or "").lower() for n in names)), None)
            if ours is not None:
                break
            time.sleep(0.25)
        if ours is None:
            print("the app is not on the AT-SPI bus", file=sys.stderr)
            return 1
        lines: list[str] = []
        stats: dict[str, object] = {"objects": 0, "unnamed": [], "combo_unlabelled": [], "focused": []}
        _walk(ours, 0, lines, stats)
        print("\n".join(lines))
        print(f"\nSUMMARY ({view}): {stats['objects']} objects shown; "
              f"{len(stats['unnamed'])} interactive without a name; "   # type: ignore[arg-type]
              f"{len(stats['combo_unlabelled'])} combo boxes without a label relation; "  # type: ignore[arg-type]
              f"focused: {'; '.join(stats['focused']) or '–'}")   # type: ignore[arg-type]
        for kind in ("unnamed", "combo_unlabelled"):
            for line in stats[kind]:   # type: ignore[union-attr]
                print(f"  {kind}: {line}")
        return 0
    finally:
        app.terminate()
        app.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"),
                        help="the Python that runs the app (the project's venv)")
    parser.add_argument("--view", default="workspace", choices=["workspace", "search", "followups", "rounds"])
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--app", nargs=3, metavar=("DB", "INI", "VIEW"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.app:
        return _app(*args.app)
    if args.inside:
        return _inside(args.python, args.view)
    return subprocess.call(["dbus-run-session", "--", "xvfb-run", "-a", sys.executable, __file__, "--inside",
                            "--python", args.python, "--view", args.view], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
