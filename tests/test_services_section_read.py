"""The workspace reads a meeting per section (docs/performance/switch-search.md, "Per-section
loading"): `MeetingService.outline` (no items, counts from an index) and
`FeedbackService.list_in_section`. These tests hold both to the full read they replaced in the
workspace (`MeetingService.detail`, then `Section.items` / `count_by_section` over every item),
on the demo data plus the awkward rows a section filter can get wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind
from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.ui.models.sections import build_sections, count_by_section, counts_by_section

TITLES = {key: key for key in ("participants", "advocacy", "sectors", "development", "municipality",
                               "region")}


def assert_same_as_full_read(services: Services, meeting_id: str) -> int:
    """The outline and every section's items equal what the full read gives; returns how many
    items the sections listed."""
    detail = services.meetings.detail(meeting_id)
    outline = services.meetings.outline(meeting_id)
    assert (outline.meeting, outline.round, outline.participants, outline.sectors) == (
        detail.meeting, detail.round, detail.participants, detail.sectors)
    assert counts_by_section(outline.counts) == count_by_section(detail.feedback)
    assert counts_by_section(services.meetings.item_counts(meeting_id)) == count_by_section(detail.feedback)
    everything = list(detail.feedback)
    listed = 0
    for section in build_sections(outline.sectors, "fi", TITLES):
        if not section.holds_feedback:
            continue
        kinds, sector_id, scope = section.item_filter()
        got = services.feedback.list_in_section(meeting_id, kinds, sector_id=sector_id, scope=scope)
        # the same records (text, versions, follow-ups...), nothing of another section, same order
        assert section.items(got) == section.items(everything), section.key
        assert len(got) == len(section.items(everything)), section.key
        listed += len(got)
    return listed


def awkward_rows(services: Services, db_path: Path, meeting_id: str) -> None:
    """Rows a per-section filter can get wrong: a development view stored without a scope (shown
    as the municipality's), a regional one, an advocacy target carrying a sector, a question, a
    sector comment without a sector (shown nowhere), a deleted item, an item of a retired sector."""
    sectors = services.sectors.list_sectors()
    unscoped = services.feedback.add(meeting_id, FeedbackKind.DEVELOPMENT_VIEW, "Ilman laajuutta",
                                     scope=DevelopmentScope.MUNICIPALITY)
    services.feedback.add(meeting_id, FeedbackKind.DEVELOPMENT_VIEW, "Koko Kainuu",
                          scope=DevelopmentScope.REGION)
    services.feedback.add(meeting_id, FeedbackKind.ADVOCACY_TARGET, "Edunvalvonta sektorilla",
                          sector_id=sectors[0].id)
    services.feedback.add(meeting_id, FeedbackKind.QUESTION, "Kysymys", sector_id=sectors[1].id)
    orphan = services.feedback.add(meeting_id, FeedbackKind.SECTOR_COMMENT, "Ilman sektoria",
                                   sector_id=sectors[2].id)
    gone = services.feedback.add(meeting_id, FeedbackKind.SECTOR_COMMENT, "Poistettu",
                                 sector_id=sectors[2].id)
    services.feedback.delete(gone.id)
    services.feedback.add(meeting_id, FeedbackKind.SECTOR_COMMENT, "Lakkautettu sektori",
                          sector_id=sectors[3].id)
    services.sectors.retire(sectors[3].id)
    # An older version or an import may leave these: no scope, no sector (not writable through
    # the services today).
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE feedback SET scope = NULL WHERE id = ?", (unscoped.id,))
        conn.execute("UPDATE feedback SET sector_id = NULL WHERE id = ?", (orphan.id,))
    conn.close()


def test_every_demo_meeting_and_section_reads_as_the_full_read(services: Services, db_path: Path) -> None:
    DemoService(services.db).create(2026)
    current = services.rounds.list_rounds()[0]
    from desktop_app.domain.enums import READ_ONLY_STATUSES

    editable = next(s.meeting.id for s in services.rounds.overview(current.id)
                    if s.meeting.status not in READ_ONLY_STATUSES)
    awkward_rows(services, db_path, editable)
    listed = 0
    for round_ in services.rounds.list_rounds():
        for summary in services.rounds.overview(round_.id):
            listed += assert_same_as_full_read(services, summary.meeting.id)
    assert listed > 50   # the demo data really was compared, not an empty file


def test_counts_and_sections_follow_every_write(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    first, second = services.sectors.list_sectors()[:2]
    item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Tiet", sector_id=first.id)
    other = services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "Rata")
    assert_same_as_full_read(services, meeting.id)
    services.feedback.update(item.id, sector_id=second.id)   # moved to another sector
    assert_same_as_full_read(services, meeting.id)
    services.feedback.update(item.id, kind=FeedbackKind.QUESTION)
    assert_same_as_full_read(services, meeting.id)
    services.feedback.delete(other.id)
    assert_same_as_full_read(services, meeting.id)
    services.feedback.restore(other.id)
    assert_same_as_full_read(services, meeting.id)
    assert counts_by_section(services.meetings.item_counts(meeting.id)) == {
        "advocacy": 1, f"sector:{second.id}": 1}


def test_the_counts_are_read_from_the_index_alone(services: Services, make_meeting, db_path: Path) -> None:
    """Counting must not read the items' table pages (the reason a switch is cheap): SQLite's
    plan uses the covering index of migration 0010 for every kind but the development views."""
    from desktop_app.services.meeting_read import _COUNTS_SQL

    meeting = make_meeting()
    with sqlite3.connect(db_path) as conn:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + _COUNTS_SQL, {
            "meeting": meeting.id, "development": FeedbackKind.DEVELOPMENT_VIEW.value})]
    conn.close()
    assert any("COVERING INDEX ix_feedback_meeting_live" in step for step in plan), plan


def test_the_start_up_snapshot_answers_as_the_services_for_every_meeting_and_section(
        services: Services, db_path: Path) -> None:
    """A reopened meeting is shown before the services load from the first-screen snapshot
    (services/first_screen.py): its outline, counts and every section's items, filtered in memory
    from the meeting's items, must equal what the services return, in the same order."""
    from desktop_app.domain.enums import READ_ONLY_STATUSES
    from desktop_app.services.first_screen import read_first_screen, section_items

    DemoService(services.db).create(2026)
    current = services.rounds.list_rounds()[0]
    editable = next(s.meeting.id for s in services.rounds.overview(current.id)
                    if s.meeting.status not in READ_ONLY_STATUSES)
    awkward_rows(services, db_path, editable)
    listed = 0
    for round_ in services.rounds.list_rounds():
        for summary in services.rounds.overview(round_.id):
            meeting_id = summary.meeting.id
            first = read_first_screen(db_path, meeting_id)
            assert first is not None and first.reopened is not None
            assert first.reopened_outline == services.meetings.outline(meeting_id)
            for section in build_sections(first.reopened_outline.sectors, "fi", TITLES):
                if not section.holds_feedback:
                    continue
                kinds, sector_id, scope = section.item_filter()
                from_snapshot = section_items(first.reopened.feedback, kinds, sector_id, scope)
                assert from_snapshot == services.feedback.list_in_section(
                    meeting_id, kinds, sector_id=sector_id, scope=scope), section.key
                listed += len(from_snapshot)
    assert listed > 50
