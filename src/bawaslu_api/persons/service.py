"""Persons in a case: the witnesses (saksi) and experts (ahli) heard beside the reporter
and the reported parties (Perbawaslu 7/2022 Art. 28(1); docs/legal/procedure.md §1.1 row 1).

Their contact data (address, phone, e-mail) are personal data, protected like the
reporter's: masked in every response (``cases.masking``), revealed only to commissioners
and admins with a reason, which goes on the case's access log and timeline; never in a
public response, a timeline event or a webhook payload.

A witness named on the report form at intake (``report_identity.witnesses``) stays there,
as intake stored it; the office makes it a person of the case with ``intake_witness`` (its
position), which copies what intake knew and links the two.

The helpers every step of a case shares (load and lock with ``If-Match``, the lifecycle
check, the version bump) live in ``cases.repository`` (``for_action``, ``require``,
``touch``); :func:`touch` here also flushes, for the clarification steps that answer with
the new ``ETag``.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.cases.masking import mask_address, mask_email, mask_phone
from bawaslu_api.cases.models import Report
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.db.base import uuid7
from bawaslu_api.errors import FieldError
from bawaslu_api.i18n import Text
from bawaslu_api.persons import repository
from bawaslu_api.persons.errors import IntakeWitnessTaken
from bawaslu_api.persons.models import CasePerson, PersonRole
from bawaslu_api.persons.schemas import (
    IntakeWitnessOut,
    PersonIn,
    PersonList,
    PersonOut,
    PersonPatch,
)
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event, record_access
from bawaslu_api.webhooks import outbox
from bawaslu_api.webhooks.models import EventType

ACTION = "persons"
"""The lifecycle action (``bawaslu_rules.TRANSITIONS``) of adding and correcting persons."""

# ---------------------------------------------------------------- shared by the steps


async def touch(session: AsyncSession, report: Report) -> None:
    """A new version of the case (its ``ETag``), flushed: a step changed what belongs to it."""
    cases.touch(report)
    await session.flush()


# ---------------------------------------------------------------- presentation


def person_out(person: CasePerson) -> PersonOut:
    """The person with address, phone and e-mail masked (like the reporter's)."""
    return PersonOut(
        id=person.id,
        role=person.role,
        name=person.name,
        address=mask_address(person.address),
        phone=mask_phone(person.phone),
        email=mask_email(person.email),
        expertise=person.expertise,
        intake_witness=person.intake_witness,
        created_at=person.created_at,
        created_by=person.created_by,
    )


def _intake_witnesses(loaded: Loaded) -> list[dict[str, Any]]:
    return list(loaded.identity.witnesses) if loaded.identity is not None else []


async def list_persons(session: AsyncSession, loaded: Loaded) -> PersonList:
    persons = await repository.of_case(session, loaded.report.id)
    made = {p.intake_witness: p.id for p in persons if p.intake_witness is not None}
    return PersonList(
        items=[person_out(p) for p in persons],
        intake_witnesses=[
            IntakeWitnessOut(
                index=i,
                name=str(w.get("name", "")),
                address=mask_address(str(w.get("address", ""))),
                phone=mask_phone(str(w.get("phone", ""))),
                person_id=made.get(i),
            )
            for i, w in enumerate(_intake_witnesses(loaded))
        ],
    )


# ---------------------------------------------------------------- actions


async def add(
    session: AsyncSession, principal: Principal, loaded: Loaded, body: PersonIn
) -> CasePerson:
    """A witness or expert of the case; from intake's witness ``intake_witness`` if given
    (422 ``unknown_reference`` when intake named no such witness, 409
    ``intake_witness_taken`` when it is already a person)."""
    report = loaded.report
    cases.require(report, ACTION)
    name, address, phone = body.name, body.address, body.phone
    if body.intake_witness is not None:
        witnesses = _intake_witnesses(loaded)
        if body.intake_witness >= len(witnesses):
            raise UnknownReference(
                Text(
                    "Formulir laporan menyebut {count} saksi; tidak ada saksi nomor {index}.",
                    "The report form names {count} witnesses; there is no witness {index}.",
                ),
                fields=[
                    FieldError(
                        ("intake_witness",),
                        "unknown_intake_witness",
                        Text("Saksi tidak dikenal.", "No such intake witness."),
                    )
                ],
                count=len(witnesses),
                index=body.intake_witness,
            )
        taken = await repository.by_intake_witness(session, report.id, body.intake_witness)
        if taken is not None:
            raise IntakeWitnessTaken(
                Text(
                    "Saksi nomor {index} sudah dicatat sebagai orang {person}.",
                    "Intake witness {index} is already person {person}.",
                ),
                index=body.intake_witness,
                person=taken.id,
            )
        witness = witnesses[body.intake_witness]
        name = name if name is not None else str(witness.get("name", ""))
        address = address if address is not None else str(witness.get("address", ""))
        phone = phone if phone is not None else str(witness.get("phone", ""))
    person = CasePerson(
        id=uuid7(),
        report_id=report.id,
        role=body.role,
        name=name or "",
        address=address or "",
        phone=phone or "",
        email=body.email or "",
        expertise=body.expertise if body.role is PersonRole.expert else "",
        intake_witness=body.intake_witness,
        created_by=principal.subject,
    )
    session.add(person)
    await session.flush()
    await touch(session, report)
    summary = {
        "id": str(person.id),
        "role": person.role.value,
        "intake_witness": person.intake_witness,
    }
    # No personal data on the timeline (every staff member reads it) nor in webhooks.
    await append_event(session, report.id, principal.subject, "person_added", summary)
    await outbox.emit(session, EventType.person_added, report, {"person": summary})
    return person


async def update(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    person_id: uuid.UUID,
    body: PersonPatch,
) -> CasePerson:
    """Correct a person's name, contact data or expertise; the timeline names the fields
    changed, never their values."""
    report = loaded.report
    cases.require(report, ACTION)
    person = await repository.get(session, report.id, person_id)
    changed: list[str] = []
    for field in sorted(body.model_fields_set):
        value = getattr(body, field)
        if value is None:
            value = ""
        if field == "name" and not value:
            continue
        if getattr(person, field) != value:
            setattr(person, field, value)
            changed.append(field)
    await session.flush()
    await touch(session, report)
    summary = {"id": str(person.id), "role": person.role.value}
    await append_event(
        session, report.id, principal.subject, "person_updated", {**summary, "fields": changed}
    )
    await outbox.emit(
        session, EventType.person_updated, report, {"person": summary, "fields": changed}
    )
    return person


async def reveal(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded,
    person_id: uuid.UUID,
    reason: str,
) -> CasePerson:
    """The person's unmasked contact data, with the reason on the access log and the
    timeline (as the reporter's reveal)."""
    person = await repository.get(session, loaded.report.id, person_id)
    await record_access(session, principal.subject, loaded.report.id, "reveal_person", reason)
    await append_event(
        session,
        loaded.report.id,
        principal.subject,
        "personal_data_revealed",
        {"reason": reason, "person": str(person.id), "role": person.role.value},
    )
    return person
