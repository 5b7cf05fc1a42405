"""Housekeeping: rows that only matter for a while are deleted once they no longer do.

- ``rate_limit_bucket``: counters of windows that have ended (the longest configured window
  plus a minute ago).
- ``idempotency_record``: first responses older than ``BAWASLU_IDEMPOTENCY_RETENTION_H``.
  A key is so remembered for at least that long (until the next run after it); a retry
  with it after that is a new request.
- ``webhook_delivery`` (and its ``webhook_attempt`` rows): deliveries that ended (delivered
  or given up) more than ``BAWASLU_WEBHOOK_RETENTION_DAYS`` ago. The events themselves stay:
  they are part of the case's history.

It also seals webhook signing secrets still stored in clear (rows from before
``webhooks/sealing.py``).

Safe with several workers: each statement deletes what is old at its own clock, and two
workers deleting the same rows only find fewer to delete.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.settings import Settings
from bawaslu_api.webhooks import sealing

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PruneResult:
    rate_limit_buckets: int
    idempotency_records: int
    webhook_deliveries: int
    webhook_secrets_sealed: int = 0


def rate_limit_horizon(settings: Settings, now: datetime) -> datetime:
    """Windows starting before this have ended for every bucket."""
    longest = max((window for _, window in settings.rate_limits.values()), default=3600)
    return now - timedelta(seconds=longest + 60)


async def prune_once(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    now: datetime,
    secret_key: bytes,
) -> PruneResult:
    """Delete what has expired at ``now`` (one transaction per table); seal clear secrets."""
    statements = (
        (
            "DELETE FROM rate_limit_bucket WHERE window_start < :before",
            rate_limit_horizon(settings, now),
        ),
        (
            "DELETE FROM idempotency_record WHERE created_at < :before",
            now - timedelta(hours=settings.idempotency_retention_h),
        ),
        (
            # Attempts go with their delivery (ON DELETE CASCADE).
            "DELETE FROM webhook_delivery WHERE status <> 'pending'"
            " AND coalesce(delivered_at, give_up_at) < :before",
            now - timedelta(days=settings.webhook_retention_days),
        ),
    )
    counts = []
    for statement, before in statements:
        async with sessionmaker() as session, session.begin():
            result = await session.execute(text(statement), {"before": before})
            counts.append(int(result.rowcount))  # type: ignore[attr-defined]
    sealed = await _seal_clear_secrets(sessionmaker, secret_key)
    pruned = PruneResult(counts[0], counts[1], counts[2], sealed)
    if any(counts) or sealed:
        logger.info("pruned", extra=dataclasses.asdict(pruned))
    return pruned


async def _seal_clear_secrets(
    sessionmaker: async_sessionmaker[AsyncSession], secret_key: bytes
) -> int:
    """Encrypt the signing secrets that older versions stored in clear; how many."""
    async with sessionmaker() as session, session.begin():
        rows = (
            await session.execute(
                text(
                    "SELECT id, secret FROM webhook_subscription WHERE secret NOT LIKE :sealed"
                    " FOR UPDATE"
                ),
                {"sealed": sealing.SEALED + "%"},
            )
        ).all()
        for subscription_id, secret in rows:
            await session.execute(
                text("UPDATE webhook_subscription SET secret = :secret WHERE id = :id"),
                {"secret": sealing.seal(secret, secret_key), "id": subscription_id},
            )
    return len(rows)
