"""``bawaslu-api worker``: delivers webhooks, runs the deadline monitor and prunes expired
rows (``prune.py``) until stopped.

Any number of workers may run against one database: deliveries are claimed with
``FOR UPDATE SKIP LOCKED`` and a lease, alerts are made unique by a constraint. Nothing is
kept in memory that another worker would need. SIGTERM or SIGINT stops a worker after the
batch in hand is sent and recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import signal
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.deadlines import monitor
from bawaslu_api.settings import Settings
from bawaslu_api.webhooks import delivery, sealing
from bawaslu_api.worker import prune

logger = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Worker:
    """One worker. ``clock`` and ``rng`` are injectable so tests control time and jitter."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        name: str | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.settings = settings
        self.clock = clock
        # Jitter only spreads retries; it protects nothing, so no CSPRNG is needed.
        self.rng = rng or random.Random()  # noqa: S311
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        self.backoff = delivery.Backoff(
            base_s=settings.webhook_backoff_base_s, cap_s=settings.webhook_backoff_max_s
        )
        # The lease outlives the request timeout, so a slow receiver is never sent the same
        # attempt by a second worker.
        self.lease = timedelta(seconds=settings.webhook_timeout_s + 30)
        self._http: httpx.AsyncClient | None = None
        self.secret_key = sealing.key_from(settings)

    async def __aenter__(self) -> Worker:
        self._http = httpx.AsyncClient(headers={"user-agent": "bawaslu-api-webhooks"})
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def deliver_once(self) -> int:
        """Claim one batch of due deliveries, send them concurrently, record the outcomes.
        Returns how many were attempted."""
        assert self._http is not None, "use the worker as an async context manager"
        http = self._http
        jobs = await delivery.claim(
            self.sessionmaker,
            now=self.clock(),
            limit=self.settings.worker_batch_size,
            lease=self.lease,
        )

        async def _one(job: delivery.Claimed) -> None:
            outcome = await delivery.send(
                http,
                job,
                now=self.clock(),
                allow_private=self.settings.webhook_allow_private_targets,
                timeout_s=self.settings.webhook_timeout_s,
                secret_key=self.secret_key,
            )
            status = await delivery.record(
                self.sessionmaker, job, outcome, now=self.clock(), worker=self.name,
                backoff=self.backoff, rng=self.rng,
            )  # fmt: skip
            logger.info(
                "webhook delivery",
                extra={
                    "delivery": str(job.delivery_id),
                    "attempt": job.attempt,
                    "status_code": outcome.status_code,
                    "outcome": status.value if status else "lease_lost",
                },
            )

        await asyncio.gather(*(_one(job) for job in jobs))
        return len(jobs)

    async def monitor_once(self) -> monitor.MonitorResult:
        return await monitor.run_once(
            self.sessionmaker,
            now=self.clock(),
            lead_working_days=self.settings.deadline_due_soon_working_days,
        )

    async def prune_once(self) -> prune.PruneResult:
        return await prune.prune_once(
            self.sessionmaker, self.settings, now=self.clock(), secret_key=self.secret_key
        )

    async def drain(self) -> int:
        """Deliver until nothing is due at the current clock; the total attempted."""
        total = 0
        while n := await self.deliver_once():
            total += n
        return total

    async def run(self, stop: asyncio.Event) -> None:
        """Loop until ``stop`` is set; finishes the batch in hand first."""
        next_monitor = next_prune = 0.0
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            try:
                if loop.time() >= next_monitor:
                    await self.monitor_once()
                    next_monitor = loop.time() + self.settings.deadline_monitor_interval_s
                if loop.time() >= next_prune:
                    await self.prune_once()
                    next_prune = loop.time() + self.settings.prune_interval_s
                worked = await self.deliver_once()
            except Exception:  # a broken database must not kill the loop; log and retry
                logger.exception("worker iteration failed")
                worked = 0
            if not worked:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        stop.wait(), timeout=self.settings.worker_poll_interval_s
                    )
        logger.info("worker stopped", extra={"worker": self.name})


async def serve(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> None:
    """Run one worker until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with Worker(sessionmaker, settings) as worker:
        logger.info("worker started", extra={"worker": worker.name})
        await worker.run(stop)
