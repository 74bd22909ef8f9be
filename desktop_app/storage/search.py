"""FTS5 queries over feedback text and follow-ups, and over managers' meetings' agenda matters and
their agreements, with Finnish base forms (docs/search.md).

Two indexes with the same columns: `feedback_fts` (migration 0004) per feedback item and
`matter_fts` (0009) per agenda matter: `text` (the item's text; a matter's title, description and
notes), `followups` (its live follow-ups' or agreements' descriptions), `base` (base forms of their
words) and `part` (compound parts); triggers keep both current. A query word matches an item when
the item has
  1. the word as typed (tier 0),
  2. a word with the same base form (tier 1: *lentoliikenne* finds *lentoliikenteen*),
  3. a compound with it as a part (*yhteys* finds *liikenneyhteyksien*), or — when the analyser
     does not know the typed word as a whole word (a fragment, an unknown name) — a word
     beginning with it (tier 2).
Hits of both kinds come in one list, ordered by tier, then bm25. Snippets are cut here, in
Python, so the bold marks fall on the words that really matched (FTS5's own snippet() would mark
base forms, not the text).
"""

from __future__ import annotations

import functools
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
    kind: str | None = None          # a FeedbackKind value; a matter only via its linked item
    meeting_kind: str | None = None  # a MeetingKind value: negotiation items or agenda matters

    @property
    def any(self) -> bool:
        return any((self.round_id, self.municipality_code, self.sector_id, self.kind,
                    self.meeting_kind))


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

@dataclass(frozen=True)
class _Source:
    """One index and how its rows are joined and filtered. `filters` maps each SearchFilters field
    to the SQL condition it adds (with a parameter of the field's name)."""

    kind: str   # MeetingKind value of its hits
    fts: str    # the FTS5 table
    joins: str  # from the FTS table to the live rows whose rowid it shares
    alive: tuple[str, ...]
    filters: tuple[tuple[str, str], ...]
    tombstones: str  # true when a parent (meeting, round) of indexed rows is deleted


FEEDBACK = _Source(
    "negotiation", "feedback_fts",
    """JOIN feedback f ON f.rowid = feedback_fts.rowid
        JOIN meetings mt ON mt.id = f.meeting_id
        JOIN rounds r ON r.id = mt.round_id AND r.deleted_at IS NULL""",
    ("f.deleted_at IS NULL", "mt.deleted_at IS NULL"),
    (("round_id", "mt.round_id = :round_id"),
     ("municipality_code", "mt.municipality_code = :municipality_code"),
     ("sector_id", "f.sector_id = :sector_id"), ("kind", "f.kind = :kind")),
    """EXISTS (SELECT 1 FROM meetings WHERE deleted_at IS NOT NULL)
       OR EXISTS (SELECT 1 FROM rounds WHERE deleted_at IS NOT NULL)""")

# A matter has no round, sector or kind of its own: the round filter means the round's year, the
# municipality is who raised the matter, and sector and kind apply through the negotiation item it
# was brought from (a matter without one is not in any sector).
MATTERS = _Source(
    "managers", "matter_fts",
    """JOIN agenda_matters a ON a.rowid = matter_fts.rowid
        JOIN managers_meetings mm ON mm.id = a.managers_meeting_id""",
    ("a.deleted_at IS NULL", "mm.deleted_at IS NULL"),
    (("round_id", "mm.year = (SELECT year FROM rounds WHERE id = :round_id)"),
     ("municipality_code", "a.municipality_code = :municipality_code"),
     ("sector_id", "a.feedback_id IN (SELECT id FROM feedback WHERE sector_id = :sector_id)"),
     ("kind", "a.feedback_id IN (SELECT id FROM feedback WHERE kind = :kind)")),
    "EXISTS (SELECT 1 FROM managers_meetings WHERE deleted_at IS NOT NULL)")

SOURCES = (FEEDBACK, MATTERS)


def _sources(filters: SearchFilters) -> tuple[_Source, ...]:
    return tuple(s for s in SOURCES if filters.meeting_kind in (None, s.kind))


