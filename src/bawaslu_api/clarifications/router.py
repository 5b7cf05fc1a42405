"""HTTP surface of clarification: ``/v1/reports/{id}/clarifications``."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.assignments import repository as assignments
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import (
    ImpossibleDate,
    InvalidTransition,
    ReportNotFound,
    StaleVersion,
    UnknownReference,
)
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clarifications import presenters, repository, service
from bawaslu_api.clarifications.errors import (
    ClarificationConflict,
    ClarificationNotFound,
    InvalidOutcome,
    InvitationLeadTime,
    OnlineNotAllowed,
    OutsideDecisionClock,
)
from bawaslu_api.clarifications.models import ClarificationSession
from bawaslu_api.clarifications.schemas import (
    Agenda,
    AgendaItem,
    CancellationIn,
    ClarificationSessionIn,
    ClarificationSessionList,
    ClarificationSessionOut,
    OutcomeIn,
    ReceiptIn,
)
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.offices import scope
from bawaslu_api.security.dependencies import AUTH_ERRORS, Handler, Staff
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.timeline.service import record_read

router = APIRouter(prefix="/v1/reports/{report_id}/clarifications", tags=["clarifications"])

ACTION_ERRORS = (
    *AUTH_ERRORS,
    ReportNotFound,
    InvalidTransition,
    StaleVersion,
    UnknownReference,
    ImpossibleDate,
)


def minutes_visible(principal: Principal) -> bool:
    """Who reads the minutes' content (Form B.12, personal and confidential): those who
    work cases, not viewers or machine clients."""
    return principal.has_role(Role.handler, Role.commissioner, Role.admin)


async def _one(
    session: DbSession,
    loaded: Loaded,
    sess: ClarificationSession,
    response: Response,
    principal: Principal,
) -> ClarificationSessionOut:
    response.headers["ETag"] = etag(loaded.report.version)
    (out,) = await presenters.present(
        session, loaded, [sess], minutes_visible=minutes_visible(principal)
    )
    return out


@router.post(
    "",
    status_code=201,
    summary="Schedule a clarification session and invite persons",
    responses={
        **problem_responses(
            *ACTION_ERRORS,
            InvitationLeadTime,
            OutsideDecisionClock,
            OnlineNotAllowed,
            ClarificationConflict,
            IdempotencyKeyReused,
            validation=True,
        ),
        201: headers("Location"),
    },
)
async def clarifications_schedule(
    report_id: uuid.UUID,
    body: ClarificationSessionIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> ClarificationSessionOut:
    """A session (date and time, place) for one or more of the reporter, reported parties,
    witnesses and experts (Perbawaslu 7/2022 Art. 28(1)); `online` only with a ground of the
    regulation's list (`geography`, `security`, `facilities`, `disaster`) and a recording
    (Art. 28(2)-(3), 29(4)). Each invitee gets an invitation (Form B.9) with its channel
    and attempt number (2 after a no-show, Art. 29(5)); a person invited to a session not
    yet held is 409 `clarification_conflict`.

    Refused with 422 `invitation_lead_time` when an invitation sent at `sent_at` (default:
    now or `occurred_at`) cannot reach the person at least 1 Hari before the session
    (Art. 29(1)-(4); calendar or working day: policy `clarification.invitation_day`), with
    422 `impossible_date` for a session in the past, and with 422 `outside_decision_clock`
    after the case's decision is due (the clock keeps running; `decision_due_at` is in the
    response). Registered cases only (409 otherwise). Timeline `clarification_scheduled`,
    webhook `clarification.scheduled`. Handlers."""

    async def create() -> ClarificationSessionOut:
        loaded = await cases.for_action(
            session, report_id, principal, if_match, grant=assignments.read_grant(principal)
        )
        sess = await service.schedule(session, principal, loaded, body)
        return await _one(session, loaded, sess, response, principal)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body,
        ClarificationSessionOut, create, status_code=201,
        location=lambda out: f"/v1/reports/{report_id}/clarifications/{out.id}",
    )  # fmt: skip


@router.get(
    "",
    summary="The clarification sessions of a case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def clarifications_list(
    report_id: uuid.UUID, session: DbSession, principal: Staff
) -> ClarificationSessionList:
    """Every session, by date, with its invitations, receipts, attendance, oaths and minutes,
    and the case's decision `due_at`. Names are shown; contact data never (see `/persons`)."""
    loaded = await cases.load(
        session, report_id, principal, grant=assignments.read_grant(principal)
    )
    await record_read(session, principal.subject, report_id, sensitive=loaded.report.sensitive)
    sessions = await repository.sessions_of(session, report_id)
    return ClarificationSessionList(
        items=await presenters.present(
            session, loaded, sessions, minutes_visible=minutes_visible(principal)
        )
    )


@router.get(
    "/{session_id}",
    summary="One clarification session",
    responses=problem_responses(
        *AUTH_ERRORS, ReportNotFound, ClarificationNotFound, validation=True
    ),
)
async def clarifications_get(
    report_id: uuid.UUID,
    session_id: uuid.UUID,
    session: DbSession,
    principal: Staff,
    response: Response,
) -> ClarificationSessionOut:
    """The session with its invitations and outcome."""
    loaded = await cases.load(
        session, report_id, principal, grant=assignments.read_grant(principal)
    )
    await record_read(session, principal.subject, report_id, sensitive=loaded.report.sensitive)
    sess = await repository.get_session(session, report_id, session_id)
    return await _one(session, loaded, sess, response, principal)


