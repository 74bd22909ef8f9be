"""Property: any text either comes back exactly (NFC-normalised) or is refused with a clear
ValidationError that leaves the database as it was."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.errors import ValidationError
from desktop_app.services import Services


def _count(path: Path) -> tuple[int, int]:
    raw = sqlite3.connect(path)
    try:
        return (raw.execute("SELECT count(*) FROM feedback").fetchone()[0],
                raw.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        raw.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec=None), max_size=300)
       | st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape")))
def test_any_text_is_stored_faithfully_or_refused_cleanly(services: Services, make_meeting,
                                                          db_path: Path, text: str) -> None:
    meeting = make_meeting()
    before = _count(db_path)
    try:
        item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, text)
    except ValidationError as exc:
        assert str(exc) and exc.field == "teksti"
        assert _count(db_path) == before
        return
    assert services.feedback.get(item.id).text == unicodedata.normalize("NFC", text)
    services.search.search(text)  # whatever was stored, searching for it must not fail
