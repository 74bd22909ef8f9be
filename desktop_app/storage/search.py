"""FTS5 queries over feedback text and follow-ups, with Finnish base forms (docs/search.md).

The index (migration 0004) holds per feedback item: `text`, `followups` (its live follow-ups'
descriptions), `base` (base forms of their words) and `part` (compound parts); triggers keep it
current. A query word matches an item when the item has
  1. the word as typed (tier 0),
  2. a word with the same base form (tier 1: *lentoliikenne* finds *lentoliikenteen*),
  3. a compound with it as a part (*yhteys* finds *liikenneyhteyksien*), or — when the analyser
     does not know the typed word as a whole word (a fragment, an unknown name) — a word
     beginning with it (tier 2).
Hits are ordered by tier, then bm25. Snippets are cut here, in Python, so the bold marks fall on
the words that really matched (FTS5's own snippet() would mark base forms, not the text).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.storage import morphology
from desktop_app.storage.morphology import WORD, analyse, forms, normalise

MAX_TERMS = 12
SNIPPET_WORDS = 16
ANALYSER_KEY = "search_analyser"  # local_settings: which analyser built the index


@dataclass(frozen=True)
class SearchFilters:
    round_id: str | None = None
    municipality_code: str | None = None
    sector_id: str | None = None
    kind: str | None = None

    @property
    def any(self) -> bool:
        return any((self.round_id, self.municipality_code, self.sector_id, self.kind))


@dataclass(frozen=True)
class QueryWord:
    """One typed word: casefolded surface, its base forms, and whether it matches by beginning."""

    word: str
    bases: tuple[str, ...]
    parts: tuple[str, ...]
    prefix: bool


def parse_query(query: str) -> list[QueryWord]:
    """Plain words only: quotes, operators and brackets are dropped, so user input is never FTS5
    syntax. Words are NFC-normalised and casefolded; at most MAX_TERMS are used."""
    words: list[QueryWord] = []
    for raw in WORD.findall(normalise(query))[:MAX_TERMS]:
        analysis = analyse(raw)
        folded = raw.casefold()
        # Typed in a base form, the word means that base form: "koski" is the rapids, not the
        # past tense of "koskea"; "keskusta" the town centre, not the partitive of "keskus".
        bases = (folded,) if folded in analysis.bases else analysis.bases
        words.append(QueryWord(folded, bases, analysis.parts, prefix=not analysis.known))
    return words


def _quote(term: str) -> str:
    return '"' + " ".join(WORD.findall(term)) + '"'


def _any_of(column: str, terms: tuple[str, ...]) -> str:
    return f"{column} : ({' OR '.join(_quote(t) for t in terms)})"


def _exact(word: QueryWord) -> str:
    return f"{{text followups}} : {_quote(word.word)}"


def _same_base(word: QueryWord) -> str:
    return _exact(word) + (f" OR {_any_of('base', word.bases)}" if word.bases else "")


def _anything(word: QueryWord) -> str:
    terms = [_same_base(word)]
    if word.bases:
        terms.append(_any_of("part", word.bases))
    if word.prefix:
        terms.append(f"{{text followups}} : {_quote(word.word)}*")
    return " OR ".join(terms)


def match_expressions(query: str) -> tuple[str, str, str] | None:
    """(any match, exact typed forms, typed or same base form) as FTS5 expressions, every word
    required; None when no word remains. E.g. 'Vuokatti' → ('({text followups} : "vuokatti" OR
    base : ("vuokatti") OR part : ("vuokatti"))', …)."""
    words = parse_query(query)
    if not words:
        return None

    def every(make: Callable[[QueryWord], str]) -> str:
        return " AND ".join(f"({make(w)})" for w in words)

    return every(_anything), every(_exact), every(_same_base)


# Ranking every match of a very common word (bm25 over 40,000 rows) costs tens of milliseconds;
# the newest CANDIDATES matches are found cheaply in rowid order and only those are ranked.
CANDIDATES = 1000

_FILTER_COLUMNS = (("mt.round_id", "round_id"), ("mt.municipality_code", "municipality_code"),
                   ("f.sector_id", "sector_id"), ("f.kind", "kind"))


