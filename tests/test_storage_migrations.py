"""Schema upgrades: every released fixture upgrades to head with its data intact; a failing
migration restores the original; a newer or foreign file is refused clearly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.enums import Attendance, FeedbackKind, MeetingKind
from desktop_app.domain.errors import StorageError
from desktop_app.services import Services
from desktop_app.storage import migrate
from desktop_app.storage.backup import integrity_problems, list_backups
from desktop_app.storage.migrate import current_revision, head_revision, open_database

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema_*.db"))


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert FIXTURES / "schema_0001.db" in RELEASED


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_fixture_upgrades_to_head_with_data_intact(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "vanha.db"
    shutil.copy(fixture, path)
    with sqlite3.connect(fixture) as raw:
        tables_before = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db = open_database(path, "Päivittäjä")
    try:
        assert current_revision(db.engine) == head_revision()
        s = Services.for_database(db)
        round_ = s.rounds.find_by_year(2025)
        meeting = s.meetings.find(round_.id, "290")
        assert meeting.place == "Kuhmon kaupungintalo" and meeting.start_time.hour == 9
        detail = s.meetings.detail(meeting.id)
        assert [p.name for p in detail.participants] == ["Anna Heikkinen", "Pekka Kyllönen"]
        comments = detail.items_of(FeedbackKind.SECTOR_COMMENT)
        assert [c.text for c in comments] == [
            "Valtatie 76:n kunnossapito on elinehto; päätös tarvitaan pian.",
            "Joukkoliikenne 🚌 maaseudulle.",
        ]
        assert comments[0].follow_ups[0].owner == "Mikko Korhonen"
        assert len(detail.feedback) == 4  # the tombstoned question stays hidden
        hits = s.search.search("päätös")
        assert [h.feedback_id for h in hits if h.matter_id is None] == [comments[0].id]
        if "managers_meetings" in tables_before:   # schema 0008 on: the fixture has a managers' year
            kokous = s.managers.find(2025, 1)
            agenda = s.agenda.detail(kokous.id)
            assert [a.title for a in agenda.matters] == [
                "Maakuntaohjelman toimeenpano",
                "Valtatie 76:n kunnossapito on elinehto; päätös tarvitaan pian."]
            assert [h.matter_id for h in hits if h.matter_id is not None] == [agenda.matters[1].id]
            assert list(agenda.linked_feedback) == [agenda.matters[1].id]
            agreements = s.followups.list_all(kind=MeetingKind.MANAGERS)
            assert [(u.follow_up.owner, u.follow_up.description) for u in agreements] == [
                ("Mikko Korhonen", "Valmistellaan esitys hallitukselle.")]
            assert [(a.name, a.attendance) for a in agenda.attendees] == [
                ("Pekka Kyllönen", Attendance.PRESENT)]
        assert "TAL" not in [x.code for x in s.sectors.list_sectors()]
        # And the upgraded file takes new writes, audited.
        s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Uusi kysymys päivityksen jälkeen")
    finally:
        db.dispose()
    assert integrity_problems(path) == []


def test_opening_a_current_file_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "uusi.db"
    open_database(path, "x").dispose()
    open_database(path, "x").dispose()
    assert list_backups(tmp_path / "uusi-varmuuskopiot") == []


def _broken_scripts(tmp_path: Path) -> Path:
    """The real migration scripts plus one that changes the schema and then fails."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(
        "from alembic import op\n"
        "revision = '9999_broken'\n"
        f"down_revision = {head!r}\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.execute('DELETE FROM follow_ups')\n"
        "    op.execute('CREATE TABLE half_done (x INTEGER)')\n"
        "    raise RuntimeError('migration bug')\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    return scripts


def test_failed_migration_restores_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "k.db"
    shutil.copy(RELEASED[-1], path)
    open_database(path, "x").dispose()  # bring it to the real head first
    before = sqlite3.connect(path).execute("SELECT count(*) FROM follow_ups").fetchone()[0]
    assert before > 0  # the broken script deletes them: there must be something to lose
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _broken_scripts(tmp_path))
    monkeypatch.setattr(migrate, "HEAD", "9999_broken")  # as a release with that script would
    with pytest.raises(StorageError, match="päivitys epäonnistui"):
        open_database(path, "x")
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == before
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    finally:
        raw.close()
    assert integrity_problems(path) == []
    assert any("ennen-9999_broken" in b.path.name for b in list_backups(tmp_path / "k-varmuuskopiot"))
    monkeypatch.undo()
    open_database(path, "x").dispose()  # still opens normally with the real scripts


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tuleva.db"
    open_database(path, "x").dispose()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    with pytest.raises(StorageError, match="uudemmalla"):
        open_database(path, "x")


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "muu.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE kirjat (nimi TEXT)")
    raw.execute("INSERT INTO kirjat VALUES ('Seitsemän veljestä')")
    raw.commit()
    raw.close()
    with pytest.raises(StorageError, match="ei ole Kuntapalautteen tietokanta"):
        open_database(path, "x")
    assert sqlite3.connect(path).execute("SELECT nimi FROM kirjat").fetchall() == [("Seitsemän veljestä",)]


def test_garbage_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "roska.db"
    garbage = b"This is not SQLite at all \x00\x01" * 300
    path.write_bytes(garbage)
    with pytest.raises(StorageError, match="vioittunut"):
        open_database(path, "x")
    assert path.read_bytes() == garbage


def test_head_constant_matches_the_scripts() -> None:
    from desktop_app.storage.migrations import HEAD

    assert head_revision() == HEAD, "update desktop_app/storage/migrations/__init__.py HEAD"
