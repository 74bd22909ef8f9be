"""Finnish search measured on a labelled query set (tests/finnish_search_set.py), with Voikko and
with the Snowball stemmer; the chosen library must reach recall 0.95 and precision 0.90 on the
base-form queries. The numbers are printed (pytest -s) and attached to the report's summary."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage import morphology
from desktop_app.storage.database import Database
from desktop_app.storage.search import rebuild_index
from tests.finnish_search_set import CORPUS, QUERIES

CHOSEN = morphology.VOIKKO
RECALL_MIN, PRECISION_MIN = 0.95, 0.90
REPORT: list[str] = []  # printed by conftest's terminal summary hook


def _voikko_installed() -> bool:
    try:
        morphology.load(morphology.VOIKKO)
    except Exception:
        return False
    return True


needs_voikko = pytest.mark.skipif(not _voikko_installed(),
                                  reason="Voikko missing: apt-get install libvoikko1 voikko-fi")


@pytest.fixture
def corpus(services: Services, make_meeting) -> dict[str, str]:
    """The corpus entered through the service, as staff would; key → feedback id."""
    meeting = make_meeting(2026, "290")
    return {key: services.feedback.add(meeting.id, FeedbackKind.QUESTION, text).id
            for key, text in CORPUS.items()}


@pytest.fixture
def analyser_named(db: Database) -> Iterator:
    previous = morphology.active()

    def switch(name: str) -> None:
        morphology.use(morphology.load(name))
        with db.write() as session:
            rebuild_index(session)

    yield switch
    morphology.use(previous)
    with db.write() as session:
        rebuild_index(session)


def _measure(services: Services, ids: dict[str, str]) -> dict[str, dict[str, float]]:
    keys = {value: key for key, value in ids.items()}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # found right, found, wanted
    misses: list[str] = []
    for query in QUERIES:
        found = {keys[hit.feedback_id] for hit in services.search.search(query.query, limit=200)}
        right = found & query.find
        for group in (query.kind, "base-form" if query.base_form else "other", "all"):
            totals[group][0] += len(right)
            totals[group][1] += len(found)
            totals[group][2] += len(query.find)
        if found != query.find:
            misses.append(f"{query.query}: missed {sorted(query.find - found)}, "
                          f"extra {sorted(found - query.find)}")
    result = {group: {"recall": r / w if w else 1.0, "precision": r / f if f else 1.0}
              for group, (r, f, w) in totals.items()}
    result["_misses"] = misses  # type: ignore[assignment]
    return result


def test_the_set_is_big_enough_and_labelled_consistently() -> None:
    assert len(QUERIES) >= 60
    for query in QUERIES:
        assert query.find and query.find <= CORPUS.keys() and query.avoid <= CORPUS.keys(), query
        assert not query.find & query.avoid, query


@needs_voikko
def test_voikko_and_snowball_on_the_labelled_set(services: Services, corpus: dict[str, str],
                                                 analyser_named) -> None:
    measured = {}
    for name in (morphology.VOIKKO, morphology.SNOWBALL, morphology.NONE):
        analyser_named(name)
        measured[name] = _measure(services, corpus)
    lines = [f"Finnish search, {len(QUERIES)} labelled queries over {len(CORPUS)} items:"]
    for name, result in measured.items():
        base, every = result["base-form"], result["all"]
        lines.append(f"  {name:9s} base-form queries: recall {base['recall']:.3f} precision "
                     f"{base['precision']:.3f}; all queries: recall {every['recall']:.3f} precision "
                     f"{every['precision']:.3f}")
        kinds = sorted(k for k in result if not k.startswith("_") and k not in ("all", "base-form", "other"))
        lines.append("            " + ", ".join(
            f"{k} {result[k]['recall']:.2f}/{result[k]['precision']:.2f}" for k in kinds))
    lines.append(f"  {CHOSEN} differs from the labels on: " + "; ".join(measured[CHOSEN]["_misses"]))
    REPORT.extend(lines)
    print("\n".join(lines))
    chosen = measured[CHOSEN]["base-form"]
    assert chosen["recall"] >= RECALL_MIN and chosen["precision"] >= PRECISION_MIN, lines
    # The reason for the choice: Voikko beats the stemmer on the same queries.
    assert chosen["recall"] > measured[morphology.SNOWBALL]["base-form"]["recall"]


@needs_voikko
def test_tempting_wrong_answers_are_not_found(services: Services, corpus: dict[str, str]) -> None:
    keys = {value: key for key, value in corpus.items()}
    wrong = {}
    for query in QUERIES:
        found = {keys[hit.feedback_id] for hit in services.search.search(query.query, limit=200)}
        if found & query.avoid:
            wrong[query.query] = sorted(found & query.avoid)
    assert wrong == {}


def test_index_functions_never_raise_so_a_write_is_never_refused_for_the_index() -> None:
    assert morphology.index_bases("Rikki \udcff merkki ja liikenteen").split()[-1] in ("liikenne", "liikente")
    assert morphology.index_parts(None) == "" and morphology.index_bases(b"tavuja") == ""  # type: ignore[arg-type]
