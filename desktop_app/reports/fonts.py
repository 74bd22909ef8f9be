"""The embedded font family. Registered once per process; TTFs come from resources/fonts (OFL)."""

from __future__ import annotations

import threading
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resource_path

FAMILY = "KPSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (f"{FAMILY}", f"{FAMILY}-Bold", f"{FAMILY}-Italic",
                                      f"{FAMILY}-BoldItalic")
_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
FALLBACK = "KPSymbols"  # DejaVu Sans: symbols and emoji that Noto Sans lacks
_FALLBACK_FILE = "DejaVuSans.ttf"
_lock = threading.Lock()  # reports are built in worker threads; register only once
_registered = False


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap writes code points above U+FFFF as 5 hex digits, which readers
    truncate (an emoji copies out as a Greek letter). PDF wants UTF-16BE there: a surrogate pair."""
    entries = [f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
               for index, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *entries, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def register_fonts() -> str:
    """Register the four faces as one family so <b> and <i> in paragraphs pick the right face."""
    global _registered
    with _lock:
        if not _registered:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                          boldItalic=BOLD_ITALIC)
            # addMapping keeps the older <font face> lookup consistent with the family above.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FAMILY, bold, italic,
                               [REGULAR, ITALIC, BOLD, BOLD_ITALIC][bold * 2 + italic])
            pdfmetrics.registerFont(TTFont(FALLBACK, str(resource_path("fonts", _FALLBACK_FILE))))
            _registered = True
    return FAMILY


@cache
def body_chars() -> frozenset[str]:
    """The body font's characters as strings, for a C-speed `set(text) <= body_chars()` check."""
    return frozenset(chr(code) for code in glyph_sets()[0])


def glyph_sets() -> tuple[frozenset[int], frozenset[int]]:
    """Code points the body font and the fallback font can draw."""
    global _glyphs
    if _glyphs is None:
        register_fonts()
        _glyphs = (frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph),  # type: ignore[attr-defined]
                   frozenset(pdfmetrics.getFont(FALLBACK).face.charToGlyph))  # type: ignore[attr-defined]
    return _glyphs


_glyphs: tuple[frozenset[int], frozenset[int]] | None = None
