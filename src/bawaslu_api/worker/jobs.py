"""The worker's procrastinate app: its tasks, their retries and their schedules.

- ``webhooks.deliver`` (queue ``webhooks``): sends one delivery (``webhooks/delivery.py``).
  Queued by SQL in the transaction of the event; locked per subscription and case, so the
  events of a case reach a receiver in order. A refused attempt retries the same job at
  the time the documented backoff gives (:class:`RetryAt`); a day after the event the
  delivery is given up.
- ``documents.issue`` (queue ``documents``): issues a document asked for off the request
  (``documents/requests.py``: the register book), one at a time per office.
- ``exports.write`` (queue ``exports``): writes a queued export of the report list to the
  store (``exports/service.py``).
- ``deadlines.monitor`` (periodic, every ``BAWASLU_DEADLINE_MONITOR_INTERVAL_S``): the
  deadline monitor (``deadlines/monitor.py``).
- ``worker.prune`` (periodic, every ``BAWASLU_PRUNE_INTERVAL_S``): housekeeping
  (``worker/prune.py``), queued exports' files past their week, and the queue's own
  failed jobs.
- ``worker.recover`` (periodic, every minute): jobs left running by a worker that stopped
  sending heartbeats (killed, host lost) are queued again.

Periodic tasks are queued once per tick whichever the number of workers (procrastinate's
periodic deferrer records each tick), and a ``queueing_lock`` keeps at most one run of
each waiting.
"""

from __future__ import annotations

import logging
import random
import uuid
from datetime import datetime
from typing import Any, Protocol

import procrastinate
from procrastinate import retry

from bawaslu_api.db.queue import libpq_url
from bawaslu_api.documents import requests
from bawaslu_api.exports import service as exports
from bawaslu_api.settings import Settings
from bawaslu_api.webhooks import delivery

logger = logging.getLogger(__name__)

MONITOR_TASK = "deadlines.monitor"
PRUNE_TASK = "worker.prune"
RECOVER_TASK = "worker.recover"
PERIODIC_QUEUE = "periodic"

STALLED_AFTER_S = 60.0
"""A worker silent (no heartbeat) this long is gone: its running jobs are queued again."""
HEARTBEAT_S = 10.0
"""How often a worker tells the queue it is alive."""


class Worker(Protocol):
    """What the tasks use of the worker running them (``runner.Worker``)."""

    settings: Settings
    name: str
    rng: random.Random
    backoff: delivery.Backoff

    async def deliver(self, delivery_id: uuid.UUID) -> tuple[str, datetime]: ...
    async def issue_document(self, request_id: uuid.UUID) -> str | None: ...
    async def write_export(self, export_id: uuid.UUID) -> str | None: ...
    async def monitor_once(self) -> object: ...
    async def prune_once(self) -> object: ...
    async def expire_exports(self) -> int: ...


class RetryAt(Exception):
    """Raised by a delivery whose attempt failed: run the same job again at ``at``."""

    def __init__(self, at: datetime) -> None:
        super().__init__(f"retry at {at.isoformat()}")
        self.at = at


class BackoffRetry(retry.BaseRetryStrategy):
    """A refused delivery attempt retries when :class:`RetryAt` says (the delivery's
    ``next_attempt_at``); an unexpected error (the database gone mid-job) retries after
    the deliveries' backoff, without end: the delivery row decides when to give up, and a
    document request is issued once the database is back."""

    def __init__(self, backoff: delivery.Backoff, worker: Worker) -> None:
        self.backoff = backoff
        self.worker = worker

    def get_retry_decision(
        self, *, exception: BaseException, job: procrastinate.jobs.Job
    ) -> retry.RetryDecision | None:
        if isinstance(exception, RetryAt):
            return retry.RetryDecision(retry_at=exception.at)
        wait = self.backoff.delay(job.attempts + 1, self.worker.rng)
        return retry.RetryDecision(retry_in={"seconds": int(wait.total_seconds())})


