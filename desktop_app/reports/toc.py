"""A table of contents laid out in the same single pass as the body: each line reserves a slot
for its page number, which the page canvas fills in at save time (see page.py)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app.reports.fonts import BOLD, REGULAR
from desktop_app.reports.page import _TocState
from desktop_app.reports.styles import ACCENT, INK, MUTED, RULE
from desktop_app.reports.text import fit

_LINE = 19.0
_NUMBER_WIDTH = 28.0
_INDENT = 16.0


class TocEntries(Flowable):
    """Entries are (key, title, level); keys match `page.Heading` keys in the story."""

    def __init__(self, entries: list[tuple[str, str, int]]) -> None:
        super().__init__()
        self.entries = entries
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, _LINE * len(self.entries)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // _LINE)
        if fits <= 0 or fits >= len(self.entries):
            return []
        return [TocEntries(self.entries[:fits]), TocEntries(self.entries[fits:])]

    def draw(self) -> None:
        canvas = self.canv
        toc = getattr(canvas, "_toc", None)
        page = canvas.getPageNumber()
        right = self.width
        for index, (key, title, level) in enumerate(self.entries):
            y = _LINE * (len(self.entries) - index - 1) + 5
            x = _INDENT * level
            font, size = (BOLD, 11) if level == 0 else (REGULAR, 10)
            text = fit(title, font, size, right - _NUMBER_WIDTH - x - 12)
            canvas.setFont(font, size)
            canvas.setFillColor(INK if level == 0 else MUTED)
            canvas.drawString(x, y, text)
            # dotted leader between the title and the number
            start = x + stringWidth(text, font, size) + 6
            end = right - _NUMBER_WIDTH
            if end > start:
                canvas.saveState()
                canvas.setStrokeColor(RULE)
                canvas.setDash(0.6, 2.4)
                canvas.line(start, y + 1, end, y + 1)
                canvas.restoreState()
            canvas.setFillColor(ACCENT)
            if isinstance(toc, _TocState):
                # absolute coordinates: the canvas is translated to this flowable's origin
                abs_x, abs_y = canvas.absolutePosition(right, y)
                toc.slots.append((page, abs_x, abs_y, key))
            canvas.linkRect("", key, (x, y - 4, right, y + 12), relative=1, thickness=0)
