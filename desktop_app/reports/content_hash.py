"""A short, stable fingerprint of a meeting's recorded content, printed with a QR code on the
handout so a paper copy can be matched to the synced record.

Definition (keep in step with docs/reports.md): SHA-256 over the UTF-8 bytes of a canonical JSON
document, `json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`, where `doc` is

    {"v": 1, "meeting": {id, municipality_code, date (ISO or ""), time ("HH:MM" or ""), place, notes},
     "participants": [[side, name, title, organisation], ...]            (sorted),
     "feedback": [[kind, sector_code, scope, priority, text,
                   [[description, owner, due ISO or ""], ...] (sorted)], ...]  (sorted)}

Texts are NFC-normalised and stripped. Lists are sorted so that display order, database ids,
versions, timestamps, statuses (closing/approving a meeting, ticking off a follow-up) and sync
bookkeeping do not change the hash; any edit to what was said, who was there or what was promised does.
The short form is the first 12 hex digits, shown in groups of four.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata

from desktop_app.domain.records import ManagersMeetingDetail, MeetingDetail

HASH_VERSION = 1
SHORT_LENGTH = 12
QR_PREFIX = "KUNTAPALAUTE"


def _norm(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def canonical_meeting_json(detail: MeetingDetail) -> str:
    meeting = detail.meeting
    sector_codes = {sector.id: sector.code for sector in detail.sectors}
    doc = {
        "v": HASH_VERSION,
        "meeting": {
            "id": meeting.id,
            "municipality_code": meeting.municipality_code,
            "date": meeting.meeting_date.isoformat() if meeting.meeting_date else "",
            "time": meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
            "place": _norm(meeting.place),
            "notes": _norm(meeting.notes),
        },
        "participants": sorted(
            [str(p.side), _norm(p.name), _norm(p.title), _norm(p.organisation)]
            for p in detail.participants
        ),
        "feedback": sorted(
            [
                str(item.kind), sector_codes.get(item.sector_id or "", ""),
                str(item.scope or ""), str(item.priority), _norm(item.text),
                sorted(
                    [_norm(f.description), _norm(f.owner), f.due_date.isoformat() if f.due_date else ""]
                    for f in item.follow_ups
                ),
            ]
            for item in detail.feedback
        ),
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def meeting_content_hash(detail: MeetingDetail) -> str:
    """The full SHA-256 hex digest of the canonical serialisation."""
    return hashlib.sha256(canonical_meeting_json(detail).encode("utf-8")).hexdigest()


def short_hash(full_hash: str) -> str:
    return full_hash[:SHORT_LENGTH]


def display_hash(full_hash: str) -> str:
    short = short_hash(full_hash)
    return "-".join(short[i:i + 4] for i in range(0, len(short), 4))


def meeting_qr_payload(detail: MeetingDetail) -> str:
    """What the QR code holds: `KUNTAPALAUTE:<meeting id>:<short hash>` (ASCII, compact)."""
    return f"{QR_PREFIX}:{detail.meeting.id}:{short_hash(meeting_content_hash(detail))}"


def canonical_managers_json(detail: ManagersMeetingDetail) -> str:
    """The managers' meeting's counterpart of `canonical_meeting_json` (docs/reports.md):

        {"v": 1, "kind": "managers",
         "meeting": {id, year, number, date, time, place, remote_link, chair, secretary, notes},
         "attendees": [[role, name, title, organisation, municipality_code, attendance,
                        number of the matter an expert was heard on or 0], ...]        (sorted),
         "matters": [[number, title, raised_by, municipality_code, raised_by_name, presenter,
                      description, notes, [[description, owner, due ISO or ""], ...] (sorted)],
                     ...]                                                             (sorted)}

    Attendance marks are content (who was there); the meeting's and matters' statuses and the
    agreements' statuses are not, as for the negotiation handout."""
    meeting = detail.meeting
    numbers = {matter.id: matter.number for matter in detail.matters}
    doc = {
        "v": HASH_VERSION,
        "kind": "managers",
        "meeting": {
            "id": meeting.id, "year": meeting.year, "number": meeting.number,
            "date": meeting.meeting_date.isoformat() if meeting.meeting_date else "",
            "time": meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
            "place": _norm(meeting.place), "remote_link": _norm(meeting.remote_link),
            "chair": _norm(meeting.chair), "secretary": _norm(meeting.secretary),
            "notes": _norm(meeting.notes),
        },
        "attendees": sorted(
            [str(a.role), _norm(a.name), _norm(a.title), _norm(a.organisation),
             a.municipality_code or "", str(a.attendance), numbers.get(a.matter_id or "", 0)]
            for a in detail.attendees
        ),
        "matters": sorted(
            [
                matter.number, _norm(matter.title), str(matter.raised_by), matter.municipality_code or "",
                _norm(matter.raised_by_name), _norm(matter.presenter), _norm(matter.description),
                _norm(matter.notes),
                sorted(
                    [_norm(f.description), _norm(f.owner), f.due_date.isoformat() if f.due_date else ""]
                    for f in matter.follow_ups
                ),
            ]
            for matter in detail.matters
        ),
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def managers_content_hash(detail: ManagersMeetingDetail) -> str:
    """The full SHA-256 hex digest of `canonical_managers_json`."""
    return hashlib.sha256(canonical_managers_json(detail).encode("utf-8")).hexdigest()


def managers_qr_payload(detail: ManagersMeetingDetail) -> str:
    """`KUNTAPALAUTE:<managers' meeting id>:<short hash>`, the same form as a negotiation's."""
    return f"{QR_PREFIX}:{detail.meeting.id}:{short_hash(managers_content_hash(detail))}"
