"""A carried matter whose continuation is deleted: the original never claims a carry that no
longer exists (the minutes and the agenda read `carried_to`, the live link)."""

from __future__ import annotations

from desktop_app.domain.enums import MatterStatus, MeetingStatus
from desktop_app.services import Services


def test_deleting_the_carried_copy_of_closed_minutes_shows_the_original_open(services: Services) -> None:
    first, _second = services.managers.plan_year(2027)[:2]
    source = services.agenda.add(first.id, "Kesken jäänyt asia")
    copy = services.agenda.carry_forward(source.id)
    services.managers.set_status(first.id, MeetingStatus.CLOSED)
    services.agenda.delete(copy.id)
    detail = services.agenda.detail(first.id)
    assert detail.carried_to == {}
    assert [m.status for m in detail.matters] == [MatterStatus.OPEN]
    assert services.agenda.get(source.id).status == MatterStatus.OPEN
    services.agenda.restore(copy.id)                     # the closed minutes are not written to
    detail = services.agenda.detail(first.id)
    assert detail.carried_to == {source.id: "2/2027"}
    assert [m.status for m in detail.matters] == [MatterStatus.CARRIED]
