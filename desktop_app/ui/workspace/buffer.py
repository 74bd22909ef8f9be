"""What the user is typing into one item, and writing it through the services.

A new item exists only in its buffer until it has text; the first autosave adds it, later ones
update it. An emptied text is not written (the service requires text): the last saved text stays
in the database until the user types again or deletes the item.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, Priority
from desktop_app.domain.records import FeedbackRecord
from desktop_app.domain.validation import parse_date
from desktop_app.services import Services
from desktop_app.ui.workspace.autosave import Deferred


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
    follow_up_id: str | None = None
    owner: str = ""
    due: str = ""
    saved_owner: str = ""
    saved_due: str = ""
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @classmethod
    def from_record(cls, record: FeedbackRecord, section_key: str) -> EditBuffer:
        from desktop_app.domain.formatting import fi_date
        follow_up = record.follow_ups[0] if record.follow_ups else None
        owner = follow_up.owner if follow_up else ""
        due = fi_date(follow_up.due_date) if follow_up else ""
        return cls(section_key=section_key, kind=record.kind, sector_id=record.sector_id,
                   scope=record.scope, priority=record.priority, text=record.text,
                   item_id=record.id, saved_text=record.text,
                   follow_up_id=follow_up.id if follow_up else None,
                   owner=owner, due=due, saved_owner=owner, saved_due=due)

    @property
    def dirty(self) -> bool:
        return (self.text != self.saved_text or self.owner != self.saved_owner
                or self.due != self.saved_due)


def write_buffer(services: Services, meeting_id: str, buf: EditBuffer) -> FeedbackRecord | None:
    """Bring the database in line with `buf`; returns the fresh record (None: nothing to write)."""
    if not buf.text.strip():
        if buf.item_id is None:
            return None
        raise Deferred("Tyhjää tekstiä ei tallenneta; edellinen teksti säilyy. "
                       "Poista kohta näppäimillä Alt+Delete.")
    if buf.item_id is None:
        record = services.feedback.add(meeting_id, buf.kind, buf.text, sector_id=buf.sector_id,
                                       priority=buf.priority, scope=buf.scope)
        buf.item_id = record.id
        buf.saved_text = record.text
    elif buf.text != buf.saved_text:
        services.feedback.update(buf.item_id, text=buf.text)
        buf.saved_text = buf.text
    if buf.owner != buf.saved_owner or buf.due != buf.saved_due:
        due = parse_date(buf.due, "määräpäivä", required=False)
        if buf.follow_up_id is None:
            follow_up = services.followups.add(buf.item_id, owner=buf.owner, due_date=due)
            buf.follow_up_id = follow_up.id
        else:
            services.followups.update(buf.follow_up_id, owner=buf.owner, due_date=due)
        buf.saved_owner, buf.saved_due = buf.owner, buf.due
    return services.feedback.get(buf.item_id)
