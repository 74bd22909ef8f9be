"""A pulled row this laptop cannot store never blocks the pull (issue 13, item 4, pull side).

Central rows are spoiled the way a broken client or a hand edit in the central store leaves them:
written straight into the central tables with a new sequence number. Kinds fed: a text with a
control character (PostgreSQL cannot hold NUL itself, so the NUL case runs against a SQLite
central store, which can), an enum value this version does not know, a natural key another local
row holds, and the new child of a set-aside new row. The other rows land, the cursor moves, the
set-aside rows are listed with their reason, and the fixed central row arrives on the next sync.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update
from sync_support import central_state, local_state, make_device, run_sync

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.sync import set_aside
from desktop_app.sync.central_schema import SYNCED_TABLES, seq_counter
from desktop_app.sync.local import apply_pulled
from desktop_app.sync.service import open_transport
from desktop_app.sync.set_aside import list_set_aside
from desktop_app.sync.status import sync_status
from desktop_app.sync.transport import PulledRow

REPO = Path(__file__).resolve().parent.parent


def _spoil_central(url: str, table: str, row_id: str, **values: Any) -> None:
    """Change a central row past every client's validation, as a new version with a new seq."""
    transport = open_transport(url)
    try:
        with transport.engine.begin() as conn:
            seq = conn.execute(select(seq_counter.c.last_seq).where(seq_counter.c.id == 1)
                               .with_for_update()).scalar_one() + 1
            conn.execute(update(seq_counter).where(seq_counter.c.id == 1).values(last_seq=seq))
            central = SYNCED_TABLES[table]
            conn.execute(update(central).where(central.c.id == row_id)
                         .values(seq=seq, version=central.c.version + 1, **values))
    finally:
        transport.close()


def _cli(db, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db.path), "--user",
                           "Bertta", "sync", *args], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def _scenario(tmp_path: Path, url: str, bad_text: str) -> None:
    aino = Services.for_database(make_device(tmp_path, "Aino"))
    bertta = Services.for_database(make_device(tmp_path, "Bertta"))
    try:
        aino.rounds.plan_round(2026)
        meeting = aino.meetings.find(aino.rounds.find_by_year(2026).id, "290")
        good = [aino.feedback.add(meeting.id, FeedbackKind.QUESTION, f"Hyvä {n}") for n in range(3)]
        spoilt_text = aino.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pilataan teksti")
        spoilt_kind = aino.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pilataan laji")
        child = aino.followups.add(spoilt_kind.id, description="Lupaus", owner="Aino")
        assert run_sync(aino.db, url).set_aside == 0
        _spoil_central(url, "feedback", spoilt_text.id, text=bad_text)
        _spoil_central(url, "feedback", spoilt_kind.id, kind="tuntematon_laji")
        aino.feedback.update(good[0].id, text="Hyvä 0, muokattu")  # goes up in the same run

        # A laptop that already has the rows: the two updates are set aside, the rest lands.
        report = run_sync(aino.db, url)  # the old code refused the whole pull, every time
        assert report.pulled_set_aside == 2 and report.set_aside == 2, report
        assert aino.feedback.get(spoilt_text.id).text == "Pilataan teksti"  # not overwritten
        assert central_state(url)["feedback"][good[0].id]["text"] == "Hyvä 0, muokattu"

        # A new laptop: every other row lands; the new child of a set-aside row waits with it.
        report = run_sync(bertta.db, url)
        mine = local_state(bertta.db)
        assert {g.id for g in good} <= set(mine["feedback"])
        assert spoilt_text.id not in mine["feedback"] and spoilt_kind.id not in mine["feedback"]
        assert child.id not in mine["follow_ups"]
        assert len(mine["meetings"]) == 8 and mine["feedback"][good[0].id]["text"] == "Hyvä 0, muokattu"
        assert report.pulled_set_aside == 3
        records = {r.row_id: r for r in list_set_aside(bertta.db)}
        assert records[spoilt_text.id].field == "text" and records[spoilt_text.id].pulled
        assert "U+00" in records[spoilt_text.id].reason
        assert records[spoilt_kind.id].field == "kind"
        assert "tuntematon_laji" in records[spoilt_kind.id].reason
        assert records[child.id].field == "feedback_id" and "ylempi" in records[child.id].reason
        assert "tallentamatta: 3" in sync_status(bertta.db).summary_fi()
        note = report.set_aside_note()
        assert "ei voinut tallentaa 3" in note and "tuntematon_laji" in note

        # The command line lists them with the reason and does not claim a complete sync.
        status = _cli(bertta.db, "--status")
        assert "haettuja rivejä tallentamatta: 3" in status.stdout, status.stdout + status.stderr
        listed = _cli(bertta.db, "--set-aside")
        assert listed.returncode == 0 and "tuntematon_laji" in listed.stdout
        assert "korjaa se keskitietokannassa" in listed.stdout
        again = _cli(bertta.db, "--central", url)
        assert again.returncode == 1 and "ei voinut tallentaa 3" in again.stderr, again.stderr

        # Fixed centrally: both rows arrive, the child with its parent, nothing is set aside.
        _spoil_central(url, "feedback", spoilt_text.id, text="Korjattu teksti")
        _spoil_central(url, "feedback", spoilt_kind.id, kind=FeedbackKind.ADVOCACY_TARGET.value)
        for laptop in (bertta, aino):
            report = run_sync(laptop.db, url)
            assert report.set_aside == 0 and not list_set_aside(laptop.db), report
            assert laptop.feedback.get(spoilt_text.id).text == "Korjattu teksti"
            assert laptop.feedback.get(spoilt_kind.id).kind == FeedbackKind.ADVOCACY_TARGET
            assert child.id in local_state(laptop.db)["follow_ups"]
        assert local_state(aino.db) == local_state(bertta.db)  # converged
    finally:
        aino.db.dispose()
        bertta.db.dispose()


