"""The search view with Finnish base forms: an inflected word is found and marked in bold, zero
hits suggest what finds something, and a missing Voikko is said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_support import open_window, type_text, ui_settings

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage import morphology
from desktop_app.ui.models.list_models import HIGHLIGHT_ROLE, MARK_CLOSE, MARK_OPEN, SNIPPET_COLUMN
from tests.test_search_finnish import needs_voikko


def _search(qtbot, window, text: str) -> None:
    window.show_search()
    view = window.search
    view.query.clear()
    type_text(view.query, text)
    QTest.keyClick(view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.summary.text() != "" and not window.tasks.busy, timeout=5000)


@needs_voikko
def test_base_form_finds_the_inflected_word_and_bolds_it(qtbot, services: Services, tmp_path,
                                                         make_feedback) -> None:
    make_feedback("Kuhmo vaatii lentoliikenteen jatkamista Kajaanin kentältä.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _search(qtbot, window, "lentoliikenne")
    view = window.search
    assert view.model.rowCount() == 1
    marked = view.model.index(0, SNIPPET_COLUMN).data(HIGHLIGHT_ROLE)
    assert f"{MARK_OPEN}lentoliikenteen{MARK_CLOSE}" in marked
    assert view.notice.isHidden()


@needs_voikko
def test_zero_hits_offer_a_part_of_the_compound_and_following_it_searches(
        qtbot, services: Services, tmp_path, make_feedback) -> None:
    make_feedback("Lentoliikenteen jatkuvuus on turvattava.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _search(qtbot, window, "lentoliikennevero")
    view = window.search
    assert view.model.rowCount() == 0
    assert view.summary.text() == "Ei osumia. Kokeile:"
    labels = [button.text() for button in view.suggestion_buttons]
    assert labels[0] == "lentoliikenne (1 osuma)"
    view.suggestion_buttons[0].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.query.text() == "lentoliikenne"


def test_zero_hits_because_of_a_filter_offer_to_remove_it(qtbot, services: Services, tmp_path,
                                                          make_feedback) -> None:
    make_feedback("Kaivosten vesipäästöt on valvottava.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.show_search()
    view = window.search
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(FeedbackKind.ADVOCACY_TARGET.value))
    _search(qtbot, window, "kaivosten")
    assert view.model.rowCount() == 0 and "rajaukset" in view.summary.text()
    assert [b.text() for b in view.suggestion_buttons] == ["Poista rajaukset (1 osuma)"]
    view.suggestion_buttons[0].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.kind_filter.currentIndex() == 0


def test_follow_up_text_is_found_and_labelled(qtbot, services: Services, tmp_path, make_feedback) -> None:
    item = make_feedback("Kunta toivoo selvitystä.")
    services.followups.add(item.id, description="Kysytään ELY-keskukselta aikataulu", owner="Mikko")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _search(qtbot, window, "aikataulu")
    view = window.search
    assert view.model.rowCount() == 1
    assert view.model.index(0, SNIPPET_COLUMN).data().startswith("Jatkotoimenpide:")


@pytest.fixture
def voikko_missing(monkeypatch, db):
    """The system library is the edge: make libvoikko fail to load, as on a machine without it."""
    import libvoikko

    def missing(*_args, **_kwargs):
        raise OSError("libvoikko.so.1: cannot open shared object file: No such file or directory")

    previous = morphology.active()
    monkeypatch.setattr(libvoikko, "Voikko", missing)
    morphology.reset()
    yield
    monkeypatch.undo()
    morphology.use(previous)


def test_without_voikko_the_view_says_so_and_still_finds_by_beginning(
        qtbot, services: Services, tmp_path, make_feedback, voikko_missing) -> None:
    make_feedback("Liikenneyhteyksien parantaminen on tärkeää.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _search(qtbot, window, "liikenne")
    view = window.search
    assert view.model.rowCount() == 1
    assert view.notice.isVisibleTo(view) and "Voikko" in view.notice.text()
