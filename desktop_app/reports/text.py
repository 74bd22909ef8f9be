"""User text into platypus Paragraph markup: escaped, wrappable, and drawable with our fonts."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.reports.fonts import FALLBACK, body_chars, glyph_sets

# Long unbroken runs (URLs, pasted hashes) need no help here: every style sets splitLongWords, so
# platypus breaks a word that is wider than the line. Inserting zero-width spaces would also work
# but they end up in copied text and break searching the PDF for a URL.
_REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SUSPECT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\r\t\ud800-\udfff]")


def clean(text: str) -> str:
    """Plain text safe for the PDF: NFC, no control characters, no lone surrogates."""
    if _SUSPECT.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text  # the usual case, checked in one C-speed scan (a round has ~1,000 items)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become '?'
    return _CONTROL.sub("", text).replace("\t", " ")


def _with_fallback(escaped: str) -> str:
    """Wrap characters the body font lacks in the fallback font; anything neither font has
    prints as U+FFFD rather than vanishing silently."""
    if body_chars().issuperset(escaped):  # the common case: plain Finnish text, nothing to do
        return escaped
    body, fallback = glyph_sets()
    out: list[str] = []
    in_fallback = False
    for char in escaped:
        code = ord(char)
        needs = code not in body and char not in "\n" and not unicodedata.category(char).startswith("Z")
        if needs and code not in fallback:
            char, needs = _REPLACEMENT, False
        if needs and not in_fallback:
            out.append(f'<font name="{FALLBACK}">')
            in_fallback = True
        elif not needs and in_fallback:
            out.append("</font>")
            in_fallback = False
        out.append(char)
    if in_fallback:
        out.append("</font>")
    return "".join(out)


def markup(text: str) -> str:
    """Escape `text` for a Paragraph; newlines become line breaks."""
    text = clean(text).strip()
    escaped = _with_fallback(escape(text))
    return escaped.replace("\n", "<br/>")


def one_line(text: str, limit: int = 0) -> str:
    """Collapse whitespace (for headers, titles and metadata); optionally shorten with an ellipsis."""
    text = " ".join(clean(text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line, shortened with an ellipsis until it is at most `width` points wide
    (for strings drawn directly on the canvas: running headers, contents lines). Drawn in one
    font, so a character that font lacks (an emoji in a matter's title) prints as U+FFFD rather
    than vanishing silently."""
    text = one_line(text)
    if not body_chars().issuperset(text):
        known = body_chars()
        text = "".join(char if char in known or char.isspace() else _REPLACEMENT for char in text)
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # binary search for the longest prefix that fits with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
