"""What the user is typing into one item, and writing it through the services.

A new item exists only in its buffer until it has text; the first autosave adds it, later ones
update it. An emptied text is not written (the service requires text): the last saved text stays
in the database until the user types again or deletes the item.

The buffer carries the versions it loaded and every update passes them as `expected_version`, so
a row changed underneath (a sync, an import, another window) is never overwritten: the user's
words are kept as well, the way sync keeps both sides of a conflict. The item text goes into a new
item right after the original, marked as a conflict copy; a follow-up's fields into a second
follow-up of the same item. A person then compares the two and deletes one (Alt+Delete).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, FollowUpStatus, Priority
from desktop_app.domain.errors import ConflictError, NotFoundError
from desktop_app.domain.records import FeedbackRecord, FollowUpRecord
from desktop_app.domain.validation import parse_date
from desktop_app.ui.keys import with_keys
from desktop_app.ui.workspace.autosave import Deferred

if TYPE_CHECKING:
    from desktop_app.services import Services

CONFLICT_MARK = "[Ristiriitakopio] "   # the text of a conflict copy starts with this


@dataclass
class EditBuffer:
    section_key: str
    kind: FeedbackKind
    sector_id: str | None = None
    scope: DevelopmentScope | None = None
    priority: Priority = Priority.NORMAL
    text: str = ""
    item_id: str | None = None
    saved_text: str = ""
    version: int | None = None           # of the item, as last loaded or written
    follow_up_id: str | None = None
    follow_up_version: int | None = None
    description: str = ""
    owner: str = ""
    due: str = ""
    status: FollowUpStatus | None = None  # None: no follow-up yet
    saved_description: str = ""
    saved_owner: str = ""
    saved_due: str = ""
    saved_status: FollowUpStatus | None = None
    conflict: str = ""                    # set by write_buffer when it had to keep both versions
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @classmethod
    def from_record(cls, record: FeedbackRecord, section_key: str,
                    follow_up_id: str | None = None) -> EditBuffer:
        """The item as stored; its follow-up `follow_up_id`, else its first one."""
        buf = cls(section_key=section_key, kind=record.kind, sector_id=record.sector_id,
                  scope=record.scope, priority=record.priority, text=record.text,
                  item_id=record.id, saved_text=record.text, version=record.version)
        chosen = next((f for f in record.follow_ups if f.id == follow_up_id), None)
        buf.load_follow_up(chosen or (record.follow_ups[0] if record.follow_ups else None))
        return buf

    def load_follow_up(self, follow_up: FollowUpRecord | None) -> None:
        from desktop_app.domain.formatting import fi_date
        self.follow_up_id = follow_up.id if follow_up else None
        self.follow_up_version = follow_up.version if follow_up else None
        self.description = self.saved_description = follow_up.description if follow_up else ""
        self.owner = self.saved_owner = follow_up.owner if follow_up else ""
        self.due = self.saved_due = fi_date(follow_up.due_date) if follow_up else ""
        self.status = self.saved_status = follow_up.status if follow_up else None

    @property
    def follow_up_dirty(self) -> bool:
        return (self.description != self.saved_description or self.owner != self.saved_owner
                or self.due != self.saved_due or self.status != self.saved_status)

    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text or self.follow_up_dirty


def buffer_words(buf: EditBuffer) -> str:
    """What the user typed into `buf` as plain lines (the item text, then the follow-up's
    fields that have any), for the unsaved-text question's clipboard copy."""
    T = QCoreApplication
    parts = [buf.text.strip()]
    for label, value in ((T.translate("EditBuffer", "Jatkotoimenpide"), buf.description),
                         (T.translate("EditBuffer", "Vastuu"), buf.owner),
                         (T.translate("EditBuffer", "Määräpäivä"), buf.due)):
        if value.strip():
            parts.append(f"{label}: {value.strip()}")
    return "\n".join(p for p in parts if p)


