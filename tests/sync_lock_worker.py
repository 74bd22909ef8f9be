"""A sync that stops in the middle and holds the sync lock: `python sync_lock_worker.py DB URL DIR`.

It pulls, then, inside push, writes DIR/ready and waits until DIR/go exists (or until it is
killed). The lock test starts a second sync meanwhile, or SIGKILLs this process."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_app.storage.migrate import open_database
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.service import open_transport


class PausingTransport:
    def __init__(self, inner, folder: Path) -> None:
        self.inner, self.folder = inner, folder

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def push(self, changes, op_id, origin):
        (self.folder / "ready").write_text("1")
        deadline = time.monotonic() + 120  # never outlive the test by much
        while not (self.folder / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.inner.push(changes, op_id, origin)


def main(db_path: str, url: str, folder: str) -> int:
    db = open_database(Path(db_path), "Ensimmäinen")
    transport = open_transport(url)
    try:
        report = SyncEngine(db, PausingTransport(transport, Path(folder))).run()
    finally:
        transport.close()
        db.dispose()
    print(report.pushed)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
