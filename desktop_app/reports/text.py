"""User text into platypus Paragraph markup: escaped, wrappable, and drawable with our fonts."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from desktop_app.reports.fonts import FALLBACK, glyph_sets

# Runs longer than this get zero-width break opportunities, so a URL or a pasted hash wraps
# inside narrow table cells instead of overflowing them.
_LONG_RUN = 24
_ZWSP = "\u200b"
_REPLACEMENT = "\ufffd"
_LONG_TOKEN = re.compile(rf"\S{{{_LONG_RUN + 1},}}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _break_long_runs(text: str) -> str:
    def split(match: re.Match[str]) -> str:
        token = match.group(0)
        return _ZWSP.join(token[i:i + _LONG_RUN // 2] for i in range(0, len(token), _LONG_RUN // 2))
    return _LONG_TOKEN.sub(split, text)


def clean(text: str) -> str:
    """Plain text safe for the PDF: NFC, no control characters, no lone surrogates."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become '?'
    return _CONTROL.sub("", text).replace("\t", " ")


def _with_fallback(escaped: str) -> str:
    """Wrap characters the body font lacks in the fallback font; anything neither font has
    prints as U+FFFD rather than vanishing silently."""
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


def markup(text: str, *, breaks: bool = True) -> str:
    """Escape `text` for a Paragraph; newlines become line breaks."""
    text = clean(text).strip()
    if breaks:
        text = _break_long_runs(text)
    escaped = _with_fallback(escape(text))
    return escaped.replace("\n", "<br/>")


def one_line(text: str, limit: int = 0) -> str:
    """Collapse whitespace (for headers, titles and metadata); optionally shorten with an ellipsis."""
    text = " ".join(clean(text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
