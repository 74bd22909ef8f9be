"""Keep the app alive on a binding bug: PySide6 6.12.0 on CPython 3.11 drops one reference to
None (and True/False) on every call of a void Qt method. None's count starts at a few tens of
thousands, so a long day of typing would end in "Fatal Python error: none_dealloc" — the whole
app aborting mid-meeting. From Python 3.12 these objects are immortal and the bug is harmless;
PySide6 6.11 does not have it. Where the leak is measured at start, a timer keeps a reserve of
references topped up. It costs 8 bytes per lost reference (a few MB a day) and nothing elsewhere.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

PROBE_CALLS = 200
LOW_WATER = 500_000   # top up when a count falls below this
TOP_UP = 1_000_000    # references added per top-up (8 MB); covers bursts between checks
CHECK_MS = 200

_reserve: list[object] = []


def void_calls_leak() -> bool:
    """Measure instead of trusting version numbers: a fixed build simply measures clean."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("kuntapalaute")
    return before - sys.getrefcount(None) >= PROBE_CALLS // 2


def _top_up() -> None:
    for constant in (None, True, False):
        if sys.getrefcount(constant) < LOW_WATER:
            _reserve.extend([constant] * TOP_UP)


def install(parent: QObject) -> QTimer | None:
    if not void_calls_leak():
        return None
    log.warning("PySide6 loses references to None on this Python; keeping a reserve (upgrade "
                "to Python 3.12+ to drop this workaround)")
    # The reserve must never be freed: at interpreter exit its release would hand back references
    # that the binding already lost, and that is exactly the abort this module prevents.
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_reserve))
    _top_up()
    timer = QTimer(parent)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(_top_up)
    timer.start()
    return timer
