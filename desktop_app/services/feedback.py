"""Recording feedback: add, edit, reorder, delete (tombstone) and undo, and earlier rounds' items.

Every write refuses a closed or approved meeting with MeetingLockedError (`meeting.closed`,
`meeting.approved`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, MeetingStatus, Priority
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.records import FeedbackRecord, HistoryItem
from desktop_app.domain.validation import clean_text, parse_enum
from desktop_app.services.convert import (
    feedback_record,
    follow_ups_by_feedback,
    get_any,
    get_live,
)
from desktop_app.services.meeting_read import load_history, load_section_items
from desktop_app.services.meetings import (
    check_version,
    editable_meeting_in,
    ensure_editable,
    refuse_if_locked,
)
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.field_edit import EditTransaction
from desktop_app.storage.types import utcnow

_UNSET: object = object()


def _check_shape(kind: FeedbackKind, sector_id: str | None,
                 scope: DevelopmentScope | None) -> DevelopmentScope | None:
    if kind == FeedbackKind.SECTOR_COMMENT and sector_id is None:
        raise ValidationError(field="sektori", code="feedback.sector_required")
    if kind == FeedbackKind.DEVELOPMENT_VIEW:
        return scope or DevelopmentScope.MUNICIPALITY
    return None


def _siblings(session: Session, item: m.Feedback) -> list[m.Feedback]:
    query = select(m.Feedback).where(
        m.Feedback.meeting_id == item.meeting_id,
        m.Feedback.kind == item.kind,
        m.Feedback.deleted_at.is_(None),
    )
    if item.sector_id is None:
        query = query.where(m.Feedback.sector_id.is_(None))
    else:
        query = query.where(m.Feedback.sector_id == item.sector_id)
    if item.kind == FeedbackKind.DEVELOPMENT_VIEW:
        query = query.where(m.Feedback.scope == item.scope)
    return list(session.scalars(query.order_by(m.Feedback.sort_order, m.Feedback.created_at)))


# The edit path (storage/field_edit.py) asks SQLite directly: these run under the write lock.
_MEETING_STATUS = "SELECT status FROM meetings WHERE id = ?"
_LAST_SORT_ORDER = ("SELECT max(sort_order) FROM feedback WHERE meeting_id = ? AND kind = ? "
                    "AND sector_id IS ?")


def _live_sector(tx: EditTransaction, sector_id: object) -> str | None:
    """The sector's id, None for none; a missing or tombstoned sector raises ValidationError
    (`feedback.no_such_sector`)."""
    if sector_id is None or sector_id == "":
        return None
    if tx.live(m.Sector, str(sector_id)) is None:
        raise ValidationError(field="sektori", code="feedback.no_such_sector")
    return str(sector_id)


def _record(session: Session, row: m.Feedback) -> FeedbackRecord:
    session.flush()
    return feedback_record(row, follow_ups_by_feedback(session, [row.id]).get(row.id, ()))


class FeedbackService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, meeting_id: str, kind: FeedbackKind | str, text: str, *,
            sector_id: str | None = None, priority: Priority | str = Priority.NORMAL,
            scope: DevelopmentScope | str | None = None) -> FeedbackRecord:
        """Raises ValidationError (`input.*`, `feedback.*`), NotFoundError (`not_found.meeting`),
        MeetingLockedError."""
        kind_value = parse_enum(FeedbackKind, kind, "laji")
        text = clean_text(text, "teksti")
        priority_value = parse_enum(Priority, priority, "tärkeys")
        scope_value = parse_enum(DevelopmentScope, scope, "näkökulma") if scope else None
        with self.db.edit() as tx:   # the first autosave of every new item: the fast path
            editable_meeting_in(tx, meeting_id)
            sector = _live_sector(tx, sector_id)
            scope_value = _check_shape(kind_value, sector, scope_value)
            last = tx.scalar(_LAST_SORT_ORDER, (meeting_id, kind_value.value, sector))
            row = tx.insert(m.Feedback, {
                "meeting_id": meeting_id, "sector_id": sector, "kind": kind_value,
                "scope": scope_value, "text": text, "priority": priority_value,
                "sort_order": (last or 0) + 1})
            return feedback_record(row, ())   # a new item has no follow-ups yet

    def get(self, item_id: str) -> FeedbackRecord:
        """Raises NotFoundError (`not_found.feedback`)."""
        with self.db.read() as session:
            row = get_live(session, m.Feedback, item_id, "feedback")
            assert isinstance(row, m.Feedback)
            return _record(session, row)

    def update(self, item_id: str, *, text: object = _UNSET, priority: object = _UNSET,
               kind: object = _UNSET, sector_id: object = _UNSET, scope: object = _UNSET,
               expected_version: int | None = None) -> FeedbackRecord:
        """Change only the given fields; `expected_version` guards against overwriting others.

        Raises ValidationError (`input.*`, `feedback.*`), NotFoundError, MeetingLockedError
        and ConflictError (`row.changed_elsewhere`)."""
        with self.db.edit() as tx:
            row = tx.live(m.Feedback, item_id)
            if row is None:
                raise NotFoundError(code="not_found.feedback")
            refuse_if_locked(MeetingStatus(tx.scalar(_MEETING_STATUS, (row.meeting_id,))))
            check_version(row, expected_version)
            changes: dict[str, object] = {}
            if text is not _UNSET:
                changes["text"] = clean_text(text, "teksti")
            if priority is not _UNSET:
                changes["priority"] = parse_enum(Priority, priority, "tärkeys")
            new_kind, new_sector = row.kind, row.sector_id
            if kind is not _UNSET:
                new_kind = changes["kind"] = parse_enum(FeedbackKind, kind, "laji")
            if sector_id is not _UNSET:
                new_sector = changes["sector_id"] = _live_sector(tx, sector_id)
            scope_value = row.scope
            if scope is not _UNSET:
                scope_value = parse_enum(DevelopmentScope, scope, "näkökulma") if scope else None
            changes["scope"] = _check_shape(new_kind, new_sector, scope_value)
            if new_kind != row.kind or new_sector != row.sector_id:
                # Last among its new siblings (the row itself counts with its old number, as it
                # did when the ORM path flushed the move before asking).
                last = tx.scalar(_LAST_SORT_ORDER, (row.meeting_id, new_kind.value, new_sector))
                changes["sort_order"] = max(last or 0, row.sort_order) + 1
            after = tx.change(m.Feedback, row, changes)
            follow_ups = tx.rows(m.FollowUp, "feedback_id = ? AND deleted_at IS NULL", (item_id,),
                                 order_by="created_at")
            return feedback_record(after, follow_ups)

    def move(self, item_id: str, new_index: int) -> list[FeedbackRecord]:
        """Move an item to `new_index` among its siblings (same meeting, kind and sector).

        Raises NotFoundError (`not_found.feedback`) and MeetingLockedError."""
        with self.db.write() as session:
            row = get_live(session, m.Feedback, item_id, "feedback")
            assert isinstance(row, m.Feedback)
            ensure_editable(session, row.meeting_id)
            siblings = _siblings(session, row)
            siblings.remove(row)
            new_index = max(0, min(new_index, len(siblings)))
            siblings.insert(new_index, row)
            for position, sibling in enumerate(siblings, start=1):
                if sibling.sort_order != position:
                    sibling.sort_order = position
            session.flush()
            follow_ups = follow_ups_by_feedback(session, [s.id for s in siblings])
            return [feedback_record(s, follow_ups.get(s.id, ())) for s in siblings]

    def delete(self, item_id: str) -> None:
        """Tombstone: gone from lists and search, kept in the file, undoable with `restore`.

        Raises NotFoundError (`not_found.feedback`) and MeetingLockedError."""
        with self.db.write() as session:
            row = get_live(session, m.Feedback, item_id, "feedback")
            assert isinstance(row, m.Feedback)
            ensure_editable(session, row.meeting_id)
            row.deleted_at = utcnow()

    def restore(self, item_id: str) -> FeedbackRecord:
        with self.db.write() as session:
            row = get_any(session, m.Feedback, item_id, "feedback")
            assert isinstance(row, m.Feedback)
            ensure_editable(session, row.meeting_id)
            row.deleted_at = None
            return _record(session, row)

    def list_for_meeting(self, meeting_id: str, kind: FeedbackKind | str | None = None,
                         sector_id: str | None = None) -> list[FeedbackRecord]:
        with self.db.read() as session:
            query = select(m.Feedback).where(
                m.Feedback.meeting_id == meeting_id, m.Feedback.deleted_at.is_(None)
            )
            if kind is not None:
                query = query.where(m.Feedback.kind == parse_enum(FeedbackKind, kind, "laji"))
            if sector_id is not None:
                query = query.where(m.Feedback.sector_id == sector_id)
            rows = session.scalars(
                query.order_by(m.Feedback.kind, m.Feedback.sector_id, m.Feedback.sort_order,
                               m.Feedback.created_at)
            ).all()
            follow_ups = follow_ups_by_feedback(session, [row.id for row in rows])
            return [feedback_record(row, follow_ups.get(row.id, ())) for row in rows]

    def list_in_section(self, meeting_id: str, kinds: tuple[FeedbackKind, ...], *,
                        sector_id: str | None = None,
                        scope: DevelopmentScope | None = None) -> list[FeedbackRecord]:
        """The meeting's live items of `kinds` with their follow-ups, ordered as `list_for_meeting`;
        `sector_id`: only that sector's (None: any sector or none); `scope`: only development
        views of that scope, one stored without a scope counting as the municipality's (None:
        any). One workspace section's items (ui/models/sections.py `Section.item_filter`)."""
        with self.db.read() as session:
            return load_section_items(session.connection(), meeting_id, tuple(kinds), sector_id, scope)

    def history(self, municipality_code: str, sector_id: str | None, before_year: int,
                kind: FeedbackKind | str | None = None, limit: int = 200) -> list[HistoryItem]:
        """The municipality's items for this sector from earlier rounds, newest round first
        (`sector_id` None: the items without a sector; `kind` narrows to one kind), at most
        `limit`, each with its live follow-ups. Raises ValidationError for an unknown `kind`."""
        wanted = parse_enum(FeedbackKind, kind, "laji") if kind is not None else None
        with self.db.read() as session:
            return load_history(session.connection(), municipality_code, sector_id, before_year,
                                wanted, limit)

    def copy_forward(self, source_item_id: str, meeting_id: str) -> FeedbackRecord:
        """Start a new item in `meeting_id` from an earlier one (same kind, sector and text).

        Raises NotFoundError and MeetingLockedError (the target meeting)."""
        source = self.get(source_item_id)
        return self.add(meeting_id, source.kind, source.text, sector_id=source.sector_id,
                        priority=source.priority, scope=source.scope)
