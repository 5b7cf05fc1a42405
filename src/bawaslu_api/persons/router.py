"""HTTP surface of the persons of a case: ``/v1/reports/{id}/persons``."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import (
    InvalidTransition,
    ReportNotFound,
    StaleVersion,
    UnknownReference,
)
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.persons import repository, service
from bawaslu_api.persons.errors import IntakeWitnessTaken, PersonNotFound
from bawaslu_api.persons.schemas import (
    PersonIn,
    PersonList,
    PersonOut,
    PersonPatch,
    PersonRevealIn,
    RevealedPerson,
)
from bawaslu_api.security.dependencies import AUTH_ERRORS, Handler, Staff, require_roles
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.timeline.service import record_read

router = APIRouter(prefix="/v1/reports/{report_id}/persons", tags=["persons"])

Revealer = Annotated[Principal, Depends(require_roles(Role.commissioner, Role.admin))]

ACTION_ERRORS = (*AUTH_ERRORS, ReportNotFound, InvalidTransition, StaleVersion)


@router.post(
    "",
    status_code=201,
    summary="Add a witness or expert to a case",
    responses={
        **problem_responses(
            *ACTION_ERRORS,
            UnknownReference,
            IntakeWitnessTaken,
            IdempotencyKeyReused,
            validation=True,
        ),
        201: headers("Location", "ETag"),
    },
)
async def persons_add(
    report_id: uuid.UUID,
    body: PersonIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> PersonOut:
    """A witness (saksi) or expert (ahli) heard beside the reporter and the reported parties
    (Perbawaslu 7/2022 Art. 28(1)), with contact data that every response masks like the
    reporter's. `intake_witness` makes a witness named on the report form at intake a
    person of the case (its name, address and phone are taken from there). Allowed until
    the decision (received, completion requested, registered; 409 otherwise). On the
    timeline (`person_added`, without personal data) and webhook `person.added`. The
    response's `ETag` is the case's new version. Handlers."""

    async def create() -> PersonOut:
        loaded = await cases.for_action(session, report_id, principal, if_match)
        person = await service.add(session, principal, loaded, body)
        response.headers["ETag"] = etag(loaded.report.version)
        return service.person_out(person)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, PersonOut,
        create, status_code=201,
        location=lambda out: f"/v1/reports/{report_id}/persons/{out.id}",
    )  # fmt: skip


@router.get(
    "",
    summary="The witnesses and experts of a case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def persons_list(report_id: uuid.UUID, session: DbSession, principal: Staff) -> PersonList:
    """Every person of the case (address, phone and e-mail masked), and the witnesses named
    at intake with the person each became (`person_id`, null when not added yet)."""
    loaded = await cases.load(session, report_id, principal)
    await record_read(session, principal.subject, report_id, sensitive=loaded.report.sensitive)
    return await service.list_persons(session, loaded)


@router.get(
    "/{person_id}",
    summary="One witness or expert of a case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, PersonNotFound, validation=True),
)
async def persons_get(
    report_id: uuid.UUID, person_id: uuid.UUID, session: DbSession, principal: Staff
) -> PersonOut:
    """The person, contact data masked."""
    loaded = await cases.load(session, report_id, principal)
    await record_read(session, principal.subject, report_id, sensitive=loaded.report.sensitive)
    return service.person_out(await repository.get(session, report_id, person_id))


@router.patch(
    "/{person_id}",
    summary="Correct a witness's or expert's record",
    responses={
        **problem_responses(*ACTION_ERRORS, PersonNotFound, validation=True),
        200: headers("ETag"),
    },
)
async def persons_update(
    report_id: uuid.UUID,
    person_id: uuid.UUID,
    body: PersonPatch,
    session: DbSession,
    principal: Handler,
    response: Response,
    if_match: IfMatchOptional = None,
) -> PersonOut:
    """Name, address, phone, e-mail or expertise. The timeline (`person_updated`) and the
    webhook `person.updated` name the fields changed, never their values. Handlers."""
    loaded = await cases.for_action(session, report_id, principal, if_match)
    person = await service.update(session, principal, loaded, person_id, body)
    response.headers["ETag"] = etag(loaded.report.version)
    return service.person_out(person)


@router.post(
    "/{person_id}/reveal",
    summary="Reveal a witness's or expert's contact data",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, PersonNotFound, validation=True),
)
async def persons_reveal(
    report_id: uuid.UUID,
    person_id: uuid.UUID,
    body: PersonRevealIn,
    session: DbSession,
    principal: Revealer,
) -> RevealedPerson:
    """Unmasked address, phone and e-mail. Needs a stated reason; the reveal is recorded on
    the case's access log (`reveal_person`) and timeline (`personal_data_revealed`), as the
    reporter's. Commissioners and admins only."""
    loaded = await cases.for_action(session, report_id, principal, None)
    person = await service.reveal(session, principal, loaded, person_id, body.reason)
    return RevealedPerson(
        id=person.id,
        role=person.role,
        name=person.name,
        address=person.address,
        phone=person.phone,
        email=person.email,
    )