def cron_every(seconds: float) -> str:
    """A cron schedule close to "every ``seconds``": a step of seconds, minutes or hours
    (``*/7`` minutes runs at :00, :07 ... :56, then :00)."""
    s = max(1, round(seconds))
    if s < 60:
        return f"* * * * * */{s}"
    m = round(s / 60)
    if m < 60:
        return f"*/{m} * * * *"
    h = round(m / 60)
    return f"0 */{h} * * *" if h < 24 else "0 0 * * *"


def build_app(
    worker: Worker, *, database_url: str, pool_size: int, periodic: bool = True
) -> procrastinate.App:
    """The app of one worker process; tasks run with ``worker``'s sessions, clock and
    HTTP client. ``periodic=False``: the periodic tasks exist but are not scheduled."""
    settings = worker.settings
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(
            conninfo=libpq_url(database_url),
            min_size=1,
            max_size=pool_size,
        ),
        periodic_defaults={"max_delay": 3600},
    )

    retrying = BackoffRetry(worker.backoff, worker)

    @app.task(
        name=delivery.TASK,
        queue=delivery.QUEUE,
        retry=retrying,
    )
    async def deliver(delivery_id: str) -> None:
        status, next_at = await worker.deliver(uuid.UUID(delivery_id))
        if status == "pending":
            raise RetryAt(next_at)

    @app.task(name=requests.TASK, queue=requests.QUEUE, retry=retrying)
    async def issue_document(request_id: str) -> None:
        await worker.issue_document(uuid.UUID(request_id))

    @app.task(name=exports.TASK, queue=exports.QUEUE, retry=retrying)
    async def write_export(export_id: str) -> None:
        await worker.write_export(uuid.UUID(export_id))

    @app.task(name=MONITOR_TASK, queue=PERIODIC_QUEUE, queueing_lock=MONITOR_TASK)
    async def monitor(timestamp: int) -> None:
        await worker.monitor_once()

    @app.task(name=PRUNE_TASK, queue=PERIODIC_QUEUE, queueing_lock=PRUNE_TASK)
    async def prune(timestamp: int) -> None:
        await worker.prune_once()
        await worker.expire_exports()
        # Finished jobs are deleted as they succeed; failed ones go after the retention.
        await app.job_manager.delete_old_jobs(
            nb_hours=24 * settings.webhook_retention_days,
            include_failed=True,
            include_cancelled=True,
            include_aborted=True,
        )

    @app.task(name=RECOVER_TASK, queue=PERIODIC_QUEUE, queueing_lock=RECOVER_TASK)
    async def recover(timestamp: int) -> None:
        await requeue_stalled(app)

    if periodic:
        app.periodic(cron=cron_every(settings.deadline_monitor_interval_s))(monitor)
        app.periodic(cron=cron_every(settings.prune_interval_s))(prune)
        app.periodic(cron="* * * * *")(recover)
    return app


async def requeue_stalled(app: procrastinate.App) -> int:
    """Queue again the jobs of workers silent for :data:`STALLED_AFTER_S`; how many."""
    stalled = list(await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER_S))
    for job in stalled:
        await app.job_manager.retry_job(job)
    if stalled:
        logger.warning("requeued stalled jobs", extra={"jobs": [j.id for j in stalled]})
    return len(stalled)


def worker_options(worker: Worker, **overrides: Any) -> dict[str, Any]:
    """How this service runs procrastinate's worker."""
    settings = worker.settings
    options: dict[str, Any] = {
        "name": worker.name,
        "concurrency": settings.worker_batch_size,
        "fetch_job_polling_interval": settings.worker_poll_interval_s,
        "abort_job_polling_interval": max(5.0, settings.worker_poll_interval_s),
        "delete_jobs": "successful",
        "install_signal_handlers": False,  # serve() handles SIGTERM and SIGINT
        "update_heartbeat_interval": HEARTBEAT_S,
        "stalled_worker_timeout": STALLED_AFTER_S,
    }
    options.update(overrides)
    return options
