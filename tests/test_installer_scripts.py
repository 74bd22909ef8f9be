"""The installer scripts' cheap parts: the name and version they stamp, the icons they render, and
the Windows installer script compiling with NSIS (against a stand-in app folder: the real one is
built on Windows)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app import __version__
from tests.conftest import REPO_ROOT


def _load(name: str) -> ModuleType:
    """installer/ is not a package, and `build` is also a PyPI package's name."""
    spec = importlib.util.spec_from_file_location(f"kuntapalaute_installer_{name}",
                                                  REPO_ROOT / "installer" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load("build")
icons = _load("icons")


def test_name_and_version_come_from_pyproject() -> None:
    assert build.project_name_and_version() == ("kuntapalaute", __version__)


def test_icons_render_every_size_and_a_valid_ico(tmp_path: Path, qapp) -> None:
    paths = icons.render_all(tmp_path)
    for size in icons.HICOLOR_SIZES:
        png = (tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "kuntapalaute.png").read_bytes()
        assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (size, size)
    ico = paths["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index: 22 + 16 * index])
        assert width == (0 if size == 256 else size)
        assert ico[offset:offset + 4] == b"\x89PNG" and offset + length <= len(ico)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs NSIS (apt-get install nsis)")
def test_windows_installer_script_compiles(tmp_path: Path, qapp) -> None:
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    (app / "kuntapalaute.exe").write_bytes(b"stand-in")
    (app / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    ico = icons.render_all(tmp_path / "icons")["ico"]
    out = tmp_path / "asennus.exe"
    result = subprocess.run(
        ["makensis", "-V2", f"-DVERSION={__version__}", f"-DSOURCE_DIR={app}", f"-DICON={ico}",
         f"-DOUT_FILE={out}", "kuntapalaute.nsi"],
        cwd=REPO_ROOT / "installer" / "windows", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ"
