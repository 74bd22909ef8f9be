"""Wrap the frozen app (installer/build.py → dist/kuntapalaute/) into a Debian package.

    .venv/bin/python installer/build_deb.py          # → dist/kuntapalaute_<version>_<arch>.deb

Layout: the app in /opt/kuntapalaute, `kuntapalaute` on PATH as /usr/bin/kuntapalaute (a symlink;
the PyInstaller bootloader finds its folder through /proc/self/exe), a desktop entry and the icon
in every hicolor size. There are no maintainer scripts: dpkg's triggers of desktop-file-utils and
hicolor-icon-theme refresh the menus, so installing and removing touch nothing but the package's
own files; the user's data folder (~/.local/share/Kuntapalaute) is never read or removed.
Depends lists the Debian packages of the system libraries the bundle links to but does not carry
(found with readelf, ldconfig and dpkg -S on the build machine, as dpkg-shlibdeps would).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load_build() -> ModuleType:
    """installer/build.py (`build` is also a PyPI package's name, so no plain import)."""
    spec = importlib.util.spec_from_file_location("kuntapalaute_installer_build",
                                                  ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_build = _load_build()
elf_needed, is_elf = _build.elf_needed, _build.is_elf
project_name_and_version = _build.project_name_and_version
render_all = _build.load_installer_module("icons").render_all

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Kuntapalaute
GenericName=Kuntaneuvottelujen palaute
GenericName[en]=Municipal negotiation feedback
Comment=Kainuun liiton kuntaneuvottelujen palautteen kirjaus
Comment[en]=Recording the Regional Council of Kainuu's municipal negotiations
Exec=kuntapalaute
Icon=kuntapalaute
Terminal=false
Categories=Office;
Keywords=kuntaneuvottelu;palaute;muistio;Kainuu;
StartupWMClass=kuntapalaute
"""
DEFAULT_MAINTAINER = "Kainuun liitto <it@kainuu.invalid>"  # a placeholder: pass --maintainer
# Always present on a Debian desktop, or dlopen'ed by Qt from the system on purpose (GL drivers).
BASE_PACKAGES = ["libc6", "libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0"]


def system_dependencies(bundle: Path) -> tuple[list[str], list[str]]:
    """(Debian packages providing the libraries the bundle needs but does not carry, sonames that
    no installed package provides — those belong to plug-ins Qt skips when they fail to load)."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink() and is_elf(path)]
    bundled = {path.name for path in bundle.rglob("*") if ".so" in path.name}
    needed = set().union(*(elf_needed(path) for path in files)) - bundled
    cache: dict[str, str] = {}
    for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines():
        if "=>" in line:  # the native entry comes first
            soname, path = line.strip().split(" ", 1)[0], line.rsplit("=> ", 1)[1]
            cache.setdefault(soname, path)
    packages, unresolved = set(BASE_PACKAGES), []
    for soname in sorted(needed):
        path = cache.get(soname)
        if path is None:
            unresolved.append(soname)
            continue
        candidates = {path, str(Path(path).resolve())}
        candidates |= {"/usr" + c for c in list(candidates) if c.startswith("/lib")}
        found = subprocess.run(["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True).stdout
        owners = {line.split(":", 1)[0] for line in found.splitlines() if ":" in line}
        if owners:
            packages.add(sorted(owners)[0].split(",")[0].strip())
        else:
            unresolved.append(soname)
    return sorted(packages), unresolved


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def build_deb(bundle: Path, out_dir: Path, work: Path, maintainer: str = DEFAULT_MAINTAINER) -> Path:
    name, version = project_name_and_version()
    if not (bundle / name).is_file():
        raise SystemExit(f"no frozen app in {bundle}: run installer/build.py first")
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / name, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / name).symlink_to(f"/opt/{name}/{name}")
    applications = root / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / f"{name}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = render_all(work / "deb-icons")
    shutil.copytree(icons["svg"].parents[2], root / "usr/share/icons/hicolor")
    doc = root / "usr/share/doc" / name
    doc.mkdir(parents=True)
    fonts = ROOT / "resources" / "fonts"
    copyright_text = (
        "Kuntapalaute: Copyright Kainuun liitto, licensed under EUPL-1.2.\n"
        "Bundled in /opt/kuntapalaute: Python (PSF-2.0), Qt 6 and PySide6 (LGPL-3.0-only, as\n"
        "separate shared libraries), PDFium via pypdfium2 (Apache-2.0, BSD-3-Clause), SQLAlchemy and\n"
        "Alembic (MIT), ReportLab (BSD-3-Clause), openpyxl, jsonschema, platformdirs, keyring (MIT),\n"
        "psycopg (LGPL-3.0-only), Pillow (MIT-CMU), cryptography (Apache-2.0 OR BSD-3-Clause),\n"
        "fonts Noto Sans (OFL-1.1) and DejaVu Sans (Bitstream Vera and public domain), whose\n"
        "licence texts follow. The app's About dialog (Ohje → Tietoja) lists the versions.\n\n")
    for licence in sorted(fonts.glob("LICENSE-*")):
        copyright_text += f"--- {licence.name} ---\n{licence.read_text(encoding='utf-8')}\n"
    (doc / "copyright").write_text(copyright_text, encoding="utf-8")

    depends, unresolved = system_dependencies(root / "opt" / name)
    # Voikko is loaded through ctypes at run time, so no linked library names it: Finnish base-form
    # search needs it (without it the app falls back to Snowball stems and says so).
    depends = sorted({*depends, "libvoikko1", "voikko-fi"})
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {name}\nVersion: {version}\nArchitecture: {architecture()}\n"
        f"Maintainer: {maintainer}\nSection: misc\nPriority: optional\n"
        f"Installed-Size: {size_kib}\nDepends: {', '.join(depends)}\n"
        "Description: Kainuun liiton kuntaneuvottelujen palautteen kirjaus\n"
        " Records the Regional Council of Kainuu's municipal negotiations offline:\n"
        " feedback by sector, advocacy targets, follow-ups, printed handouts.\n",
        encoding="utf-8")
    if unresolved:
        print("not in Depends (no installed package provides them):", " ".join(unresolved))
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{name}_{version}_{architecture()}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)], check=True)
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kuntapalaute")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--maintainer", default=DEFAULT_MAINTAINER,
                        help="the package's Maintainer field (name <email>) for the council's IT")
    args = parser.parse_args()
    deb = build_deb(args.bundle.resolve(), args.out.resolve(), args.work.resolve(), args.maintainer)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
