"""A conflict on a managers' meeting row is named as people name it ("12/2028", "Asialistan asia 1
(1/2026)"), never by its internal id: in the conflict dialog and in `sync conflicts`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import make_device, run_sync

from desktop_app.cli.commands_sync import _print_conflicts
from desktop_app.services import Services
from desktop_app.ui.sync_conflicts import ConflictDialog


@pytest.fixture
def clashing(tmp_path: Path):
    """Two laptops change the same managers' meeting and matter; the second one syncs last."""
    a = Services.for_database(make_device(tmp_path, "Aino"))
    b = Services.for_database(make_device(tmp_path, "Bertta"))
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    meeting = a.managers.add_meeting("2.6.2026")
    matter = a.agenda.add(meeting.id, "Ratayhteys")
    run_sync(a.db, url)
    run_sync(b.db, url)
    a.managers.update_details(meeting.id, place="Kajaani")
    a.agenda.update(matter.id, title="Ratayhteys Kajaani–Oulu")
    b.managers.update_details(meeting.id, place="Sotkamo")
    b.agenda.update(matter.id, title="Oulu–Kajaani-radan rahoitus")
    run_sync(a.db, url)
    run_sync(b.db, url)
    yield b, meeting.id, matter.id
    a.db.dispose()
    b.db.dispose()


def test_conflict_list_names_the_managers_meeting_and_matter_not_their_ids(qtbot, clashing) -> None:
    b, meeting_id, matter_id = clashing
    dialog = ConflictDialog(b.db)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert len(texts) == 2
    assert not [t for t in texts if meeting_id in t or matter_id in t or meeting_id[:8] in t]
    meeting_text = next(t for t in texts if t.startswith("Kuntajohtajakokous"))
    matter_text = next(t for t in texts if t.startswith("Asialistan asia"))
    assert meeting_text == "Kuntajohtajakokous 1/2026: paikka\nSotkamo"
    assert matter_text == "Asialistan asia 1 (1/2026): otsikko\nOulu–Kajaani-radan rahoitus"
    dialog.list.setCurrentRow(texts.index(matter_text))
    assert dialog.info.text().startswith("Asialistan asia 1 (1/2026) on muuttunut")


def test_sync_conflicts_in_the_cli_names_the_managers_meeting_and_matter(clashing, capsys) -> None:
    b, meeting_id, matter_id = clashing
    _print_conflicts(b.db)
    out = capsys.readouterr().out
    assert meeting_id not in out and matter_id not in out
    assert "Kuntajohtajakokous 1/2026 (--keep" in out
    assert "Asialistan asia 1 (1/2026) (--keep" in out
