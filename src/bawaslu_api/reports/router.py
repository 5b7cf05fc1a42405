"""HTTP surface of the case workflow: intake, explicit actions, reads, deadlines, timeline."""

from __future__ import annotations

import inspect
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api import idempotency
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import (
    OutsideJurisdiction,
    ReportNotFound,
    RuleNotApplicable,
    StaleVersion,
    UnknownReference,
)
from bawaslu_api.db.uow import DbSession
from bawaslu_api.deadlines.clocks import deadline_out
from bawaslu_api.deliberation.errors import PlenaryMismatch, PlenaryRequired
from bawaslu_api.errors import DomainError, language, problem_responses
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.reports import classification, intake, presenters, queries, service
from bawaslu_api.reports.errors import (
    CompletionExpired,
    ImpossibleDate,
    InvalidTransition,
    NothingToCorrect,
    NotRegistrable,
)
from bawaslu_api.reports.filters import report_filter
from bawaslu_api.reports.presenters import row_out, timeline_event_out
from bawaslu_api.reports.reads import (
    ReportFilter,
    fetch_page,
    fetch_report,
    page_out,
    read_connection,
)
from bawaslu_api.reports.schemas import (
    AccessEntry,
    AccessLog,
    AnnouncementIn,
    ChainVerification,
    ClassificationIn,
    CompletionIn,
    CompletionRequestIn,
    CorrectionIn,
    DecisionIn,
    ExtensionIn,
    ForwardingIn,
    PreliminaryInformationIn,
    ReclassificationIn,
    RegistrationIn,
    RejectionIn,
    ReportCreate,
    ReportCreated,
    ReportDeadlineList,
    ReportOut,
    ReportPage,
    RevealedIdentity,
    RevealIn,
    SensitivityIn,
    Timeline,
    TransferIn,
    WithdrawalIn,
    WitnessOut,
)
from bawaslu_api.security.dependencies import (
    AUTH_ERRORS,
    Commissioner,
    Handler,
    Staff,
    require_roles,
)
from bawaslu_api.security.principals import Principal, Role

router = APIRouter(prefix="/v1/reports", tags=["reports"])

IfMatch = IfMatchOptional
ACTION_ERROR_TYPES = (
    *AUTH_ERRORS,
    ReportNotFound,
    InvalidTransition,
    StaleVersion,
    UnknownReference,
    ImpossibleDate,
)


async def _respond(
    session: DbSession,
    request: Request,
    response: Response,
    report_id: uuid.UUID,
    principal: Any,
) -> ReportOut:
    loaded = await queries.get(session, principal, report_id)
    response.headers["ETag"] = etag(loaded.report.version)
    return presenters.report_out(loaded, language(request))


@router.post(
    "",
    status_code=201,
    summary="Receive a report (laporan) or record a finding (temuan)",
    responses={
        **problem_responses(
            *AUTH_ERRORS,
            OutsideJurisdiction,
            UnknownReference,
            RuleNotApplicable,
            ImpossibleDate,
            IdempotencyKeyReused,
            validation=True,
        ),
        201: headers("Location", "ETag", "Content-Language", "Vary"),
    },
)
async def reports_create(
    body: ReportCreate,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> ReportCreated:
    """Stores the case, runs the admissibility check of bawaslu_rules and starts the clocks.
    The response carries the verdict with every failed requirement and the running deadlines.
    Impossible dates (`received_at`, `known_on` or `incident.date` in the future, `known_on`
    before `incident.date`, either after the receipt) are refused with 422 `impossible_date`
    naming each field. Handlers, commissioners and admins of an office in whose jurisdiction
    `office` lies."""

    async def create() -> ReportCreated:
        received = await intake.intake(session, principal, body)
        out = presenters.report_out(received.loaded, language(request))
        deadlines = [deadline_out(d) for d in sorted(received.deadlines, key=lambda d: d.due_at)]
        response.headers["ETag"] = etag(received.loaded.report.version)
        return ReportCreated(
            **out.model_dump(), deadlines=deadlines, receipt_code=received.receipt_code
        )

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, ReportCreated,
        create, status_code=201, location=lambda created: f"/v1/reports/{created.id}",
    )  # fmt: skip


