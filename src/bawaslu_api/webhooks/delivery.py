"""Sending deliveries: each ``webhook_delivery`` row is sent by a procrastinate job
(``worker/jobs.py``): count the attempt, POST, record the outcome.

The job is queued by SQL in the transaction that writes the event and its deliveries
(:func:`enqueue`), so nothing is sent before the change commits and no committed event
lacks its job. procrastinate hands a job to one worker only (``FOR UPDATE SKIP LOCKED``
in its fetch); the HTTP request runs with no transaction open.

Order per case: every job of one subscription and case carries the same procrastinate
``lock``, and procrastinate runs the jobs of a lock one at a time in the order they were
queued; a failed attempt retries the same job later (``RetryAt`` in ``worker/jobs.py``),
which keeps its place, so event N+1 waits until N is delivered or given up.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.webhooks import sealing, signing, targets
from bawaslu_api.webhooks.models import DeliveryStatus, WebhookAttempt

logger = logging.getLogger(__name__)

QUEUE = "webhooks"
"""The procrastinate queue of deliveries."""
TASK = "webhooks.deliver"
"""The task that sends one delivery (registered by ``worker/jobs.py``)."""

# One job per delivery, locked per subscription and case: procrastinate runs the jobs of
# one lock one at a time, in the order they were queued, a retried job keeping its place.
_ENQUEUE = text(
    """
    SELECT procrastinate_defer_jobs_v1(ARRAY(
        SELECT ROW(:queue, :task, 0, 'webhook:' || subscription_id || ':' || report_id, NULL,
                   jsonb_build_object('delivery_id', id::text),
                   next_attempt_at)::procrastinate_job_to_defer_v1
          FROM webhook_delivery WHERE id = ANY(:ids)
         ORDER BY event_seq, id))
    """
)

# A queued (not running) job of the delivery, made due at :at.
_RESCHEDULE = text(
    """
    UPDATE procrastinate_jobs SET scheduled_at = :at
     WHERE status = 'todo' AND task_name = :task AND args ->> 'delivery_id' = :id
    """
)

_START = text(
    """
    UPDATE webhook_delivery AS d
       SET attempts = d.attempts + 1
      FROM webhook_event AS e, webhook_subscription AS s
     WHERE d.id = :id AND d.status = 'pending' AND e.id = d.event_id
       AND s.id = d.subscription_id
    RETURNING d.id, d.attempts, d.give_up_at, e.id, e.payload, s.url, s.secret
    """
)


@dataclass(frozen=True, slots=True)
class Claimed:
    delivery_id: uuid.UUID
    attempt: int
    give_up_at: datetime
    event_id: uuid.UUID
    payload: dict[str, object]
    url: str
    secret: str


async def enqueue(session: AsyncSession, delivery_ids: Sequence[uuid.UUID]) -> None:
    """Queue the jobs sending these (just written) deliveries, in the caller's transaction:
    nothing is sent before it commits, and a rollback leaves no job."""
    if delivery_ids:
        await session.execute(_ENQUEUE, {"queue": QUEUE, "task": TASK, "ids": list(delivery_ids)})


async def requeue(session: AsyncSession, delivery_id: uuid.UUID, at: datetime) -> None:
    """Make a delivery due at ``at``: its queued job moves up, or a new job is queued (its
    job has finished, or is running: that attempt is recorded, then this one runs)."""
    moved = await session.execute(_RESCHEDULE, {"at": at, "task": TASK, "id": str(delivery_id)})
    if not getattr(moved, "rowcount", 0):
        await enqueue(session, [delivery_id])


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


async def start(
    sessionmaker: async_sessionmaker[AsyncSession], delivery_id: uuid.UUID
) -> Claimed | None:
    """Count a new attempt of a pending delivery and read what to send (one short
    transaction); ``None`` when it is no longer pending (delivered, given up or gone)."""
    async with sessionmaker() as session, session.begin():
        r = (await session.execute(_START, {"id": delivery_id})).one_or_none()
    return None if r is None else Claimed(r[0], r[1], r[2], r[3], r[4], r[5], r[6])


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
) -> tuple[DeliveryStatus, datetime] | None:
    """Store the attempt and the delivery's next state (and when its next attempt is due);
    ``None`` when the delivery is no longer pending (its subscription was deleted)."""
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
                   SET status = :status, next_attempt_at = :next_at,
                       last_status_code = :code, last_error = :error,
                       delivered_at = CASE WHEN :delivered THEN :now ELSE delivered_at END
                 WHERE id = :id AND status = 'pending'
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
            },
        )
        if getattr(updated, "rowcount", 0) != 1:
            logger.warning("delivery %s is no longer pending", job.delivery_id)
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
    return status, next_at
