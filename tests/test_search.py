"""FTS5 search: Finnish letters stay distinct, results are ranked and filterable, syntax is safe."""

from __future__ import annotations

import pytest

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage.search import match_expressions
from tests.test_search_finnish import needs_voikko


def test_paatos_and_paatos_with_umlauts_are_different_words(services: Services, make_feedback) -> None:
    with_umlauts = make_feedback("Hallituksen päätös tulee keväällä.")
    without = make_feedback("Paatos on tässä eri sana.", sector_code="EU")
    assert [hit.feedback_id for hit in services.search.search("päätös")] == [with_umlauts.id]
    assert [hit.feedback_id for hit in services.search.search("paatos")] == [without.id]


def test_prefix_matches_inflected_forms(services: Services, make_feedback) -> None:
    item = make_feedback("Liikenneyhteyksien parantaminen")
    assert [hit.feedback_id for hit in services.search.search("liikenne")] == [item.id]


def test_better_match_ranks_first(services: Services, make_feedback) -> None:
    weak = make_feedback("Yleistä keskustelua, jossa mainittiin rautatie kerran muiden asioiden ohella "
                         "pitkässä puheenvuorossa talouden tilanteesta ja kuntien yhteistyöstä.")
    strong = make_feedback("Rautatie, rautatie ja rautatie.", sector_code="EU")
    assert [hit.feedback_id for hit in services.search.search("rautatie")] == [strong.id, weak.id]


def test_filters_by_round_municipality_sector_and_kind(services: Services, make_meeting,
                                                        make_feedback) -> None:
    kuhmo_2026 = make_meeting(2026, "290")
    kajaani_2026 = make_meeting(2026, "205")
    kuhmo_2025 = make_meeting(2025, "290")
    a = make_feedback("tuulivoima A", meeting=kuhmo_2026, sector_code="KAA")
    b = make_feedback("tuulivoima B", meeting=kajaani_2026, sector_code="KAA")
    c = make_feedback("tuulivoima C", meeting=kuhmo_2025, sector_code="ELI")
    d = services.feedback.add(kuhmo_2026.id, FeedbackKind.ADVOCACY_TARGET, "tuulivoima D")

    def ids(**filters: object) -> set[str]:
        return {hit.feedback_id for hit in services.search.search("tuulivoima", **filters)}

    assert ids() == {a.id, b.id, c.id, d.id}
    assert ids(round_id=kuhmo_2026.round_id) == {a.id, b.id, d.id}
    assert ids(municipality_code="290") == {a.id, c.id, d.id}
    assert ids(sector_id=services.sectors.find("KAA").id) == {a.id, b.id}
    assert ids(kind=FeedbackKind.ADVOCACY_TARGET) == {d.id}


def test_edits_reach_the_index(services: Services, make_feedback) -> None:
    item = make_feedback("vanha sana")
    services.feedback.update(item.id, text="uusi termi")
    assert services.search.search("vanha") == []
    assert [hit.feedback_id for hit in services.search.search("termi")] == [item.id]


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a OR", "col:x", "(", "^", "'", "-x"])
def test_query_syntax_from_the_user_is_never_an_error(services: Services, make_feedback, query) -> None:
    make_feedback("tavallinen teksti")
    services.search.search(query)  # must not raise


@needs_voikko
def test_match_expression_quotes_words_and_matches_fragments_by_beginning() -> None:
    full, exact, _based = match_expressions('Liikenne  "hank')
    assert '{text followups} : "hank"*' in full  # a fragment: by its beginning
    assert '"liikenne"*' not in full  # a known word: by its forms, not every word starting so
    assert exact == '({text followups} : "liikenne") AND ({text followups} : "hank")'
    assert match_expressions("  --  ") is None


def test_hit_carries_context(services: Services, make_feedback) -> None:
    make_feedback("Kajaanin lentoasema on tärkeä.")
    (hit,) = services.search.search("lentoasema")
    assert hit.municipality_name == "Kuhmo" and hit.round_year == 2026
    assert hit.sector_name == "Liikenne ja saavutettavuus"
    assert "[lentoasema]" in hit.snippet


def test_snippet_cuts_around_the_first_match_and_marks_every_match_in_view() -> None:
    from desktop_app.storage.search import make_snippet

    words = [f"sana{i}" for i in range(40)]
    words[25] = words[27] = "osuma"
    body = " ".join(words) + "."
    snippet = make_snippet(body, lambda w: w == "osuma", ("[", "]"), words=8)
    assert snippet == "…sana22 sana23 sana24 [osuma] sana26 [osuma] sana28 sana29…"
    assert make_snippet("Ei mitään.", lambda w: False, ("[", "]")) is None
    assert make_snippet("Lyhyt osuma.", lambda w: w == "osuma", ("[", "]")) == "Lyhyt [osuma]."


def test_a_decomposed_query_finds_the_composed_text(services: Services, make_feedback) -> None:
    item = make_feedback("Päätös tehdään keväällä.")
    decomposed = "pa\u0308a\u0308to\u0308s"  # as some keyboards and pasted text deliver it
    assert [hit.feedback_id for hit in services.search.search(decomposed)] == [item.id]
