"""Page-break rules shared by every document: a heading never ends a page without the start of its
text, and a table row is never split across pages unless it is taller than a whole page.

`HeadingBreak` is a CondPageBreak that measures, when it is laid out, the heading(s) after it and
the first piece of the content they introduce (two lines of a paragraph, the header and first row
of a table, a chained sub-heading and its own first piece). Measuring only that first piece keeps
the single-pass layout cheap: unlike keepWithNext/KeepTogether it never lays out a whole table
twice or drags it to the next page. `link_headings` wires each break to what follows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from desktop_app.reports.styles import FRAME_HEIGHT

_EPSILON = 0.5  # points: "at the top of a fresh frame" allows for rounding


class HeadingBreak(CondPageBreak):
    """Break the page unless the heading and the first piece of its content fit."""

    def __init__(self, minimum: float) -> None:
        super().__init__(minimum)
        self.minimum = minimum
        self.following: list[Flowable] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = max(self.minimum, _needed(self.following, avail_width))
        return super().wrap(avail_width, avail_height)


class KeepRowsTable(Table):
    """A table that splits between rows only. A row splits inside itself only when it is taller
    than a whole page (at the top of a fresh frame), which no other layout could print."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height >= FRAME_HEIGHT - _EPSILON:
            return super().split(avail_width, avail_height)
        allowed, self.splitInRow = self.splitInRow, 0
        try:
            return super().split(avail_width, avail_height)
        finally:
            self.splitInRow = allowed


def _first_piece(flowable: Flowable, width: float) -> float:
    """Height of the smallest part of `flowable` that may start a page: all of a short one, two
    lines of a paragraph, the repeated header rows and first body row of a table."""
    if isinstance(flowable, Table):
        flowable.wrap(width, FRAME_HEIGHT)
        heights = flowable._rowHeights
        repeat = flowable.repeatRows if isinstance(flowable.repeatRows, int) else len(flowable.repeatRows)
        return float(sum(heights[: repeat + 1]))
    _, height = flowable.wrap(width, FRAME_HEIGHT)
    before = flowable.getSpaceBefore()
    if isinstance(flowable, Paragraph):
        two_lines = 2 * flowable.style.leading + flowable.style.spaceBefore
        return min(height, two_lines) + before
    return height + before


def _needed(following: Sequence[Flowable], width: float) -> float:
    """Height the headings in `following` and the first piece of their content take. A chained
    sub-heading's own break must then be satisfied too, so its minimum counts from there on."""
    total = 0.0
    for index, flowable in enumerate(following):
        if isinstance(flowable, HeadingBreak):
            return total + max(flowable.minimum, _needed(following[index + 1:], width))
        if getattr(flowable, "_heading_marker", False):
            continue
        if isinstance(flowable, Spacer) and not isinstance(flowable, CondPageBreak):
            total += flowable.height
            continue
        if getattr(flowable, "_is_heading", False):
            _, height = flowable.wrap(width, FRAME_HEIGHT)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
            continue
        return total + _first_piece(flowable, width)
    return total


def link_headings(story: Sequence[Flowable]) -> None:
    """Give every HeadingBreak the flowables it must keep: its heading(s), chained sub-headings
    and the first content flowable after them."""
    for index, flowable in enumerate(story):
        if not isinstance(flowable, HeadingBreak):
            continue
        following: list[Flowable] = []
        for nxt in story[index + 1:]:
            following.append(nxt)
            content = not (isinstance(nxt, (HeadingBreak, Spacer)) or getattr(nxt, "_is_heading", False)
                           or getattr(nxt, "_heading_marker", False))
            if content:
                break
        flowable.following = following
