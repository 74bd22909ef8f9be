"""The shared hostile corpus through every path that writes data: typing (services), import, sync
pull, CLI arguments. A refusal leaves the database exactly as it was and says where; accepted
text is stored in NFC (issue 13, items 4a and 11)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from exchange_support import REPO_ROOT, demo_source_fixture, dump_database, load  # noqa: F401
from hostile_corpus import CORPUS, REFUSED, STORED, Case
from sqlalchemy import select, update

from desktop_app.domain.enums import FeedbackKind, Side
from desktop_app.domain.errors import ValidationError
from desktop_app.exchange.bundle import checksum
from desktop_app.exchange.errors import BundleError
from desktop_app.exchange.importer import import_bundle
from desktop_app.services import Services
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.sync.local import apply_pulled
from desktop_app.sync.rows import row_to_wire
from desktop_app.sync.set_aside import list_set_aside
from desktop_app.sync.transport import PulledRow

IDS = [case.label for case in CORPUS]


def _write_bundle(bundle: dict[str, Any], path: Path) -> Path:
    """ASCII JSON with \\u escapes: the only way a lone surrogate can be in a file at all."""
    bundle["manifest"]["counts"] = {k: len(v) for k, v in bundle["data"].items()}
    try:
        bundle["manifest"]["sha256"] = checksum(bundle["data"])
    except UnicodeEncodeError:
        bundle["manifest"]["sha256"] = "0" * 64  # what a hand-made file would carry
    path.write_text(json.dumps(bundle, ensure_ascii=True, sort_keys=True, indent=1) + "\n",
                    encoding="ascii")
    return path


def _hostile_bundle(demo_source, case: Case, folder: Path) -> tuple[Path, str]:
    bundle = copy.deepcopy(load(demo_source.meeting))
    item = bundle["data"]["feedback"][0]
    item["text"] = case.text
    item["version"] += 1
    return _write_bundle(bundle, folder / f"{case.label}.json"), item["id"]


@pytest.fixture
def target(db: Database, demo_source) -> Database:
    import_bundle(db, demo_source.meeting)
    return db


# -- typing: the services -------------------------------------------------------------------

@pytest.mark.parametrize("case", CORPUS, ids=IDS)
def test_typed_text_follows_the_shared_rule(services: Services, make_meeting, case: Case) -> None:
    meeting = make_meeting()
    before = dump_database(services.db)
    if case.refused:
        with pytest.raises(ValidationError, match="teksti"):
            services.feedback.add(meeting.id, FeedbackKind.QUESTION, case.text)
        if "\n" not in case.text:
            with pytest.raises(ValidationError, match="nimi"):
                services.participants.add(meeting.id, f"Nimi {case.text}", Side.COUNCIL)
        assert dump_database(services.db) == before
    else:
        assert services.feedback.add(meeting.id, FeedbackKind.QUESTION, case.text).text == case.expected


# -- import ---------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CORPUS, ids=IDS)
def test_imported_text_follows_the_shared_rule(target: Database, demo_source, tmp_path: Path,
                                               case: Case) -> None:
    path, item_id = _hostile_bundle(demo_source, case, tmp_path)
    before = dump_database(target)
    if case.refused:
        with pytest.raises(BundleError) as refused:
            import_bundle(target, path)
        message = str(refused.value)
        assert "data.feedback[0].text" in message and "kohdassa" in message, message
        assert "surrogates not allowed" not in message
        assert dump_database(target) == before
        return
    import_bundle(target, path)
    with target.read() as session:
        assert session.get(m.Feedback, item_id).text == case.expected


def test_an_nfd_text_in_a_newer_version_is_found_by_search(target: Database, demo_source,
                                                            tmp_path: Path) -> None:
    path, item_id = _hostile_bundle(demo_source, STORED[0], tmp_path)
    import_bundle(target, path)
    hits = Services.for_database(target).search.search("Hämeenkadulla")
    assert item_id in {hit.feedback_id for hit in hits}


# -- sync pull ------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CORPUS, ids=IDS)
def test_pulled_text_follows_the_shared_rule(target: Database, case: Case) -> None:
    with target.write() as session:  # as after a sync: nothing local waits to go up
        session.execute(update(m.Feedback).values(dirty=False))
    with target.read() as session:
        row = session.scalars(select(m.Feedback).order_by(m.Feedback.id)).first()
        fields = row_to_wire("feedback", row)
        item_id, version = row.id, row.version
    fields["text"] = case.text
    pulled = PulledRow("feedback", item_id, version + 1, 1, fields)
    if case.refused:  # set aside with its reason; the stored row is left as it was
        with target.read() as session:
            before = row_to_wire("feedback", session.get(m.Feedback, item_id))
        stats = apply_pulled(target, [pulled], 1)
        assert [f"{item_id}, kenttä text" in note for note in stats.set_aside] == [True]
        with target.read() as session:
            assert row_to_wire("feedback", session.get(m.Feedback, item_id)) == before
        [record] = list_set_aside(target)
        assert record.pulled and record.field == "text"
        return
    apply_pulled(target, [pulled], 1)
    with target.read() as session:
        assert session.get(m.Feedback, item_id).text == case.expected


# -- CLI arguments --------------------------------------------------------------------------

def _cli(*args: str | bytes, env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True, text=True,
        encoding="utf-8", errors="replace", timeout=timeout, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


# argv cannot carry NUL; undecodable bytes arrive as lone low surrogates (PEP 383), so a high one
# cannot come this way.
ARGV_CASES = [case for case in REFUSED if case.label not in ("nul", "lone-high-surrogate")]


@pytest.mark.parametrize("case", ARGV_CASES, ids=[c.label for c in ARGV_CASES])
def test_cli_text_arguments_follow_the_shared_rule(target: Database, demo_source, case: Case) -> None:
    before = dump_database(target)
    user = os.fsencode(f"Nimi {case.text}")
    result = _cli("--db", str(target.path), "--user", user, "import", str(demo_source.all))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--user" in lines[0] and "kohdassa" in lines[0], result.stderr
    assert "Odottamaton" not in result.stderr
    assert dump_database(target) == before


# -- input that is not what it seems, through the CLI ---------------------------------------

def _special_inputs(folder: Path, demo_source) -> dict[str, tuple[Path, str]]:
    fifo = folder / "putki.json"
    os.mkfifo(fifo)
    sparse = folder / "valtava.json"
    with sparse.open("wb") as handle:  # 3 GB on paper, nothing on disk
        handle.truncate(3 * 1024 ** 3)
    surrogate, _ = _hostile_bundle(demo_source, REFUSED[1], folder)
    return {
        "named pipe": (fifo, "ei ole tavallinen tiedosto"),
        "/dev/zero": (Path("/dev/zero"), "ei ole tavallinen tiedosto"),
        "huge file": (sparse, "liian suuri"),
        "lone surrogate": (surrogate, "data.feedback[0].text"),
        "folder": (folder, "kansio"),
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_cli_refuses_input_that_is_not_a_bundle_quickly_with_one_located_line(
        target: Database, demo_source, tmp_path: Path) -> None:
    before = dump_database(target)
    for label, (path, expected) in _special_inputs(tmp_path, demo_source).items():
        result = _cli("--db", str(target.path), "import", str(path), timeout=60)  # never hangs
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1, (label, result.stderr)
        assert expected in lines[0] and "Odottamaton" not in lines[0], (label, lines[0])
    assert dump_database(target) == before


# -- a merge typed while resolving a sync conflict (app and `sync --set`) --------------------

@pytest.mark.parametrize("case", CORPUS, ids=IDS)
def test_a_typed_merge_follows_the_shared_rule(case: Case) -> None:
    from desktop_app.sync.conflicts import parse_edited

    if case.refused:
        with pytest.raises(ValidationError, match=r"Teksti.*kohdassa"):
            parse_edited("feedback", "text", f"x{case.text}x")
    else:
        assert parse_edited("feedback", "text", case.text) == case.expected.strip()