def _conditions(source: _Source, filters: SearchFilters, params: dict[str, object]) -> str:
    conditions = [f"{source.fts} MATCH :expr", *source.alive]
    for key, condition in source.filters:
        value = getattr(filters, key)
        if value is not None:
            conditions.append(condition)
            params[key] = value
    return " AND ".join(conditions)


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction). Thousands of rowids come back
    ~10× faster from the driver directly than through SQLAlchemy's result rows."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _candidates(session: Session, source: _Source, filters: SearchFilters,
                params: dict[str, object], *, joined: bool = False) -> list[int]:
    """The newest matching rowids (at most `params["cap"]`), newest first. The index holds live
    rows only (its triggers drop a deleted item or matter), so without filters and without a
    deleted meeting or round the index alone answers: joining every match to its item, meeting
    and round read three table pages per match (~6 ms of a common word's 1,000 at 100,000
    items). Otherwise, or when `joined`, the joins decide."""
    where = _conditions(source, filters, params)
    raw = _raw(session)
    unfiltered = all(getattr(filters, key) is None for key, _ in source.filters)
    if not joined and unfiltered and not raw.execute(f"SELECT {source.tombstones}").fetchone()[0]:
        return [row[0] for row in raw.execute(
            f"SELECT rowid FROM {source.fts} WHERE {source.fts} MATCH :expr "
            "ORDER BY rowid DESC LIMIT :cap", params)]
    return [row[0] for row in raw.execute(f"""
        SELECT {source.fts}.rowid FROM {source.fts}
        {source.joins}
        WHERE {where}
        ORDER BY {source.fts}.rowid DESC LIMIT :cap""", params)]


def count_hits(session: Session, query: str, filters: SearchFilters, cap: int = CANDIDATES) -> int:
    """How many items (negotiation items and agenda matters) the query finds, at most `cap`; for
    suggestions after zero hits."""
    expressions = match_expressions(query)
    if expressions is None:
        return 0
    total = 0
    for source in _sources(filters):
        params: dict[str, object] = {"expr": expressions[0], "cap": cap - total}
        total += len(_candidates(session, source, filters, params))
        if total >= cap:
            break
    return total


def _ranked(session: Session, source: _Source, filters: SearchFilters,
            expressions: tuple[str, str, str], limit: int, *,
            joined: bool = False) -> list[tuple[int, int, float]]:
    """(rowid, tier, bm25) of the best `limit` hits of one index."""
    params: dict[str, object] = {"expr": expressions[0], "cap": CANDIDATES}
    candidates = _candidates(session, source, filters, params, joined=joined)
    if not candidates:
        return []
    # Tiers: the typed forms (0), then the same base forms (1), then anything else the first
    # query matched (2). Each tier's expression is matched once over the candidates' rowid range,
    # with bm25 (a row's bm25 for an expression does not depend on the rest of the query), and
    # only while the page is not yet full: a common word's page fills from tier 0 alone. The
    # tiers below add bm25 of fewer than `limit` rows of the tiers above. (Separate membership
    # MATCHes, then ranking each tier's rows through a JSON list, cost ~1.5 ms more a search.)
    fts, lowest, pool = source.fts, candidates[-1], set(candidates)
    raw = _raw(session)
    ranked: list[tuple[int, int, float]] = []
    seen: set[int] = set()
    for tier, expression in ((0, expressions[1]), (1, expressions[2]), (2, expressions[0])):
        need = limit - len(ranked)
        if need <= 0:
            break
        rows = [(rowid, rank) for rowid, rank in raw.execute(
            f"SELECT rowid, bm25({fts}) FROM {fts} WHERE {fts} MATCH :expr AND rowid >= :lowest",
            {"expr": expression, "lowest": lowest}) if rowid in pool and rowid not in seen]
        seen.update(rowid for rowid, _ in rows)
        rows.sort(key=lambda row: (row[1], -row[0]))   # bm25, then the newest first
        ranked += [(rowid, tier, rank) for rowid, rank in rows[:need]]
    return ranked


