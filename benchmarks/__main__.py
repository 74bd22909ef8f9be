"""Run every benchmark and write the results as a Markdown table.

    python -m benchmarks                 # everything, the sizes the targets are set for
    python -m benchmarks --quick         # smaller data and fewer runs: a smoke run, not the numbers
    python -m benchmarks --only storage,ui

Each benchmark prints its results as it goes, ratio and target side by side; at the end the
table goes to stdout and to benchmarks/RESULTS.md (not committed). A benchmark that cannot run
here (no PostgreSQL for the sync benchmark) is reported as skipped, with the reason.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import results

OUT = Path(__file__).resolve().parent / "RESULTS.md"


def _benchmarks(quick: bool) -> dict[str, Callable[[], None]]:
    def storage() -> None:
        from benchmarks import bench_storage
        bench_storage.run(quick=quick)

    def ui() -> None:
        from benchmarks import bench_ui
        bench_ui.run(runs=2 if quick else 5, sizes=(9_000,) if quick else (9_000, 100_000))

    def exchange() -> None:
        from benchmarks import bench_exchange
        bench_exchange.run(items=10_000 if quick else 100_000)

    def sync() -> None:
        from benchmarks import bench_sync
        bench_sync.run()

    def reports() -> None:
        from benchmarks import bench_reports
        bench_reports.run(repeat=3 if quick else 9)

    return {"storage": storage, "ui": ui, "exchange": exchange, "sync": sync, "reports": reports}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small data, few runs (a smoke run)")
    parser.add_argument("--only", default="", help="comma-separated: storage,ui,exchange,sync,reports")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the Markdown table (default {OUT})")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    table = _benchmarks(args.quick)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(table)
    unknown = [name for name in chosen if name not in table]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    problems: list[str] = []
    began = time.perf_counter()
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        try:
            table[name]()
        except Exception:  # one broken benchmark must not hide the others' numbers
            problems.append(f"{name}: failed\n{traceback.format_exc()}")
            print(problems[-1], file=sys.stderr)
        except BaseException as exc:  # pytest.skip (no PostgreSQL) is not an Exception
            if type(exc).__name__ != "Skipped":
                raise
            problems.append(f"{name}: skipped ({exc})")
            print(problems[-1])
    header = (f"Benchmarks {dt.datetime.now():%Y-%m-%d %H:%M}, {platform.python_implementation()} "
              f"{platform.python_version()}, {os.cpu_count()} CPUs, load average "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end; "
              f"{'QUICK smoke run, ' if args.quick else ''}{time.perf_counter() - began:.0f} s in all.")
    text = results.markdown(results.RESULTS, header)
    if problems:
        text += "\n" + "\n".join(f"- {line.splitlines()[0]}" for line in problems) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print("\n" + text)
    print(f"Written to {args.out}")
    return 1 if any("failed" in p.splitlines()[0] for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
