"""Sending queued deliveries: claim (SKIP LOCKED, with a lease), POST, record the attempt.

The ``webhook_delivery`` table is the job queue. A worker claims due deliveries in a short
transaction by setting a lease; it sends them with no transaction open, then records the
outcome only if its lease still holds. Two workers never claim the same delivery: the
claim locks rows ``FOR UPDATE SKIP LOCKED`` and re-checks the lease.

Order per case: a delivery is claimable only when no earlier event of the same case is
still pending for the same subscription, so event N+1 waits until N is delivered or
given up.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.webhooks import sealing, signing, targets
from bawaslu_api.webhooks.models import DeliveryStatus, WebhookAttempt

logger = logging.getLogger(__name__)

_CLAIM = text(
    """
    WITH picked AS (
        SELECT c.id FROM webhook_delivery AS c
         WHERE c.status = 'pending'
           AND c.next_attempt_at <= :now
           AND (c.lease_until IS NULL OR c.lease_until < :now)
           AND NOT EXISTS (
                 SELECT 1 FROM webhook_delivery AS p
                  WHERE p.subscription_id = c.subscription_id
                    AND p.report_id = c.report_id
                    AND p.status = 'pending'
                    AND p.event_seq < c.event_seq)
         ORDER BY c.event_seq
         LIMIT :limit
           FOR UPDATE SKIP LOCKED
    )
    UPDATE webhook_delivery AS d
       SET lease_until = :lease_until, attempts = d.attempts + 1
      FROM picked, webhook_event AS e, webhook_subscription AS s
     WHERE d.id = picked.id AND e.id = d.event_id AND s.id = d.subscription_id
    RETURNING d.id, d.attempts, d.give_up_at, e.id, e.payload, s.url, s.secret
    """
)


@dataclass(frozen=True, slots=True)
class Claimed:
    delivery_id: uuid.UUID
    attempt: int
    give_up_at: datetime
    lease_until: datetime
    event_id: uuid.UUID
    payload: dict[str, object]
    url: str
    secret: str


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with ±20 % jitter: base, 2·base, 4·base ... capped at ``cap``."""

    base_s: float = 30.0
    cap_s: float = 3600.0
    jitter: float = 0.2

    def delay(self, attempt: int, rng: random.Random) -> timedelta:
        raw = min(self.cap_s, self.base_s * 2 ** max(0, attempt - 1))
        return timedelta(seconds=raw * rng.uniform(1 - self.jitter, 1 + self.jitter))


@dataclass(frozen=True, slots=True)
class Outcome:
    status_code: int | None
    error: str | None
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def claim(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    now: datetime,
    limit: int,
    lease: timedelta,
) -> list[Claimed]:
    """Claim up to ``limit`` due deliveries for this worker (one short transaction)."""
    lease_until = now + lease
    async with sessionmaker() as session, session.begin():
        rows = (
            await session.execute(_CLAIM, {"now": now, "lease_until": lease_until, "limit": limit})
        ).all()
    return [Claimed(r[0], r[1], r[2], lease_until, r[3], r[4], r[5], r[6]) for r in rows]


async def send(
    http: httpx.AsyncClient,
    job: Claimed,
    *,
    now: datetime,
    allow_private: bool,
    timeout_s: float,
    secret_key: bytes,
) -> Outcome:
    """POST one signed message; never raises."""
    body = json.dumps(job.payload, separators=(",", ":"), ensure_ascii=False).encode()
    started = time.perf_counter()
    try:
        secret = sealing.unseal(job.secret, secret_key)
    except sealing.SecretUnreadable as exc:
        return Outcome(None, str(exc), 0)
    try:
        # Checked again at send time: DNS may have changed since the subscription was made.
        await targets.check(job.url, allow_private=allow_private)
        response = await http.post(
            job.url,
            content=body,
            headers=signing.headers(secret, str(job.event_id), int(now.timestamp()), body),
            timeout=timeout_s,
            follow_redirects=False,
        )
    except (httpx.HTTPError, targets.TargetRefused, OSError) as exc:
        elapsed = int((time.perf_counter() - started) * 1000)
        return Outcome(None, f"{type(exc).__name__}: {exc}"[:1000], elapsed)
    elapsed = int((time.perf_counter() - started) * 1000)
    error = None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"
    return Outcome(response.status_code, error, elapsed)


async def record(
    sessionmaker: async_sessionmaker[AsyncSession],
    job: Claimed,
    outcome: Outcome,
    *,
    now: datetime,
    worker: str,
    backoff: Backoff,
    rng: random.Random,
) -> DeliveryStatus | None:
    """Store the attempt and the delivery's next state; ``None`` when the lease was lost
    (another worker owns the delivery now, so this one records nothing)."""
    if outcome.ok:
        status, next_at = DeliveryStatus.delivered, now
    elif now >= job.give_up_at:
        status, next_at = DeliveryStatus.failed, now
    else:
        status = DeliveryStatus.pending
        next_at = min(now + backoff.delay(job.attempt, rng), job.give_up_at)
    async with sessionmaker() as session, session.begin():
        updated = await session.execute(
            text(
                """
                UPDATE webhook_delivery
                   SET status = :status, next_attempt_at = :next_at, lease_until = NULL,
                       last_status_code = :code, last_error = :error,
                       delivered_at = CASE WHEN :delivered THEN :now ELSE delivered_at END
                 WHERE id = :id AND lease_until = :lease_until
                """
            ),
            {
                "status": status.value,
                "next_at": next_at,
                "code": outcome.status_code,
                "error": outcome.error,
                "delivered": status is DeliveryStatus.delivered,
                "now": now,
                "id": job.delivery_id,
                "lease_until": job.lease_until,
            },
        )
        if getattr(updated, "rowcount", 0) != 1:
            logger.warning("lease lost on delivery %s", job.delivery_id)
            return None
        session.add(
            WebhookAttempt(
                delivery_id=job.delivery_id,
                number=job.attempt,
                at=now,
                status_code=outcome.status_code,
                error=outcome.error,
                duration_ms=outcome.duration_ms,
                worker=worker,
            )
        )
    return status
