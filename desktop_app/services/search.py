"""Full-text search over all rounds, ranked, with filters; Finnish base forms (docs/search.md)."""

from __future__ import annotations

from desktop_app.domain.enums import FeedbackKind, MatterRaiser, MeetingKind
from desktop_app.domain.records import SearchHit, SearchSuggestion
from desktop_app.domain.validation import parse_enum
from desktop_app.services.attendance import COUNCIL_NAME
from desktop_app.storage import morphology
from desktop_app.storage.database import Database
from desktop_app.storage.search import (
    SearchFilters,
    count_hits,
    search_rows,
    suggestion_queries,
    text_matcher,
)

__all__ = ["SearchService", "text_matcher"]

MAX_SUGGESTIONS = 3
MAX_TRIES = 12  # count queries after zero hits (each a few ms at 100,000 items)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _filters(round_id: str | None, municipality_code: str | None, sector_id: str | None,
                 kind: FeedbackKind | str | None,
                 meeting_kind: MeetingKind | str | None) -> SearchFilters:
        return SearchFilters(
            round_id=round_id, municipality_code=municipality_code, sector_id=sector_id,
            kind=parse_enum(FeedbackKind, kind, "laji").value if kind else None,
            meeting_kind=(parse_enum(MeetingKind, meeting_kind, "kokouksen laji").value
                          if meeting_kind else None),
        )

    def search(self, query: str, *, round_id: str | None = None,
               municipality_code: str | None = None, sector_id: str | None = None,
               kind: FeedbackKind | str | None = None,
               meeting_kind: MeetingKind | str | None = None, limit: int = 100,
               marks: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """Negotiation items and managers' meetings' agenda matters matching every word of
        `query` (plain words; see storage/search.py), best first, in one list. `meeting_kind`
        keeps one kind only; for a matter, `round_id` means the round's year, `municipality_code`
        who raised it, and `sector_id`/`kind` the negotiation item it was brought from. Raises
        ValidationError for an unknown `kind` or `meeting_kind`."""
        filters = self._filters(round_id, municipality_code, sector_id, kind, meeting_kind)
        with self.db.read() as session:
            rows = search_rows(session, query, filters, limit=limit, marks=marks)
        return [_hit(row) for row in rows]

    def suggest(self, query: str, *, round_id: str | None = None,
                municipality_code: str | None = None, sector_id: str | None = None,
                kind: FeedbackKind | str | None = None,
                meeting_kind: MeetingKind | str | None = None) -> list[SearchSuggestion]:
        """After zero hits: the same query without the filters when they exclude everything it
        finds, else up to MAX_SUGGESTIONS other queries that do find something (fewer words, a
        part of a compound, a shorter beginning). Empty when nothing helps."""
        filters = self._filters(round_id, municipality_code, sector_id, kind, meeting_kind)
        found: list[SearchSuggestion] = []
        with self.db.read() as session:
            if filters.any:
                hits = count_hits(session, query, SearchFilters())
                if hits:
                    return [SearchSuggestion(query, hits, without_filters=True)]
            for tries, other in enumerate(suggestion_queries(query)):
                if tries >= MAX_TRIES or len(found) >= MAX_SUGGESTIONS:
                    break
                hits = count_hits(session, other, filters)
                if hits:
                    found.append(SearchSuggestion(other, hits))
        return found

    @staticmethod
    def analyser() -> str:
        """'voikko' (base forms and compounds), 'snowball' (stems only) or 'none' (words as typed
        and by their beginning): what this installation can do."""
        return morphology.active().name


def _hit(row: dict[str, object]) -> SearchHit:
    common = {
        "meeting_id": str(row["meeting_id"]), "round_year": int(row["round_year"]),  # type: ignore[call-overload]
        "municipality_code": str(row["municipality_code"]),
        "municipality_name": str(row["municipality_name"] or ""),
        "sector_id": row["sector_id"], "sector_name": str(row["sector_name"]),
        "snippet": str(row["snippet"]), "text": str(row["text"]),
        "rank": float(row["rank"]),  # type: ignore[arg-type]
        "followup_match": bool(row["followup_match"]), "tier": int(row["tier"]),  # type: ignore[call-overload]
    }
    if row["source"] == MeetingKind.MANAGERS.value:
        if not common["municipality_name"] and row["raised_by"] == MatterRaiser.COUNCIL.value:
            common["municipality_name"] = COUNCIL_NAME   # who raised it, as the agenda says
        return SearchHit(feedback_id="", round_id="", kind=None, meeting_kind=MeetingKind.MANAGERS,
                         matter_id=str(row["matter_id"]),
                         managers_number=int(row["managers_number"]),  # type: ignore[call-overload]
                         matter_number=int(row["matter_number"]),  # type: ignore[call-overload]
                         **common)  # type: ignore[arg-type]
    return SearchHit(feedback_id=str(row["feedback_id"]), round_id=str(row["round_id"]),
                     kind=FeedbackKind(row["kind"]), **common)  # type: ignore[arg-type]
