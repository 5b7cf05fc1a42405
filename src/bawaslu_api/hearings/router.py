"""HTTP surface of administrative hearings: ``/v1/reports/{id}/hearings`` (docs/procedure.md,
"Administrative hearings")."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ImpossibleDate, InvalidTransition, ReportNotFound, StaleVersion
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.hearings import service
from bawaslu_api.hearings.errors import (
    AgendaOutOfOrder,
    HearingInputInvalid,
    NoPanel,
    NotAHearingCase,
)
from bawaslu_api.hearings.schemas import HearingOut, HearingSessionIn, HearingSessionOut, PanelIn
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.security.dependencies import AUTH_ERRORS, Handler, Staff
from bawaslu_api.timeline.service import record_read

router = APIRouter(prefix="/v1/reports/{report_id}/hearings", tags=["hearings"])

STEP_ERRORS = (
    *AUTH_ERRORS,
    ReportNotFound,
    StaleVersion,
    NotAHearingCase,
    InvalidTransition,
    HearingInputInvalid,
    ImpossibleDate,
    IdempotencyKeyReused,
)


@router.get(
    "",
    summary="The case's administrative hearing record",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def hearings_get(
    report_id: uuid.UUID, session: DbSession, principal: Staff, response: Response
) -> HearingOut:
    """The panel, every session with its minutes (ADM.BA-SP) and transcript (ADM.RISALAH),
    the preliminary decision, the agendas a session may have now, the decision clock the
    sessions run inside and the policy on absent parties. Any staff role of an office whose
    subtree holds the case (otherwise 404); never public."""
    loaded = await cases.load(session, report_id, principal)
    await record_read(session, principal.subject, report_id, sensitive=loaded.report.sensitive)
    response.headers["ETag"] = etag(loaded.report.version)
    return await service.record_of(session, loaded)


@router.post(
    "/panel",
    summary="Form (or recompose) the examining panel",
    responses={**problem_responses(*STEP_ERRORS, validation=True), 200: headers("ETag")},
)
async def hearings_panel(
    report_id: uuid.UUID,
    body: PanelIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> HearingOut:
    """The majelis pemeriksa (Perbawaslu 8/2022 Art. 13-15): the chair of the Bawaslu level
    presiding, its members, the secretary who signs the minutes of every session and the
    clerk who writes the transcript (Art. 14). A registered administrative case of a pemilu
    only (409 `not_a_hearing_case`, `invalid_transition`). Handlers."""

    async def form() -> HearingOut:
        loaded = await service.for_step(session, report_id, principal, if_match)
        await service.form_panel(session, principal, loaded, body)
        await session.flush()
        response.headers["ETag"] = etag(loaded.report.version)
        return await service.record_of(session, loaded)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, HearingOut,
        form, status_code=200,
    )  # fmt: skip


@router.post(
    "/sessions",
    status_code=201,
    summary="Record a hearing session",
    responses={
        **problem_responses(*STEP_ERRORS, NoPanel, AgendaOutOfOrder, validation=True),
        201: headers("Location", "ETag"),
    },
)
async def hearings_session(
    report_id: uuid.UUID,
    body: HearingSessionIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> HearingSessionOut:
    """A session by agenda, in order: preliminary examination, preliminary decision (the
    grounds tested; admitted only if all are met), then, if admitted, the report read, the
    answer, evidence, witnesses and experts, conclusions, and the final decision read in
    public (409 `agenda_out_of_order` otherwise). Its minutes (ADM.BA-SP) are required,
    as text or an evidence item of the case; the transcript (ADM.RISALAH) likewise. A party
    absent: the session is recorded as adjourned when policy
    `hearings.adjourn_when_party_absent` is true (default), and its agenda is held again.
    A session after the decision clock's due time is recorded with `late: true`.
    Handlers."""

    async def create() -> HearingSessionOut:
        loaded = await service.for_step(session, report_id, principal, if_match)
        row = await service.record_session(session, principal, loaded, body)
        await session.flush()
        response.headers["ETag"] = etag(loaded.report.version)
        return service.session_out(row)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, HearingSessionOut,
        create, status_code=201,
        location=lambda out: f"/v1/reports/{report_id}/hearings#session-{out.number}",
    )  # fmt: skip
