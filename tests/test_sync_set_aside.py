"""One row the central store refuses never blocks the others (issue 13, item 4b).

Real PostgreSQL. Rows are spoiled the way an old client or an old import left them: written
straight into the laptop's SQLite file, past today's validation. Kinds fed: a NUL character in a
feedback text (PostgreSQL text cannot hold it), a sector name and a participant name longer than
the central column, and the batch an older version left stuck in the outbox."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_support import (
    Cut,
    FaultyTransport,
    central_audit_rows,
    central_state,
    dirty_count,
    make_device,
    run_sync,
)

from desktop_app.domain.enums import FeedbackKind, Side
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.storage.morphology import register_functions
from desktop_app.sync import local, set_aside
from desktop_app.sync.local_tables import sync_outbox
from desktop_app.sync.rows import ENTITIES
from desktop_app.sync.service import open_transport
from desktop_app.sync.set_aside import drop, list_set_aside
from desktop_app.sync.status import sync_status

REPO = Path(__file__).resolve().parent.parent
NUL_TEXT = "Tuotu vanhasta paketista\x00 jossa oli NUL"


def test_the_released_0003_schema_upgrades_and_sets_rows_aside(tmp_path: Path) -> None:
    """Migration 0006_sync_set_aside on a file of the released 0003 schema, data intact."""
    path = tmp_path / "vanha.db"
    shutil.copy(REPO / "tests" / "fixtures" / "schema_0003_sync_orphans.db", path)
    db = open_database(path, "Aino")
    try:
        with db.read() as session:
            before = {entity: session.scalar(select(func.count()).select_from(model))
                      for entity, model in ENTITIES.items()}
        assert sum(before.values()) > 0 and not list_set_aside(db)
        [change, *_] = local.collect_changes(db) or [None]
        assert change is not None
        with db.write() as session:
            set_aside.record_refused(session, [(change.entity, change.id, change.local_version,
                                                "text", "syy")])
        assert [(r.entity, r.row_id) for r in list_set_aside(db)] == [(change.entity, change.id)]
        assert all(c.id != change.id for c in local.collect_changes(db))  # held back
        with db.read() as session:
            assert set_aside.count_waiting(session) == 1
    finally:
        db.dispose()


@pytest.fixture
def url(postgres_server) -> str:
    return postgres_server.admin_url(postgres_server.new_database())


@pytest.fixture
def laptop(tmp_path: Path):
    services = Services.for_database(make_device(tmp_path, "Aino"))
    services.rounds.plan_round(2026)
    yield services
    services.db.dispose()


def _spoil(db, table: str, row_id: str, column: str, value: str) -> None:
    """Write past the app's validation, as an old client or import did."""
    with sqlite3.connect(db.path) as conn:
        register_functions(conn)  # the search index triggers analyse the text (storage/morphology)
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))


def _cli(db, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db.path), "--user",
                           "Aino", "sync", *args], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


@pytest.mark.postgres
def test_refused_rows_are_set_aside_the_others_arrive_and_fixed_rows_follow(laptop, url) -> None:
    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
    good = [s.feedback.add(meeting.id, FeedbackKind.QUESTION, f"Hyvä {n}") for n in range(3)]
    bad = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pilataan")
    follow_up = s.followups.add(bad.id, description="Jatkotoimi pilatulle", owner="Aino")
    _spoil(s.db, "feedback", bad.id, "text", NUL_TEXT)
    sector = s.sectors.add("UUSI", "Uusi sektori")
    on_sector = s.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Sektorille",
                               sector_id=sector.id)
    _spoil(s.db, "sectors", sector.id, "name_fi", "Pitkä nimi " * 30)  # 330 > 200 centrally

    report = run_sync(s.db, url)  # the old code failed here, and every time after

    central = central_state(url)
    assert {g.id for g in good} <= set(central["feedback"])
    assert bad.id not in central["feedback"] and sector.id not in central["sectors"]
    assert follow_up.id not in central["follow_ups"] and on_sector.id not in central["feedback"]
    assert len(central["meetings"]) == 8
    assert report.set_aside == 2 and len(report.refused) == 2
    records = {r.entity: r for r in list_set_aside(s.db)}
    assert records["feedback"].field == "text" and "NUL" in records["feedback"].reason
    assert records["sectors"].field == "name_fi" and "liian pitkä" in records["sectors"].reason
    assert "330 merkkiä, enintään 200" in records["sectors"].reason
    assert s.feedback.get(bad.id).text == NUL_TEXT  # set aside, not lost
    assert "keskitietokannan hylkäämiä: 2" in sync_status(s.db).summary_fi()

    # The command line shows them, with the reason, and says the sync was not complete.
    status = _cli(s.db, "--status")
    assert "keskitietokannan hylkäämiä: 2" in status.stdout
    listed = _cli(s.db, "--set-aside")
    assert listed.returncode == 0 and "NUL" in listed.stdout and "liian pitkä" in listed.stdout
    again = _cli(s.db, "--central", url)
    assert again.returncode == 1, again.stderr
    assert "Lähetetty keskitietokantaan: 0 muutosta" in again.stdout
    assert "ei hyväksynyt 2 riviä" in again.stderr

    # Unchanged rows are not sent again (their children wait quietly with them).
    quiet = run_sync(s.db, url)
    assert quiet.pushed == 0 and not quiet.rejected and not quiet.refused

    # Fixing the text sends the row, and its follow-up with it.
    s.feedback.update(bad.id, text="Korjattu teksti")
    fixed = run_sync(s.db, url)
    central = central_state(url)
    assert central["feedback"][bad.id]["text"] == "Korjattu teksti"
    assert follow_up.id in central["follow_ups"]
    assert fixed.set_aside == 1 and [r.entity for r in list_set_aside(s.db)] == ["sectors"]

    # The second kind: a shorter name goes up with the feedback that points to it.
    s.sectors.rename(sector.id, "Uusi sektori")
    assert run_sync(s.db, url).set_aside == 0
    central = central_state(url)
    assert central["sectors"][sector.id]["name_fi"] == "Uusi sektori"
    assert on_sector.id in central["feedback"]
    assert not list_set_aside(s.db) and dirty_count(s.db) == 0
    assert _cli(s.db, "--central", url).returncode == 0
    assert "hylkäämiä" not in sync_status(s.db).summary_fi()


