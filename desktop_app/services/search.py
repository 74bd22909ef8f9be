"""Full-text search over all rounds, ranked, with filters."""

from __future__ import annotations

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.records import SearchHit
from desktop_app.domain.validation import parse_enum
from desktop_app.storage.database import Database
from desktop_app.storage.search import SearchFilters, search_rows


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, query: str, *, round_id: str | None = None,
               municipality_code: str | None = None, sector_id: str | None = None,
               kind: FeedbackKind | str | None = None, limit: int = 100,
               marks: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        filters = SearchFilters(
            round_id=round_id, municipality_code=municipality_code, sector_id=sector_id,
            kind=parse_enum(FeedbackKind, kind, "laji").value if kind else None,
        )
        with self.db.read() as session:
            rows = search_rows(session, query, filters, limit=limit, marks=marks)
        return [
            SearchHit(
                feedback_id=str(row["feedback_id"]), meeting_id=str(row["meeting_id"]),
                round_id=str(row["round_id"]), round_year=int(row["round_year"]),  # type: ignore[arg-type]
                municipality_code=str(row["municipality_code"]),
                municipality_name=str(row["municipality_name"]),
                sector_id=row["sector_id"],  # type: ignore[arg-type]
                sector_name=str(row["sector_name"]), kind=FeedbackKind(row["kind"]),
                snippet=str(row["snippet"]), text=str(row["text"]),
                rank=float(row["rank"]),  # type: ignore[arg-type]
            )
            for row in rows
        ]
