"""`main.py report ...` end to end on a real database: files written, clear Finnish errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services


@pytest.fixture
def filled(services: Services, make_feedback, make_meeting, db_path: Path) -> Path:
    make_feedback("Kuhmon liikennepalaute", meeting=make_meeting(2026, "290"))
    item = make_feedback("Kajaanin kohde", meeting=make_meeting(2026, "205"), sector_code=None,
                         kind=FeedbackKind.ADVOCACY_TARGET)
    services.followups.add(item.id, owner="Aino", due_date="2026-12-01", description="Selvitetään")
    services.db.dispose()
    return db_path


@pytest.mark.parametrize(("args", "expected"), [
    (["meeting", "--municipality", "kuhmo", "--year", "2026"], "Kuhmon liikennepalaute"),
    (["meeting", "-m", "205"], "Kajaanin kohde"),
    (["round", "--year", "2026"], "Kuhmon liikennepalaute"),
    (["followups"], "Selvitetään"),
    (["followups", "--year", "2026", "--owner", "Aino"], "Selvitetään"),
])
def test_report_commands_write_pdfs(filled: Path, tmp_path: Path, capsys, args: list[str],
                                    expected: str) -> None:
    out = tmp_path / "raportti.pdf"
    code = main(["--db", str(filled), "report", *args, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "tallennettu" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert expected in text


@pytest.mark.parametrize(("args", "message"), [
    (["meeting", "-m", "Oulu"], "Kuntaa 'Oulu' ei ole"),
    (["round", "--year", "2031"], "Vuoden 2031 kierrosta ei ole"),
    (["round", "--out-dir-missing"], None),
])
def test_bad_selectors_fail_clearly_and_write_nothing(filled: Path, tmp_path: Path, capsys,
                                                      args: list[str], message: str | None) -> None:
    out = tmp_path / "raportti.pdf"
    before = hashlib.sha256(filled.read_bytes()).hexdigest()
    if message is None:
        with pytest.raises(SystemExit) as exc:  # argparse: unknown option, exit 2
            main(["--db", str(filled), "report", *args, "--out", str(out)])
        assert exc.value.code == 2
    else:
        assert main(["--db", str(filled), "report", *args, "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Virhe: ") and message in err and err.count("\n") == 1
    assert not out.exists()
    assert hashlib.sha256(filled.read_bytes()).hexdigest() == before


def test_output_path_problems_are_reported(filled: Path, tmp_path: Path, capsys) -> None:
    assert main(["--db", str(filled), "report", "round", "--out", str(tmp_path / "ei" / "x.pdf")]) == 1
    assert "Kansiota ei ole" in capsys.readouterr().err
    assert main(["--db", str(filled), "report", "round", "--out", str(tmp_path / "x.txt")]) == 1
    assert ".pdf" in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == []
