"""Issuing tokens: password and refresh grants for staff, client credentials for machines,
refresh-token revocation and operator-minted tokens (the audit log: ``security.audit``).

Failed grants that change state (a failure counted, a lockout, a token family revoked) are
flushed before the error is raised; the token route turns the error into a response without
raising, so the unit of work commits that state.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.clients.models import ApiClient
from bawaslu_api.errors import NotFound
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.security import passwords
from bawaslu_api.security.audit import audit
from bawaslu_api.security.errors import (
    CLIENT_FAILED,
    LOGIN_FAILED,
    REFRESH_FAILED,
    InvalidClient,
    InvalidGrant,
    InvalidScope,
)
from bawaslu_api.security.models import RefreshToken
from bawaslu_api.security.principals import Role
from bawaslu_api.security.refresh import revoke_family
from bawaslu_api.security.tokens import KeyRing
from bawaslu_api.settings import Settings
from bawaslu_api.users.models import StaffUser


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    expires_in: int
    scope: str
    refresh_token: str | None = None


def _staff_claims(user: StaffUser, office: Office, roles: list[str]) -> dict[str, Any]:
    return {
        "sub": user.username,
        "uid": str(user.id),
        "kind": "staff",
        "roles": sorted(roles),
        "office": office.code,
        "office_id": str(office.id),
        "office_path": office.path,
    }


def _narrow(requested: str | None, allowed: list[str]) -> list[str]:
    """The requested scope (space-separated) if it is within ``allowed``; all of it if
    nothing was requested."""
    if not requested or not requested.strip():
        return sorted(allowed)
    wanted = set(requested.split())
    if not wanted <= set(allowed):
        raise InvalidScope(
            Text("Scope di luar yang diizinkan: {extra}.", "Scope not granted: {extra}."),
            extra=" ".join(sorted(wanted - set(allowed))),
        )
    return sorted(wanted)


async def _office(session: AsyncSession, office_id: uuid.UUID) -> Office:
    return (await session.execute(select(Office).where(Office.id == office_id))).scalar_one()


async def _issue_staff(
    session: AsyncSession,
    ring: KeyRing,
    settings: Settings,
    user: StaffUser,
    *,
    roles: list[str],
    family_id: uuid.UUID,
    now: datetime,
    expires_at: datetime | None = None,
) -> IssuedTokens:
    office = await _office(session, user.office_id)
    # Roles granted since the token family began are not added; roles withdrawn are dropped.
    roles = sorted(set(roles) & set(user.roles)) or sorted(user.roles)
    access = ring.issue(
        _staff_claims(user, office, roles),
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_s=settings.jwt_access_ttl_s,
        now=now.timestamp(),
    )
    refresh = passwords.new_secret()
    session.add(
        RefreshToken(
            token_hash=passwords.secret_digest(refresh),
            family_id=family_id,
            user_id=user.id,
            scope=" ".join(roles),
            expires_at=expires_at or now + timedelta(seconds=settings.jwt_refresh_ttl_s),
        )
    )
    await session.flush()
    return IssuedTokens(access, settings.jwt_access_ttl_s, " ".join(roles), refresh)


async def password_grant(
    session: AsyncSession,
    ring: KeyRing,
    settings: Settings,
    *,
    username: str,
    password: str,
    scope: str | None,
    now: datetime,
    source: str | None = None,
) -> IssuedTokens:
    """Resource owner password grant (RFC 6749 §4.3) with lockout kept in the database.

    The row is locked (``FOR UPDATE``) so that concurrent attempts on several API
    processes count every failure exactly once.
    """
    name = username.strip().lower()[:200]
    user = (
        await session.execute(select(StaffUser).where(StaffUser.username == name).with_for_update())
    ).scalar_one_or_none()
    actor = f"login:{source or 'unknown'}"
    if user is None or user.disabled_at is not None:
        await passwords.burn_time_async(password)
        reason = "unknown_user" if user is None else "disabled"
        await audit(session, actor=actor, action="login_failed", subject=name, reason=reason)
        await session.flush()
        raise InvalidGrant(LOGIN_FAILED)
    if user.locked_until is not None and user.locked_until > now:
        await passwords.burn_time_async(password)
        await audit(
            session,
            actor=actor,
            action="login_failed",
            subject=name,
            reason="locked",
            locked_until=user.locked_until.isoformat(),
        )
        await session.flush()
        raise InvalidGrant(LOGIN_FAILED)
    if not await passwords.verify_password_async(user.password_hash, password):
        user.failed_logins += 1
        await audit(
            session,
            actor=actor,
            action="login_failed",
            subject=name,
            reason="wrong_password",
            failures=user.failed_logins,
        )
        if user.failed_logins >= settings.login_max_failures:
            user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
            user.failed_logins = 0
            await audit(
                session,
                actor=actor,
                action="lockout",
                subject=name,
                locked_until=user.locked_until.isoformat(),
            )
        await session.flush()
        raise InvalidGrant(LOGIN_FAILED)
    roles = _narrow(scope, list(user.roles))
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await passwords.hash_password_async(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    await audit(session, actor=actor, action="login_succeeded", subject=name)
    return await _issue_staff(
        session, ring, settings, user, roles=roles, family_id=uuid.uuid4(), now=now
    )


async def refresh_grant(
    session: AsyncSession,
    ring: KeyRing,
    settings: Settings,
    *,
    refresh_token: str,
    scope: str | None,
    now: datetime,
) -> IssuedTokens:
    """Refresh grant (RFC 6749 §6) with rotation: the presented token is revoked and a new
    one issued in the same family. Presenting an already rotated token means two parties
    hold it (OAuth 2.0 Security BCP §4.14): the whole family is revoked."""
    row = (
        await session.execute(
            select(RefreshToken)
            .where(RefreshToken.token_hash == passwords.secret_digest(refresh_token))
            .with_for_update()
        )
    ).scalar_one_or_none()
    if row is None:
        raise InvalidGrant(REFRESH_FAILED)
    user = (
        await session.execute(select(StaffUser).where(StaffUser.id == row.user_id))
    ).scalar_one()
    if row.revoked_at is not None:
        if row.revoked_reason == "rotated":
            await revoke_family(session, row.family_id, reason="reuse", now=now)
            await audit(
                session,
                actor="refresh",
                action="refresh_reuse",
                subject=user.username,
                family=str(row.family_id),
            )
            await session.flush()
        raise InvalidGrant(REFRESH_FAILED)
    if row.expires_at <= now:
        raise InvalidGrant(REFRESH_FAILED)
    if user.disabled_at is not None:
        await revoke_family(session, row.family_id, reason="disabled", now=now)
        await session.flush()
        raise InvalidGrant(REFRESH_FAILED)
    roles = _narrow(scope, row.scope.split())
    row.revoked_at = now
    row.revoked_reason = "rotated"
    # The successor keeps the family's expiry: a sign-in lasts at most
    # BAWASLU_JWT_REFRESH_TTL_S however often it is refreshed, so a stolen family cannot be
    # kept alive for ever.
    return await _issue_staff(
        session,
        ring,
        settings,
        user,
        roles=roles,
        family_id=row.family_id,
        now=now,
        expires_at=row.expires_at,
    )


async def client_credentials_grant(
    session: AsyncSession,
    ring: KeyRing,
    settings: Settings,
    *,
    client_id: str,
    client_secret: str,
    scope: str | None,
    now: datetime,
) -> IssuedTokens:
    """Client credentials grant (RFC 6749 §4.4): an access token carrying the client's
    scopes (or the requested subset) and its office. No refresh token (§4.4.3)."""
    client = (
        await session.execute(select(ApiClient).where(ApiClient.client_id == client_id))
    ).scalar_one_or_none()
    matches = passwords.digest_matches(client.secret_hash if client else "0" * 64, client_secret)
    if client is None or not matches or client.revoked_at is not None:
        reason = (
            "unknown_client" if client is None else ("wrong_secret" if not matches else "revoked")
        )
        await audit(
            session,
            actor="token",
            action="client_auth_failed",
            subject=f"client:{client_id[:64]}",
            reason=reason,
        )
        await session.flush()
        raise InvalidClient(CLIENT_FAILED)
    scopes = _narrow(scope, list(client.scopes))
    office = await _office(session, client.office_id)
    access = ring.issue(
        {
            "sub": f"client:{client.client_id}",
            "kind": "client",
            "client_id": client.client_id,
            "scope": " ".join(scopes),
            "office": office.code,
            "office_id": str(office.id),
            "office_path": office.path,
        },
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_s=settings.jwt_access_ttl_s,
        now=now.timestamp(),
    )
    client.last_used_at = now
    await audit(session, actor="token", action="client_token_issued", subject=f"client:{client_id}")
    await session.flush()
    return IssuedTokens(access, settings.jwt_access_ttl_s, " ".join(scopes))


async def revoke_refresh_token(session: AsyncSession, token: str, *, now: datetime) -> None:
    """RFC 7009: revoke the family of a refresh token (sign out). Unknown or already
    revoked tokens, and access tokens (which expire on their own), are silently accepted."""
    row = (
        await session.execute(
            select(RefreshToken).where(RefreshToken.token_hash == passwords.secret_digest(token))
        )
    ).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return
    await revoke_family(session, row.family_id, reason="revoked", now=now)
    await audit(
        session,
        actor="revoke",
        action="refresh_revoked",
        subject=str(row.user_id),
        family=str(row.family_id),
    )
    await session.flush()


async def mint_staff_token(
    session: AsyncSession,
    ring: KeyRing,
    settings: Settings,
    *,
    subject: str,
    office_code: str,
    role: Role | None = None,
    roles: frozenset[Role] | set[Role] | None = None,
    ttl_s: int | None = None,
) -> str:
    """An access token for ``subject`` holding ``roles`` (or one ``role``) in the office
    ``office_code``, without a user account: operators' CLI and tests."""
    held = set(roles or ()) | ({role} if role else set())
    if not held:
        raise ValueError("a staff token needs at least one role")
    office = await scope.office_by_code(session, office_code, error=NotFound)
    return ring.issue(
        {
            "sub": subject,
            "kind": "staff",
            "roles": sorted(r.value for r in held),
            "office": office.code,
            "office_id": str(office.id),
            "office_path": office.path,
        },
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_s=ttl_s or settings.jwt_access_ttl_s,
    )
