"""Display names for enum values, translatable (context "Labels").

The Finnish literals are the terms of `resources/glossary.json` (capitalised), kept literal so
lupdate sees them; tests/test_glossary.py checks that they and their English agree with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import (
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MeetingStatus,
    Priority,
    Side,
)


def meeting_status(value: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("Labels", "Suunniteltu"),
        MeetingStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Käynnissä"),
        MeetingStatus.CLOSED: QCoreApplication.translate("Labels", "Suljettu"),
        MeetingStatus.APPROVED: QCoreApplication.translate("Labels", "Hyväksytty"),
    }[value]


def feedback_kind(value: FeedbackKind) -> str:
    return {
        FeedbackKind.SECTOR_COMMENT: QCoreApplication.translate("Labels", "Sektorikommentti"),
        FeedbackKind.ADVOCACY_TARGET: QCoreApplication.translate("Labels", "Edunajamiskohde"),
        FeedbackKind.DEVELOPMENT_VIEW: QCoreApplication.translate("Labels", "Kehitysnäkemys"),
        FeedbackKind.QUESTION: QCoreApplication.translate("Labels", "Kysymys"),
    }[value]


def scope(value: DevelopmentScope) -> str:
    return {
        DevelopmentScope.MUNICIPALITY: QCoreApplication.translate("Labels", "Kunnan oma kehitys"),
        DevelopmentScope.REGION: QCoreApplication.translate("Labels", "Koko Kainuun kehitys"),
    }[value]


def priority(value: Priority) -> str:
    return {
        Priority.HIGH: QCoreApplication.translate("Labels", "Tärkeä"),
        Priority.NORMAL: QCoreApplication.translate("Labels", "Tavallinen"),
        Priority.LOW: QCoreApplication.translate("Labels", "Vähemmän tärkeä"),
    }[value]


def follow_up_status(value: FollowUpStatus) -> str:
    return {
        FollowUpStatus.OPEN: QCoreApplication.translate("Labels", "Avoin"),
        FollowUpStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Työn alla"),
        FollowUpStatus.DONE: QCoreApplication.translate("Labels", "Tehty"),
        FollowUpStatus.CANCELLED: QCoreApplication.translate("Labels", "Peruttu"),
    }[value]


def side(value: Side) -> str:
    return {
        Side.COUNCIL: QCoreApplication.translate("Labels", "Kainuun liitto"),
        Side.MUNICIPALITY: QCoreApplication.translate("Labels", "Kunta"),
    }[value]


def sector_count(covered: int, total: int) -> str:
    return QCoreApplication.translate("Labels", "%1/%2 sektoria").replace("%1", str(covered)).replace(
        "%2", str(total))