def _conditions(filters: SearchFilters, params: dict[str, object]) -> str:
    conditions = ["feedback_fts MATCH :expr", "f.deleted_at IS NULL", "mt.deleted_at IS NULL"]
    for column, key in _FILTER_COLUMNS:
        value = getattr(filters, key)
        if value is not None:
            conditions.append(f"{column} = :{key}")
            params[key] = value
    return " AND ".join(conditions)


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction). Thousands of rowids come back
    ~10× faster from the driver directly than through SQLAlchemy's result rows."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _candidates(session: Session, where: str, params: dict[str, object]) -> list[int]:
    return [row[0] for row in _raw(session).execute(f"""
        SELECT feedback_fts.rowid FROM feedback_fts
        JOIN feedback f ON f.rowid = feedback_fts.rowid
        JOIN meetings mt ON mt.id = f.meeting_id
        JOIN rounds r ON r.id = mt.round_id AND r.deleted_at IS NULL
        WHERE {where}
        ORDER BY feedback_fts.rowid DESC LIMIT :cap""", params)]


def _in_range(session: Session, expression: str, lowest: int) -> set[int]:
    return {row[0] for row in _raw(session).execute(
        "SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH :expr AND rowid >= :lowest",
        {"expr": expression, "lowest": lowest})}


def count_hits(session: Session, query: str, filters: SearchFilters, cap: int = CANDIDATES) -> int:
    """How many items the query finds (at most `cap`); for suggestions after zero hits."""
    expressions = match_expressions(query)
    if expressions is None:
        return 0
    params: dict[str, object] = {"expr": expressions[0], "cap": cap}
    return len(_candidates(session, _conditions(filters, params), params))


def search_rows(session: Session, query: str, filters: SearchFilters, limit: int = 100,
                marks: tuple[str, str] = ("[", "]")) -> list[dict[str, object]]:
    """Ranked hits as dicts (feedback and meeting context, `snippet` with marks around the
    matched words, `followup_match` when only a follow-up matched, `tier` 0–2, `rank` = bm25).
    The FTS rowid equals the feedback rowid (kept so by the triggers): the join is a primary-key
    lookup."""
    expressions = match_expressions(query)
    if expressions is None:
        return []
    params: dict[str, object] = {"expr": expressions[0], "exact": expressions[1],
                                 "based": expressions[2], "limit": limit, "cap": CANDIDATES}
    where = _conditions(filters, params)
    candidates = _candidates(session, where, params)
    if not candidates:
        return []
    # Tiers by two cheap MATCHes over the candidates' rowid range; bm25 then only ranks within
    # the tiers that fill the page, with that tier's (smaller) expression: ranking all 1,000
    # candidates of a common word with every column cost ~30 ms at 100,000 items.
    lowest, pool = candidates[-1], set(candidates)
    exact_ids = _in_range(session, expressions[1], lowest) & pool
    based_ids = (_in_range(session, expressions[2], lowest) & pool) - exact_ids
    ranked: list[tuple[int, int, float]] = []
    for tier, ids, expression in ((0, exact_ids, expressions[1]), (1, based_ids, expressions[2]),
                                  (2, pool - exact_ids - based_ids, expressions[0])):
        need = limit - len(ranked)
        if need <= 0:
            break
        if ids:
            ranked += [(rowid, tier, rank) for rowid, rank in session.execute(text("""
                SELECT rowid, bm25(feedback_fts) FROM feedback_fts
                WHERE feedback_fts MATCH :expr AND rowid >= :lowest
                  AND +rowid IN (SELECT value FROM json_each(:ids))
                ORDER BY 2, rowid DESC LIMIT :need"""),
                {"expr": expression, "lowest": lowest, "ids": json.dumps(sorted(ids)), "need": need})]
    details = {row.rid: dict(row._mapping) for row in session.execute(text("""
        SELECT f.rowid AS rid, f.id AS feedback_id, f.meeting_id, mt.round_id, r.year AS round_year,
               mt.municipality_code, mu.name_fi AS municipality_name, f.sector_id,
               COALESCE(s.name_fi, '') AS sector_name, f.kind, f.text,
               (SELECT followups FROM feedback_fts WHERE rowid = f.rowid) AS followups
        FROM feedback f
        JOIN meetings mt ON mt.id = f.meeting_id
        JOIN rounds r ON r.id = mt.round_id
        JOIN municipalities mu ON mu.code = mt.municipality_code
        LEFT JOIN sectors s ON s.id = f.sector_id
        WHERE f.rowid IN (SELECT value FROM json_each(:ids))"""),
        {"ids": json.dumps([rowid for rowid, _, _ in ranked])})}
    rows = []
    for rowid, tier, rank in ranked:
        row = details[rowid]
        row.update(tier=tier, rank=rank)
        rows.append(row)
    matches = word_matcher(parse_query(query))
    for row in rows:
        body = str(row["text"])
        snippet = make_snippet(body, matches, marks)
        followup_match = snippet is None and bool(row["followups"])
        if followup_match:
            snippet = make_snippet(str(row["followups"]), matches, marks)
        row["snippet"] = snippet if snippet is not None else make_snippet(body, lambda _w: True, ("", ""))
        row["followup_match"] = followup_match
    return rows


