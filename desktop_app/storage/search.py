"""FTS5 queries over feedback text. The index itself is kept current by triggers (migration 0001)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

# Words are runs of letters/digits; everything else (quotes, operators, brackets) is dropped so
# that user input can never be parsed as FTS5 query syntax.
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


@dataclass(frozen=True)
class SearchFilters:
    round_id: str | None = None
    municipality_code: str | None = None
    sector_id: str | None = None
    kind: str | None = None


def to_match_expression(query: str) -> str | None:
    """'liikenne  hank' -> '"liikenne"* AND "hank"*'; None when no word remains."""
    words = _WORD.findall(query.casefold())[:MAX_TERMS]
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


# Ranking every match of a very common word (bm25 over 40,000 rows) costs tens of milliseconds;
# the newest CANDIDATES matches are found cheaply in rowid order and only those are ranked.
CANDIDATES = 1000

_FILTER_COLUMNS = (("mt.round_id", "round_id"), ("mt.municipality_code", "municipality_code"),
                   ("f.sector_id", "sector_id"), ("f.kind", "kind"))


def search_rows(session: Session, query: str, filters: SearchFilters, limit: int = 100,
                marks: tuple[str, str] = ("[", "]")) -> list[dict[str, object]]:
    """Ranked hits. The FTS rowid equals the feedback rowid (kept so by the triggers), which makes
    the join a primary-key lookup."""
    expression = to_match_expression(query)
    if expression is None:
        return []
    conditions = ["feedback_fts MATCH :expr", "f.deleted_at IS NULL", "mt.deleted_at IS NULL"]
    params: dict[str, object] = {"expr": expression, "limit": limit, "cap": CANDIDATES,
                                 "open": marks[0], "close": marks[1]}
    for column, key in _FILTER_COLUMNS:
        value = getattr(filters, key)
        if value is not None:
            conditions.append(f"{column} = :{key}")
            params[key] = value
    where = " AND ".join(conditions)
    candidates = session.execute(text(f"""
        SELECT feedback_fts.rowid FROM feedback_fts
        JOIN feedback f ON f.rowid = feedback_fts.rowid
        JOIN meetings mt ON mt.id = f.meeting_id
        WHERE {where}
        ORDER BY feedback_fts.rowid DESC LIMIT :cap"""), params).scalars().all()
    if not candidates:
        return []
    params["lowest"] = candidates[-1]
    sql = f"""
        SELECT f.id AS feedback_id, f.meeting_id, mt.round_id, r.year AS round_year,
               mt.municipality_code, mu.name_fi AS municipality_name, f.sector_id,
               COALESCE(s.name_fi, '') AS sector_name, f.kind, f.text,
               snippet(feedback_fts, 0, :open, :close, '…', 16) AS snippet,
               bm25(feedback_fts) AS rank
        FROM feedback_fts
        JOIN feedback f ON f.rowid = feedback_fts.rowid
        JOIN meetings mt ON mt.id = f.meeting_id
        JOIN rounds r ON r.id = mt.round_id
        JOIN municipalities mu ON mu.code = mt.municipality_code
        LEFT JOIN sectors s ON s.id = f.sector_id
        WHERE {where} AND feedback_fts.rowid >= :lowest AND r.deleted_at IS NULL
        ORDER BY rank, r.year DESC
        LIMIT :limit
    """
    return [dict(row._mapping) for row in session.execute(text(sql), params)]


def index_mismatches(session: Session) -> int:
    """Index rows whose rowid no longer points at their feedback row (e.g. after a VACUUM)."""
    return int(session.execute(text(
        "SELECT count(*) FROM feedback_fts LEFT JOIN feedback f ON f.rowid = feedback_fts.rowid "
        "WHERE f.id IS NULL OR f.id != feedback_fts.feedback_id OR f.deleted_at IS NOT NULL"
    )).scalar_one())


def rebuild_index(session: Session) -> int:
    """Re-create the index from the feedback table (after a restore from an old backup, say)."""
    session.execute(text("DELETE FROM feedback_fts"))
    session.execute(text(
        "INSERT INTO feedback_fts(rowid, text, feedback_id) "
        "SELECT rowid, text, id FROM feedback WHERE deleted_at IS NULL"
    ))
    return int(session.execute(text("SELECT count(*) FROM feedback_fts")).scalar_one())
