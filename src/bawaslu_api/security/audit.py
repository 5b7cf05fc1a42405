"""The auth audit log (logins, lockouts, accounts, clients, keys) and revoking a user's
refresh tokens: what the account domains (users, clients) and signing in (auth) share."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.security.models import AuthEvent, RefreshToken

logger = logging.getLogger(__name__)


async def audit(
    session: AsyncSession, *, actor: str, action: str, subject: str, **details: Any
) -> None:
    """Append an auth event (and log it): logins, lockouts, accounts, clients, keys."""
    # Subjects may come from the caller (a username typed at login): bounded to the column.
    actor, subject = actor[:200], subject[:200]
    session.add(AuthEvent(actor=actor, action=action, subject=subject, details=details))
    logger.info(
        "auth event", extra={"action": action, "actor": actor, "subject": subject, **details}
    )


async def revoke_user_tokens(
    session: AsyncSession, user_id: uuid.UUID, *, reason: str, now: datetime
) -> None:
    """Revoke every live refresh token of a user (disabled, password reset)."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )
