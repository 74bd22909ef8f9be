"""The two roads into the central store meet: a laptop without network access hands its work
over as an export bundle; the colleague who imports it syncs. Nothing is duplicated, nothing
conflicts with itself, and the work arrives exactly once."""

from __future__ import annotations

from pathlib import Path

from sync_support import central_counts, central_state, dirty_count, local_state, make_device, run_sync

from desktop_app.domain.enums import FeedbackKind
from desktop_app.exchange.bundle import export_bundle
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.scope import parse_scope
from desktop_app.services import Services
from desktop_app.services.demo import DemoService


def test_bundle_imported_on_a_synced_laptop_arrives_once(tmp_path: Path, central_url: str) -> None:
    online = make_device(tmp_path, "verkossa")
    offline = make_device(tmp_path, "ilman_verkkoa")
    try:
        run_sync(online, central_url)  # the central store knows the default sectors etc.
        DemoService(offline).create(current_year=2026, mark=False)  # realistic data that may sync
        s = Services.for_database(offline)
        meeting = s.meetings.find(s.rounds.find_by_year(2026).id, "290")
        s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Kirjattu ilman verkkoa")
        bundle = tmp_path / "siirto.json"
        export_bundle(offline, parse_scope("all"), bundle)

        import_bundle(online, bundle)
        first = run_sync(online, central_url)
        assert first.open_conflicts == 0 and dirty_count(online) == 0
        counts = central_counts(central_url)

        # The offline laptop later gets network and syncs the very same rows itself.
        second = run_sync(offline, central_url)
        assert second.open_conflicts == 0
        assert {k: v for k, v in central_counts(central_url).items() if k != "audit"} == \
            {k: v for k, v in counts.items() if k != "audit"}
        run_sync(online, central_url)
        assert local_state(online) == local_state(offline) == central_state(central_url)
        texts = [r["text"] for r in central_state(central_url)["feedback"].values()]
        assert texts.count("Kirjattu ilman verkkoa") == 1
    finally:
        online.dispose()
        offline.dispose()
