"""What the database knows, counted when a scrape asks (one read-only transaction, three
small grouped counts), by whichever process answers: nothing is kept per process, so with
several processes nothing is counted twice.

- the job queue (procrastinate's ``procrastinate_jobs``): jobs waiting (``todo``), running
  (``doing``) and given up (``failed``, kept until housekeeping deletes old jobs), per queue
  and task; ``todo`` and ``doing`` are read through the queue's partial index;
- webhook deliveries waiting (``pending``) and given up after the retry window
  (``failed``, kept ``BAWASLU_WEBHOOK_RETENTION_DAYS`` days), through their status index;
- the statutory clocks still running (``pending``) and those of them past due, per level of
  the office the case is at: the pending clocks (their status index) counted per office
  first, then the few offices looked up by path. The statistics' rollups (migrations
  0020-0022) count clocks per province and month, not per office level nor against the
  present moment, so they cannot answer this.

A database that does not answer gives ``bawaslu_metrics_database_up 0`` and no gauge of
its own, rather than a failed scrape: the process metrics still come.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.errors import DatabaseUnreachable
from bawaslu_api.offices.models import OfficeLevel

logger = logging.getLogger(__name__)

SCRAPE_TIMEOUT_MS = 2000
"""A count that takes longer is cut off (the scrape reports the database as not up)."""

_TIMEOUT = text(f"SET LOCAL statement_timeout = {SCRAPE_TIMEOUT_MS}")
_JOBS = text(
    "SELECT queue_name, task_name, status::text, count(*) FROM procrastinate_jobs "
    "WHERE status IN ('todo', 'doing', 'failed') GROUP BY 1, 2, 3"
)
_DELIVERIES = text(
    "SELECT status::text, count(*) FROM webhook_delivery "
    "WHERE status IN ('pending', 'failed') GROUP BY 1"
)
_CLOCKS = text(
    """
    SELECT o.level::text, sum(d.open), sum(d.overdue)
    FROM (
        SELECT office_path, count(*) AS open,
               count(*) FILTER (WHERE due_at < now()) AS overdue
        FROM deadline WHERE status = 'pending' GROUP BY office_path
    ) AS d
    JOIN office AS o ON o.path = d.office_path
    GROUP BY 1
    """
)

JOB_STATUSES = ("todo", "doing", "failed")
DELIVERY_STATUSES = ("pending", "failed")


async def database_families(sessions: async_sessionmaker[AsyncSession]) -> list[Metric]:
    """The gauges counted in the database now, and whether it answered."""
    up = GaugeMetricFamily(
        "bawaslu_metrics_database_up",
        "1 if the database answered this scrape's counts, else 0.",
    )
    try:
        async with sessions() as session, session.begin():
            await session.execute(_TIMEOUT)
            jobs = (await session.execute(_JOBS)).all()
            deliveries = (await session.execute(_DELIVERIES)).all()
            clocks = (await session.execute(_CLOCKS)).all()
    except (SQLAlchemyError, OSError, DatabaseUnreachable) as exc:
        logger.warning("metrics: database counts failed", extra={"error": type(exc).__name__})
        up.add_metric([], 0)
        return [up]
    up.add_metric([], 1)
    return [up, *_jobs(jobs), _deliveries(deliveries), *_clocks(clocks)]


def _jobs(rows: Iterable[Sequence[Any]]) -> list[Metric]:
    family = GaugeMetricFamily(
        "bawaslu_jobs",
        "Jobs in the queue by queue, task and status: todo (waiting, including retries "
        "scheduled later), doing (running), failed (given up; kept until housekeeping).",
        labels=["queue", "task", "status"],
    )
    for queue, task, status, n in sorted(tuple(row) for row in rows):
        family.add_metric([queue, task, status], int(n))
    return [family]


def _deliveries(rows: Iterable[Sequence[Any]]) -> Metric:
    counted = dict.fromkeys(DELIVERY_STATUSES, 0) | {s: int(n) for s, n in rows}
    family = GaugeMetricFamily(
        "bawaslu_webhook_deliveries",
        "Webhook deliveries by status: pending (waiting for an attempt or in flight), "
        "failed (given up after the retry window; kept BAWASLU_WEBHOOK_RETENTION_DAYS days).",
        labels=["status"],
    )
    for status, n in counted.items():
        family.add_metric([status], n)
    return family


def _clocks(rows: Iterable[Sequence[Any]]) -> list[Metric]:
    running = GaugeMetricFamily(
        "bawaslu_clocks_open",
        "Statutory clocks still running (pending), by level of the case's office.",
        labels=["level"],
    )
    overdue = GaugeMetricFamily(
        "bawaslu_clocks_overdue",
        "Statutory clocks still running and past their due time, by level of the case's office.",
        labels=["level"],
    )
    counted = {level.value: (0, 0) for level in OfficeLevel}
    counted |= {level: (int(a), int(b)) for level, a, b in rows}
    for level, (n_open, n_overdue) in counted.items():
        running.add_metric([level], n_open)
        overdue.add_metric([level], n_overdue)
    return [running, overdue]
