"""Search finds its candidates from the index alone when nothing needs the joins (no filters, no
deleted meeting or round); these tests hold that fast path to the joined one it stands beside
(storage/search.py, docs/performance/switch-search.md)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.storage import search
from desktop_app.storage.search import SearchFilters, match_expressions

QUERIES = ["liikenne", "rahoitus", "kunta", "rata", "osaaminen yhteistyö", "EU", "kehittäminen",
           "asialista", "matkailu", "vesi"]


@pytest.fixture
def demo(services: Services) -> Services:
    DemoService(services.db).create(2026, mark=False)
    return services


def _both_ways(services: Services, query: str) -> tuple:
    expressions = match_expressions(query)
    assert expressions is not None
    with services.db.read() as session:
        fast = search._ranked_details(session, SearchFilters(), expressions, 50, joined=False)
        joined = search._ranked_details(session, SearchFilters(), expressions, 50, joined=True)
    return fast, joined


def test_fast_candidates_give_the_same_hits_in_the_same_order_as_the_joins(demo: Services) -> None:
    found = 0
    for query in QUERIES:
        (fast_ranked, fast_rows), (joined_ranked, joined_rows) = _both_ways(demo, query)
        assert [(s.kind, rowid, tier, rank) for s, rowid, tier, rank in fast_ranked] == \
            [(s.kind, rowid, tier, rank) for s, rowid, tier, rank in joined_ranked], query
        assert fast_rows == joined_rows, query
        found += len(fast_ranked)
    assert found > 50   # the demo has hits of both kinds for these words
    kinds = {s.kind for query in QUERIES for s, *_ in _both_ways(demo, query)[0][0]}
    assert kinds == {"negotiation", "managers"}


def test_items_of_a_deleted_meeting_stay_out_of_the_results(demo: Services) -> None:
    """A meeting deleted on another laptop arrives as a tombstone whose items are still live rows
    in the index: the joins must decide then."""
    before = demo.search.search("liikenne", limit=500)
    gone = before[0].meeting_id
    assert any(hit.meeting_id != gone for hit in before)
    with demo.db.write() as session:
        session.execute(text("UPDATE meetings SET deleted_at = '2026-12-01T00:00:00.000000Z' "
                             "WHERE id = :id"), {"id": gone})
    after = demo.search.search("liikenne", limit=500)
    assert after and all(hit.meeting_id != gone for hit in after)
    assert [h.feedback_id for h in after] == [h.feedback_id for h in before if h.meeting_id != gone]
    with demo.db.read() as session:   # the suggestions' counts leave them out too
        assert search.count_hits(session, "liikenne", SearchFilters()) == len(after)


def test_items_of_a_deleted_managers_meeting_stay_out_of_the_results(demo: Services) -> None:
    before = [hit for hit in demo.search.search("asialista", limit=500) if hit.matter_id]
    if not before:
        before = [hit for q in QUERIES for hit in demo.search.search(q, limit=500) if hit.matter_id]
    assert before
    gone = before[0].meeting_id
    with demo.db.write() as session:
        session.execute(text("UPDATE managers_meetings SET deleted_at = '2026-12-01T00:00:00.000000Z' "
                             "WHERE id = :id"), {"id": gone})
    for query in QUERIES:
        assert all(hit.meeting_id != gone for hit in demo.search.search(query, limit=500))


def test_an_index_row_without_its_item_is_left_out_not_an_error(demo: Services) -> None:
    """An index out of step with its table (e.g. rowids moved by a VACUUM, until the index is
    rebuilt) must not break search: the row without an item is skipped, as the joins did."""
    expected = [hit.feedback_id for hit in demo.search.search("liikenne", limit=50)]
    with demo.db.write() as session:
        session.execute(text(
            "INSERT INTO feedback_fts(rowid, text, followups, base, part, feedback_id) "
            "VALUES ((SELECT max(rowid) FROM feedback) + 1000, 'liikenne liikenne liikenne', '', "
            "'liikenne', '', 'missing')"))
    assert [hit.feedback_id for hit in demo.search.search("liikenne", limit=50)] == expected
