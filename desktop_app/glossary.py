"""One term per concept: `resources/glossary.json`, read at run time by the printouts and the
spreadsheet exports (the UI keeps literal strings for Qt's lupdate; tests/test_glossary.py checks
them against this file)."""

from __future__ import annotations

from functools import cache
from typing import Any

from desktop_app.resources import load_json_resource


@cache
def glossary() -> dict[str, Any]:
    data = load_json_resource("glossary.json")
    assert isinstance(data, dict)
    return data


def term(concept: str, value: str, language: str = "fi") -> str:
    """The term for `value` of `concept` (e.g. "priority", "low") in lower case.

    Raises KeyError for an unknown concept or value (a programming error)."""
    return str(glossary()["concepts"][concept]["values"][value][language])


def label(concept: str, language: str = "fi") -> str:
    """The name of the concept itself (e.g. "tärkeys"), lower case."""
    return str(glossary()["concepts"][concept]["label"][language])


def terms(concept: str, language: str = "fi") -> dict[str, str]:
    """{stored value: term} for every value of `concept`."""
    return {value: str(names[language])
            for value, names in glossary()["concepts"][concept]["values"].items()}


def capitalised(text: str) -> str:
    """First letter upper case, the rest as written ("koko Kainuun kehitys" → "Koko Kainuun kehitys")."""
    return text[:1].upper() + text[1:]


def count(number: int, noun: str, language: str = "fi") -> str:
    """"1 kohta", "3 kohtaa" (`noun` a key of the glossary's counts)."""
    singular, plural = glossary()["counts"][noun][language]
    return f"{number} {singular if number == 1 else plural}"
