"""Full-text search over all rounds and managers' meetings (Ctrl+F) with filters; Enter opens the
negotiation item in its meeting, or the agenda matter in its managers' meeting. Searches run in a
worker; a newer query makes older answers stale."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import FeedbackKind, MeetingKind
from desktop_app.domain.records import SearchHit, SearchSuggestion
from desktop_app.ui.announce import announce
from desktop_app.ui.error_text import error_text
from desktop_app.ui.highlight import HighlightDelegate
from desktop_app.ui.models import labels
from desktop_app.ui.models.list_models import MARK_CLOSE, MARK_OPEN, SNIPPET_COLUMN, SearchResultModel
from desktop_app.ui.widgets import buddy_label, setup_table
from desktop_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from desktop_app.services import Services


class SearchView(QWidget):
    open_item = Signal(str, str)   # meeting id, feedback id
    open_matter = Signal(str, str)  # managers' meeting id, agenda matter id

    def __init__(self, services: Services, tasks: TaskRunner, language: str = "fi",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks, self.language = services, tasks, language
        self.model = SearchResultModel(self)
        self._generation = 0
        self._focus_results = False
        title = QLabel(self.tr("Haku"))
        title.setObjectName("headerTitle")
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Hakusanat"))
        self.query.setPlaceholderText(
            self.tr("Hae neuvottelujen palautteista ja kuntajohtajakokousten asioista…"))
        self.query.setClearButtonEnabled(True)
        for button in self.query.findChildren(QToolButton):   # Qt leaves the clear button unnamed
            button.setAccessibleName(self.tr("Tyhjennä hakusanat"))
        self.round_filter = QComboBox()
        self.municipality_filter = QComboBox()
        self.sector_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.meeting_filter = QComboBox()  # negotiations, managers' meetings or both
        self.results = QTableView()
        setup_table(self.results, self.tr("Hakutulokset"))
        self.results.setModel(self.model)
        self.highlight = HighlightDelegate(self.results)
        self.results.setItemDelegateForColumn(SNIPPET_COLUMN, self.highlight)
        self.results.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        # Zero hits: buttons for what finds something (real Tab stops, Enter/Space follows).
        self.suggestion_bar = QWidget()
        self._suggestion_layout = QHBoxLayout(self.suggestion_bar)
        self._suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_buttons: list[QPushButton] = []
        self.suggestion_bar.hide()
        self.notice = QLabel()  # shown when Voikko is missing: search reaches fewer word forms
        self.notice.setObjectName("muted")
        self.notice.setWordWrap(True)
        self.notice.hide()

        # Visible labels tied to the filters: a combo box alone is read by its value ("Kaikki kunnat").
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Kie&rros"), self.round_filter),
                             (self.tr("K&unta"), self.municipality_filter),
                             (self.tr("Se&ktori"), self.sector_filter), (self.tr("&Laji"), self.kind_filter),
                             (self.tr("Kokou&s"), self.meeting_filter)):
            filters.addWidget(buddy_label(text, widget))
            filters.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        # The count, or after zero hits what to try, right under the query where the eye is.
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary)
        summary_row.addWidget(self.suggestion_bar)
        summary_row.addStretch(1)
        layout.addLayout(summary_row)
        layout.addWidget(self.results, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._enter_pressed)
        for combo in self._filters():
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        # Tab from the query goes to the hits; the filters come after them, so an arrow key meant
        # for the hits never narrows the search silently.
        chain = [self.query, self.results, *self._filters()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.round_filter, self.municipality_filter, self.sector_filter, self.kind_filter,
                self.meeting_filter)

    def reload_filters(self) -> None:
        sectors = self.services.sectors.list_sectors(include_retired=True)
        self.model.sector_names = {s.id: s.name(self.language) for s in sectors}
        fill = [
            (self.round_filter, [(self.tr("Kaikki kierrokset"), None)]
             + [(r.label, r.id) for r in self.services.rounds.list_rounds()]),
            (self.municipality_filter, [(self.tr("Kaikki kunnat"), None)]
             + [(m.name, m.code) for m in self.services.rounds.municipalities()]),
            (self.sector_filter, [(self.tr("Kaikki sektorit"), None)]
             + [(s.name(self.language), s.id) for s in sectors]),
            (self.kind_filter, [(self.tr("Kaikki lajit"), None)]
             + [(labels.feedback_kind(k), k.value) for k in FeedbackKind]),
            (self.meeting_filter, [(self.tr("Kaikki kokoukset"), None),
                                   (self.tr("Kuntaneuvottelut"), MeetingKind.NEGOTIATION.value),
                                   (self.tr("Kuntajohtajakokoukset"), MeetingKind.MANAGERS.value)]),
        ]
        for combo, entries in fill:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in entries:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        options = {"round_id": self.round_filter.currentData(),
                   "municipality_code": self.municipality_filter.currentData(),
                   "sector_id": self.sector_filter.currentData(), "kind": self.kind_filter.currentData(),
                   "meeting_kind": self.meeting_filter.currentData()}

        def done(answer: tuple[list[SearchHit], list[SearchSuggestion], str]) -> None:
            hits, suggestions, analyser = answer
            if generation == self._generation:
                self._show_analyser(analyser)
                self.model.set_rows(hits)
                if not text.strip():
                    self.summary.setText("")
                elif hits:
                    self.summary.setText(self.tr("%n osuma(a)", "", len(hits)))
                else:
                    self.summary.setText(self._no_hits_text(suggestions))
                self._show_suggestions(suggestions if text.strip() and not hits else [])
                announce(self.summary, self.summary.text())   # the hit count, or what to try
                if hits and self._focus_results:
                    self.results.setFocus()
                self._focus_results = False
                if hits:
                    self.results.selectionModel().setCurrentIndex(
                        self.model.index(0, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)

        def search(_progress: object) -> tuple[list[SearchHit], list[SearchSuggestion], str]:
            search = self.services.search
            hits = search.search(text, limit=200, marks=(MARK_OPEN, MARK_CLOSE), **options)
            suggestions = search.suggest(text, **options) if not hits and text.strip() else []
            return hits, suggestions, search.analyser()

        self.tasks.start(search, on_done=done, on_error=lambda exc: self.summary.setText(error_text(exc)))

    def _show_analyser(self, analyser: str) -> None:
        if analyser == "voikko":
            self.notice.hide()
            return
        if analyser == "snowball":
            message = self.tr("Voikko-kirjastoa ei löytynyt: haku tunnistaa taivutusmuodot vain "
                              "osittain ja löytää sanat myös alkuosan perusteella.")
        else:
            message = self.tr("Voikko-kirjastoa ei löytynyt: haku löytää sanat vain sellaisinaan "
                              "ja alkuosan perusteella. Kirjoita sanan alku, esimerkiksi »liiken«.")
        self.notice.setText(message)
        self.notice.show()

    def _no_hits_text(self, suggestions: list[SearchSuggestion]) -> str:
        if any(s.without_filters for s in suggestions):
            return self.tr("Ei osumia: rajaukset sulkevat pois kaikki osumat.")
        return self.tr("Ei osumia. Kokeile:") if suggestions else self.tr("Ei osumia.")

    def _show_suggestions(self, suggestions: list[SearchSuggestion]) -> None:
        """One button per suggestion, right after the query in the Tab order."""
        for button in self.suggestion_buttons:
            button.deleteLater()
        self.suggestion_buttons = []
        previous: QWidget = self.query
        for suggestion in suggestions:
            count = self.tr("%n osuma(a)", "", suggestion.hits)
            label = (self.tr("Poista rajaukset") if suggestion.without_filters
                     else suggestion.query)
            button = QPushButton(f"{label} ({count})")
            button.setAutoDefault(True)  # Enter follows it as well as Space
            button.clicked.connect(lambda _c=False, s=suggestion: self._follow_suggestion(s))
            self._suggestion_layout.addWidget(button)
            self.suggestion_buttons.append(button)
            QWidget.setTabOrder(previous, button)
            previous = button
        if self.suggestion_buttons:
            QWidget.setTabOrder(previous, self.round_filter)
        self.suggestion_bar.setVisible(bool(self.suggestion_buttons))

    def _follow_suggestion(self, suggestion: SearchSuggestion) -> None:
        if suggestion.without_filters:
            for combo in self._filters():
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        else:
            self.query.blockSignals(True)
            self.query.setText(suggestion.query)
            self.query.blockSignals(False)
        self._focus_results = True
        self.run_search()

    def _enter_pressed(self) -> None:
        """Enter moves to the results; when the search is still running, once they arrive."""
        self._focus_results = True
        if self._debounce.isActive():
            self.run_search()
        elif self.model.rowCount() and not self.tasks.busy:
            self._focus_results = False
            self.results.setFocus()

    def _activated(self, index) -> None:
        if index.isValid():
            hit = self.model.record(index.row())
            if hit.matter_id is not None:
                self.open_matter.emit(hit.meeting_id, hit.matter_id)
            else:
                self.open_item.emit(hit.meeting_id, hit.feedback_id)
