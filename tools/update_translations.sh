#!/usr/bin/env bash
# Refresh the English .ts from the code, then compile the .qm (both are committed).
# New strings come out "unfinished": translate them in Qt Linguist (pyside6-linguist) or with
# tools/fill_ts.py, then run this again. tests/test_ui_translations.py checks all three steps.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(dirname "$(command -v python)")"
"$BIN/pyside6-lupdate" $(find desktop_app/ui -name '*.py' | sort) -source-language fi_FI \
    -target-language en_GB -no-obsolete -ts resources/translations/kuntapalaute_en.ts
"$BIN/pyside6-lrelease" resources/translations/kuntapalaute_en.ts
# Finnish is the source language; only its plural forms need a "translation" ("%n kohta(a)" →
# "1 kohta" / "3 kohtaa"), as Qt's documentation on source-language plurals describes.
"$BIN/pyside6-lupdate" $(find desktop_app/ui -name '*.py' | sort) -source-language fi_FI \
    -target-language fi_FI -pluralonly -no-obsolete -ts resources/translations/kuntapalaute_fi.ts
"$BIN/pyside6-lrelease" resources/translations/kuntapalaute_fi.ts
