"""Child process for the kill -9 test: writes through the services and reports each commit.

Prints `READY`, then for ever: `ADD <id> <n>` after an item is committed, `EDIT <id> <n>` after its
text was changed. The parent kills it at a random moment and checks every reported line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.errors import NotFoundError
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database


def main(db_path: str, run: int) -> None:
    services = Services.for_database(open_database(Path(db_path), f"kaatuja-{run}"))
    try:
        round_id = services.rounds.find_by_year(2026).id
    except NotFoundError:
        round_id = services.rounds.plan_round(2026).id
    meeting = services.meetings.find(round_id, "290")
    sector_id = services.sectors.find("LII").id
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT,
                                     f"ajo {run} kohta {n} päätös", sector_id=sector_id)
        print(f"ADD {item.id} {n}", flush=True)
        services.feedback.update(item.id, text=f"ajo {run} kohta {n} päätös muokattu ✓")
        print(f"EDIT {item.id} {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
