"""HTTP surface of the analysis and the plenary of a case (docs/procedure.md).

Routes live under ``/v1/reports/{id}``: the case is loaded and locked in the caller's
jurisdiction first (outside it, the case does not exist: 404). ``If-Match`` of the
analysis' steps is the analysis' ETag (its ``revision``); that of creating the first draft
and of recording a plenary is the case's ETag. Creating POSTs accept ``Idempotency-Key``.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api import idempotency
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ImpossibleDate, InvalidTransition, ReportNotFound, StaleVersion
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.db.uow import DbSession
from bawaslu_api.deliberation import service
from bawaslu_api.deliberation.errors import (
    AnalysisConflict,
    AnalysisIncomplete,
    InvalidAnalysis,
    InvalidPlenary,
    QuorumNotMet,
    StaleAnalysis,
)
from bawaslu_api.deliberation.models import CaseAnalysis, CasePlenary
from bawaslu_api.deliberation.schemas import (
    AnalysisHistory,
    AnalysisIn,
    AnalysisOut,
    PlenaryIn,
    PlenaryList,
    PlenaryOut,
    SupersessionIn,
)
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.conditional import IfMatchOptional, etag
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.security.dependencies import AUTH_ERRORS, Commissioner, Handler, Staff
from bawaslu_api.security.principals import Principal

router = APIRouter(prefix="/v1/reports/{report_id}", tags=["deliberation"])

READ_ERRORS = (*AUTH_ERRORS, ReportNotFound)
STEP_ERRORS = (*READ_ERRORS, InvalidTransition, AnalysisConflict, StaleAnalysis)


async def _case(
    session: AsyncSession, report_id: uuid.UUID, principal: Principal, if_match: str | None = None
) -> Loaded:
    """The case, locked, in the caller's jurisdiction; ``if_match`` is the case's ETag."""
    loaded = await cases.load(session, report_id, principal, for_update=True)
    cases.check_version(loaded.report, if_match)
    return loaded


def analysis_out(analysis: CaseAnalysis) -> AnalysisOut:
    return AnalysisOut.model_validate(analysis, from_attributes=True)


def _answer(response: Response, analysis: CaseAnalysis) -> AnalysisOut:
    response.headers["ETag"] = etag(analysis.revision)
    return analysis_out(analysis)


def plenary_out(plenary: CasePlenary) -> PlenaryOut:
    return PlenaryOut.model_validate(plenary, from_attributes=True)


@router.get(
    "/analysis",
    summary="Read the case's analysis and its versions",
    responses=problem_responses(*READ_ERRORS, validation=True),
)
async def analysis_get(
    report_id: uuid.UUID, session: DbSession, principal: Staff, response: Response
) -> AnalysisHistory:
    """The current version (`current`, null before a draft exists) with its ETag, and every
    version, oldest first. Any staff role in the case's jurisdiction."""
    await cases.load(session, report_id, principal)
    every = await service.versions(session, report_id)
    now = next((a for a in every if a.status.value != "superseded"), None)
    if now is not None:
        response.headers["ETag"] = etag(now.revision)
    return AnalysisHistory(
        current=analysis_out(now) if now else None, versions=[analysis_out(a) for a in every]
    )


@router.post(
    "/analysis",
    status_code=201,
    summary="Start the case's analysis (kajian dugaan pelanggaran) as a draft",
    responses={
        **problem_responses(
            *STEP_ERRORS, StaleVersion, InvalidAnalysis, IdempotencyKeyReused, validation=True
        ),
        201: headers("Location"),
    },
)
async def analysis_create(
    report_id: uuid.UUID,
    body: AnalysisIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> AnalysisOut:
    """One analysis per registered case (Perbawaslu 7/2022 Art. 36(1); docs/legal/
    procedure.md §1.1 row 7): case summary, parties, evidence (items of this case: 422
    `invalid_analysis` naming each other id), facts and analysis, conclusion,
    recommendation. A draft may be partial. 409 `analysis_conflict` when the case has one.
    `If-Match`: the case's ETag. Handlers."""

    async def create() -> AnalysisOut:
        loaded = await _case(session, report_id, principal, if_match)
        return _answer(response, await service.create(session, principal, loaded, body))

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, AnalysisOut,
        create, status_code=201, location=lambda out: f"/v1/reports/{report_id}/analysis",
    )  # fmt: skip


