"""The page every document shares: A4, running header, footer "Sivu X / Y" + creation date,
optional draft watermark, PDF metadata (language fi-FI), and one-pass table-of-contents numbers.

"Sivu X / Y" needs the page count before the first page is final. Instead of laying the story out
twice (multiBuild), `_DeferredCanvas` keeps each finished page open until `save()`: then the total
is known, the footer is drawn on every page and the TOC's page numbers are filled in.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from desktop_app.domain.formatting import fi_date
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.reports.keep import link_headings
from desktop_app.reports.styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    SIZE_SMALL,
    WATERMARK,
)
from desktop_app.reports.text import fit, one_line

ORGANISATION = "Kainuun liitto"
APP_CREATOR = "Kuntapalaute"
DRAFT_TEXT = "LUONNOS"


@dataclass(frozen=True)
class DocumentInfo:
    title: str                     # PDF title and the header's right-hand text
    subject: str
    keywords: Sequence[str]
    created: dt.date               # printed in the footer as 27.11.2026
    author: str = ORGANISATION
    draft: bool = False            # diagonal "LUONNOS" behind every page
    footer_note: str = ""          # centred in the footer (e.g. the meeting's content hash)
    header_text: str = ""          # defaults to the title
    title_page: bool = False       # first page without a running header


@dataclass
class _TocState:
    """Section key → page number, and TOC slots waiting for those numbers."""

    pages: dict[str, int] = field(default_factory=dict)
    marks: list[tuple[int, float, str]] = field(default_factory=list)  # (page, y, title) in order
    slots: list[tuple[int, float, float, str]] = field(default_factory=list)  # page, right x, y, key


class _DeferredCanvas(Canvas):
    def __init__(self, *args: Any, info: DocumentInfo, toc: _TocState, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._toc = toc
        self._pages: list[dict[str, Any]] = []
        self.setViewerPreference("DisplayDocTitle", "true")  # window shows the title, not the file name

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if not (number == 1 and self._info.title_page):
                self._draw_header(number)
            self._draw_footer(number, total)
            self._fill_toc_numbers(number)
            Canvas.showPage(self)
        Canvas.save(self)

    def _section_on(self, page: int) -> str:
        """The section at the top of `page`: one that starts right there, else the one running on
        from earlier pages (else, on a page before any running section, the first to start)."""
        top = PAGE_SIZE[1] - MARGIN_TOP - 48  # a heading this high is the page's first content
        current = ""
        for mark_page, y, title in self._toc.marks:
            if mark_page > page:
                break
            if mark_page == page:
                return title if y >= top or not current else current
            current = title
        return current

    def _draw_header(self, page: int) -> None:
        width, height = PAGE_SIZE
        y = height - MARGIN_TOP + 9 * mm  # baseline of the running header, above its rule
        base = self._info.header_text or self._info.title
        section = self._section_on(page)
        self.saveState()
        self.setFont(BOLD, SIZE_SMALL + 1)
        self.setFillColor(ACCENT)
        self.drawString(MARGIN_X, y, ORGANISATION)
        room = width - 2 * MARGIN_X - stringWidth(ORGANISATION, BOLD, SIZE_SMALL + 1) - 24
        header = fit(f"{base} · {section}" if section else base, REGULAR, SIZE_SMALL, room)
        self.setFont(REGULAR, SIZE_SMALL)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN_X, y, header)
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.8)
        self.line(MARGIN_X, y - 5, width - MARGIN_X, y - 5)
        self.restoreState()

    def _draw_footer(self, number: int, total: int) -> None:
        width = PAGE_SIZE[0]
        y = MARGIN_BOTTOM - 10 * mm  # footer baseline, below its rule
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 11, width - MARGIN_X, y + 11)
        self.setFont(REGULAR, SIZE_SMALL)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, y, f"Luotu {fi_date(self._info.created)}")
        if self._info.footer_note:
            self.drawCentredString(width / 2, y, fit(self._info.footer_note, REGULAR, SIZE_SMALL, 200))
        self.setFillColor(ACCENT)
        self.setFont(BOLD, SIZE_SMALL)
        self.drawRightString(width - MARGIN_X, y, f"Sivu {number} / {total}")
        self.restoreState()

    def _fill_toc_numbers(self, page: int) -> None:
        for slot_page, right, y, key in self._toc.slots:
            if slot_page == page and key in self._toc.pages:
                self.saveState()
                self.setFont(REGULAR, 11)
                self.drawRightString(right, y, str(self._toc.pages[key]))
                self.restoreState()


class Heading(Flowable):
    """Marks a section start for the TOC and the PDF outline; draws nothing itself."""

    def __init__(self, key: str, title: str, level: int = 0, *, running: bool = True) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.running = running  # shown in the running header of the pages it covers
        self.width = self.height = 0
        self.keepWithNext = True  # travels to the next page with the heading it marks

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        toc = getattr(canvas, "_toc", None)
        if isinstance(toc, _TocState):
            toc.pages.setdefault(self.key, canvas.getPageNumber())
            if self.running:
                toc.marks.append((canvas.getPageNumber(), canvas.absolutePosition(0, 0)[1], self.title))
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class ReportDocument(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, info: DocumentInfo, progress: Progress = NO_PROGRESS,
                 expected_flowables: int = 0) -> None:
        register_fonts()
        super().__init__(
            buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=one_line(info.title), author=info.author, subject=one_line(info.subject),
            keywords=", ".join(one_line(k) for k in info.keywords), creator=APP_CREATOR,
            producer=APP_CREATOR, lang="fi-FI", initialFontName=REGULAR,
        )
        self.info = info
        self.toc = _TocState()
        self._progress = progress
        self._expected = max(expected_flowables, 1)
        self._done = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="body", frames=[frame], onPage=self._decorate)]
        if info.title_page:
            templates.insert(0, PageTemplate(id="title", frames=[frame], onPage=self._decorate_title))
        self.addPageTemplates(templates)

    def _watermark(self, canvas: Canvas) -> None:
        if not self.info.draft:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, 110)
        canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -35, DRAFT_TEXT)
        canvas.restoreState()

    def _decorate_title(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)  # the running header is drawn at save time, see _DeferredCanvas

    def afterFlowable(self, flowable: Flowable) -> None:
        self._done += 1
        if self._done % 25:  # a cancel is noticed at once; the UI hears about every 25th step
            self._progress.check()
        else:
            self._progress.step(min(self._done, self._expected), self._expected, "Taitetaan sivuja…")


def render(info: DocumentInfo, story: list[Flowable], progress: Progress = NO_PROGRESS) -> bytes:
    """Lay out `story` once and return the PDF bytes."""
    link_headings(story)
    buffer = io.BytesIO()
    doc = ReportDocument(buffer, info, progress, expected_flowables=len(story))
    if info.title_page:
        story = [NextPageTemplate("body"), *story]

    def make_canvas(*args: Any, **kwargs: Any) -> _DeferredCanvas:
        return _DeferredCanvas(*args, info=info, toc=doc.toc, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    progress.step(1, 1, "Valmis.")
    return buffer.getvalue()

