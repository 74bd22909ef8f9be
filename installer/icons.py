"""Render the hand-written application icon (resources/icons/kuntapalaute.svg) into the PNG sizes
the Linux icon theme wants and a Windows .ico, at build time (nothing generated is committed).

    python installer/icons.py OUT_DIR     # → OUT_DIR/hicolor/<n>x<n>/apps/kuntapalaute.png, kuntapalaute.ico
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "kuntapalaute.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)  # freedesktop icon theme spec's usual sizes
ICO_SIZES = (16, 24, 32, 48, 64, 256)  # what Windows shows in Explorer, taskbar and Start menu


def render_png(size: int) -> bytes:
    """The icon as a PNG of size×size pixels (Qt's SVG renderer, no window system needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG-compressed images (allowed since Windows Vista): ICONDIR, one
    ICONDIRENTRY per size, then the PNGs. Sizes of 256 are written as 0, as the format says."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def render_all(out: Path) -> dict[str, Path]:
    """Write the hicolor PNGs, the scalable SVG and the .ico under `out`; returns their paths by
    kind ("ico", "svg", "png256")."""
    pngs = {size: render_png(size) for size in sorted(set(HICOLOR_SIZES) | set(ICO_SIZES))}
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "kuntapalaute.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / "kuntapalaute.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    ico = out / "kuntapalaute.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    return {"ico": ico, "svg": scalable, "png256": out / "hicolor" / "256x256" / "apps" / "kuntapalaute.png"}


if __name__ == "__main__":
    for kind, path in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).items():
        print(kind, path)
