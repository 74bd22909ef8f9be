"""How a negotiation item's link to a managers' meeting agenda reads, wherever it is shown
(editor, item list, earlier rounds, screen reader): "Kuntajohtajakokous 7/2026, asia 3"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.records import FeedbackLink

T = QCoreApplication  # lupdate finds `T.translate("AgendaLink", ...)`


def link_text(link: FeedbackLink) -> str:
    """"Kuntajohtajakokous 7/2026, asia 3"."""
    return T.translate("AgendaLink", "Kuntajohtajakokous %1, asia %2").replace(
        "%1", f"{link.meeting_number}/{link.meeting_year}").replace("%2", str(link.matter_number))


def links_text(links: tuple[FeedbackLink, ...]) -> str:
    """Every link of an item in meeting order: "Kuntajohtajakokous 7/2026, asia 3; 8/2026, asia 1"
    (a matter carried on keeps its link, so one item may be on several agendas); "" for none."""
    if not links:
        return ""
    rest = [T.translate("AgendaLink", "%1, asia %2").replace(
        "%1", f"{link.meeting_number}/{link.meeting_year}").replace("%2", str(link.matter_number))
        for link in links[1:]]
    return "; ".join([link_text(links[0]), *rest])


def list_mark(links: tuple[FeedbackLink, ...]) -> str:
    """The short mark in an item list row: "asialistalla 7/2026" (the latest meeting)."""
    if not links:
        return ""
    last = links[-1]
    label = f"{last.meeting_number}/{last.meeting_year}"
    return T.translate("AgendaLink", "asialistalla %1").replace("%1", label)
