"""A refused bundle: every problem says where it is (file, record, field) in Finnish."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.exchange.entities import BY_NAME

MAX_PROBLEMS = 20  # enough to fix a file in one go without flooding the screen


@dataclass(frozen=True)
class Problem:
    message: str                  # what is wrong, Finnish, no location
    entity: str | None = None     # bundle entity name, e.g. "feedback"
    index: int | None = None      # 0-based position in the entity's list
    record_id: str | None = None
    field: str | None = None
    path: str | None = None       # JSON path for machines, e.g. data.feedback[12].text

    def describe(self) -> str:
        """"palaute nro 13 (tunniste …), kenttä text: mikä on vialla [data.feedback[12].text]"."""
        parts: list[str] = []
        if self.entity is not None:
            label = BY_NAME[self.entity].label if self.entity in BY_NAME else self.entity
            where = label if self.index is None else f"{label} nro {self.index + 1}"
            if self.record_id:
                where += f" (tunniste {_printable(self.record_id)})"
            parts.append(where)
        if self.field:
            parts.append(f"kenttä {_printable(self.field)}")
        location = ", ".join(parts)
        message = _printable(self.message)  # it may quote a value from the file ("arvo '…'")
        text = f"{location}: {message}" if location else message
        return f"{text} [{_printable(self.path)}]" if self.path else text


def _printable(text: str) -> str:
    """A hostile key or id must not break the one-line message (newlines, control characters)."""
    return "".join(char if char.isprintable() else "�" for char in text)


class BundleError(ValidationError):
    """The bundle was refused; nothing was written. `problems` lists up to MAX_PROBLEMS."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems[:MAX_PROBLEMS]
        first = problems[0].describe() if problems else "tuntematon virhe"
        more = f" (ja {len(problems) - 1} muuta virhettä)" if len(problems) > 1 else ""
        field = problems[0].field if problems else None
        super().__init__(f"Siirtopaketti {file} hylättiin: {first}{more}", field)

    def details(self) -> list[str]:
        return [problem.describe() for problem in self.problems]
