"""The app as a council laptop gets it: a built wheel installed into a fresh venv, run from a folder
outside the checkout. Everything the app reads at run time must come out of the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils (pdffonts)")


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # build from a copy, so build/ and *.egg-info never land in the checkout
    source = out / "src"
    shutil.copytree(REPO_ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", "venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
        ".ruff_cache", ".hypothesis", "*.db", "tests"))
    result = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)], out)
    assert result.returncode == 0, result.stderr[-3000:]
    [built] = out.glob("kuntapalaute-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only our wheel; the dependencies come from the test venv's
    site-packages through a .pth line (whose own .pth files, e.g. an editable install's, are not
    processed), so nothing is downloaded and the checkout is not on the path."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    result = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], venv.parent)
    assert result.returncode == 0, result.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     venv.parent).stdout.strip())
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    result = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                   "--no-index", "-q", str(wheel)], venv.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    return venv


def test_the_wheel_carries_every_run_time_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"desktop_app/_resources/{path.relative_to(REPO_ROOT / 'resources').as_posix()}"
                for path in (REPO_ROOT / "resources").rglob("*") if path.is_file() and path.suffix != ".ts"}
    for folder in ("desktop_app/storage/migrations", "desktop_app/sync/central_migrations"):
        expected |= {path.relative_to(REPO_ROOT).as_posix() for path in (REPO_ROOT / folder).rglob("*")
                     if path.is_file() and path.suffix in (".py", ".mako", ".ini")}
    assert expected - names == set()
    assert not [name for name in names if name.startswith(("resources/", "tests/"))]


def test_installed_wheel_runs_self_test_demo_report_and_export(installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    app = installed / ("Scripts/kuntapalaute.exe" if os.name == "nt" else "bin/kuntapalaute")
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "KUNTAPALAUTE_DB")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work), XDG_DATA_HOME=str(work / "data"),
               XDG_CONFIG_HOME=str(work / "config"), KUNTAPALAUTE_USER="Asentaja")

    where = _run([str(installed / "bin/python"), "-c", "import desktop_app; print(desktop_app.__file__)"],
                 work, env)
    assert Path(where.stdout.strip()).is_relative_to(installed), where  # not the checkout

    result = _run([str(app), "--self-test"], work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Itsetesti OK" in result.stdout

    db = work / "palaute.db"
    result = _run([str(app), "--db", str(db), "demo", "--year", "2026"], work, env)
    assert result.returncode == 0, result.stdout + result.stderr

    pdf = work / "yhteenveto.pdf"
    result = _run([str(app), "--db", str(db), "report", "round", "--out", str(pdf)], work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    fonts = _run(["pdffonts", str(pdf)], work).stdout
    assert "NotoSans" in fonts, fonts  # the bundled fonts came out of the wheel

    bundle = work / "vienti.json"
    result = _run([str(app), "--db", str(db), "export", "--format", "json", "--scope", "all",
                   "--out", str(bundle)], work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert bundle.stat().st_size > 1000
