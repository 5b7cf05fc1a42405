"""``bawaslu-api worker``: a procrastinate worker (``worker/jobs.py``) that sends webhook
deliveries and runs the periodic tasks: the deadline monitor and housekeeping
(``prune.py``).

Any number of workers may run against one database: procrastinate hands each job to one
worker, runs the jobs of one lock (a subscription's case) one at a time, and queues each
tick of a periodic task once. Nothing is kept in memory that another worker would need.
SIGTERM or SIGINT stops a worker after the jobs in hand are done and recorded.

A running worker touches a heartbeat file every :data:`jobs.HEARTBEAT_S` seconds, after
checking the database and the queue's schema; ``bawaslu-api worker --check`` reads it
(the compose health check).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import signal
import socket
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.deadlines import monitor
from bawaslu_api.documents import requests
from bawaslu_api.documents.render import Renderer
from bawaslu_api.evidence import storage as evidence_storage
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.exports import service as exports
from bawaslu_api.settings import Settings
from bawaslu_api.webhooks import delivery, sealing
from bawaslu_api.worker import jobs, prune

logger = logging.getLogger(__name__)

HEARTBEAT_FILE = Path(tempfile.gettempdir()) / "bawaslu-worker.alive"
"""Where a worker says it is alive, unless told otherwise (``--heartbeat-file``)."""
HEARTBEAT_STALE_S = 6 * jobs.HEARTBEAT_S
"""A heartbeat older than this: the worker is not healthy."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class Worker:
    """One worker: the procrastinate app and what its tasks use. ``clock`` and ``rng`` are
    injectable so tests control time and jitter (procrastinate schedules a retry at the
    time this clock gives)."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        *,
        database_url: str | None = None,
        clock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        name: str | None = None,
        periodic: bool = True,
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
        self.secret_key = sealing.key_from(settings)
        self.attempted = 0
        if database_url is None:
            bind = sessionmaker.kw["bind"]
            database_url = bind.url.render_as_string(hide_password=False)
        self.app = jobs.build_app(
            self,
            database_url=database_url,
            pool_size=settings.worker_batch_size + 3,
            periodic=periodic,
        )
        self._http: httpx.AsyncClient | None = None
        self._storage: Storage | None = None
        self._renderer: Renderer | None = None

    async def __aenter__(self) -> Worker:
        self._http = httpx.AsyncClient(headers={"user-agent": "bawaslu-api-webhooks"})
        await self.app.open_async()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        await self.app.close_async()
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def deliver(self, delivery_id: uuid.UUID) -> tuple[str, datetime]:
        """One attempt of a delivery: its status afterwards and, when still pending, when
        the next attempt is due."""
        assert self._http is not None, "use the worker as an async context manager"
        job = await delivery.start(self.sessionmaker, delivery_id)
        if job is None:
            return "gone", self.clock()
        self.attempted += 1
        outcome = await delivery.send(
            self._http,
            job,
            now=self.clock(),
            allow_private=self.settings.webhook_allow_private_targets,
            timeout_s=self.settings.webhook_timeout_s,
            secret_key=self.secret_key,
        )
        recorded = await delivery.record(
            self.sessionmaker, job, outcome, now=self.clock(), worker=self.name,
            backoff=self.backoff, rng=self.rng,
        )  # fmt: skip
        status, next_at = recorded or ("gone", self.clock())
        logger.info(
            "webhook delivery",
            extra={
                "delivery": str(job.delivery_id),
                "attempt": job.attempt,
                "status_code": outcome.status_code,
                "outcome": str(status),
            },
        )
        return str(status), next_at

    @property
    def storage(self) -> Storage:
        if self._storage is None:
            self._storage = evidence_storage.from_settings(self.settings)
        return self._storage

    async def issue_document(self, request_id: uuid.UUID) -> str | None:
        """Issue a queued document (``documents/requests.py``); its status after."""
        if self._renderer is None:
            self._renderer = Renderer(self.settings.document_templates_dir)
        async with self.sessionmaker() as session, session.begin():
            status = await requests.run(
                session, request_id, settings=self.settings, storage=self.storage,
                renderer=self._renderer,
            )  # fmt: skip
        logger.info("document request", extra={"request": str(request_id), "status": status})
        return status

    async def write_export(self, export_id: uuid.UUID) -> str | None:
        """Write a queued export (``exports/service.py``); its status after."""
        status = await exports.write(self.sessionmaker, self.storage, export_id)
        logger.info("export", extra={"export": str(export_id), "status": status})
        return status

    async def expire_exports(self) -> int:
        return await exports.expire(self.sessionmaker, self.storage, now=self.clock())

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

    async def drain(self, **options: Any) -> int:
        """Run every job due now, then return; the delivery attempts made."""
        before = self.attempted
        await self.app.run_worker_async(
            **jobs.worker_options(self, wait=False, listen_notify=False, **options)
        )
        return self.attempted - before

    async def run(self, stop: asyncio.Event) -> None:
        """Work until ``stop`` is set; the jobs in hand finish first."""
        running = asyncio.create_task(self.app.run_worker_async(**jobs.worker_options(self)))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not running.done():
            running.cancel()  # procrastinate stops fetching and waits for the jobs in hand
        with contextlib.suppress(asyncio.CancelledError):
            await running
        stopping.cancel()

    async def heartbeat(self, path: Path) -> None:
        """Touch ``path`` while the database answers and holds the queue's schema."""
        while True:
            try:
                healthy = await self.app.check_connection_async()
            except Exception:  # the database is down: no heartbeat, no crash
                logger.warning("worker health check failed", exc_info=True)
                healthy = False
            if healthy:
                await asyncio.to_thread(path.write_text, f"{self.name}\n", encoding="utf-8")
            await asyncio.sleep(jobs.HEARTBEAT_S)


def check(path: Path = HEARTBEAT_FILE, *, now: float | None = None) -> str | None:
    """``None`` when a worker touched ``path`` lately; else what is wrong."""
    try:
        age = (now if now is not None else time.time()) - path.stat().st_mtime
    except FileNotFoundError:
        return f"no worker heartbeat at {path}"
    if age > HEARTBEAT_STALE_S:
        return f"the worker heartbeat at {path} is {age:.0f} s old"
    return None


async def serve(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    database_url: str | None = None,
    heartbeat_file: Path = HEARTBEAT_FILE,
) -> None:
    """Run one worker until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with Worker(sessionmaker, settings, database_url=database_url) as worker:
        beating = asyncio.create_task(worker.heartbeat(heartbeat_file))
        logger.info("worker started", extra={"worker": worker.name})
        try:
            await worker.run(stop)
        finally:
            beating.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beating
            await asyncio.to_thread(heartbeat_file.unlink, missing_ok=True)
    logger.info("worker stopped", extra={"worker": worker.name})
