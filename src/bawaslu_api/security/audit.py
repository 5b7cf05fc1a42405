"""The auth audit log: logins, lockouts, accounts, clients, keys (written by the account
domains and by signing in)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.security.models import AuthEvent

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