@pytest.mark.postgres
def test_a_refused_row_can_be_kept_here_without_sending(laptop, url) -> None:
    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "205")
    person = s.participants.add(meeting.id, "Pilattava", Side.MUNICIPALITY)
    _spoil(s.db, "participants", person.id, "name", "N" * 250)
    assert run_sync(s.db, url).set_aside == 1
    [record] = list_set_aside(s.db)
    result = _cli(s.db, "--drop", str(record.id))
    assert result.returncode == 0, result.stderr
    assert "säilyy tällä koneella" in result.stdout
    assert run_sync(s.db, url).set_aside == 0  # no longer warned about, not sent
    assert person.id not in central_state(url)["participants"]
    assert [r.dropped for r in list_set_aside(s.db)] == [True]
    assert s.participants.list_for_meeting(meeting.id)[0].name == "N" * 250  # kept here
    s.participants.update(person.id, name="Korjattu Nimi")  # an edit sends it again
    run_sync(s.db, url)
    assert central_state(url)["participants"][person.id]["name"] == "Korjattu Nimi"
    assert not list_set_aside(s.db)
    with pytest.raises(Exception, match="ei ole"):
        drop(s.db, record.id)


@pytest.mark.postgres
def test_a_batch_stuck_in_the_outbox_by_an_older_version_no_longer_blocks(laptop, url) -> None:
    """The issue's state: the failed batch was saved before sending and is re-sent first."""
    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
    bad = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pilataan")
    good = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Hyvä")
    _spoil(s.db, "feedback", bad.id, "text", NUL_TEXT)
    local.save_outbox(s.db, "0f5c0c7e-0000-4000-8000-000000000001", local.collect_changes(s.db))
    s.feedback.update(bad.id, text="Korjattu ennen päivitystä")  # fixed while it was stuck
    report = run_sync(s.db, url)
    central = central_state(url)
    assert central["feedback"][good.id]["text"] == "Hyvä"
    # The stuck batch's old text was refused; the fixed version went up in the same run.
    assert central["feedback"][bad.id]["text"] == "Korjattu ennen päivitystä"
    assert report.set_aside == 0 and not list_set_aside(s.db) and dirty_count(s.db) == 0
    with s.db.read() as session:
        assert session.scalar(select(func.count()).select_from(sync_outbox)) == 0


@pytest.mark.postgres
def test_refusals_keep_exactly_once_receipts(laptop, url) -> None:
    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
    bad = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pilataan")
    s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Hyvä")
    _spoil(s.db, "feedback", bad.id, "text", NUL_TEXT)
    transport = FaultyTransport(open_transport(url), "push-after")  # applied, answer lost
    with pytest.raises(Cut):
        run_sync(s.db, url, transport=transport)
    report = run_sync(s.db, url)  # re-sent under the same op id: the stored answer
    assert report.set_aside == 1 and [r.row_id for r in list_set_aside(s.db)] == [bad.id]
    audit = central_audit_rows(url)
    assert len(audit) == len({(a["entity"], a["entity_id"]) for a in audit})  # nothing twice
    assert dirty_count(s.db) == 1
    transport.close()