@router.post(
    "/{report_id}/finding",
    status_code=201,
    summary="Set a finding from this report (preliminary information)",
    responses={**problem_responses(
        *ACTION_ERROR_TYPES, OutsideJurisdiction, RuleNotApplicable, IdempotencyKeyReused,
        validation=True,
    ), 201: headers("Location", "ETag", "Content-Language", "Vary")},
)  # fmt: skip
async def reports_to_finding(
    report_id: uuid.UUID,
    body: PreliminaryInformationIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatch = None,
    idempotency_key: IdempotencyKey = None,
) -> ReportCreated:
    """A report the office did not register (e.g. late: informasi awal,
    docs/legal/procedure.md §5) becomes the starting point of a finding: a new case of kind
    finding with the report's facts and no reporter, discovered on `discovered_on` (its
    `finding.set` clock runs from that date), with its own initial review, linked from the
    report as `preliminary_information`. Answers with the new finding. Handlers."""

    async def create() -> ReportCreated:
        loaded = await cases.for_action(session, report_id, principal, if_match)
        made = await service.to_finding(session, principal, loaded, body)
        out = presenters.report_out(made.loaded, language(request))
        deadlines = [deadline_out(d) for d in sorted(made.deadlines, key=lambda d: d.due_at)]
        response.headers["ETag"] = etag(made.loaded.report.version)
        return ReportCreated(**out.model_dump(), deadlines=deadlines, receipt_code=None)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, ReportCreated,
        create, status_code=201, location=lambda created: f"/v1/reports/{created.id}",
    )  # fmt: skip


