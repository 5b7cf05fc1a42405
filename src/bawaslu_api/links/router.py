"""Related cases: ``/v1/reports/{id}/links``."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.links import service
from bawaslu_api.links.errors import LinkExists, LinkToItself
from bawaslu_api.links.schemas import LinkIn, LinkList, LinkOut
from bawaslu_api.security.dependencies import AUTH_ERRORS, Handler, Staff

router = APIRouter(prefix="/v1/reports", tags=["reports"])


@router.post(
    "/{report_id}/links",
    status_code=201,
    summary="Link this case to a related one",
    responses=problem_responses(
        *AUTH_ERRORS, ReportNotFound, LinkToItself, LinkExists, IdempotencyKeyReused,
        validation=True,
    ),
)  # fmt: skip
async def reports_link(
    report_id: uuid.UUID,
    body: LinkIn,
    session: DbSession,
    principal: Handler,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> LinkOut:
    """`duplicate`, `same_event`, `joined` (penggabungan: no rule found, practice) or
    `preliminary_information` (a report used as the starting point of a finding,
    docs/legal/procedure.md §5). Both cases must be in your jurisdiction (404 otherwise,
    as for a case that does not exist); the link is on both timelines. Handlers."""

    async def create() -> LinkOut:
        return await service.link(session, principal, report_id, body)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, LinkOut,
        create, status_code=201,
    )  # fmt: skip


@router.get(
    "/{report_id}/links",
    summary="Cases related to this one",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def reports_links(report_id: uuid.UUID, session: DbSession, principal: Staff) -> LinkList:
    """Links both ways; a linked case outside your jurisdiction is left out. Any staff."""
    return LinkList(items=await service.links_of(session, principal, report_id))