def word_matcher(words: list[QueryWord]) -> Callable[[str], bool]:
    """Whether a word of the text matches any query word, by the same rules as the index."""
    exact = {w.word for w in words}
    prefixes = tuple(w.word for w in words if w.prefix)
    bases = frozenset(b for w in words for b in w.bases)

    def matches(token: str) -> bool:
        folded = token.casefold()
        if folded in exact or (prefixes and folded.startswith(prefixes)):
            return True
        return bool(bases) and not bases.isdisjoint(forms(token))
    return matches


def make_snippet(body: str, matches: Callable[[str], bool], marks: tuple[str, str],
                 words: int = SNIPPET_WORDS) -> str | None:
    """About `words` words of `body` around the first match, matched words between `marks`,
    '…' where text was cut; None when no word matches."""
    tokens = list(WORD.finditer(body))
    first = next((i for i, token in enumerate(tokens) if matches(token.group())), None)
    if first is None:
        return None
    start = max(0, min(first - 3, len(tokens) - words))
    end = min(len(tokens), start + words)
    begin = 0 if start == 0 else tokens[start].start()
    finish = len(body) if end == len(tokens) else tokens[end - 1].end()
    out: list[str] = ["…" if start else ""]
    position = begin
    for index in range(start, end):
        token = tokens[index]
        out.append(body[position:token.start()])
        marked = index == first or (index > first and matches(token.group()))
        out.append(f"{marks[0]}{token.group()}{marks[1]}" if marked else token.group())
        position = token.end()
    out.append(body[position:finish])
    if finish < len(body):
        out.append("…")
    return "".join(out)


def index_mismatches(session: Session) -> int:
    """Index rows whose rowid no longer points at their feedback row (e.g. after a VACUUM)."""
    return int(session.execute(text(
        "SELECT count(*) FROM feedback_fts LEFT JOIN feedback f ON f.rowid = feedback_fts.rowid "
        "WHERE f.id IS NULL OR f.id != feedback_fts.feedback_id OR f.deleted_at IS NOT NULL"
    )).scalar_one())


_REBUILD = """
    INSERT INTO feedback_fts(rowid, text, followups, base, part, feedback_id)
    SELECT rid, text, fu, kp_base(text || char(10) || fu), kp_parts(text || char(10) || fu), id
    FROM (SELECT f.rowid AS rid, f.text AS text, f.id AS id,
                 coalesce((SELECT group_concat(description, char(10)) FROM (
                     SELECT u.description FROM follow_ups u
                     WHERE u.feedback_id = f.id AND u.deleted_at IS NULL
                     ORDER BY u.created_at, u.id)), '') AS fu
          FROM feedback f WHERE f.deleted_at IS NULL)"""


def rebuild_index(session: Session) -> int:
    """Re-create the index from the feedback and follow-up rows with the active analyser (after
    a restore from an old backup, or when the analyser changed). Returns the indexed items."""
    session.execute(text("DELETE FROM feedback_fts"))
    session.execute(text(_REBUILD))
    session.execute(text("DELETE FROM local_settings WHERE key = :key"), {"key": ANALYSER_KEY})
    session.execute(text("INSERT INTO local_settings(key, value) VALUES (:key, :value)"),
                    {"key": ANALYSER_KEY, "value": morphology.active().name})
    return int(session.execute(text("SELECT count(*) FROM feedback_fts")).scalar_one())


def index_analyser(session: Session) -> str | None:
    """The analyser that built this file's index (None before migration 0004)."""
    return session.execute(text("SELECT value FROM local_settings WHERE key = :key"),
                           {"key": ANALYSER_KEY}).scalar_one_or_none()


def suggestion_queries(query: str) -> list[str]:
    """Other queries to try after zero hits, most related first: the query without one of its
    words, the parts of a compound, longest first (*lentoliikennevero* → *lentoliikenne*), then ever shorter
    beginnings of a word (down to four letters, matched by beginning)."""
    raw = WORD.findall(normalise(query))[:MAX_TERMS]
    out: list[str] = []
    if len(raw) > 1:
        out += [" ".join(raw[:i] + raw[i + 1:]) for i in range(len(raw))]
    for i, word in enumerate(raw):
        analysis = analyse(word)
        variants = sorted((p for p in analysis.parts if len(p) > 2), key=len, reverse=True)
        variants += [word[:n] for n in range(len(word) - 2, 3, -2)]
        for variant in variants:
            out.append(" ".join([*raw[:i], variant, *raw[i + 1:]]))
    return list(dict.fromkeys(q for q in out if q.casefold() != query.casefold()))
