"""One place where every benchmark records what it measured, beside its target.

A result is either a ratio against a bare baseline measured in the same run (`baseline` given:
the target is a ratio) or an absolute latency (`baseline` None: the target is in the result's
unit). Each recorded result is printed at once ("… = 2.41× bare (target ≤ 3×): met");
`python -m benchmarks` collects them all into a Markdown table (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    group: str            # which benchmark: "start", "storage", "exchange", "sync", "reports"
    what: str             # what a user waits for, e.g. "start → main window showing the rounds"
    measured: float       # in `unit`
    unit: str             # "ms", "s", "MB"
    baseline: float | None = None  # the bare baseline in the same unit, measured in the same run
    baseline_name: str = ""        # e.g. "a bare PySide6 window"
    target: float | None = None    # ≤ this ratio (with a baseline) or ≤ this value (without)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.measured / self.baseline

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        value = self.ratio if self.baseline is not None else self.measured
        return value is not None and value <= self.target

    def measured_text(self) -> str:
        text = _amount(self.measured, self.unit)
        if self.ratio is not None:
            text += f" = {self.ratio:.2f}× {self.baseline_name} ({_amount(self.baseline or 0, self.unit)})"
        return text

    def target_text(self) -> str:
        if self.target is None:
            return "—"
        if self.baseline is not None:
            return f"≤ {self.target:g}×"
        return f"≤ {_amount(self.target, self.unit)}"

    def verdict(self) -> str:
        return {True: "met", False: "MISSED", None: "(no target)"}[self.met]


RESULTS: list[Result] = []


def record(result: Result) -> Result:
    """Keep `result` for the summary table and print it at once, ratio and target side by side."""
    RESULTS.append(result)
    suffix = f" [{result.note}]" if result.note else ""
    print(f"  {result.what}: {result.measured_text()}  target {result.target_text()}: "
          f"{result.verdict()}{suffix}", flush=True)
    return result


def markdown(results: list[Result], header: str = "") -> str:
    """The results as a Markdown table (what, measured, ratio, target, met)."""
    lines = [header, ""] if header else []
    lines += ["| benchmark | what | measured | target | |", "|---|---|---|---|---|"]
    for r in results:
        note = f" ({r.note})" if r.note else ""
        lines.append(f"| {r.group} | {r.what}{note} | {r.measured_text()} | {r.target_text()} | "
                     f"{r.verdict()} |")
    return "\n".join(lines) + "\n"


def _amount(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}"