@router.get(
    "",
    summary="List reports in your jurisdiction",
    responses=problem_responses(*AUTH_ERRORS, UnknownReference, InvalidCursor, validation=True),
)
async def reports_list(
    request: Request,
    principal: Staff,
    filters: Annotated[ReportFilter, Depends(report_filter)],
    sort: Annotated[str, Query(pattern="^-?received_at$")] = "-received_at",
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ReportPage:
    """Keyset-paginated (`cursor` from `next_cursor`), newest first by default. Reporter
    names are masked. `stage` and `subject` filter by the classification (`stage=none`:
    cases without a stage). Any staff role; only your office's subtree."""
    # The connection goes back to the pool before the response is built. The read replica
    # may serve the list, unless it has not replayed the caller's own last write yet.
    async with read_connection(request, replica=True) as conn:
        rows = await fetch_page(
            conn, principal, filters, cursor=cursor, limit=limit, newest_first=sort.startswith("-")
        )
    return page_out(rows, limit)


@router.get(
    "/{report_id}",
    summary="Read one report",
    responses={
        **problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
        200: headers("Content-Language", "Vary"),
    },
)
async def reports_get(
    report_id: uuid.UUID, principal: Staff, request: Request, response: Response
) -> ReportOut:
    """The case with its admissibility result; personal data masked. Any staff role of an
    office whose subtree holds the case (otherwise 404)."""
    # The connection goes back to the pool before the response is built.
    async with read_connection(request) as conn:
        row = await fetch_report(conn, report_id, principal)
    response.headers["ETag"] = etag(row["version"])
    return row_out(row, language(request))


@router.patch(
    "/{report_id}",
    summary="Correct the recorded facts of a case",
    responses=problem_responses(
        *ACTION_ERROR_TYPES, RuleNotApplicable, NothingToCorrect, validation=True
    ),
)
async def reports_correct(
    report_id: uuid.UUID,
    body: CorrectionIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatch = None,
) -> ReportOut:
    """Staff correct what was recorded wrongly: the description, the incident (only the
    given fields of it), the date known, the reported parties, with a reason. Each changed
    field is on the timeline with before and after. Before registration the initial review
    runs again and a corrected date known recomputes the filing clock; after registration
    the date known, the incident date and the reported parties are fixed (409 naming
    them); after the decision nothing is corrected (409). Handlers."""
    return await _act(
        session, request, response, report_id, principal, if_match, service.correct, body
    )


@router.get(
    "/{report_id}/deadlines",
    summary="Deadlines of a report",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def reports_deadlines(
    report_id: uuid.UUID, session: DbSession, principal: Staff
) -> ReportDeadlineList:
    """Every clock of the case (pending, met, missed, waived) with rule, basis and confidence."""
    return ReportDeadlineList(
        items=[deadline_out(d) for d in await queries.deadlines(session, principal, report_id)]
    )


@router.get(
    "/{report_id}/timeline",
    summary="Timeline of a report",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def reports_timeline(report_id: uuid.UUID, session: DbSession, principal: Staff) -> Timeline:
    """Every event (who, when, what changed), oldest first. Events are append-only. `at`
    is when the event was entered, `occurred_at` when the step happened (they differ for a
    case entered after the fact)."""
    events = await queries.events(session, principal, report_id)
    return Timeline(items=[timeline_event_out(e) for e in events])


@router.get(
    "/{report_id}/timeline/verify",
    summary="Verify the timeline's hash chain",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def reports_timeline_verify(
    report_id: uuid.UUID, session: DbSession, principal: Staff
) -> ChainVerification:
    """Recomputes the chain; `valid: false` names the first broken event."""
    events, (valid, seq, reason) = await queries.verify(session, principal, report_id)
    return ChainVerification(valid=valid, events=events, first_broken_seq=seq, reason=reason)


async def _act(
    session: DbSession,
    request: Request,
    response: Response,
    report_id: uuid.UUID,
    principal: Any,
    if_match: str | None,
    action: Any,
    body: Any = None,
) -> ReportOut:
    loaded = await cases.for_action(session, report_id, principal, if_match)
    if body is None:
        await action(session, principal, loaded)
    else:
        await action(session, principal, loaded, body)
    await session.flush()
    return await _respond(session, request, response, report_id, principal)


def _action_route(
    path: str,
    name: str,
    action: Any,
    *,
    body: type[BaseModel] | None,
    principal: Any,
    summary: str,
    doc: str,
    errors: tuple[type[DomainError], ...] = (),
    body_optional: bool = False,
) -> None:
    """Register ``POST /v1/reports/{id}<path>``: load and lock the case in the caller's
    jurisdiction, check ``If-Match``, run ``action``, answer with the case.

    Every action has this same shape; only the body model, the role dependency and the
    service function differ, so one function builds them. FastAPI reads the endpoint's
    parameters from ``__signature__``. ``body_optional``: the body may be left out.
    """

    async def endpoint(
        *,
        report_id: uuid.UUID,
        session: AsyncSession,
        principal: Principal,
        request: Request,
        response: Response,
        if_match: str | None = None,
        body: BaseModel | None = None,
    ) -> ReportOut:
        return await _act(session, request, response, report_id, principal, if_match, action, body)

    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [
        inspect.Parameter("report_id", keyword, annotation=uuid.UUID),
        *(
            [
                inspect.Parameter(
                    "body",
                    keyword,
                    # Not "| None": an optional body is one that may be left out, not
                    # a JSON null (generated clients then send nothing when not given).
                    annotation=body,
                    default=None if body_optional else inspect.Parameter.empty,
                )
            ]
            if body is not None
            else []
        ),
        inspect.Parameter("session", keyword, annotation=DbSession),
        inspect.Parameter("principal", keyword, annotation=principal),
        inspect.Parameter("request", keyword, annotation=Request),
        inspect.Parameter("response", keyword, annotation=Response),
        inspect.Parameter("if_match", keyword, annotation=IfMatch, default=None),
    ]
    endpoint.__signature__ = inspect.Signature(parameters, return_annotation=ReportOut)  # type: ignore[attr-defined]
    endpoint.__name__ = endpoint.__qualname__ = name
    endpoint.__doc__ = doc
    router.add_api_route(
        "/{report_id}" + path,
        endpoint,
        methods=["POST"],
        name=name,
        summary=summary,
        response_model=ReportOut,
        responses={
            **problem_responses(*ACTION_ERROR_TYPES, *errors, validation=True),
            200: headers("ETag", "Content-Language", "Vary"),
        },
    )


_action_route(
    "/completion-requests",
    "reports_request_completion",
    service.request_completion,
    body=CompletionRequestIn,
    principal=Handler,
    summary="Ask the reporter to complete the report",
    doc="Notice to complete: starts `report.completion` from the notice's receipt.",
)
_action_route(
    "/completions",
    "reports_complete",
    service.complete,
    body=CompletionIn,
    principal=Handler,
    errors=(CompletionExpired, RuleNotApplicable),
    summary="Record the reporter's additions",
    doc="Applies the additions and re-runs the admissibility check. After the case's\n"
    "`report.completion` clock has passed (at `occurred_at` when given) the additions are\n"
    "refused with 409 `completion_expired` naming the clock: a report not completed in time\n"
    "is not registered (Perbawaslu 7/2022 Art. 15(3)-(4)); record it with a rejection\n"
    "(reason `completion_expired`). A clock extended (`due_at`) or waived by a deadline\n"
    "override does not expire.",
)
_action_route(
    "/registration",
    "reports_register",
    service.register,
    body=RegistrationIn,
    body_optional=True,
    principal=Handler,
    errors=(NotRegistrable, CompletionExpired),
    summary="Register the report",
    doc="Allocates the next register number of the office, kind and year (of `occurred_at`\n"
    "when given) and starts the decision clock. Only a `registrable` report can be\n"
    "registered (409 `not_registrable` otherwise); a report whose `report.completion` clock\n"
    "expired is not registered (409 `completion_expired`, Perbawaslu 7/2022 Art. 15(3)-(4)).",
)
_action_route(
    "/rejection",
    "reports_reject",
    service.reject,
    body=RejectionIn,
    principal=Handler,
    summary="Do not register the report",
    doc="Tidak diregistrasi, with reason codes (`completion_expired`: not completed within\n"
    "`report.completion`, Perbawaslu 7/2022 Art. 15(3)-(4)).",
)
_action_route(
    "/reclassification",
    "reports_reclassify",
    service.reclassify,
    body=ReclassificationIn,
    principal=Handler,
    errors=(RuleNotApplicable,),
    summary="Change the kind of violation (before registration)",
    doc="E.g. a report of an administrative violation against a party outside the closed "
    "list of Perbawaslu 8/2022 Art. 8 (verdict `not_administrative`): the office handles it "
    "as another kind. The initial review runs again and its verdict is on the case; clocks "
    "already running are unchanged. Handlers.",
)
_action_route(
    "/classification",
    "reports_classify",
    classification.classify,
    body=ClassificationIn,
    principal=Handler,
    errors=(NothingToCorrect,),
    summary="Classify the case: election stage and subjects",
    doc="An officer sets the election stage of the incident (`stage_set_by: officer`, kept\n"
    "when the incident date is corrected) or returns it to the stage derived from the\n"
    'election\'s calendar and the incident date (`"stage": null`), and/or replaces the\n'
    "subjects (codes of `GET /v1/rules/classification`; `[]` clears them). A field left out\n"
    "stays as it is. 422 naming `stage` or `subjects.i` for an unknown code, 422\n"
    "`nothing_to_correct` when nothing changes. Allowed in every status (it classifies the\n"
    "case for reporting; no clock moves). On the timeline as `classified` with before and\n"
    "after. Handlers.",
)
_action_route(
    "/withdrawal",
    "reports_withdraw",
    service.withdraw,
    body=WithdrawalIn,
    principal=Handler,
    summary="Withdraw the report (before registration)",
    doc="Dicabut. After registration a withdrawal does not stop the handling (409).",
)
_action_route(
    "/extension",
    "reports_extend",
    service.extend,
    body=ExtensionIn,
    principal=Handler,
    errors=(RuleNotApplicable,),
    summary="Extend the decision deadline",
    doc="More information is needed: `case.decision` gives way to `case.decision_extended`.",
)
_action_route(
    "/decision",
    "reports_decide",
    service.decide,
    body=DecisionIn,
    principal=Commissioner,
    errors=(PlenaryRequired, PlenaryMismatch),
    summary="Decide the case's status",
    doc="Violation (administrative, ethics, crime, other law) or not a violation, as the\n"
    "latest plenary meeting decided it (docs/legal/procedure.md §1.1 row 8): 409\n"
    "`plenary_required` when no plenary is recorded or its analysis was superseded since,\n"
    "409 `plenary_mismatch` when the outcome or category differs from the plenary's. Not\n"
    "before the plenary (`occurred_at`). Commissioners.",
)


@router.post(
    "/{report_id}/forwardings",
    summary="Forward a violation",
    responses=problem_responses(*ACTION_ERROR_TYPES, IdempotencyKeyReused, validation=True),
)
async def reports_forward(
    report_id: uuid.UUID,
    body: ForwardingIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatch = None,
    idempotency_key: IdempotencyKey = None,
) -> ReportOut:
    """To KPU, DKPP, the police (Sentra Gakkumdu) or a named agency; starts their clocks.
    A retry with the same `Idempotency-Key` returns the first response instead of recording
    the forwarding twice."""
    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, ReportOut,
        lambda: _act(
            session, request, response, report_id, principal, if_match, service.forward, body
        ),
        status_code=200,
    )  # fmt: skip


_action_route(
    "/announcement",
    "reports_announce",
    service.announce,
    body=AnnouncementIn,
    principal=Commissioner,
    summary="Announce the status in public",
    doc="Pengumuman status: public, without the reporter's personal data; it shows the\n"
    "status the plenary decided (the decision follows the plenary). Commissioners.",
)
_action_route(
    "/transfer",
    "reports_transfer",
    service.transfer,
    body=TransferIn,
    principal=Handler,
    summary="Delegate or take over a case",
    doc="Moves the case to another office in your subtree; clocks keep running.",
)


Revealer = Annotated[Principal, Depends(require_roles(Role.commissioner, Role.admin))]


@router.post(
    "/{report_id}/reporter/reveal",
    summary="Reveal the reporter's and witnesses' personal data",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def reports_reveal_reporter(
    report_id: uuid.UUID, body: RevealIn, session: DbSession, principal: Revealer
) -> RevealedIdentity:
    """Unmasked NIK, address, phone, e-mail and witnesses. Needs a stated reason; the reveal
    is recorded on the case's access log and timeline. Commissioners and admins only."""
    loaded = await cases.for_action(session, report_id, principal, None)
    identity = await service.reveal(session, principal, loaded, body.reason)
    return RevealedIdentity(
        category=identity.reporter_category,
        name=identity.name,
        nik=identity.nik,
        address=identity.address,
        phone=identity.phone,
        email=identity.email,
        witnesses=[WitnessOut(**w) for w in identity.witnesses],
    )


@router.post(
    "/{report_id}/sensitivity",
    summary="Mark a case sensitive (reads are then logged)",
    responses=problem_responses(
        *AUTH_ERRORS, ReportNotFound, StaleVersion, UnknownReference, validation=True
    ),
)
async def reports_set_sensitivity(
    report_id: uuid.UUID,
    body: SensitivityIn,
    session: DbSession,
    principal: Revealer,
    request: Request,
    response: Response,
    if_match: IfMatch = None,
) -> ReportOut:
    """Every read of a sensitive case by staff is recorded (who, what, when). Commissioners
    and admins."""

    async def _set(session: Any, principal: Any, loaded: Any, body: SensitivityIn) -> None:
        await service.set_sensitivity(session, principal, loaded, body.sensitive, body.reason)

    return await _act(session, request, response, report_id, principal, if_match, _set, body)


@router.get(
    "/{report_id}/access-log",
    summary="Who read, revealed or exported the case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def reports_access_log(
    report_id: uuid.UUID, session: DbSession, principal: Revealer
) -> AccessLog:
    """Reads of sensitive cases and every reveal of personal data. Commissioners and admins."""
    return AccessLog(
        items=[
            AccessEntry(subject=a.subject, action=a.action, reason=a.reason, at=a.at)
            for a in await queries.access_log(session, principal, report_id)
        ]
    )