def write_buffer(services: Services, meeting_id: str, buf: EditBuffer) -> FeedbackRecord | None:
    """Bring the database in line with `buf`; returns the fresh record (None: nothing to write).

    Raises what the services raise (ValidationError for a bad due date, ConflictError for an
    approved meeting, …), and Deferred for an emptied text. A version conflict is not raised: both
    versions are kept and `buf.conflict` says so."""
    buf.conflict = ""
    if not buf.text.strip():
        if buf.item_id is None:
            return None
        raise Deferred(with_keys(QCoreApplication.translate(
            "EditBuffer", "Tyhjää tekstiä ei tallenneta; edellinen teksti säilyy. "
            "Poista kohta näppäimillä %1."), "delete_item"))
    # The record the write returned is the row as committed; it is read again only when another
    # write (the follow-up, a conflict copy) came after it, or when nothing was written.
    fresh: FeedbackRecord | None = None
    if buf.item_id is None:
        fresh = services.feedback.add(meeting_id, buf.kind, buf.text, sector_id=buf.sector_id,
                                      priority=buf.priority, scope=buf.scope)
        buf.item_id, buf.saved_text, buf.version = fresh.id, fresh.text, fresh.version
    elif buf.text != buf.saved_text:
        try:
            fresh = services.feedback.update(buf.item_id, text=buf.text, expected_version=buf.version)
        except (ConflictError, NotFoundError):
            if not _changed_underneath(services, buf):
                raise
            _keep_both_texts(services, meeting_id, buf)
        else:
            buf.saved_text, buf.version = buf.text, fresh.version
    if buf.follow_up_dirty:
        try:
            _write_follow_up(services, buf)
        except NotFoundError:
            if not _item_deleted(services, buf):
                raise
            # The item was deleted underneath (a sync tombstone) while its follow-up was typed:
            # the follow-up's words get a home as a typed text does, on a marked copy of the item.
            _keep_both_texts(services, meeting_id, buf)
            _write_follow_up(services, buf)
        fresh = None
    return fresh if fresh is not None and fresh.id == buf.item_id else services.feedback.get(buf.item_id)


def _changed_underneath(services: Services, buf: EditBuffer) -> bool:
    assert buf.item_id is not None
    try:
        return services.feedback.get(buf.item_id).version != buf.version
    except NotFoundError:
        return True   # deleted underneath (a sync tombstone): the typed text still needs a home


def _item_deleted(services: Services, buf: EditBuffer) -> bool:
    try:
        services.feedback.get(buf.item_id or "")
    except NotFoundError:
        return True
    return False


def _keep_both_texts(services: Services, meeting_id: str, buf: EditBuffer) -> None:
    """The stored row changed since the editor loaded it: add the user's text as a marked copy
    right after it, and continue editing the copy."""
    original = buf.item_id
    text = buf.text if buf.text.startswith(CONFLICT_MARK) else CONFLICT_MARK + buf.text
    copy = services.feedback.add(meeting_id, buf.kind, text, sector_id=buf.sector_id,
                                 priority=buf.priority, scope=buf.scope)
    siblings = [i.id for i in services.feedback.list_for_meeting(meeting_id, buf.kind)
                if i.sector_id == copy.sector_id and i.scope == copy.scope]
    if original in siblings:
        services.feedback.move(copy.id, siblings.index(original) + 1)
    buf.item_id, buf.text, buf.saved_text = copy.id, text, text
    buf.version = services.feedback.get(copy.id).version
    if buf.follow_up_id is not None:   # the follow-up belongs to the original item
        buf.follow_up_id = buf.follow_up_version = None
        buf.saved_description = buf.saved_owner = buf.saved_due = ""
        buf.saved_status = None
    buf.conflict = "text"


def _write_follow_up(services: Services, buf: EditBuffer) -> None:
    assert buf.item_id is not None
    due = parse_date(buf.due, "määräpäivä", required=False)
    status = buf.status or FollowUpStatus.OPEN
    if status == FollowUpStatus.OPEN and not (buf.description.strip() or buf.owner.strip() or due):
        _drop_empty_follow_up(services, buf)   # nothing promised: no open follow-up to print
        return
    if buf.follow_up_id is not None:
        try:
            follow_up = services.followups.update(
                buf.follow_up_id, owner=buf.owner, due_date=due, description=buf.description,
                status=status, expected_version=buf.follow_up_version)
        except (ConflictError, NotFoundError):
            if _follow_up_version(services, buf) == buf.follow_up_version:
                raise
            buf.follow_up_id = None    # keep theirs, add ours beside it
            buf.conflict = buf.conflict or "follow-up"
    if buf.follow_up_id is None:
        follow_up = services.followups.add(buf.item_id, owner=buf.owner, due_date=due,
                                           description=buf.description)
        if status != follow_up.status:
            follow_up = services.followups.update(follow_up.id, status=status)
    buf.follow_up_id, buf.follow_up_version = follow_up.id, follow_up.version
    buf.saved_description, buf.saved_owner, buf.saved_due = buf.description, buf.owner, buf.due
    buf.status = buf.saved_status = follow_up.status


def _drop_empty_follow_up(services: Services, buf: EditBuffer) -> None:
    """Every field of an open follow-up emptied (or never filled): it is not stored, and one that
    was stored while the user typed is removed, so no blank "– – –" row reaches the handout, the
    follow-up list or the next sync. A follow-up marked done or cancelled is kept as a record."""
    if buf.follow_up_id is not None:
        services.followups.delete(buf.follow_up_id)
    buf.follow_up_id = buf.follow_up_version = None
    buf.saved_description, buf.saved_owner, buf.saved_due = buf.description, buf.owner, buf.due
    buf.status = buf.saved_status = None


def _follow_up_version(services: Services, buf: EditBuffer) -> int | None:
    record = services.feedback.get(buf.item_id or "")
    return next((f.version for f in record.follow_ups if f.id == buf.follow_up_id), None)
