"""One corpus of hostile text, run through every path that writes data (issue 13, items 4a and 11).

Each case is text someone could type, paste, import, pull from the central store or pass on the
command line. `REFUSED` must be refused with one Finnish message that says where, and nothing
written; `STORED` must be stored as `expected` (NFC), so that search and comparison find it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    label: str
    text: str
    expected: str | None = None  # None: refused

    @property
    def refused(self) -> bool:
        return self.expected is None


REFUSED: tuple[Case, ...] = (
    Case("nul", "ennen\x00jälkeen"),                       # PostgreSQL refuses it: blocks sync
    Case("lone-high-surrogate", "rikki \ud800 merkki"),    # not encodable as UTF-8
    Case("lone-low-surrogate", "\udc80alussa"),
    Case("escape", "väri \x1b[31mpunainen"),               # terminal escape sequence
    Case("vertical-tab", "rivi\x0bvaihto"),
    Case("delete", "poisto\x7f"),
    Case("bell", "\x07kello"),
)

STORED: tuple[Case, ...] = (
    Case("nfd", "Pa\u0308a\u0308to\u0308s syntyi Ha\u0308meenkadulla",
         "Päätös syntyi Hämeenkadulla"),
    Case("tab-newline-cr", "sarake\tsarake\nrivi\r\nrivi", "sarake\tsarake\nrivi\r\nrivi"),
    Case("emoji-and-dash", "Metsä 🌲 – hyvä", "Metsä 🌲 – hyvä"),
)

CORPUS: tuple[Case, ...] = REFUSED + STORED
