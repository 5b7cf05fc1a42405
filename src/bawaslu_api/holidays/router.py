"""The working-day calendar and operators' corrections to it."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.holidays import service
from bawaslu_api.holidays.errors import OverrideAlreadyRevoked, OverrideNotFound
from bawaslu_api.holidays.schemas import OverrideIn, OverrideList, OverrideOut, YearCalendar
from bawaslu_api.http.declare import PUBLIC
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.security.dependencies import AUTH_ERRORS, NationalAdmin, Staff

router = APIRouter(prefix="/v1/calendar", tags=["calendar"])


@router.get(
    "/overrides",
    summary="Operators' calendar corrections",
    responses=problem_responses(*AUTH_ERRORS),
)
async def calendar_overrides_list(session: DbSession, principal: Staff) -> OverrideList:
    """Every override, active and revoked, with who made it. Any staff role."""
    return OverrideList(
        items=[
            OverrideOut.model_validate(r, from_attributes=True)
            for r in await service.list_overrides(session)
        ]
    )


@router.post(
    "/overrides",
    status_code=201,
    summary="Add or remove a non-working day",
    responses=problem_responses(*AUTH_ERRORS, IdempotencyKeyReused, validation=True),
)
async def calendar_overrides_create(
    body: OverrideIn,
    session: DbSession,
    principal: NationalAdmin,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> OverrideOut:
    """E.g. a voting-day holiday decreed a week before the vote, or a corrected Islamic
    holiday (remove the old date, add the new one). New deadlines use it at once; deadlines
    already running keep the dates they were given (docs/legal/rules.md §1) until an admin
    recomputes them (`POST /v1/deadlines/recompute`). Admins of Bawaslu RI only."""

    async def create() -> OverrideOut:
        added = await service.add_override(session, principal, body)
        return OverrideOut.model_validate(added, from_attributes=True)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, OverrideOut,
        create, status_code=201,
    )  # fmt: skip


@router.post(
    "/overrides/{override_id}/revocation",
    summary="Revoke a calendar correction",
    responses=problem_responses(
        *AUTH_ERRORS, OverrideNotFound, OverrideAlreadyRevoked, validation=True
    ),
)
async def calendar_overrides_revoke(
    override_id: uuid.UUID, session: DbSession, principal: NationalAdmin
) -> OverrideOut:
    """The override stops applying; the record stays. Running deadlines keep their dates
    until recomputed (`POST /v1/deadlines/recompute`). Admins of Bawaslu RI only."""
    return OverrideOut.model_validate(
        await service.revoke_override(session, principal, override_id), from_attributes=True
    )


@router.get(
    "/{year}",
    openapi_extra=PUBLIC,
    summary="Non-working days of a year",
    responses=problem_responses(validation=True),
)
async def calendar_year(
    session: DbSession, year: Annotated[int, Path(ge=2019, le=2100)]
) -> YearCalendar:
    """Holidays, cuti bersama and voting-day holidays with their decrees, overrides applied;
    years beyond the decreed data are marked `provisional`. Public."""
    return await service.year(session, year)
