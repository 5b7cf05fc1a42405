"""User use cases: list, read, create, disable and reset passwords, within the admin's
subtree. Every change writes an auth event in the same transaction."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import OfficeOutsideJurisdiction, UnknownOffice
from bawaslu_api.offices.models import Office
from bawaslu_api.pagination import decode_id_cursor, encode_id_cursor
from bawaslu_api.security import passwords
from bawaslu_api.security.audit import audit
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.security.refresh import revoke_user_tokens
from bawaslu_api.users.errors import (
    CannotDisableSelf,
    UsernameTaken,
    UserNotFound,
)
from bawaslu_api.users.models import StaffUser
from bawaslu_api.users.schemas import UserCreate, UserOut, UserPage

_NOT_FOUND = Text("Pengguna {id} tidak ada.", "No user {id}.")


def user_out(user: StaffUser, office_code: str, *, now: datetime | None = None) -> UserOut:
    locked = user.locked_until
    if locked is not None and now is not None and locked <= now:
        locked = None  # the lockout has expired
    return UserOut(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        office=office_code,
        roles=sorted(Role(r) for r in user.roles),
        disabled=user.disabled_at is not None,
        disabled_at=user.disabled_at,
        locked_until=locked,
        last_login_at=user.last_login_at,
        created_at=user.created_at,
        version=user.version,
    )


async def office_in_scope(session: AsyncSession, principal: Principal, code: str) -> Office:
    """The office ``code`` if the admin's jurisdiction covers it: 422 when unknown, 403 when
    above or beside the admin's office."""
    return await scope.office_in_scope(
        session, principal, code, unknown=UnknownOffice, outside=OfficeOutsideJurisdiction
    )


async def _load(
    session: AsyncSession, principal: Principal, user_id: uuid.UUID, *, for_update: bool = False
) -> tuple[StaffUser, str]:
    query = (
        select(StaffUser, Office.code)
        .join(Office, Office.id == StaffUser.office_id)
        .where(StaffUser.id == user_id, scope.within(principal.office_path, StaffUser.office_path))
    )
    if for_update:
        query = query.with_for_update(of=StaffUser)
    row = (await session.execute(query)).one_or_none()
    if row is None:
        raise UserNotFound(_NOT_FOUND, id=user_id)
    return row[0], row[1]


async def get_user(
    session: AsyncSession, principal: Principal, user_id: uuid.UUID, *, now: datetime
) -> UserOut:
    user, code = await _load(session, principal, user_id)
    return user_out(user, code, now=now)


async def list_users(
    session: AsyncSession,
    principal: Principal,
    *,
    office: str | None,
    role: Role | None,
    include_disabled: bool,
    cursor: str | None,
    limit: int,
    now: datetime,
) -> UserPage:
    """Users of the admin's subtree in creation order (UUIDv7 keyset pages)."""
    query = (
        select(StaffUser, Office.code)
        .join(Office, Office.id == StaffUser.office_id)
        .where(scope.within(principal.office_path, StaffUser.office_path))
        .order_by(StaffUser.id)
        .limit(limit + 1)
    )
    if office is not None:
        subtree = await office_in_scope(session, principal, office)
        query = query.where(scope.within(subtree.path, StaffUser.office_path))
    if role is not None:
        query = query.where(StaffUser.roles.contains([role.value]))
    if not include_disabled:
        query = query.where(StaffUser.disabled_at.is_(None))
    if cursor:
        query = query.where(StaffUser.id > decode_id_cursor(cursor))
    rows = (await session.execute(query)).all()
    items = [user_out(user, code, now=now) for user, code in rows[:limit]]
    more = len(rows) > limit
    return UserPage(
        items=items, next_cursor=encode_id_cursor(items[-1].id) if more and items else None
    )


async def create_user(
    session: AsyncSession, principal: Principal, body: UserCreate, *, now: datetime
) -> UserOut:
    """A new account. Admins may grant any role to users of their subtree (docs/security.md)."""
    office = await office_in_scope(session, principal, body.office)
    taken = (
        await session.execute(select(StaffUser.id).where(StaffUser.username == body.username))
    ).scalar_one_or_none()
    if taken is not None:
        raise UsernameTaken(
            Text("Nama pengguna {name} sudah dipakai.", "Username {name} is taken."),
            name=body.username,
        )
    roles = sorted({r.value for r in body.roles})
    user = StaffUser(
        username=body.username,
        display_name=body.display_name,
        office_id=office.id,
        office_path=office.path,
        roles=roles,
        password_hash=await passwords.hash_password_async(body.password),
        password_changed_at=now,
        failed_logins=0,
        created_by=principal.subject,
    )
    session.add(user)
    await session.flush()
    await audit(
        session,
        actor=principal.subject,
        action="user_created",
        subject=user.username,
        office=office.code,
        roles=roles,
    )
    await session.refresh(user)
    return user_out(user, office.code, now=now)


async def disable_user(
    session: AsyncSession,
    principal: Principal,
    user_id: uuid.UUID,
    *,
    reason: str,
    now: datetime,
) -> UserOut:
    """Disable an account: no more logins, and every refresh token is revoked. Access
    tokens already issued expire within ``BAWASLU_JWT_ACCESS_TTL_S``."""
    user, code = await _load(session, principal, user_id, for_update=True)
    if user.username == principal.subject:
        raise CannotDisableSelf(
            Text("Minta admin lain menonaktifkan akun Anda.", "Ask another admin to do it.")
        )
    if user.disabled_at is None:
        user.disabled_at = now
        user.disabled_by = principal.subject
        await revoke_user_tokens(session, user.id, reason="disabled", now=now)
        await audit(
            session, actor=principal.subject, action="user_disabled", subject=user.username,
            reason=reason,
        )  # fmt: skip
        await session.flush()
    return user_out(user, code, now=now)


async def reset_password(
    session: AsyncSession,
    principal: Principal,
    user_id: uuid.UUID,
    *,
    password: str,
    now: datetime,
) -> UserOut:
    """Set a new password, clear a lockout and end the user's sessions."""
    user, code = await _load(session, principal, user_id, for_update=True)
    user.password_hash = await passwords.hash_password_async(password)
    user.password_changed_at = now
    user.failed_logins = 0
    user.locked_until = None
    await revoke_user_tokens(session, user.id, reason="password_reset", now=now)
    await audit(session, actor=principal.subject, action="password_reset", subject=user.username)
    await session.flush()
    return user_out(user, code, now=now)


async def find_by_username(session: AsyncSession, username: str) -> StaffUser | None:
    """The account named ``username`` (operators' CLI)."""
    return (
        await session.execute(select(StaffUser).where(StaffUser.username == username.lower()))
    ).scalar_one_or_none()
