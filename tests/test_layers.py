"""The layers in DESIGN.md §2: only desktop_app/ui imports Qt, and imports only point down."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
# A module may import from layers at its own level or below, never above.
LAYER_RANK = {"domain": 0, "storage": 1, "sync": 2, "exchange": 2, "reports": 2, "services": 3,
              "cli": 4, "ui": 4}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules_to_check() -> None:
    assert len(_python_files()) > 20


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_ui_imports_qt(path: Path) -> None:
    if path.relative_to(PACKAGE).parts[0] == "ui":
        return
    qt = [name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}]
    assert qt == [], f"{path} imports Qt outside desktop_app/ui: {qt}"


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    parts = path.relative_to(PACKAGE).parts
    layer = parts[0] if len(parts) > 1 else None
    if layer not in LAYER_RANK:
        return
    for name in _imports(path):
        pieces = name.split(".")
        if pieces[0] != "desktop_app" or len(pieces) < 2 or pieces[1] not in LAYER_RANK:
            continue
        target = pieces[1]
        if target == layer:
            continue
        if parts == ("cli", "gui.py") and target == "ui":
            continue  # the launcher is the one place where the command line hands over to the UI
        assert LAYER_RANK[target] < LAYER_RANK[layer], f"{path}: {layer} must not import {name}"
