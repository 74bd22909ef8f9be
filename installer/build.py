"""Build the one-folder frozen app for this platform with PyInstaller, then let it test itself.

    .venv/bin/pip install -e '.[installer]'
    .venv/bin/python installer/build.py            # → dist/kuntapalaute/ (+ its --self-test)

Name and version come from pyproject.toml (the version from desktop_app/__init__.py, which
pyproject declares as its source). The bundle carries the package data exactly as the wheel does
(`desktop_app/_resources`, both Alembic folders as files), Qt's own Finnish translation, and only
the Qt modules and plug-ins the app uses; what is left out is listed in EXCLUDED_* below and in
installer/README.md. PyInstaller does not cross-compile: build Windows on Windows.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_installer_module(name: str) -> ModuleType:
    """installer/NAME.py as a module (the folder is not a package, and `build` is also the name
    of a PyPI package, so plain imports could pick the wrong one)."""
    spec = importlib.util.spec_from_file_location(f"kuntapalaute_installer_{name}",
                                                  ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module

# Python modules nothing in the app imports at run time (PyInstaller would follow optional
# imports of the libraries into them).
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc_data", "lib2to3", "IPython", "numpy", "matplotlib",
    "pytest", "hypothesis", "pytestqt", "pypdf", "pyzbar",
    # Qt modules the app does not use (it uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg for
    # the icon engine)
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtSvgWidgets", "PySide6.QtStateMachine", "PySide6.QtNetworkAuth",
]
# Qt plug-in folders (under PySide6/Qt/plugins) removed after the build: nothing in the app uses
# them, and each pulls in libraries of its own.
EXCLUDED_PLUGINS = [
    "imageformats/libqpdf.so", "imageformats/qpdf.dll", "imageformats/libqwebp.so", "imageformats/qwebp.dll",
    "imageformats/libqtiff.so", "imageformats/qtiff.dll", "imageformats/libqicns.so",
    "imageformats/qicns.dll", "imageformats/libqtga.so", "imageformats/qtga.dll",
    "imageformats/libqwbmp.so", "imageformats/qwbmp.dll", "imageformats/libqgif.so",
    "imageformats/qgif.dll", "sqldrivers", "networkinformation", "tls", "qmltooling", "designer",
    "egldeviceintegrations", "platforms/libqminimal.so", "platforms/libqvnc.so",
    "platforms/libqlinuxfb.so", "platforms/libqeglfs.so", "platforms/qminimal.dll",
    "platforms/libqminimalegl.so", "platforms/libqvkkhrdisplay.so",
    # GTK file dialogs and theme: the app draws Qt's own (Fusion); the plug-in alone brings GTK,
    # cairo and pango (~15 MB) along
    "platformthemes/libqgtk3.so",
]
KEEP_QT_TRANSLATIONS = ("qtbase_fi.qm",)  # Finnish standard buttons and dialogs; English is built in


def project_name_and_version() -> tuple[str, str]:
    """[project] name, and the version: static, or the attribute named by setuptools' dynamic
    version (read without importing the package)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    name = project["project"]["name"]
    version = project["project"].get("version")
    if version is None:
        attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
        module, _, variable = attr.rpartition(".")
        source = ROOT / Path(*module.split(".")) / "__init__.py"
        for node in ast.parse(source.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == variable for t in node.targets):
                version = ast.literal_eval(node.value)
    if not version:
        raise SystemExit("version not found in pyproject.toml")
    return name, str(version)


def about_distributions() -> list[str]:
    """The distributions whose versions the About dialog shows (their metadata is a few kB)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.ui.about import COMPONENTS

    return [component.distribution for component in COMPONENTS if component.distribution]


def stage_package_data(stage: Path) -> list[tuple[Path, str]]:
    """Copy the run-time files to where the installed package has them (as in the wheel);
    returns PyInstaller --add-data pairs."""
    if stage.exists():
        shutil.rmtree(stage)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")
    pairs = [(ROOT / "resources", "desktop_app/_resources"),
             (ROOT / "desktop_app/storage/migrations", "desktop_app/storage/migrations"),
             (ROOT / "desktop_app/sync/central_migrations", "desktop_app/sync/central_migrations")]
    staged = []
    for source, target in pairs:
        copy = stage / target
        shutil.copytree(source, copy, ignore=skip)
        staged.append((copy, target))
    return staged


def prune(bundle: Path) -> list[str]:
    """Remove the excluded Qt plug-ins and Qt's translations other than Finnish; returns what went."""
    removed = []
    qt = next(bundle.rglob("PySide6/Qt"), None) or next(bundle.rglob("PySide6"), None)
    if qt is None:
        return removed
    for relative in EXCLUDED_PLUGINS:
        for target in qt.glob(f"plugins/{relative}"):
            shutil.rmtree(target) if target.is_dir() else target.unlink()
            removed.append(f"plugins/{relative}")
    translations = qt / "translations"
    if translations.is_dir():
        for qm in translations.iterdir():
            if qm.name not in KEEP_QT_TRANSLATIONS:
                qm.unlink()
        removed.append("translations/* except " + ", ".join(KEEP_QT_TRANSLATIONS))
    return removed


