"""The workspace's sections: participants, advocacy targets, each sector, and the two
regional-development views. A section key is a short string kept in QSettings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind
from desktop_app.domain.records import FeedbackRecord, ItemCount, SectorRecord

PARTICIPANTS = "participants"
ADVOCACY = "advocacy"
SECTOR_PREFIX = "sector:"
DEVELOPMENT_PREFIX = "development:"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    kind: FeedbackKind | None          # the kind new items get; None for participants
    sector_id: str | None = None
    scope: DevelopmentScope | None = None
    is_header: bool = False            # a non-selectable group title in the checklist

    @property
    def is_sector(self) -> bool:
        return self.key.startswith(SECTOR_PREFIX)

    @property
    def holds_feedback(self) -> bool:
        return self.kind is not None

    def kinds(self) -> tuple[FeedbackKind, ...]:
        """Kinds listed in this section (a sector also lists its questions)."""
        if self.kind == FeedbackKind.SECTOR_COMMENT:
            return (FeedbackKind.SECTOR_COMMENT, FeedbackKind.QUESTION)
        return (self.kind,) if self.kind else ()

    def contains(self, item: FeedbackRecord) -> bool:
        if item.kind not in self.kinds():
            return False
        if self.is_sector:
            return item.sector_id == self.sector_id
        if self.kind == FeedbackKind.DEVELOPMENT_VIEW:
            return (item.scope or DevelopmentScope.MUNICIPALITY) == self.scope
        return item.sector_id is None or self.kind == FeedbackKind.ADVOCACY_TARGET

    def item_filter(self) -> tuple[tuple[FeedbackKind, ...], str | None, DevelopmentScope | None]:
        """(kinds, sector id, scope) for `FeedbackService.list_in_section`: the stored items
        `contains` accepts (a None sector or scope: any)."""
        if self.is_sector:
            return self.kinds(), self.sector_id, None
        if self.kind == FeedbackKind.DEVELOPMENT_VIEW:
            return self.kinds(), None, self.scope
        return self.kinds(), None, None

    def items(self, feedback: list[FeedbackRecord]) -> list[FeedbackRecord]:
        """In display order: by kind (comments before questions), then position."""
        order = {kind: n for n, kind in enumerate(self.kinds())}
        chosen = [item for item in feedback if self.contains(item)]
        return sorted(chosen, key=lambda i: (order[i.kind], i.sort_order, i.created_at))


def sector_key(sector_id: str) -> str:
    return SECTOR_PREFIX + sector_id


def build_sections(sectors: tuple[SectorRecord, ...] | list[SectorRecord], language: str,
                   titles: dict[str, str]) -> list[Section]:
    """`titles` holds the translated fixed titles (participants, advocacy, sectors, development,
    municipality, region)."""
    sections = [
        Section(PARTICIPANTS, titles["participants"], None),
        Section(ADVOCACY, titles["advocacy"], FeedbackKind.ADVOCACY_TARGET),
        Section("header:sectors", titles["sectors"], None, is_header=True),
    ]
    sections += [
        Section(sector_key(s.id), s.name(language), FeedbackKind.SECTOR_COMMENT, sector_id=s.id)
        for s in sectors
    ]
    sections += [
        Section("header:development", titles["development"], None, is_header=True),
        Section(DEVELOPMENT_PREFIX + DevelopmentScope.MUNICIPALITY.value, titles["municipality"],
                FeedbackKind.DEVELOPMENT_VIEW, scope=DevelopmentScope.MUNICIPALITY),
        Section(DEVELOPMENT_PREFIX + DevelopmentScope.REGION.value, titles["region"],
                FeedbackKind.DEVELOPMENT_VIEW, scope=DevelopmentScope.REGION),
    ]
    return sections


def section_key_of(item: FeedbackRecord) -> str | None:
    """The key of the section that lists `item` (None: shown in no section)."""
    return _key(item.kind, item.sector_id, item.scope)


def _key(kind: FeedbackKind, sector_id: str | None, scope: DevelopmentScope | None) -> str | None:
    if kind in (FeedbackKind.SECTOR_COMMENT, FeedbackKind.QUESTION) and sector_id:
        return sector_key(sector_id)
    if kind == FeedbackKind.ADVOCACY_TARGET:
        return ADVOCACY
    if kind == FeedbackKind.DEVELOPMENT_VIEW:
        return DEVELOPMENT_PREFIX + (scope or DevelopmentScope.MUNICIPALITY).value
    return None


def count_by_section(items: Iterable[FeedbackRecord]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        key = section_key_of(item)
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def counts_by_section(counts: Iterable[ItemCount]) -> dict[str, int]:
    """`count_by_section` of the items the counts describe (`MeetingService.item_counts`)."""
    out: dict[str, int] = {}
    for group in counts:
        key = _key(group.kind, group.sector_id, group.scope)
        if key:
            out[key] = out.get(key, 0) + group.count
    return out