_DETAILS = {
    FEEDBACK.kind: """
        SELECT f.rowid AS rid, f.id AS feedback_id, f.meeting_id, mt.round_id, r.year AS round_year,
               mt.municipality_code, mu.name_fi AS municipality_name, f.sector_id,
               COALESCE(s.name_fi, '') AS sector_name, f.kind, f.text,
               (SELECT followups FROM feedback_fts WHERE rowid = f.rowid) AS followups
        FROM feedback f
        JOIN meetings mt ON mt.id = f.meeting_id
        JOIN rounds r ON r.id = mt.round_id
        JOIN municipalities mu ON mu.code = mt.municipality_code
        LEFT JOIN sectors s ON s.id = f.sector_id
        WHERE f.rowid IN (SELECT value FROM json_each(:ids))""",
    # A matter's "municipality" is who raised it: the municipality, else the name given.
    MATTERS.kind: """
        SELECT a.rowid AS rid, a.id AS matter_id, a.managers_meeting_id AS meeting_id,
               mm.year AS round_year, mm.number AS managers_number, a.number AS matter_number,
               COALESCE(a.municipality_code, '') AS municipality_code,
               COALESCE(mu.name_fi, a.raised_by_name) AS municipality_name, a.raised_by,
               f.sector_id, COALESCE(s.name_fi, '') AS sector_name,
               a.title, a.description, a.notes,
               (SELECT followups FROM matter_fts WHERE rowid = a.rowid) AS followups
        FROM agenda_matters a
        JOIN managers_meetings mm ON mm.id = a.managers_meeting_id
        LEFT JOIN municipalities mu ON mu.code = a.municipality_code
        LEFT JOIN feedback f ON f.id = a.feedback_id
        LEFT JOIN sectors s ON s.id = f.sector_id
        WHERE a.rowid IN (SELECT value FROM json_each(:ids))""",
}


_Ranked = list[tuple[_Source, int, int, float]]


def _ranked_details(session: Session, filters: SearchFilters, expressions: tuple[str, str, str],
                    limit: int, *, joined: bool) -> tuple[_Ranked, dict[tuple[str, int], dict[str, object]]]:
    """The best `limit` hits of both indexes, and their rows by (source kind, rowid)."""
    ranked = [(source, rowid, tier, rank) for source in _sources(filters)
              for rowid, tier, rank in _ranked(session, source, filters, expressions, limit,
                                               joined=joined)]
    ranked.sort(key=lambda hit: (hit[2], hit[3]))  # stable: rowid order within equal ranks
    ranked = ranked[:limit]
    details: dict[tuple[str, int], dict[str, object]] = {}
    for source in _sources(filters):
        ids = [rowid for hit_source, rowid, _, _ in ranked if hit_source is source]
        if ids:
            cursor = _raw(session).execute(_DETAILS[source.kind], {"ids": json.dumps(ids)})
            names = [column[0] for column in cursor.description]
            details.update({(source.kind, row[0]): dict(zip(names, row, strict=True))
                            for row in cursor})
    return ranked, details


def search_rows(session: Session, query: str, filters: SearchFilters, limit: int = 100,
                marks: tuple[str, str] = ("[", "]")) -> list[dict[str, object]]:
    """Ranked hits of both kinds in one list, as dicts: `source` ('negotiation' or 'managers'),
    the item and its meeting (a matter: `matter_id`, `meeting_id` = its managers' meeting,
    `round_year` = the meeting's year, `managers_number`, `matter_number`), `snippet` with marks
    around the matched words, `followup_match` when only a follow-up or agreement matched, `tier`
    0–2, `rank` = bm25. Within a tier the two indexes' bm25 values are merged as they are (both
    tables have the same columns and tokenizer). An FTS rowid equals its row's rowid (kept so by
    the triggers): the joins are primary-key lookups."""
    expressions = match_expressions(query)
    if expressions is None:
        return []
    ranked, details = _ranked_details(session, filters, expressions, limit, joined=False)
    if any((source.kind, rowid) not in details for source, rowid, _, _ in ranked):
        # An index row without its item (an index out of step, e.g. after a VACUUM, until it
        # is rebuilt): the joined candidates leave such rows out, as they always did.
        ranked, details = _ranked_details(session, filters, expressions, limit, joined=True)
    rows = []
    for source, rowid, tier, rank in ranked:
        row = details[(source.kind, rowid)]
        row.update(source=source.kind, tier=tier, rank=rank)
        if source is MATTERS:   # title, description, notes: one per line
            parts = [str(row[key]).strip() for key in ("title", "description", "notes")]
            row["text"] = "\n".join(part for part in parts if part)
        rows.append(row)
    matches = word_matcher(parse_query(query))
    for row in rows:
        body = str(row["text"])
        if row["source"] == MATTERS.kind:
            parts = [str(row.pop(key)).strip() for key in ("title", "description", "notes")]
            snippet = _matter_snippet(*parts, matches=matches, marks=marks)
        else:
            snippet = make_snippet(body, matches, marks)
        followup_match = snippet is None and bool(row["followups"])
        if followup_match:
            snippet = make_snippet(str(row["followups"]), matches, marks)
        row["snippet"] = snippet if snippet is not None else make_snippet(body, lambda _w: True, ("", ""))
        row["followup_match"] = followup_match
    return rows


