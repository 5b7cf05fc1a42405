"""The use of a database pool (SQLAlchemy's ``QueuePool``), kept up to date by the pool's
own events rather than read at scrape time, so that in multiprocess mode the process that
answers a scrape reports every process's pool (``livesum``: summed over live processes).

Per pool (``primary``, ``replica``): its configured size and overflow, the connections
checked out (in use by a request or a job), the connections open, and the overflow
connections open beyond the size (``checked_out`` near ``size + max_overflow`` means
requests wait for a connection, ``BAWASLU_DB_POOL_TIMEOUT_S``).
"""

from __future__ import annotations

from typing import Any

from prometheus_client import Gauge
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

_LABELS = ["pool"]
SIZE = Gauge(
    "bawaslu_db_pool_size",
    "Connections the pool keeps open (BAWASLU_DB_POOL_SIZE), summed over processes.",
    _LABELS,
    multiprocess_mode="livesum",
)
MAX_OVERFLOW = Gauge(
    "bawaslu_db_pool_max_overflow",
    "Extra connections the pool may open under load (BAWASLU_DB_MAX_OVERFLOW), summed "
    "over processes.",
    _LABELS,
    multiprocess_mode="livesum",
)
CHECKED_OUT = Gauge(
    "bawaslu_db_pool_checked_out",
    "Connections in use (checked out of the pool).",
    _LABELS,
    multiprocess_mode="livesum",
)
OPEN = Gauge(
    "bawaslu_db_pool_connections",
    "Connections open to the database (idle in the pool or checked out).",
    _LABELS,
    multiprocess_mode="livesum",
)
OVERFLOW = Gauge(
    "bawaslu_db_pool_overflow",
    "Overflow connections open beyond the pool's size.",
    _LABELS,
    multiprocess_mode="livesum",
)


_OUT = "bawaslu_metrics_checked_out"
_OPEN = "bawaslu_metrics_open"


class _PoolState:
    """What one engine's pool holds, to move the gauges by differences (several engines,
    in tests several apps, share the gauges of a label)."""

    def __init__(self, name: str, size: int) -> None:
        self.size = size
        self.open = 0
        self.overflow = 0
        self.checked_out = CHECKED_OUT.labels(name)
        self.connections = OPEN.labels(name)
        self.overflow_gauge = OVERFLOW.labels(name)

    def opened(self, delta: int) -> None:
        self.open += delta
        self.connections.inc(delta)
        overflow = max(0, self.open - self.size)
        if overflow != self.overflow:
            self.overflow_gauge.inc(overflow - self.overflow)
            self.overflow = overflow


def instrument(engine: AsyncEngine, name: str) -> None:
    """Keep the gauges of ``name`` up to date with ``engine``'s pool. Installed after the
    engine's own checkout check (``db/engine.py``), so a connection that check replaces is
    not counted twice."""
    pool: Any = engine.sync_engine.pool
    size = int(pool.size()) if hasattr(pool, "size") else 0
    max_overflow = int(getattr(pool, "_max_overflow", 0) or 0)
    state = _PoolState(name, size)
    SIZE.labels(name).inc(size)
    MAX_OVERFLOW.labels(name).inc(max_overflow)
    target = engine.sync_engine

    # Each count is undone only by the record that made it, once (``record_info`` lives as
    # long as the pool's record, across reconnections): a connection that could not be made
    # (the database down) or that the engine's own check refused is checked in without
    # having been checked out.
    @event.listens_for(target, "checkout")
    def _checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        if not record.record_info.get(_OUT):
            record.record_info[_OUT] = True
            state.checked_out.inc()

    @event.listens_for(target, "checkin")
    def _checkin(dbapi_connection: Any, record: Any) -> None:
        if record is not None and record.record_info.pop(_OUT, False):
            state.checked_out.dec()

    @event.listens_for(target, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        if not record.record_info.get(_OPEN):
            record.record_info[_OPEN] = True
            state.opened(1)

    @event.listens_for(target, "close")
    def _close(dbapi_connection: Any, record: Any) -> None:
        if record is not None and record.record_info.pop(_OPEN, False):
            state.opened(-1)

    @event.listens_for(target, "engine_disposed")
    def _disposed(engine: Any) -> None:
        SIZE.labels(name).dec(size)
        MAX_OVERFLOW.labels(name).dec(max_overflow)
