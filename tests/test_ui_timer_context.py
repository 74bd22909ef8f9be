"""A deferred call never reaches an object Qt has already deleted.

CI once failed on a window test: the busy indicator's runner queued "say idle once the task is
dropped" with a bare lambda; the window closed and deleted the runner before the event loop ran
it, and the lambda raised "Signal source has been deleted". Every ``QTimer.singleShot`` in the
UI now names its context object, which Qt uses to drop the call when that object goes away."""

from __future__ import annotations

import ast
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject

from desktop_app.ui.busy import ObservedTaskRunner

UI = Path(__file__).resolve().parents[1] / "desktop_app" / "ui"


def test_an_idle_check_queued_by_a_deleted_runner_is_dropped(qtbot) -> None:
    parent = QObject()
    runner = ObservedTaskRunner(parent)
    seen: list[bool] = []
    runner.busy_changed.connect(seen.append)
    runner._maybe_idle()          # what a finished task's signal does
    shiboken6.delete(runner)      # the window is closed before the event loop turns
    qtbot.wait(20)                # pytest-qt fails the test on an exception in the event loop
    assert seen == []
    shiboken6.delete(parent)


def test_an_idle_check_of_a_live_runner_still_says_idle(qtbot) -> None:
    runner = ObservedTaskRunner()
    with qtbot.waitSignal(runner.busy_changed, timeout=1000) as blocker:
        runner._maybe_idle()
    assert blocker.args == [False]


def _single_shots(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "singleShot"]


def test_every_deferred_call_in_the_ui_names_its_context_object() -> None:
    calls = 0
    without_context: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        for call in _single_shots(ast.parse(path.read_text(encoding="utf-8"))):
            calls += 1
            if len(call.args) != 3:
                without_context.append(f"{path.relative_to(UI)}:{call.lineno}")
    assert calls > 5, "the scan found the UI's deferred calls"
    assert without_context == [], "QTimer.singleShot(msec, context, slot) is the safe form"


def test_a_task_that_reports_after_its_runner_is_deleted_calls_nothing(qtbot) -> None:
    import threading

    from desktop_app.ui.workers import TaskRunner

    release = threading.Event()
    called: list[object] = []
    runner = TaskRunner()

    def work(_progress: object) -> str:
        release.wait(5)
        return "done"

    task = runner.start(work, on_done=called.append, on_error=called.append)
    shiboken6.delete(runner)      # the window closed while the task still ran
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        release.set()
    qtbot.wait(20)
    assert called == []


def test_a_task_of_a_live_runner_reports_its_result(qtbot) -> None:
    from desktop_app.ui.workers import TaskRunner

    runner = TaskRunner()
    called: list[object] = []
    task = runner.start(lambda _p: 42, on_done=called.append)
    qtbot.waitUntil(lambda: called == [42], timeout=5000)
    assert not runner.busy
    del task
