"""The matter's history beside the editor, as read-only rich text: the negotiation item it came
from (municipality, year, text), each earlier meeting's handling (label, date, notes, agreements
with their status) and where it was carried on to."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.formatting import fi_date
from desktop_app.domain.records import FollowUpRecord, LinkedFeedback, MatterHistoryEntry
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.models import labels

T = QCoreApplication


def _agreements(rows: tuple[FollowUpRecord, ...]) -> str:
    if not rows:
        return ""
    items = []
    for row in rows:
        due = fi_date(row.due_date)
        parts = [escape(row.owner) if row.owner else "", escape(row.description),
                 T.translate("ManagersHistory", "mennessä %1").replace("%1", due) if due else ""]
        items.append(f"<li>{' – '.join(p for p in parts if p)} "
                     f"<i>({escape(labels.follow_up_status(row.status))})</i></li>")
    title = escape(T.translate("ManagersHistory", "Sovittiin"))
    return f"<p><b>{title}:</b></p><ul>{''.join(items)}</ul>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def history_html(history: list[MatterHistoryEntry], linked: LinkedFeedback | None,
                 carried_to: str | None, municipalities: dict[str, str]) -> str:
    """HTML for QTextBrowser; every text is escaped. Empty history says so."""
    parts: list[str] = []
    if linked is not None:
        where = T.translate("ManagersHistory", "%1, kuntaneuvottelu %2").replace(
            "%1", escape(linked.municipality_name)).replace("%2", str(linked.round_year))
        kind = escape(labels.feedback_kind(linked.kind))
        removed = (" <i>" + escape(T.translate("ManagersHistory", "(poistettu neuvottelusta)")) + "</i>"
                   if linked.deleted else "")
        # lupdate does not read inside f-strings: each translated text is a call of its own
        brought = escape(T.translate("ManagersHistory", "Tuotu neuvotteluista"))
        parts.append(f"<h4>{brought}</h4>"
                     f"<p><b>{where}</b> · {kind}{removed}</p>{_paragraphs(linked.text)}")
    for entry in history:
        meeting, matter = entry.meeting, entry.matter
        heading = T.translate("ManagersHistory", "Kokous %1").replace("%1", ml.meeting_label(meeting))
        date = fi_date(meeting.meeting_date)
        number = T.translate("ManagersHistory", "asia %1").replace("%1", str(matter.number))
        parts.append(f"<h4>{escape(heading)}{' · ' + date if date else ''} – {escape(number)}</h4>")
        if matter.notes.strip():
            parts.append(_paragraphs(matter.notes))
        else:
            no_notes = T.translate("ManagersHistory", "Ei muistiinpanoja.")
            parts.append(f"<p><i>{escape(no_notes)}</i></p>")
        parts.append(_agreements(matter.follow_ups))
    if carried_to:
        parts.append(f"<p><b>{escape(ml.carried_to(carried_to).capitalize())}</b></p>")
    if not parts:
        empty = T.translate("ManagersHistory", "Asiaa ei ole käsitelty aiemmissa kokouksissa.")
        return f"<p><i>{escape(empty)}</i></p>"
    return "".join(parts)
