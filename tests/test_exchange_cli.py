"""`main.py export` and `main.py import`: outputs, one-line Finnish errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import demo_source_fixture, dump_database, load, save  # noqa: F401

from desktop_app.cli import main
from desktop_app.storage.migrate import open_database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_dry_run_then_import(demo_source, tmp_path: Path, capsys) -> None:
    bundle = tmp_path / "paketti.json"
    code, out, _ = _run(capsys, "--db", str(demo_source.db_path), "export", "--scope", "round:2026",
                        "--out", str(bundle))
    assert code == 0 and "SHA-256: " + load(bundle)["manifest"]["sha256"] in out

    target = tmp_path / "kohde.db"
    code, out, _ = _run(capsys, "--db", str(target), "import", str(bundle), "--dry-run")
    assert code == 0 and out.startswith("Koetuonti (mitään ei tallennettu)")
    code, out, _ = _run(capsys, "--db", str(target), "import", str(bundle))
    assert code == 0 and out.startswith("Tuonti valmis") and "Palautteet: lisätty" in out
    code, out, _ = _run(capsys, "--db", str(target), "import", str(bundle))
    assert code == 0 and "Lisätty 0, päivitetty 0" in out


def test_csv_and_xlsx_exports(demo_source, tmp_path: Path, capsys) -> None:
    db = str(demo_source.db_path)
    assert _run(capsys, "--db", db, "export", "--format", "csv", "--out", str(tmp_path / "csv"))[0] == 0
    assert (tmp_path / "csv" / "feedback.csv").exists()
    code, out, _ = _run(capsys, "--db", db, "export", "--format", "csv", "--flat", "--delimiter", ",",
                        "--out", str(tmp_path / "koonti.csv"))
    assert code == 0 and "koonti.csv" in out
    code, out, _ = _run(capsys, "--db", db, "export", "--format", "xlsx", "--scope", "meeting:2026:Kuhmo",
                        "--out", str(tmp_path / "kuhmo.xlsx"))
    assert code == 0 and (tmp_path / "kuhmo.xlsx").stat().st_size > 0


def test_a_refused_import_is_one_line_exit_1_and_changes_nothing(demo_source, tmp_path: Path,
                                                                 capsys) -> None:
    broken = load(demo_source.meeting)
    broken["data"]["feedback"][2]["meeting_id"] = "00000000-0000-4000-8000-000000000000"
    path = save(broken, tmp_path / "rikki.json")
    target = tmp_path / "kohde.db"
    database = open_database(target, "Testi")
    before = dump_database(database)
    database.dispose()
    code, out, err = _run(capsys, "--db", str(target), "import", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("Virhe: Siirtopaketti rikki.json hylättiin: palaute nro 3")
    database = open_database(target, "Testi")
    assert dump_database(database) == before
    database.dispose()
    code, _, err = _run(capsys, "--db", str(target), "--debug", "import", str(path))
    assert code == 1 and "  palaute nro 3" in err  # --debug lists every problem on its own line


@pytest.mark.parametrize(("argv", "expected"), [
    (["export", "--scope", "kaikki", "--out", "x.json"], "Tuntematon rajaus"),
    (["export", "--format", "json", "--flat", "--out", "x.json"], "--flat koskee vain CSV"),
    (["export", "--scope", "round:1999", "--out", "x.json"], "Vuoden 1999 kierrosta ei ole"),
    (["import", "ei-ole.json"], "tiedostoa ei löydy"),
])
def test_usage_errors_are_one_finnish_line(demo_source, tmp_path: Path, capsys, argv, expected) -> None:
    argv = [a if not a.endswith(".json") else str(tmp_path / a) for a in argv]
    code, _, err = _run(capsys, "--db", str(demo_source.db_path), *argv)
    assert code == 1 and expected in err and err.count("\n") == 1
