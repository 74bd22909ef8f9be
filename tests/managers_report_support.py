"""A managers' meeting filled the way the secretary fills it, for the agenda, minutes, follow-up
list, CLI and menu tests: the year planned, meeting 6/2026 with an agreement, meeting 7/2026 with
attendance, an expert, three matters (one continued from 6/2026, one brought from a negotiation,
one carried on to 8/2026), notes and agreements."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.enums import Attendance, AttendeeRole, FeedbackKind, MatterRaiser
from desktop_app.services import Services

MANAGERS = ["Aino Ahonen", "Bertta Backman", "Cecilia Carlsson", "Daniel Dahl", "Eero Esko",
            "Fanni Forsman", "Gunnar Grön", "Heikki Hyvönen"]
MARKS = [Attendance.PRESENT, Attendance.PRESENT, Attendance.REMOTE, Attendance.ABSENT,
         Attendance.PRESENT, Attendance.REMOTE, Attendance.PRESENT, Attendance.PRESENT]


@dataclass(frozen=True)
class Filled:
    meeting_id: str        # 7/2026
    previous_id: str       # 6/2026
    next_id: str           # 8/2026
    feedback_id: str       # the Kuhmo advocacy target brought onto 7/2026


def fill_managers_year(services: Services) -> Filled:
    meetings = services.managers.plan_year(2026)
    by_number = {record.number: record for record in meetings}
    six, seven, eight = by_number[6], by_number[7], by_number[8]
    agenda, attendance = services.agenda, services.attendance

    # 6/2026: a matter with an agreement long overdue and one in progress, carried on to 7/2026
    rail = agenda.add(six.id, "Raideyhteyden rahoitus", raised_by=MatterRaiser.COUNCIL,
                      presenter="Pentti Malinen", description="Kajaani–Oulu-radan sähköistyksen rahoitus.")
    services.followups.add_agreement(rail.id, owner="Pentti Malinen", due_date="1.6.2026",
                                     description="Selvitetään valtion rahoitusosuus")
    work = services.followups.add_agreement(rail.id, owner="Anne Huotari", due_date="1.12.2099",
                                            description="Kootaan kuntien kannanotot")
    services.followups.set_status(work.id, "in_progress")
    services.agenda.carry_forward(rail.id)

    # a negotiation's advocacy target, later brought onto the agenda of 7/2026
    round_ = services.rounds.plan_round(2026)
    kuhmo = services.meetings.find(round_.id, "290")
    target = services.feedback.add(kuhmo.id, FeedbackKind.ADVOCACY_TARGET,
                                   "Valtatie 76 Kuhmo–Sotkamo kuntoon ennen vuotta 2030")

    services.managers.update_details(seven.id, chair="Pentti Malinen", secretary="Riikka Kemppainen",
                                     place="Kainuun liitto, Kajaani (Kauppakatu 1)")
    people = attendance.prefill(seven.id)
    managers = [p for p in people if p.role == AttendeeRole.MANAGER]
    for attendee, name, mark in zip(managers, MANAGERS, MARKS, strict=False):
        attendance.update(attendee.id, name=name, attendance=mark)
    council = next(p for p in people if p.role == AttendeeRole.COUNCIL)
    attendance.update(council.id, name="Pentti Malinen", attendance=Attendance.PRESENT)

    matters = agenda.detail(seven.id).matters
    continued = matters[0]  # the rail matter, continued from 6/2026
    agenda.update(continued.id, notes="Rahoitusosuus selvisi: valtio 70 %, kunnat 30 %.",
                  presenter="Pentti Malinen")
    services.followups.add_agreement(continued.id, owner="Pentti Malinen", due_date="15.9.2026",
                                     description="Valmistellaan yhteinen lausunto ministeriölle")
    programme = agenda.add(seven.id, "Maakuntaohjelman toimeenpanosuunnitelma 2027–2028",
                           raised_by=MatterRaiser.COUNCIL, presenter="Riikka Kemppainen",
                           description="Toimeenpanosuunnitelman luonnos ja kuntien painotukset.")
    agenda.update(programme.id, notes="Kunnat toivovat painotusta elinvoimaan ja saavutettavuuteen.")
    services.followups.add_agreement(programme.id, owner="Riikka Kemppainen", due_date="30.9.2026",
                                     description="Kootaan kuntien painotukset suunnitelmaan")
    attendance.add(seven.id, "Mikko Mäkelä", AttendeeRole.EXPERT, organisation="Business Finland",
                   title="asiantuntija", matter_id=programme.id, attendance=Attendance.REMOTE)
    call = agenda.add(seven.id, "EU-rahoitushaku 2027", raised_by=MatterRaiser.THIRD_PARTY,
                      raised_by_name="Pohjois-Pohjanmaan ELY-keskus", presenter="Anne Huotari",
                      description="Haun aikataulu ja kuntien hankeideat.")
    agenda.update(call.id, notes="Aikataulu tiukka; palataan seuraavassa kokouksessa.")
    agenda.carry_forward(call.id)
    agenda.bring_feedback(target.id, seven.id)
    return Filled(meeting_id=seven.id, previous_id=six.id, next_id=eight.id, feedback_id=target.id)