@pytest.mark.postgres
def test_the_app_shows_refused_rows_with_their_reason(qtbot, laptop, url, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox
    from test_sync_ui import FakeHost

    from desktop_app.sync.local_tables import CENTRAL_URL_KEY
    from desktop_app.ui.sync_actions import install_sync_actions
    from desktop_app.ui.sync_set_aside import SetAsideDialog

    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
    bad = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pilataan")
    _spoil(s.db, "feedback", bad.id, "text", NUL_TEXT)
    s.db.set_setting(CENTRAL_URL_KEY, url)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: informed.append(text))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr("desktop_app.ui.sync_actions.resolve_password", lambda url: "")  # trust login
    host = FakeHost(s)
    qtbot.addWidget(host.main)
    host.main.resize(1366, 768)
    controller = install_sync_actions(host)
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: controller.last_report is not None or bool(warned), timeout=30_000)
    assert not warned
    assert controller.last_report.set_aside == 1
    assert informed and "ei hyväksynyt 1 riviä" in informed[-1] and "NUL" in informed[-1]
    # the count runs on a worker (ui/sync_status.py): wait for the one after the sync
    qtbot.waitUntil(lambda: "hylkäämiä: 1" in controller.status_label.text(), timeout=10_000)
    assert controller.set_aside_action in host.menu("tools").actions()

    dialog = SetAsideDialog(s.db, host.main)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert cells[0].startswith("Palaute: \u201cTuotu vanhasta paketista")
    assert cells[1] == "Teksti" and "NUL" in cells[2] and cells[3] == "odottaa korjausta"
    dialog.keep_here.click()
    assert dialog.table.item(0, 3).text() == "jätetty lähettämättä"
    controller.status_label.refresh()
    qtbot.waitUntil(lambda: not controller.status_label.counting, timeout=10_000)
    assert "hylkäämiä" not in controller.status_label.text()
    dialog.send_again.click()  # undo the choice: it waits to be sent unchanged
    assert dialog.table.rowCount() == 0


@pytest.mark.postgres
def test_a_refused_edit_of_a_synced_row_keeps_the_central_version(laptop, url) -> None:
    """The update path (not COPY): an edit the store refuses; other edits in the push arrive."""
    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
    item = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Alkuperäinen")
    other = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Toinen")
    run_sync(s.db, url)
    with sqlite3.connect(s.db.path) as conn:  # an old client's edit: dirty, version bumped
        register_functions(conn)
        conn.execute("UPDATE feedback SET text = ?, dirty = 1, version = version + 1 WHERE id = ?",
                     (NUL_TEXT, item.id))
    s.feedback.update(other.id, text="Toinen, muokattu")
    report = run_sync(s.db, url)
    central = central_state(url)
    assert central["feedback"][item.id]["text"] == "Alkuperäinen"
    assert central["feedback"][other.id]["text"] == "Toinen, muokattu"
    assert report.set_aside == 1 and "NUL" in report.refused[0]
    s.feedback.update(item.id, text="Korjattu muokkaus")
    assert run_sync(s.db, url).set_aside == 0
    assert central_state(url)["feedback"][item.id]["text"] == "Korjattu muokkaus"


@pytest.mark.postgres
def test_an_old_clients_row_missing_a_required_value_is_refused_alone(laptop, url) -> None:
    """A constraint (NOT NULL) refused centrally, from a payload shaped by an older client that
    did not know a column: the store's own check, not ours; the rest of the push is applied."""
    from desktop_app.sync.transport import APPLIED, REFUSED, Change, Origin

    s = laptop
    meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
    s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Vanhan version palaute")
    changes = local.collect_changes(s.db)
    old = next(c for c in changes if c.entity == "feedback")
    fields = {k: v for k, v in old.fields.items() if k != "priority"}  # unknown to that client
    changes = [c if c is not old else Change(c.entity, c.id, None, c.local_version, fields)
               for c in changes]
    transport = open_transport(url)
    try:
        result = transport.push(changes, "0f5c0c7e-0000-4000-8000-000000000002", Origin("vanha", "V"))
        again = transport.push(changes, "0f5c0c7e-0000-4000-8000-000000000002", Origin("vanha", "V"))
    finally:
        transport.close()
    statuses = {(r.entity, r.id): r for r in result.receipts}
    refused = statuses[("feedback", old.id)]
    assert refused.status == REFUSED and refused.field == "priority"
    assert refused.message == "pakollinen tieto puuttuu"
    assert sum(r.status == APPLIED for r in result.receipts) == len(changes) - 1
    assert again == result  # exactly once: the stored answer, refusals included
    assert result.last_seq - result.before_seq == len(changes) - 1  # no seq spent on the refused
