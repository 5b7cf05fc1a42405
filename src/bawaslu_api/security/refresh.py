"""Revoking refresh tokens: a user's (disabled, password reset) or one token family's
(reuse detected, sign-out). Access tokens are short-lived and are not revoked."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, update
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.security.models import RefreshToken


async def _revoke(
    session: AsyncSession, which: ColumnElement[bool], *, reason: str, now: datetime
) -> None:
    await session.execute(
        update(RefreshToken)
        .where(which, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


async def revoke_user_tokens(
    session: AsyncSession, user_id: uuid.UUID, *, reason: str, now: datetime
) -> None:
    """Revoke every live refresh token of a user (disabled, password reset)."""
    await _revoke(session, RefreshToken.user_id == user_id, reason=reason, now=now)


async def revoke_family(
    session: AsyncSession, family_id: uuid.UUID, *, reason: str, now: datetime
) -> None:
    """Revoke every live refresh token of one sign-in (a family of rotated tokens)."""
    await _revoke(session, RefreshToken.family_id == family_id, reason=reason, now=now)
