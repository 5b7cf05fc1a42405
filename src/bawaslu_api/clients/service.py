"""Machine client use cases: list, create (secret shown once) and revoke, within the
admin's subtree. Every change writes an auth event in the same transaction."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.clients.errors import ClientNotFound
from bawaslu_api.clients.models import ApiClient
from bawaslu_api.clients.schemas import ClientCreate, ClientCreated, ClientList, ClientOut
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import OfficeOutsideJurisdiction, UnknownOffice
from bawaslu_api.offices.models import Office
from bawaslu_api.security import passwords
from bawaslu_api.security.audit import audit
from bawaslu_api.security.principals import Principal, Scope


def client_out(client: ApiClient, office_code: str) -> ClientOut:
    return ClientOut(
        id=client.id,
        client_id=client.client_id,
        name=client.name,
        office=office_code,
        scopes=sorted(Scope(s) for s in client.scopes),
        created_at=client.created_at,
        created_by=client.created_by,
        last_used_at=client.last_used_at,
        revoked_at=client.revoked_at,
    )


async def list_clients(
    session: AsyncSession, principal: Principal, *, include_revoked: bool
) -> ClientList:
    """The clients of the admin's subtree, oldest first (a short list: not paginated)."""
    query = (
        select(ApiClient, Office.code)
        .join(Office, Office.id == ApiClient.office_id)
        .where(scope.within(principal.office_path, ApiClient.office_path))
        .order_by(ApiClient.id)
    )
    if not include_revoked:
        query = query.where(ApiClient.revoked_at.is_(None))
    rows = (await session.execute(query)).all()
    return ClientList(items=[client_out(c, code) for c, code in rows])


async def create_client(
    session: AsyncSession, principal: Principal, body: ClientCreate
) -> ClientCreated:
    """A new client with a fresh 256-bit secret, returned once."""
    office = await scope.office_in_scope(
        session, principal, body.office, unknown=UnknownOffice, outside=OfficeOutsideJurisdiction
    )
    secret = passwords.new_secret()
    scopes = sorted({s.value for s in body.scopes})
    client = ApiClient(
        client_id=f"bwc_{secrets.token_hex(10)}",
        name=body.name,
        office_id=office.id,
        office_path=office.path,
        scopes=scopes,
        secret_hash=passwords.secret_digest(secret),
        created_by=principal.subject,
    )
    session.add(client)
    await session.flush()
    await audit(
        session,
        actor=principal.subject,
        action="client_created",
        subject=f"client:{client.client_id}",
        office=office.code,
        scopes=scopes,
    )
    await session.refresh(client)
    return ClientCreated(**client_out(client, office.code).model_dump(), client_secret=secret)


async def revoke_client(
    session: AsyncSession, principal: Principal, client_id: uuid.UUID | str, *, now: datetime
) -> ClientOut:
    """Revoke a client (by id or ``client_id``): it can get no more tokens; access tokens
    already issued expire within ``BAWASLU_JWT_ACCESS_TTL_S``. Idempotent."""
    key = (
        ApiClient.id == client_id
        if isinstance(client_id, uuid.UUID)
        else (ApiClient.client_id == client_id)
    )
    row = (
        await session.execute(
            select(ApiClient, Office.code)
            .join(Office, Office.id == ApiClient.office_id)
            .where(key, scope.within(principal.office_path, ApiClient.office_path))
            .with_for_update(of=ApiClient)
        )
    ).one_or_none()
    if row is None:
        raise ClientNotFound(Text("Klien {id} tidak ada.", "No client {id}."), id=client_id)
    client, code = row
    if client.revoked_at is None:
        client.revoked_at = now
        client.revoked_by = principal.subject
        await audit(
            session,
            actor=principal.subject,
            action="client_revoked",
            subject=f"client:{client.client_id}",
        )
        await session.flush()
    return client_out(client, code)
