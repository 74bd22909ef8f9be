"""A laptop in its own process, for the concurrency test: `python sync_worker.py ROLE DB URL`.

writer: adds items in batches and syncs after each batch. reader: only syncs, until told to stop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.service import open_transport


def main(role: str, db_path: str, url: str, rounds: int, batch: int, stop_file: str) -> int:
    services = Services.for_database(open_database(Path(db_path), role))
    transport = open_transport(url)
    engine = SyncEngine(services.db, transport, page_size=7)  # small pages: many pull calls
    syncs = 0
    if role.startswith("writer"):
        services.rounds.plan_round(2026)
        meeting = services.meetings.find(services.rounds.find_by_year(2026).id,
                                         "205" if role.endswith("1") else "290")
        for n in range(rounds):
            for k in range(batch):
                services.feedback.add(meeting.id, FeedbackKind.QUESTION, f"{role}-{n}-{k}")
            engine.run()
            syncs += 1
    else:
        while not Path(stop_file).exists():
            engine.run()
            syncs += 1
        engine.run()
    transport.close()
    print(syncs)
    return 0


if __name__ == "__main__":
    role, db_path, url, rounds, batch, stop_file = sys.argv[1:7]
    sys.exit(main(role, db_path, url, int(rounds), int(batch), stop_file))
