"""Reading generated PDFs back with real tools (poppler, qpdf, zbar) for the report tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def need_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"'{name}' puuttuu: asenna Debian-paketti {package} (apt-get install {package})")
    return path


def write(tmp_path: Path, pdf: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def page_texts(path: Path) -> list[str]:
    """Text of each page in drawing order (pdftotext -raw), which is the story order."""
    need_tool("pdftotext", "poppler-utils")
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """Collapse whitespace and drop the zero-width breaks we insert, for substring checks."""
    return " ".join(text.replace("\u200b", "").split())


def fonts(path: Path) -> list[dict[str, str]]:
    need_tool("pdffonts", "poppler-utils")
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    result = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object ID; the yes/no columns are the 5th..3rd from the end
        result.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return result


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    need_tool("qpdf", "qpdf")
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def decode_qr(path: Path, page: int = 1) -> list[str]:
    """Render the page with pdftoppm and decode every QR code on it with zbar."""
    need_tool("pdftoppm", "poppler-utils")
    try:
        from PIL import Image
        from pyzbar.pyzbar import decode
    except ImportError as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"QR-dekoodaus vaatii pyzbar-paketin ja libzbar0:n ({exc})")
    prefix = path.with_name(f"{path.stem}-qr")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), str(prefix)], check=True, capture_output=True)
    with Image.open(prefix.with_suffix(".png")) as image:
        return [symbol.data.decode("ascii") for symbol in decode(image)]


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(path: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    """Every word's box (pdftotext -bbox) and each page's size."""
    need_tool("pdftotext", "poppler-utils")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    sizes: list[tuple[float, float]] = []
    found: list[Word] = []
    for chunk in re.split(r"<page ", html)[1:]:
        size = re.match(r'width="([\d.]+)" height="([\d.]+)"', chunk)
        assert size
        sizes.append((float(size.group(1)), float(size.group(2))))
        for match in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" '
                                 r'yMax="([\d.-]+)">(.*?)</word>', chunk):
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            found.append(Word(len(sizes), match.group(5), x0, y0, x1, y1))
    return found, sizes


def layout_text(path: Path, page: int) -> str:
    """One page as laid out on paper (pdftotext -layout), for checks like 'title … 3'."""
    need_tool("pdftotext", "poppler-utils")
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                           str(path), "-"], check=True, capture_output=True).stdout.decode("utf-8")


@dataclass(frozen=True)
class Run:
    """One text run as drawn: page (1-based), text, baseline position in PDF points from the
    bottom-left, effective font size, and whether it is upright."""

    page: int
    text: str
    x: float
    y: float
    size: float
    upright: bool


def runs(path: Path) -> list[Run]:
    """Every text run with its font size (pypdf's text visitor), in drawing order."""
    from pypdf import PdfReader

    found: list[Run] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  number: int = number) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                found.append(Run(number, text.strip(), x, y, round(size * scale, 2),
                                 abs(tm[1]) < 1e-6 and abs(cm[1]) < 1e-6))
        page.extract_text(visitor_text=visit)
    return found
