"""Short fields (the meeting's date, time and place; a participant's name, title and
organisation) written with the version the editor loaded, and what to do when the row changed
underneath (a sync, an import, another window): the rule of the item editor (buffer.py), sized
for one-line fields.

- Fields only one side changed are combined, as a sync merge does (merge.py): the user's edits
  are written over the newer row, and the other side's changes stay.
- A field both changed to different values is not overwritten: the newer stored value is shown,
  and the user is told both values in plain words (the refusal names what they typed, so nothing
  is lost; retyping one line is quicker than comparing two copies). docs/ui.md explains why
  these fields do not get a conflict copy as item texts do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import ConflictError, KuntapalauteError
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import MeetingRecord
from desktop_app.ui.workspace.header import MeetingHeader

if TYPE_CHECKING:
    from desktop_app.services import Services


class ChangedUnderneath(KuntapalauteError):
    """Both the user and another writer changed the same short field; nothing was written.
    `fresh`: the stored record now (to be shown)."""

    def __init__(self, message: str, fresh: object) -> None:
        super().__init__(message)
        self.fresh = fresh


def meeting_values(meeting: MeetingRecord) -> dict[str, str]:
    """The header's fields of a stored meeting, formatted as the header shows them."""
    return {"meeting_date": fi_date(meeting.meeting_date), "start_time": fi_time(meeting.start_time),
            "place": meeting.place}


def write_meeting_details(services: Services, header: MeetingHeader,
                          meeting: MeetingRecord) -> MeetingRecord:
    """Write the header's fields over `meeting` (the version the header shows). Raises what
    `update_details` raises, and ChangedUnderneath when the row changed underneath in a field
    the user changed too (nothing written)."""
    mine = header.values()
    try:
        return services.meetings.update_details(meeting.id, **mine, expected_version=meeting.version)
    except ConflictError as exc:
        if exc.code != "row.changed_elsewhere":
            raise
    fresh = services.meetings.get(meeting.id)
    theirs = meeting_values(fresh)
    merged, clashes = combine(header.loaded, mine, theirs)
    if clashes:
        raise ChangedUnderneath(clash_text(clashes, header.labels(), mine, theirs), fresh)
    written = services.meetings.update_details(meeting.id, **merged, expected_version=fresh.version)
    header.set_values(merged)   # the other side's changes, in the fields the user did not touch
    return written


def combine(loaded: Mapping[str, str], mine: Mapping[str, str],
            theirs: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """(values to write, keys both sides changed to different values). `loaded` is what the
    editor showed when it was filled, `mine` what it shows now, `theirs` the stored row now."""
    merged: dict[str, str] = {}
    clashes: list[str] = []
    for key, stored in theirs.items():
        own = mine.get(key, stored)
        base = loaded.get(key, stored)
        if own in (base, stored):
            merged[key] = stored
        elif stored == base:
            merged[key] = own
        else:
            merged[key] = stored
            clashes.append(key)
    return merged, clashes


def clash_text(clashes: list[str], labels: Mapping[str, str], mine: Mapping[str, str],
               theirs: Mapping[str, str]) -> str:
    """One sentence per field, in the UI language, with both values."""
    template = QCoreApplication.translate(
        "ChangedUnderneath", "%1 muutettiin toisaalla (esimerkiksi synkronointi) samalla kun "
        "kirjoitit: tallennettuna on nyt \u201c%2\u201d, sinun kirjoittamasi \u201c%3\u201d ei "
        "tallentunut. Kirjoita se uudelleen, jos se on oikea.")
    parts = []
    for key in clashes:
        values = {"1": labels.get(key, key), "2": theirs[key], "3": mine[key]}
        parts.append(re.sub(r"%([123])", lambda match, v=values: v[match.group(1)], template))
    return " ".join(parts)
