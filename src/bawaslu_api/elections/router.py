"""Elections: regime, voting day, stage windows and the ruleset version they run under.

Any staff member reads them; only admins of the national office (Bawaslu RI, `ID`) create
or edit them, because an election's calendar and ruleset drive every office's deadlines.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from bawaslu_api import idempotency
from bawaslu_api.db.uow import DbSession
from bawaslu_api.elections import service
from bawaslu_api.elections.errors import (
    AreaOfficeUnknown,
    ElectionNotFound,
    ElectionSlugTaken,
    UnknownRuleset,
    VotingStageMismatch,
)
from bawaslu_api.elections.models import Regime
from bawaslu_api.elections.schemas import ElectionCreate, ElectionList, ElectionOut, ElectionUpdate
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.conditional import PRECONDITION_ERRORS, etag
from bawaslu_api.http.conditional import IfMatchRequired as IfMatch
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.security.dependencies import AUTH_ERRORS, NationalAdmin, Staff

router = APIRouter(prefix="/v1/elections", tags=["elections"])
WRITE_ERRORS = (VotingStageMismatch, UnknownRuleset, AreaOfficeUnknown)


@router.get("", summary="List elections", responses=problem_responses(*AUTH_ERRORS))
async def elections_list(
    session: DbSession,
    principal: Staff,
    regime: Annotated[Regime | None, Query(description="Only elections of this regime.")] = None,
) -> ElectionList:
    """Every election, the latest voting day first (a short list: not paginated). Any staff
    member."""
    del principal
    return await service.list_elections(session, regime=regime)


@router.get(
    "/{slug}",
    summary="Get one election",
    responses=problem_responses(ElectionNotFound, *AUTH_ERRORS),
)
async def elections_get(
    slug: str, session: DbSession, principal: Staff, response: Response
) -> ElectionOut:
    """One election with its stage windows and ruleset version; `ETag: "<version>"`. Any
    staff member."""
    del principal
    election = await service.get_election(session, slug)
    response.headers["ETag"] = etag(election.version)
    return election


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an election (admins of Bawaslu RI)",
    responses={
        **problem_responses(
            ElectionSlugTaken, IdempotencyKeyReused, *WRITE_ERRORS, *AUTH_ERRORS, validation=True
        ),
        201: headers("Location", "ETag"),
    },
)
async def elections_create(
    data: ElectionCreate,
    session: DbSession,
    principal: NationalAdmin,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> ElectionOut:
    """Create an election. Every stage window has `start <= end`; the stages include
    `voting` on exactly the voting day; `ruleset_version` must exist in bawaslu_rules for
    the regime (default: the one in force on voting day). With an `Idempotency-Key`, a
    retry gets the first response (`Idempotent-Replayed: true`)."""
    election = await idempotency.once(
        session, principal.subject, idempotency_key, request, response, data, ElectionOut,
        lambda: service.create_election(session, data),
        status_code=status.HTTP_201_CREATED,
        location=lambda created: f"{router.prefix}/{created.slug}",
    )  # fmt: skip
    response.headers["ETag"] = etag(election.version)
    return election


@router.patch(
    "/{slug}",
    summary="Edit an election (admins of Bawaslu RI)",
    responses={
        **problem_responses(
            ElectionNotFound, *WRITE_ERRORS, *PRECONDITION_ERRORS, *AUTH_ERRORS, validation=True
        ),
        200: headers("ETag"),
    },
)
async def elections_update(
    slug: str,
    changes: ElectionUpdate,
    session: DbSession,
    principal: NationalAdmin,
    expected: IfMatch,
    response: Response,
) -> ElectionOut:
    """Change name, voting day, stages (the whole list), area office or ruleset version.
    Requires `If-Match` with the current ETag (428 without, 412 when stale); the result is
    checked like a new election."""
    del principal
    election = await service.update_election(session, slug, changes, expected_versions=expected)
    response.headers["ETag"] = etag(election.version)
    return election
