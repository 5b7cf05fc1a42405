"""Machine clients (OAuth2 client credentials), managed by admins within their subtree."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from bawaslu_api.clients import service
from bawaslu_api.clients.errors import ClientNotFound
from bawaslu_api.clients.schemas import ClientCreate, ClientCreated, ClientList, ClientOut
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.http.declare import headers
from bawaslu_api.offices.errors import OfficeOutsideJurisdiction, UnknownOffice
from bawaslu_api.security.dependencies import AUTH_ERRORS, Admin, Now

router = APIRouter(prefix="/v1/clients", tags=["clients"])


@router.get("", summary="List machine clients", responses=problem_responses(*AUTH_ERRORS))
async def clients_list(
    session: DbSession,
    principal: Admin,
    include_revoked: Annotated[bool, Query(description="Also revoked clients.")] = False,
) -> ClientList:
    """Clients bound to the admin's office or an office below it. Admins only."""
    return await service.list_clients(session, principal, include_revoked=include_revoked)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a machine client",
    responses={
        **problem_responses(
            *AUTH_ERRORS, UnknownOffice, OfficeOutsideJurisdiction, validation=True
        ),
        201: headers("Location"),
    },
)
async def clients_create(
    body: ClientCreate, session: DbSession, principal: Admin, response: Response
) -> ClientCreated:
    """A client bound to an office of the admin's subtree with the given scopes. The
    response carries `client_secret` once; only its hash is stored. No `Idempotency-Key`:
    a replay would have to store the secret to show it again."""
    created = await service.create_client(session, principal, body)
    response.headers["Location"] = f"/v1/clients/{created.id}"
    response.headers["Cache-Control"] = "no-store"
    return created


@router.post(
    "/{client_id}/revocation",
    summary="Revoke a machine client",
    responses=problem_responses(*AUTH_ERRORS, ClientNotFound, validation=True),
)
async def clients_revoke(
    client_id: uuid.UUID, session: DbSession, principal: Admin, now: Now
) -> ClientOut:
    """The client can get no more tokens; tokens already issued expire within
    `BAWASLU_JWT_ACCESS_TTL_S`. Revoking a revoked client changes nothing."""
    return await service.revoke_client(session, principal, client_id, now=now)
