"""HTTP surface of Sentra Gakkumdu: ``/v1/reports/{id}/gakkumdu`` (docs/procedure.md,
"Sentra Gakkumdu")."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ImpossibleDate, InvalidTransition, ReportNotFound, StaleVersion
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.gakkumdu import service
from bawaslu_api.gakkumdu.errors import (
    DiscussionOutOfOrder,
    GakkumduInputInvalid,
    NoPoliceForwarding,
    NotAGakkumduCase,
    PoliceReportRecorded,
)
from bawaslu_api.gakkumdu.schemas import (
    DiscussionIn,
    DiscussionOut,
    DossierIn,
    GakkumduOut,
    PoliceReportIn,
)
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.security.dependencies import AUTH_ERRORS, Handler, Staff
from bawaslu_api.timeline.service import record_read

router = APIRouter(prefix="/v1/reports/{report_id}/gakkumdu", tags=["gakkumdu"])

STEP_ERRORS = (
    *AUTH_ERRORS,
    ReportNotFound,
    StaleVersion,
    NotAGakkumduCase,
    InvalidTransition,
    GakkumduInputInvalid,
    ImpossibleDate,
    IdempotencyKeyReused,
)


@router.get(
    "",
    summary="The case's Sentra Gakkumdu record",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def gakkumdu_get(
    report_id: uuid.UUID, session: DbSession, principal: Staff, response: Response
) -> GakkumduOut:
    """The discussions, the dossier checklist (Perbawaslu 3/2023 Art. 27) with what is
    still missing, the police report, whether a third discussion is expected (policy
    `gakkumdu.third_discussion`) and that no time limit per discussion was found. Any
    staff role of an office whose subtree holds the case (otherwise 404)."""
    loaded = await cases.load(session, report_id, principal)
    await record_read(session, principal.subject, report_id, sensitive=loaded.report.sensitive)
    response.headers["ETag"] = etag(loaded.report.version)
    return await service.record_of(session, loaded)


@router.post(
    "/discussions",
    status_code=201,
    summary="Record a Sentra Gakkumdu discussion (pembahasan)",
    responses={
        **problem_responses(*STEP_ERRORS, DiscussionOutOfOrder, validation=True),
        201: headers("Location", "ETag"),
    },
)
async def gakkumdu_discussion(
    report_id: uuid.UUID,
    body: DiscussionIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> DiscussionOut:
    """Pembahasan 1 (after registration: is a crime indicated, which article), 2 (Bawaslu's
    analysis against the police inquiry: forward to investigation or stop) and, only where
    policy `gakkumdu.third_discussion` expects it, 3 (after the forwarding to the police).
    In order: 409 `discussion_out_of_order` for 2 before 1, a number held twice or after a
    discussion that ended the handling; 409 `not_a_gakkumdu_case` for a case neither
    registered as criminal nor decided as a crime; 409 `invalid_transition` in the wrong
    status; 422 naming `participants` unless Bawaslu, the police and the prosecutors each
    took part (Perbawaslu 3/2023 Art. 1(2)), `articles` when a crime is indicated without
    its provision. No time limit per discussion was found (LOW): none is applied.
    Handlers."""

    async def create() -> DiscussionOut:
        loaded = await service.for_step(session, report_id, principal, if_match)
        row = await service.record_discussion(session, principal, loaded, body)
        await session.flush()
        response.headers["ETag"] = etag(loaded.report.version)
        return service.discussion_out(row)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, DiscussionOut,
        create, status_code=201,
        location=lambda out: f"/v1/reports/{report_id}/gakkumdu#discussion-{out.number}",
    )  # fmt: skip


@router.post(
    "/dossier",
    summary="Tick documents of the dossier handed to the police",
    responses={**problem_responses(*STEP_ERRORS, validation=True), 200: headers("ETag")},
)
async def gakkumdu_dossier(
    report_id: uuid.UUID,
    body: DossierIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> GakkumduOut:
    """Each document of Perbawaslu 3/2023 Art. 27 (cover letter, inquiry assignment, ...,
    inquiry administration) ticked, with an optional evidence item of the case (422 naming
    `items.<n>.evidence_id` otherwise); `included: false` removes a tick. Answers with the
    whole record (`dossier.complete`, `dossier.missing`). Handlers."""

    async def tick() -> GakkumduOut:
        loaded = await service.for_step(session, report_id, principal, if_match)
        await service.tick_dossier(session, principal, loaded, body)
        await session.flush()
        response.headers["ETag"] = etag(loaded.report.version)
        return await service.record_of(session, loaded)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, GakkumduOut,
        tick, status_code=200,
    )  # fmt: skip


@router.post(
    "/police-report",
    status_code=201,
    summary="Record the police report number and the police's receipt",
    responses={
        **problem_responses(
            *STEP_ERRORS, NoPoliceForwarding, PoliceReportRecorded, validation=True
        ),
        201: headers("ETag"),
    },
)
async def gakkumdu_police_report(
    report_id: uuid.UUID,
    body: PoliceReportIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> GakkumduOut:
    """After the forwarding to the police (409 `no_police_forwarding` before it): the
    number of the police report the SPKT issued, who received the file and when (not
    before the forwarding was sent), and the complainant (the reporter; for a finding the
    supervisor). Once (409 `police_report_recorded`). Where the forwarding did not give the
    receipt, `crime.investigation` starts from it. Handlers."""

    async def create() -> GakkumduOut:
        loaded = await service.for_step(session, report_id, principal, if_match)
        await service.record_police_report(session, principal, loaded, body)
        await session.flush()
        response.headers["ETag"] = etag(loaded.report.version)
        return await service.record_of(session, loaded)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, GakkumduOut,
        create, status_code=201,
    )  # fmt: skip
