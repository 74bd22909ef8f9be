"""Printed summaries (DESIGN.md §6): ReportLab platypus documents built from plain records.

Below services in the layers: callers gather the input records (see `services.report_data`) and
pass them in; every builder returns the finished PDF as bytes.
"""

from __future__ import annotations

from desktop_app.reports.agenda import build_agenda
from desktop_app.reports.content_hash import (
    managers_content_hash,
    managers_qr_payload,
    meeting_content_hash,
    meeting_qr_payload,
)
from desktop_app.reports.followup_list import build_follow_up_list
from desktop_app.reports.handout import build_meeting_handout
from desktop_app.reports.inputs import FollowUpListData, ManagersMeetingData, RoundSummaryData
from desktop_app.reports.minutes import build_minutes
from desktop_app.reports.round_summary import build_round_summary

__all__ = [
    "FollowUpListData",
    "ManagersMeetingData",
    "RoundSummaryData",
    "build_agenda",
    "build_follow_up_list",
    "build_meeting_handout",
    "build_minutes",
    "build_round_summary",
    "managers_content_hash",
    "managers_qr_payload",
    "meeting_content_hash",
    "meeting_qr_payload",
]
