"""A laptop whose sync freezes while it holds a central lock: `python sync_stall_worker.py DB URL
DIR AT`, AT = "push" (the seq_counter row lock of a push) or "schema" (the schema advisory lock
taken on connect).

Right after the locking statement it writes DIR/ready and stops itself with SIGSTOP, like a
laptop whose lid was closed mid-sync; the test continues it with SIGCONT. The central session
is then left "idle in transaction", holding the lock. Exit 0 and the pushed count when the sync
finished; exit 3 and the Finnish message when it failed."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from sqlalchemy import event

import desktop_app.sync.service as service
from desktop_app.storage.migrate import open_database
from desktop_app.sync.errors import SyncError

MARKERS = {"push": "FOR UPDATE", "schema": "pg_advisory_xact_lock"}


def main(db_path: str, url: str, folder: str, at: str) -> int:
    marker = MARKERS[at]
    real_create = service.create_central_engine
    stopped = False

    def create_engine(*args, **kwargs):
        engine = real_create(*args, **kwargs)

        @event.listens_for(engine, "after_cursor_execute")
        def freeze(conn, cursor, statement, parameters, context, executemany) -> None:
            nonlocal stopped
            if not stopped and marker in statement:
                stopped = True
                (Path(folder) / "ready").write_text(str(os.getpid()))
                os.kill(os.getpid(), signal.SIGSTOP)  # the lid closes, lock held

        return engine

    service.create_central_engine = create_engine
    db = open_database(Path(db_path), "Jäätyvä")
    try:
        report = service.synchronize(db, url)
    except SyncError as exc:
        print(str(exc), file=sys.stderr)
        return 3
    finally:
        db.dispose()
    print(report.pushed)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
