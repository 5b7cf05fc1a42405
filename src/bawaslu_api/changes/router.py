"""``GET /v1/changes``: the changes feed of the caller's jurisdiction (offline clients)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from bawaslu_api.changes import service
from bawaslu_api.changes.errors import CursorExpired
from bawaslu_api.changes.schemas import ChangesPage
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import language, problem_responses
from bawaslu_api.pagination import InvalidCursor
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff

router = APIRouter(prefix="/v1/changes", tags=["changes"])


@router.get(
    "",
    summary="Changes in your jurisdiction since a cursor (offline sync)",
    responses=problem_responses(*AUTH_ERRORS, InvalidCursor, CursorExpired, validation=True),
)
async def changes_list(
    request: Request,
    session: DbSession,
    principal: Staff,
    since: Annotated[
        str | None,
        Query(
            max_length=200,
            description="The `next_cursor` of your last sync; without it, everything in your "
            "jurisdiction from the beginning.",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> ChangesPage:
    """The cases, clocks, timeline events and evidence metadata of your office's subtree
    that changed since `since`, oldest change first, each as its own read shows it now
    (personal data masked) or as `deleted`; a case transferred out of your subtree comes
    as `gone` (drop it and everything of it). Keep `next_cursor` with your cache; `more`
    says whether to ask again at once. A change committed late by a slow transaction is
    never skipped. `since` that is not one of ours: 422 `invalid_cursor`; one this
    database cannot continue (another deployment, a restored database): 410
    `cursor_expired`. In both cases sync again from scratch. Any staff role
    (docs/offline.md)."""
    return await service.page(session, principal, since, limit, language(request))
