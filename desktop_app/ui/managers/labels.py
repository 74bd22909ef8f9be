"""Display names of the managers' meeting values (attendance, raiser, matter status, role) and
the meeting's label "7/2026", translatable (context "ManagersLabels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import Attendance, AttendeeRole, MatterRaiser, MatterStatus
from desktop_app.domain.records import ManagersMeetingRecord

T = QCoreApplication


def meeting_label(meeting: ManagersMeetingRecord) -> str:
    """"7/2026": the number in its year, as printed on the agenda and the minutes."""
    return f"{meeting.number}/{meeting.year}"


def attendance(value: Attendance) -> str:
    return {
        Attendance.UNMARKED: T.translate("ManagersLabels", "–"),
        Attendance.PRESENT: T.translate("ManagersLabels", "läsnä"),
        Attendance.ABSENT: T.translate("ManagersLabels", "poissa"),
        Attendance.REMOTE: T.translate("ManagersLabels", "etänä"),
    }[value]


def role(value: AttendeeRole) -> str:
    return {
        AttendeeRole.MANAGER: T.translate("ManagersLabels", "Kuntajohtaja"),
        AttendeeRole.DEPUTY: T.translate("ManagersLabels", "Varahenkilö"),
        AttendeeRole.COUNCIL: T.translate("ManagersLabels", "Kainuun liitto"),
        AttendeeRole.EXPERT: T.translate("ManagersLabels", "Asiantuntija"),
    }[value]


def raiser(value: MatterRaiser) -> str:
    return {
        MatterRaiser.MUNICIPALITY: T.translate("ManagersLabels", "Kunta"),
        MatterRaiser.COUNCIL: T.translate("ManagersLabels", "Kainuun liitto"),
        MatterRaiser.THIRD_PARTY: T.translate("ManagersLabels", "Muu taho"),
    }[value]


def matter_status(value: MatterStatus) -> str:
    return {
        MatterStatus.OPEN: T.translate("ManagersLabels", "Käsittelyssä"),
        MatterStatus.DONE: T.translate("ManagersLabels", "Käsitelty"),
        MatterStatus.CARRIED: T.translate("ManagersLabels", "Siirretty"),
    }[value]


def carried_to(label: str) -> str:
    """"siirretty kokoukseen 8/2026"."""
    return T.translate("ManagersLabels", "siirretty kokoukseen %1").replace("%1", label)
