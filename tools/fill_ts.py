"""Maintainer helper: fill a .ts file's unfinished entries from a {source: translation} dict module.

    pyside6-lupdate $(find desktop_app/ui -name '*.py') -source-language fi_FI \
        -target-language en_GB -no-obsolete -ts resources/translations/kuntapalaute_en.ts
    python tools/fill_ts.py resources/translations/kuntapalaute_en.ts my_translations.py
    pyside6-lrelease resources/translations/kuntapalaute_en.ts

Qt Linguist (pyside6-linguist) does the same interactively. Prints the sources still missing.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, dict_path: str) -> int:
    table: dict[str, str] = runpy.run_path(dict_path)["EN"]
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("missing:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
