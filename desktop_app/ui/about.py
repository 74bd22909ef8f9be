"""Ohje → Tietoja: the version, where this laptop keeps its data, and the licences of everything the
app bundles (LGPL-3.0 requires telling users that Qt is inside and under which licence)."""

from __future__ import annotations

import html
import importlib.metadata
import platform
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.config import data_dir
from desktop_app.services import Services
from desktop_app.storage.migrate import current_revision
from desktop_app.ui.icon import app_icon
from desktop_app.ui.screen_fit import fit_on_screen

PREFERRED_SIZE = QSize(760, 640)


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str | None  # for the installed version; None when it is not a Python package
    licence: str  # SPDX expression where one exists
    url: str


# What a frozen build or a wheel install carries. The fonts' licence texts ship in resources/fonts/.
COMPONENTS: tuple[Component, ...] = (
    Component("Qt 6 ja PySide6", "PySide6-Essentials", "LGPL-3.0-only", "https://www.qt.io/licensing"),
    Component("PDFium (pypdfium2)", "pypdfium2", "Apache-2.0 AND BSD-3-Clause",
              "https://github.com/pypdfium2-team/pypdfium2"),
    Component("Python", None, "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    Component("jsonschema", "jsonschema", "MIT", "https://python-jsonschema.readthedocs.io"),
    Component("fastjsonschema", "fastjsonschema", "BSD-3-Clause", "https://github.com/horejsek/python-fastjsonschema"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/platformdirs/platformdirs"),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("psycopg", "psycopg", "LGPL-3.0-only", "https://www.psycopg.org"),
    Component("Noto Sans", None, "OFL-1.1", "https://notofonts.github.io"),
    Component("DejaVu Sans", None, "Bitstream-Vera AND LicenseRef-DejaVu-public-domain",
              "https://dejavu-fonts.github.io"),
)


def installed_version(distribution: str | None) -> str:
    """The installed version of a Python distribution, or "" when unknown (frozen builds may
    carry no metadata)."""
    if distribution is None:
        return ""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """Version, data folder, database path and schema version, bundled components' licences."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tietoja – %1").replace("%1", APP_NAME))

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<h2>{html.escape(APP_NAME)} {html.escape(__version__)}</h2>"
                       + html.escape(self.tr("Kainuun liiton kuntaneuvottelujen palautteen kirjaus")), self)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        revision = current_revision(services.db.engine) or self.tr("ei tiedossa")
        self.facts: dict[str, str] = {
            self.tr("Versio"): __version__,
            self.tr("Tietokansio"): str(data_dir()),
            self.tr("Tietokanta"): str(services.db.path),
            self.tr("Tietokannan rakenneversio"): revision,
            self.tr("Qt / PySide6"): f"{qVersion()} / {PySide6.__version__}",
            self.tr("Python"): platform.python_version(),
            self.tr("Julkaisija"): ORG_NAME,
        }
        form = QFormLayout()
        for label, value in self.facts.items():
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            field.setWordWrap(True)
            form.addRow(label + ":", field)
            field.setAccessibleDescription(label)   # read as its value, then what it is

        self.licences = QTextBrowser(self)
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Mukana olevien osien lisenssit"))
        self.licences.setHtml(self._licence_html())

        buttons = QDialogButtonBox(self)
        close = QPushButton(self.tr("&Sulje"), self)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Mukana olevat osat ja niiden lisenssit:"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        fit_on_screen(self, PREFERRED_SIZE)
        close.setFocus()

    def _licence_html(self) -> str:
        rows = []
        for component in COMPONENTS:
            version = (platform.python_version() if component.name == "Python"
                       else installed_version(component.distribution))
            rows.append(
                f"<tr><td>{html.escape(component.name)}</td><td>{html.escape(version)}</td>"
                f"<td>{html.escape(component.licence)}</td>"
                f"<td><a href='{html.escape(component.url)}'>{html.escape(component.url)}</a></td></tr>")
        note = html.escape(self.tr(
            "Qt ja PySide6 ovat LGPL-3.0-lisenssin alaisia: ne on asennettu erillisinä kirjastoina, "
            "jotka voi vaihtaa omaan käännökseen. Fonttien lisenssitekstit ovat sovelluksen "
            "resources/fonts-kansiossa."))
        header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in (
            self.tr("Osa"), self.tr("Versio"), self.tr("Lisenssi"), self.tr("Lähde")))
        return (f"<p>{html.escape(APP_NAME)}: EUPL-1.2</p><table cellspacing='0' cellpadding='3'>"
                f"<tr>{header}</tr>{''.join(rows)}</table><p>{note}</p>")
