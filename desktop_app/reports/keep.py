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

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from desktop_app.reports.styles import FRAME_HEIGHT

_EPSILON = 0.5  # points: "at the top of a fresh frame" allows for rounding
_MAX_SHARE = 0.4  # a heading never asks for more than this share of a page for its content
_CELL_PADDING = 4  # points, the largest padding our table styles use on each side


class HeadingBreak(CondPageBreak):
    """Break the page unless the heading and the first piece of its content fit."""

    def __init__(self, minimum: float) -> None:
        super().__init__(minimum)
        self.minimum = minimum
        self.following: list[Flowable] = []
        self._measured: tuple[float, float] | None = None  # (width, needed): one measure per width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._measured is None or self._measured[0] != avail_width:
            # capped: content whose first piece is taller than that splits anyway (a huge row)
            needed = min(_needed(self.following, avail_width), FRAME_HEIGHT * _MAX_SHARE)
            self._measured = (avail_width, max(self.minimum, needed))
        self.height = self._measured[1]
        return super().wrap(avail_width, avail_height)


class KeepRowsTable(Table):
    """A table that splits between rows only. A row splits inside itself only when it is taller
    than a whole page (at the top of a fresh frame), which no other layout could print."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height >= FRAME_HEIGHT - _EPSILON:
            return super().split(avail_width, avail_height)
        allowed, self.splitInRow = self.splitInRow, 0
        try:
            parts = super().split(avail_width, avail_height)
        finally:
            self.splitInRow = allowed
        for part in parts:  # the pieces were made while in-row splitting was off: allow it again
            if isinstance(part, Table):
                part.splitInRow = allowed
        if parts or not allowed:
            return parts
        # the first body row is taller than a page: it must split wherever it starts
        repeat = _repeat_rows(self)
        if sum(self._rowHeights[: repeat + 1]) > FRAME_HEIGHT:
            return super().split(avail_width, avail_height)
        return parts


def _first_piece(flowable: Flowable, width: float) -> float:
    """Height of the smallest part of `flowable` that may start a page: all of a short one, two
    lines of a paragraph, the repeated header rows and first body row of a table."""
    if isinstance(flowable, Table):
        rows = flowable._cellvalues[: _repeat_rows(flowable) + 1]
        return sum(_row_height(row, flowable._argW) for row in rows)
    if isinstance(flowable, Paragraph):  # two lines, without a trial wrap (a one-liner: one spare)
        return 2 * flowable.style.leading + flowable.style.spaceBefore
    _, height = flowable.wrap(width, FRAME_HEIGHT)
    return height + flowable.getSpaceBefore()


def _repeat_rows(table: Table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)


def _row_height(row: Sequence[object], widths: Sequence[float | None]) -> float:
    """A table row's height from its cells alone (wrapping only these, not the whole table);
    `_CELL_PADDING` covers the top and bottom padding of our table styles."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=False):
        cells = cell if isinstance(cell, (list, tuple)) else [cell]
        height = 0.0
        for part in cells:
            if isinstance(part, Flowable):
                height += part.wrap(max((width or 0) - 2 * _CELL_PADDING, 1), FRAME_HEIGHT)[1]
            else:
                height += 11  # a plain string cell: one line at our 9 pt cell size
        tallest = max(tallest, height)
    return tallest + 2 * _CELL_PADDING


def _heading_height(paragraph: Paragraph, width: float) -> float:
    """A heading's height with its spacing; a one-line heading (nearly all) without a wrap."""
    style = paragraph.style
    if stringWidth(paragraph.getPlainText(), style.fontName, style.fontSize) <= width:
        height = style.leading
    else:
        height = paragraph.wrap(width, FRAME_HEIGHT)[1]
    return height + style.spaceBefore + style.spaceAfter


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
            total += _heading_height(flowable, width)
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
