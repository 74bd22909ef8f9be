"""Printed summaries (DESIGN.md §6): ReportLab platypus documents built from plain records.

Below services in the layers: callers gather the input records (see `services.report_data`) and
pass them in; every builder returns the finished PDF as bytes.
"""

from __future__ import annotations