@router.put(
    "/analysis",
    summary="Revise the draft analysis",
    responses=problem_responses(*STEP_ERRORS, InvalidAnalysis, validation=True),
)
async def analysis_revise(
    report_id: uuid.UUID,
    body: AnalysisIn,
    session: DbSession,
    principal: Handler,
    response: Response,
    if_match: IfMatchOptional = None,
) -> AnalysisOut:
    """Replaces the draft's content (a new revision and ETag). A final or approved version
    is never edited: 409 `analysis_conflict` (supersede it instead). `If-Match`: the
    analysis' ETag (412 `stale_analysis`). Handlers."""
    loaded = await _case(session, report_id, principal)
    return _answer(response, await service.revise(session, principal, loaded, body, if_match))


@router.post(
    "/analysis/finalization",
    summary="Make the draft analysis final",
    responses=problem_responses(*STEP_ERRORS, AnalysisIncomplete, validation=True),
)
async def analysis_finalize(
    report_id: uuid.UUID,
    session: DbSession,
    principal: Handler,
    response: Response,
    if_match: IfMatchOptional = None,
) -> AnalysisOut:
    """The draft becomes final and is not edited again; 422 `analysis_incomplete` naming
    each empty part (summary, parties, facts and analysis, conclusion, recommendation).
    `If-Match`: the analysis' ETag. Handlers."""
    loaded = await _case(session, report_id, principal)
    return _answer(response, await service.finalize(session, principal, loaded, if_match))


@router.post(
    "/analysis/approval",
    summary="Approve the final analysis",
    responses=problem_responses(*STEP_ERRORS, validation=True),
)
async def analysis_approve(
    report_id: uuid.UUID,
    session: DbSession,
    principal: Commissioner,
    response: Response,
    if_match: IfMatchOptional = None,
) -> AnalysisOut:
    """A commissioner approves the final version (409 for a draft): the plenary decides on
    it. `If-Match`: the analysis' ETag. Commissioners."""
    loaded = await _case(session, report_id, principal)
    return _answer(response, await service.approve(session, principal, loaded, if_match))


@router.post(
    "/analysis/supersession",
    status_code=201,
    summary="Supersede the final analysis with a new draft",
    responses={
        **problem_responses(*STEP_ERRORS, IdempotencyKeyReused, validation=True),
        201: headers("Location"),
    },
)
async def analysis_supersede(
    report_id: uuid.UUID,
    body: SupersessionIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> AnalysisOut:
    """The final (or approved) version is kept as superseded, with the reason; a new draft
    starts from its content. Only while the case is not decided (409 `invalid_transition`
    after). A plenary held on the old version no longer supports a decision. `If-Match`:
    the analysis' ETag. Handlers."""

    async def create() -> AnalysisOut:
        loaded = await _case(session, report_id, principal)
        new = await service.supersede(session, principal, loaded, body, if_match)
        return _answer(response, new)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, AnalysisOut,
        create, status_code=201, location=lambda out: f"/v1/reports/{report_id}/analysis",
    )  # fmt: skip


@router.get(
    "/plenaries",
    summary="List the case's plenary meetings",
    responses=problem_responses(*READ_ERRORS, validation=True),
)
async def plenaries_list(report_id: uuid.UUID, session: DbSession, principal: Staff) -> PlenaryList:
    """Oldest first; the decision follows the last. Any staff role."""
    await cases.load(session, report_id, principal)
    return PlenaryList(items=[plenary_out(p) for p in await service.plenaries(session, report_id)])


@router.post(
    "/plenaries",
    status_code=201,
    summary="Record the plenary meeting (rapat pleno) that decided the case's status",
    responses={
        **problem_responses(
            *STEP_ERRORS,
            StaleVersion,
            InvalidPlenary,
            QuorumNotMet,
            ImpossibleDate,
            IdempotencyKeyReused,
            validation=True,
        ),
        201: headers("Location"),
    },
)
async def plenaries_create(
    report_id: uuid.UUID,
    body: PlenaryIn,
    session: DbSession,
    principal: Commissioner,
    request: Request,
    response: Response,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> PlenaryOut:
    """The minutes: when, the members present (exactly one chairs), the outcome (the status
    decided, with its category and legal basis), on the case's approved analysis (409
    `analysis_conflict` otherwise). The members present must make the quorum of the
    deployment's `plenary_quorum` policy, counted from `members_in_office` (422
    `quorum_not_met` naming it; the rule was not found, docs/legal/procedure.md §1.1 row 8).
    A later decision must match the latest plenary. `If-Match`: the case's ETag.
    Commissioners."""

    async def create() -> PlenaryOut:
        loaded = await _case(session, report_id, principal, if_match)
        return plenary_out(await service.record_plenary(session, principal, loaded, body))

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, PlenaryOut,
        create, status_code=201,
        location=lambda out: f"/v1/reports/{report_id}/plenaries",
    )  # fmt: skip