@pytest.mark.postgres
def test_postgres_rows_not_storable_here_are_set_aside_and_arrive_fixed(postgres_server, tmp_path) -> None:
    url = postgres_server.admin_url(postgres_server.new_database())
    _scenario(tmp_path, url, "Ohjausmerkki \x07 keskellä")


def test_a_nul_in_a_central_row_is_set_aside(tmp_path) -> None:
    """SQLite as the central store can hold the NUL that PostgreSQL cannot."""
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    _scenario(tmp_path, url, "NUL-merkki \x00 keskellä")


def test_a_natural_key_clash_is_set_aside_and_the_rest_lands(qtbot, tmp_path) -> None:
    """A central meeting for a (round, municipality) another local row already holds."""
    db = open_database(tmp_path / "a.db", "Aino")
    try:
        services = Services.for_database(db)
        services.rounds.plan_round(2026)
        meeting = services.meetings.find(services.rounds.find_by_year(2026).id, "290")
        item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, "Ennen")
        with db.write() as session:  # as after a sync: nothing local waits to go up
            session.execute(text("UPDATE feedback SET dirty = 0"))
        state = local_state(db)
        clash = PulledRow("meetings", "0f5c0c7e-0000-4000-8000-0000000000aa", 1, 5,
                          dict(state["meetings"][meeting.id]))
        newer = PulledRow("feedback", item.id, 1, 6, state["feedback"][item.id] | {"text": "Jälkeen"})
        stats = apply_pulled(db, [clash, newer], 6)
        assert len(stats.set_aside) == 1 and "samalla tunnisteella" in stats.set_aside[0]
        [record] = list_set_aside(db)
        assert record.pulled and record.field == "municipality_code"
        assert services.feedback.get(item.id).text == "Jälkeen"
        with db.read() as session:
            assert session.execute(text("SELECT value FROM local_settings WHERE key = 'sync.cursor'")
                                   ).scalar() == "6"
        from desktop_app.ui.sync_set_aside import SetAsideDialog
        dialog = SetAsideDialog(db)   # the app lists it with the reason
        qtbot.addWidget(dialog)
        cells = [dialog.table.item(0, c).text() for c in range(4)]
        assert "samalla tunnisteella" in cells[2] and "keskitietokannassa" in cells[3]
        assert dialog.keep_here.isEnabled() and not dialog.send_again.isEnabled()
    finally:
        db.dispose()


def test_the_released_0003_schema_upgrades_to_hold_pulled_rows(tmp_path: Path) -> None:
    """Migration 0007_pull_set_aside on a file of the released 0003 schema, data intact."""
    path = tmp_path / "vanha.db"
    shutil.copy(REPO / "tests" / "fixtures" / "schema_0003_sync_orphans.db", path)
    db = open_database(path, "Aino")
    try:
        with db.read() as session:
            feedback = session.execute(text("SELECT id, version FROM feedback LIMIT 1")).first()
        assert feedback is not None
        with db.write() as session:
            set_aside.record_pulled(session, [("feedback", feedback.id, feedback.version + 1,
                                               "text", "syy", {"text": "a\ud800b"})])
            set_aside.record_refused(session, [("feedback", feedback.id, feedback.version,
                                                "text", "syy")])  # both ways at once
        records = list_set_aside(db)
        assert sorted(r.pulled for r in records) == [False, True]
        assert next(r for r in records if r.pulled).snippet == "a[U+D800]b"
        with db.read() as session:
            assert set_aside.pulled_waiting(session)[("feedback", feedback.id)][1] == {"text": "a\ud800b"}
    finally:
        db.dispose()