@router.post(
    "/{session_id}/receipts",
    summary="Record that an invitation reached the person",
    responses=problem_responses(
        *ACTION_ERRORS,
        ClarificationNotFound,
        InvitationLeadTime,
        ClarificationConflict,
        validation=True,
    ),
)
async def clarifications_receipt(
    report_id: uuid.UUID,
    session_id: uuid.UUID,
    body: ReceiptIn,
    session: DbSession,
    principal: Handler,
    response: Response,
    if_match: IfMatchOptional = None,
) -> ClarificationSessionOut:
    """Proof of receipt of one invitee's invitation (Form B.9): when, by whom, and
    optionally an evidence item of the case (the signed receipt). Refused with 422
    `invitation_lead_time` when it arrived less than 1 Hari before the session or after it
    (Perbawaslu 7/2022 Art. 29(1)-(4)): reschedule the session. Timeline
    `clarification_invitation_received`, webhook `clarification.invitation_received`.
    Handlers."""
    loaded = await cases.for_action(
        session, report_id, principal, if_match, grant=assignments.read_grant(principal)
    )
    sess = await service.record_receipt(session, principal, loaded, session_id, body)
    return await _one(session, loaded, sess, response, principal)


@router.post(
    "/{session_id}/outcome",
    summary="Record who came, oaths and minutes",
    responses=problem_responses(
        *ACTION_ERRORS,
        ClarificationNotFound,
        InvalidOutcome,
        ClarificationConflict,
        validation=True,
    ),
)
async def clarifications_outcome(
    report_id: uuid.UUID,
    session_id: uuid.UUID,
    body: OutcomeIn,
    session: DbSession,
    principal: Handler,
    response: Response,
    if_match: IfMatchOptional = None,
) -> ClarificationSessionOut:
    """One result per invitee: `attended` or `absent`; the oath or promise `taken` or
    `refused` (Form B.10, experts B.11; refusing does not stop the session; an absent
    person cannot be sworn: 422 `invalid_outcome`); for a person present the minutes (Form
    B.12: questions and answers, read back, signed) and optionally the signed scan as an
    evidence item of the case (Perbawaslu 7/2022 Art. 30). Not before the session's time
    (422 `impossible_date`). A person absent can be invited again (attempt 2, Art. 29(5));
    `may_proceed_without` says when the analysis may go on without them (policy
    `clarification.invitations_before_proceeding`). Timeline `clarification_held`, webhook
    `clarification.held`. Handlers."""
    loaded = await cases.for_action(
        session, report_id, principal, if_match, grant=assignments.read_grant(principal)
    )
    sess = await service.record_outcome(session, principal, loaded, session_id, body)
    return await _one(session, loaded, sess, response, principal)


@router.post(
    "/{session_id}/cancellation",
    summary="Call off a session not yet held",
    responses=problem_responses(
        *ACTION_ERRORS, ClarificationNotFound, ClarificationConflict, validation=True
    ),
)
async def clarifications_cancel(
    report_id: uuid.UUID,
    session_id: uuid.UUID,
    body: CancellationIn,
    session: DbSession,
    principal: Handler,
    response: Response,
    if_match: IfMatchOptional = None,
) -> ClarificationSessionOut:
    """With a reason, e.g. an invitation that could not reach the person 1 Hari ahead
    (Perbawaslu 7/2022 Art. 29(1)-(4)): its invitees can then be invited to another session
    (a cancelled invitation is not a missed one). A session held or already cancelled is
    409 `clarification_conflict`. Timeline `clarification_cancelled`, webhook
    `clarification.cancelled`. Handlers."""
    loaded = await cases.for_action(
        session, report_id, principal, if_match, grant=assignments.read_grant(principal)
    )
    sess = await service.cancel(session, principal, loaded, session_id, body)
    return await _one(session, loaded, sess, response, principal)


agenda_router = APIRouter(prefix="/v1/clarifications", tags=["clarifications"])


@agenda_router.get(
    "",
    summary="Clarification sessions of your jurisdiction in a period",
    responses=problem_responses(*AUTH_ERRORS, UnknownReference, validation=True),
)
async def clarifications_agenda(
    session: DbSession,
    principal: Staff,
    start: Annotated[datetime, Query(alias="from", description="From (inclusive).")],
    end: Annotated[datetime, Query(alias="to", description="To (exclusive).")],
    office: Annotated[str | None, Query(max_length=32, description="An office's subtree.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> Agenda:
    """The office's agenda, e.g. this week's clarifications: every session scheduled in
    `[from, to)` of the cases in your jurisdiction (or `office`'s subtree inside it),
    soonest first, with the case's office and register number and how many were invited;
    no names. Any staff role."""
    path = principal.office_path
    if office is not None:
        path = await scope.office_path_by_code(session, office, error=UnknownReference)
        if not scope.sees(principal, path):
            return Agenda(items=[])
    rows = await repository.agenda(session, path, start, end, limit)
    return Agenda(
        items=[
            AgendaItem(
                session_id=sess.id,
                report_id=sess.report_id,
                office=code,
                register_number=number,
                scheduled_at=sess.scheduled_at,
                mode=sess.mode,
                place=sess.place,
                status=sess.status,
                invitees=invited,
            )
            for sess, code, number, invited in rows
        ]
    )
