"""Finnish word analysis for search: base forms and the parts of compounds.

Finnish inflects the stem (*lentoliikenne* → *lentoliikenteen*, *koski* → *kosken*, *tie* →
*teiden*), so matching what users type (the base form) against what was written needs a morphological
analyser. The chain, best first (measured in tests/test_search_finnish.py, explained in
docs/search.md):

1. **Voikko** (the `libvoikko` binding over the system's libvoikko and its Finnish dictionary,
   Debian `libvoikko1` + `voikko-fi`): real lemmatisation with consonant gradation (*radan* → *rata*,
   *veden* → *vesi*) and compound splitting (*liikenneyhteyksien* → *liikenne* + *yhteys*).
2. **Snowball Finnish** (`snowballstemmer`, pure Python): a suffix-stripping algorithm without a
   dictionary; used only when Voikko cannot be loaded. It cannot tell a known word from a fragment,
   so every word is also matched by its beginning.
3. **None**: words match as typed and by their beginning (the search of schema 0003).

Whatever analyser is active also fills the index (the SQL functions `kp_base`/`kp_parts` that the
FTS triggers call), so index and queries always use the same one; opening a database that another
analyser indexed (Voikko installed or removed since) rebuilds its index (storage/migrate.py).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

# The same notion of a word as the FTS5 unicode61 tokenizer: runs of letters and digits.
WORD = re.compile(r"\w+", re.UNICODE)
_CACHE = 50_000  # distinct words kept analysed (≤ ~20 MB); municipal text has a small vocabulary

VOIKKO, SNOWBALL, NONE = "voikko", "snowball", "none"


@dataclass(frozen=True)
class WordAnalysis:
    """One word's analysis: casefolded base forms (lemmas, or a stem) and compound parts.

    `known` is True when the analyser recognised the word as a whole word; a fragment such as
    *liiken* (typed half-way) is not known and is matched by its beginning instead."""

    bases: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    known: bool = False


UNKNOWN = WordAnalysis()


class Analyser(Protocol):
    name: str

    def analyse(self, word: str) -> WordAnalysis: ...


class PlainAnalyser:
    """No morphology: nothing beyond the surface form."""

    name = NONE

    def analyse(self, word: str) -> WordAnalysis:
        return UNKNOWN


class SnowballAnalyser:
    """Snowball Finnish stemmer (https://snowballstem.org/algorithms/finnish/stemmer.html)."""

    name = SNOWBALL

    def __init__(self) -> None:
        import snowballstemmer

        self._stemmer = snowballstemmer.stemmer("finnish")
        self._lock = threading.Lock()  # the generated stemmer keeps state between calls

    def analyse(self, word: str) -> WordAnalysis:
        if not word.isalpha():
            return UNKNOWN
        with self._lock:
            stem = self._stemmer.stemWord(word.casefold())
        return WordAnalysis(bases=(stem,), known=False)


# "+matkail(matkata)(+la)+u(+u)": a surface piece, then zero or more "(base)" groups.
_SEGMENT = re.compile(r"\+([^+(]*)((?:\([^)]*\))*)")
_FIRST_BASE = re.compile(r"\(([^)]*)\)")


def compound_parts(baseform: str, wordbases: str, structure: str = "==") -> tuple[str, ...]:
    """Parts of a compound from Voikko's WORDBASES, e.g. ('lentoliikenne',
    '+len(lentää)+to(+to)+liikenne(liikenne)') → ('lento', 'liikenne'); () for a simple word.
    Runs of adjacent components count as parts too (*maakuntakaava* → *maa*, *maakunta*, …).

    A segment whose base starts with '+' is a derivational suffix and belongs to the component
    before it (*len* + *to* = *lento*), as does a segment without a base (*yhty* + *m* + *ä*).
    Non-final components appear in their compound form (nominative or genitive stem); the final
    one is taken from the base form, so it is nominative (*liikenteen* → *liikenne*). Voikko
    marks some lexicalised compounds with '=' inside one base (*Ääne=koski*).
    Format: libvoikko's doc/morphological-analysis.txt."""
    if structure.count("=") < 2:  # STRUCTURE marks the start of every component with '='
        return ()
    components: list[str] = []
    for surface, groups in _SEGMENT.findall(wordbases):
        first = _FIRST_BASE.search(groups)
        base = first.group(1) if first else ""
        if surface == "-" and not base:
            continue  # the hyphen of EU-rahoitus
        if (base.startswith("+") or not base) and components:
            components[-1] += surface
        elif "=" in base and surface:
            components.extend(piece for piece in base.split("=") if piece)
        elif surface.strip("-"):
            components.append(surface)
    if len(components) < 2:
        return ()
    lower = baseform.casefold()
    head = "".join(components[:-1]).casefold()
    stripped = lower.replace("-", "")
    if stripped.startswith(head) and len(stripped) > len(head):
        components[-1] = stripped[len(head):]
    # Runs of adjacent components are words too: *maa+kunta+kaava* holds *maakunta* and *kuntakaava*.
    runs = ["".join(components[i:j]) for i in range(len(components))
            for j in range(i + 1, len(components) + 1) if j - i < len(components)]
    return tuple(dict.fromkeys(c.casefold() for c in runs if len(c) > 1))


def _bundled_voikko() -> Path | None:
    """The `voikko` folder beside a frozen app's executable (installer/README.md), if any."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / "voikko"
    return folder if folder.is_dir() else None


class VoikkoAnalyser:
    """libvoikko's morphological analysis with the Finnish dictionary (voikko-fi)."""

    name = VOIKKO

    def __init__(self) -> None:
        import libvoikko

        bundled = _bundled_voikko()
        if bundled is not None:  # a frozen Windows build carries the DLL and dictionary along
            libvoikko.Voikko.setLibrarySearchPath(str(bundled))
            self._voikko = libvoikko.Voikko("fi", path=str(bundled))
        else:
            self._voikko = libvoikko.Voikko("fi")
        # One libvoikko handle must not be used by two threads at once (searches run in workers).
        self._lock = threading.Lock()

    def analyse(self, word: str) -> WordAnalysis:
        if not word.isalpha():
            return UNKNOWN
        try:
            with self._lock:
                analyses: list[dict[str, Any]] = list(self._voikko.analyze(word))
        except Exception:  # e.g. a lone surrogate the C library cannot take: just not analysed
            log.debug("Voikko could not analyse %r", word, exc_info=True)
            return UNKNOWN
        if not analyses:
            return UNKNOWN
        bases: dict[str, None] = {}
        parts: dict[str, None] = {}
        for analysis in analyses:
            base = str(analysis.get("BASEFORM") or "")
            if not base or analysis.get("CLASS") == "kieltosana":
                continue  # "kosken" is not a form of the negative verb, whatever the analysis says
            bases[base.casefold()] = None
            if analysis.get("PARTICIPLE"):  # ratkaistava, kasvaneet: also forms of the verb
                verb = _FIRST_BASE.search(str(analysis.get("WORDBASES") or ""))
                if verb and verb.group(1) and not verb.group(1).startswith("+"):
                    bases[verb.group(1).casefold()] = None
            for part in compound_parts(base, str(analysis.get("WORDBASES") or ""),
                                       str(analysis.get("STRUCTURE") or "")):
                parts[part] = None
        # Non-final components are in their compound form (*koskien*suojelu): add their base forms.
        for part in list(parts)[:-1] if len(parts) > 1 else ():
            try:
                with self._lock:
                    more = list(self._voikko.analyze(part))
            except Exception:
                continue
            for analysis in more:
                if analysis.get("CLASS") not in ("kieltosana", "teonsana") and analysis.get("BASEFORM"):
                    parts[str(analysis["BASEFORM"]).casefold()] = None
        whole = set(bases)
        return WordAnalysis(bases=tuple(bases), parts=tuple(p for p in parts if p not in whole),
                            known=bool(bases))


def _fallback() -> Analyser:
    """Snowball when Voikko cannot be loaded; no analysis when Snowball is missing too."""
    try:
        return SnowballAnalyser()
    except Exception as exc:
        log.warning("Snowball stemmer not available either: %s", exc)
        return PlainAnalyser()


_lock = threading.Lock()
_active: Analyser | None = None
_unavailable: str | None = None  # why Voikko is missing, for the user


def active() -> Analyser:
    """The analyser this process uses (loaded once, on first use)."""
    global _active, _unavailable
    if _active is None:
        with _lock:
            if _active is None:
                try:
                    _active = VoikkoAnalyser()
                except Exception as exc:  # ImportError, OSError, libvoikko.VoikkoException
                    _unavailable = f"{type(exc).__name__}: {exc}"
                    log.warning("Voikko not available (%s); falling back", _unavailable)
                    _active = _fallback()
    return _active


def voikko_missing_reason() -> str | None:
    """None when Voikko is in use; otherwise the load error (for logs and `check`)."""
    active()
    return _unavailable


def use(analyser: Analyser) -> None:
    """Switch the process's analyser (tests and benchmarks compare libraries); clears the caches.
    A database indexed by another analyser is re-indexed when it is next opened."""
    global _active
    with _lock:
        _active = analyser
    analyse.cache_clear()
    forms.cache_clear()
    _terms.cache_clear()


def reset() -> None:
    """Forget the loaded analyser, so the next use detects the libraries again (tests)."""
    global _active, _unavailable
    with _lock:
        _active, _unavailable = None, None
    analyse.cache_clear()
    forms.cache_clear()
    _terms.cache_clear()


def load(name: str) -> Analyser:
    """The named analyser ('voikko', 'snowball', 'none'); raises when its library is missing."""
    if name == VOIKKO:
        return VoikkoAnalyser()
    if name == SNOWBALL:
        return SnowballAnalyser()
    return PlainAnalyser()


@lru_cache(maxsize=_CACHE)
def analyse(word: str) -> WordAnalysis:
    """Cached analysis of one word as written (case kept: Voikko uses it for proper names)."""
    return active().analyse(word)


@lru_cache(maxsize=_CACHE)
def forms(word: str) -> frozenset[str]:
    """Base forms and compound parts of a word as one set (for marking matched words)."""
    analysis = analyse(word)
    return frozenset(analysis.bases + analysis.parts)


def normalise(text: str) -> str:
    """NFC, so that a decomposed 'ä' (a + combining diaeresis) is the same letter as typed."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=256)
def _terms(text: str) -> tuple[str, str]:
    """(base forms, compound parts) of every word of `text`, each space-separated. Cached for a
    few texts because the triggers call kp_base and kp_parts one after the other on the same one."""
    bases: list[str] = []
    parts: list[str] = []
    for word in WORD.findall(normalise(text)):
        analysis = analyse(word)
        bases.extend(analysis.bases)
        parts.extend(analysis.parts)
    return " ".join(bases), " ".join(parts)


def _index_terms(text: object, which: int) -> str:
    """Never raises: an exception in an SQL function would make SQLite refuse the user's write,
    and a word lost from the index is better than a word lost from the database."""
    if not isinstance(text, str) or not text:
        return ""
    try:
        return _terms(text)[which]
    except Exception:
        log.warning("Could not analyse a text for the search index", exc_info=True)
        return ""


def index_bases(text: str | None) -> str:
    """The `kp_base` SQL function: base forms of every word of `text`, space-separated."""
    return _index_terms(text, 0)


def index_parts(text: str | None) -> str:
    """The `kp_parts` SQL function: compound parts of every word of `text`, space-separated."""
    return _index_terms(text, 1)


def register_functions(connection: sqlite3.Connection) -> None:
    """Make `kp_base(text)` and `kp_parts(text)` available on a connection. The search triggers
    (migration 0004) call them, so every connection that writes feedback or follow-ups needs them:
    the engine's connect hook registers them; a raw sqlite3 connection must call this first."""
    connection.create_function("kp_base", 1, index_bases, deterministic=True)
    connection.create_function("kp_parts", 1, index_parts, deterministic=True)