def _matter_snippet(title: str, description: str, notes: str, *, matches: Callable[[str], bool],
                    marks: tuple[str, str]) -> str | None:
    """A matter's title, then ' — ' and the words around the match in its notes (what this
    meeting said; a matter carried on keeps its title and description), else in its description,
    else the beginning of either; None when none of the three has a matching word."""
    marked_title = make_snippet(title, matches, marks, words=len(WORD.findall(title)))
    head = title.removesuffix("…").strip()
    if head and description.startswith(head):   # brought from a negotiation item: titled by it
        description = description[len(head):].lstrip(" .,;:–-")
    detail = make_snippet(notes, matches, marks) or make_snippet(description, matches, marks)
    if marked_title is None and detail is None:
        return None
    if detail is None and (notes or description):
        detail = make_snippet(notes or description, lambda _w: True, ("", ""))
    return " — ".join(part for part in (marked_title or title, detail) if part)


def text_matcher(query: str) -> Callable[[str], bool]:
    """Whether a text holds every word of `query` by the index's rules (the typed form, a base
    form, a beginning), for filtering a list already in memory the way search would: the filter
    `lentoliikenne` keeps a text that says *lentoliikenteen*."""
    per_word = [word_matcher([word]) for word in parse_query(query)]

    def accepts(text: str) -> bool:
        tokens = WORD.findall(normalise(text))
        return all(any(matches(token) for token in tokens) for matches in per_word)
    return accepts


def word_matcher(words: list[QueryWord]) -> Callable[[str], bool]:
    """Whether a word of the text matches any query word, by the same rules as the index."""
    exact = {w.word for w in words}
    prefixes = tuple(w.word for w in words if w.prefix)
    bases = frozenset(b for w in words for b in w.bases)

    # A text repeats its words, and a page of 50 snippets asks about ~700 tokens: remembering the
    # answers halves the snippets' cost.
    @functools.lru_cache(maxsize=4096)
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
    """Index rows whose rowid no longer points at their live feedback row (e.g. after a VACUUM)."""
    return int(session.execute(text(
        "SELECT count(*) FROM feedback_fts LEFT JOIN feedback f ON f.rowid = feedback_fts.rowid "
        "WHERE f.id IS NULL OR f.id != feedback_fts.feedback_id OR f.deleted_at IS NOT NULL"
    )).scalar_one())


def matter_index_mismatches(session: Session) -> int:
    """Matter index rows whose rowid no longer points at their live agenda matter."""
    return int(session.execute(text(
        "SELECT count(*) FROM matter_fts LEFT JOIN agenda_matters a ON a.rowid = matter_fts.rowid "
        "WHERE a.id IS NULL OR a.id != matter_fts.matter_id OR a.deleted_at IS NOT NULL"
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

# The same document as migration 0009's triggers write for one matter.
_REBUILD_MATTERS = """
    INSERT INTO matter_fts(rowid, text, followups, base, part, matter_id)
    SELECT rid, body, fu, kp_base(body || char(10) || fu), kp_parts(body || char(10) || fu), id
    FROM (SELECT a.rowid AS rid, a.id AS id,
                 a.title || char(10) || a.description || char(10) || a.notes AS body,
                 coalesce((SELECT group_concat(description, char(10)) FROM (
                     SELECT u.description FROM follow_ups u
                     WHERE u.matter_id = a.id AND u.deleted_at IS NULL
                     ORDER BY u.created_at, u.id)), '') AS fu
          FROM agenda_matters a WHERE a.deleted_at IS NULL)"""


def rebuild_index(session: Session) -> int:
    """Re-create both indexes (feedback items, agenda matters) from their rows with the active
    analyser (after a restore from an old backup, or when the analyser changed). Returns the
    indexed items of both kinds."""
    session.execute(text("DELETE FROM feedback_fts"))
    session.execute(text(_REBUILD))
    session.execute(text("DELETE FROM matter_fts"))
    session.execute(text(_REBUILD_MATTERS))
    session.execute(text("DELETE FROM local_settings WHERE key = :key"), {"key": ANALYSER_KEY})
    session.execute(text("INSERT INTO local_settings(key, value) VALUES (:key, :value)"),
                    {"key": ANALYSER_KEY, "value": morphology.active().name})
    return int(session.execute(text(
        "SELECT (SELECT count(*) FROM feedback_fts) + (SELECT count(*) FROM matter_fts)")).scalar_one())


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