def elf_needed(path: Path) -> set[str]:
    result = subprocess.run(["readelf", "-d", "--wide", str(path)], capture_output=True, text=True)
    return {line.split("[", 1)[1].split("]", 1)[0]
            for line in result.stdout.splitlines() if "(NEEDED)" in line}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def prune_orphan_libraries(bundle: Path) -> list[str]:
    """Linux: after plug-ins were removed, drop the shared libraries at the top of the bundle that
    no remaining binary needs (the excluded plug-ins' own dependencies). Everything in a subfolder
    (Qt, its plug-ins, Python extension modules), the executable and libpython are the roots;
    their NEEDED entries (readelf) are followed transitively. Needs binutils' readelf."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return []
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    top = {path.name: path for path in internal.iterdir() if ".so" in path.name}
    roots = [path for path in internal.rglob("*")
             if path.is_file() and not path.is_symlink() and path.parent != internal and is_elf(path)]
    # libpython is loaded by the bootloader, extension modules by Python itself: not NEEDED by anyone
    loaded_directly = {name for name in top
                       if name.startswith("libpython") or ".cpython-" in name or name.endswith(".abi3.so")}
    roots += [bundle / bundle.name] + [top[name] for name in loaded_directly]
    kept: set[str] = set(loaded_directly)
    stack = list(roots)
    while stack:
        for name in elf_needed(stack.pop()):
            if name in top and name not in kept:
                kept.add(name)
                stack.append(top[name].resolve())
    removed = []
    for name, path in sorted(top.items()):
        if name not in kept and not path.is_symlink():
            path.unlink()
            removed.append(name)
    for path in top.values():  # symlinks whose target went with a plug-in
        if path.is_symlink() and not path.exists():
            path.unlink()
    return removed


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    name, version = project_name_and_version()
    icons = load_installer_module("icons").render_all(work / "icons")
    data = stage_package_data(work / "stage")
    separator = os.pathsep
    args = [
        str(ROOT / "main.py"), "--name", name, "--onedir", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), "--specpath", str(work),
        "--icon", str(icons["ico"] if sys.platform == "win32" else icons["png256"]),
        "--paths", str(ROOT),
        # Alembic runs env.py and the version scripts from files; what they import must be inside
        "--collect-submodules", "alembic", "--collect-submodules", "desktop_app",
        # ReportLab imports its barcode modules by name (the handout's QR code)
        "--collect-submodules", "reportlab.graphics.barcode",
        "--hidden-import", "sqlalchemy.dialects.sqlite", "--hidden-import", "sqlalchemy.dialects.postgresql",
        "--hidden-import", "PySide6.QtSvg",  # the SVG icon engine plug-in needs it
        "--copy-metadata", "keyring",  # keyring finds its backends through entry points
        *[arg for distribution in about_distributions() for arg in ("--copy-metadata", distribution)],
        "--log-level", "WARN",
    ]
    if sys.platform == "win32":
        # a console program (so `kuntapalaute --self-test` prints in a terminal) that hides its
        # console window when started from the Start menu
        args += ["--hide-console", "hide-early"]
    elif sys.platform.startswith("linux"):
        args.append("--strip")  # debug symbols: libpython alone carries ~15 MB of them
    for source, target in data:
        args += ["--add-data", f"{source}{separator}{target}"]
    for module in EXCLUDED_MODULES:
        args += ["--exclude-module", module]
    print(f"Building {name} {version} with PyInstaller…", flush=True)
    PyInstaller.__main__.run(args)
    bundle = dist / name
    (bundle / "VERSION").write_text(f"{name} {version}\n", encoding="utf-8")
    for line in prune(bundle):
        print("removed", line)
    orphans = prune_orphan_libraries(bundle)
    if orphans:
        print(f"removed {len(orphans)} libraries no remaining binary needs:", " ".join(orphans))
    return bundle


def self_test(bundle: Path) -> int:
    executable = bundle / ("kuntapalaute.exe" if sys.platform == "win32" else "kuntapalaute")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(executable), "--self-test"], env=env, cwd=bundle.parent, timeout=300)
    return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--no-test", action="store_true", help="skip the frozen --self-test")
    args = parser.parse_args()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"Bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB)")
    if args.no_test:
        return 0
    code = self_test(bundle)
    print("Frozen self-test:", "OK" if code == 0 else f"FAILED (exit {code})")
    return code


if __name__ == "__main__":
    sys.exit(main())
