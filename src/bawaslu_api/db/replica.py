"""The optional read replica: which reads it serves, and when the primary serves instead.

With ``BAWASLU_DATABASE_REPLICA_URL`` set (a PostgreSQL streaming replica of the primary),
the reads declared as replica reads (``db.uow.ReadSession``, ``read_session``,
``choose``: public endpoints, the report list, exports) go to the replica, unless:

- **the caller's own writes are not there yet.** After every successful write request
  made with a bearer token, the unit of work records the primary's WAL insert position
  for that caller (``recent_write``, keyed by the token's kind and subject). A read of
  that caller goes to the replica only once the replica has replayed past that position,
  so a case created, then listed, is always in the list; no time window to tune. Callers
  without a token (public readers) have no writes of their own to see; the anonymous
  filer's receipt look-up always reads the primary.
- **the replica lags:** it serves only while it has replayed everything the primary had
  ``BAWASLU_DATABASE_REPLICA_MAX_LAG_S`` ago, measured every
  ``BAWASLU_DATABASE_REPLICA_CHECK_INTERVAL_S`` by each process (:class:`Replica`).
- **the replica is down:** a failed measurement or a failed connection sends reads to
  the primary until a measurement succeeds again.

The engines and sessions themselves come from ``db.engine`` (the one home of both).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import collections
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from fastapi import Request
from sqlalchemy import BigInteger, String, literal_column, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn

from bawaslu_api.db.base import Base
from bawaslu_api.db.engine import create_engine, create_sessionmaker
from bawaslu_api.settings import Settings

logger = logging.getLogger(__name__)

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_INSERT_LSN = "(pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint"
_WRITTEN_LSN = text(f"SELECT {_INSERT_LSN}")
_REPLAYED_LSN = text(
    "SELECT pg_is_in_recovery(), (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint"
)


class RecentWrite(Base):
    """The primary's WAL position after a caller's latest write (read-your-writes).

    UNLOGGED: read and written on the primary only; lost in a crash, which only sends
    the callers' next reads to the replica a moment early.
    """

    __tablename__ = "recent_write"
    __table_args__ = {"prefixes": ["UNLOGGED"]}

    principal: Mapped[str] = mapped_column(String(300), primary_key=True)
    lsn: Mapped[int] = mapped_column(BigInteger)


class Replica:
    """A replica's engine and what this process knows of its replay position."""

    def __init__(self, engine: AsyncEngine, primary: AsyncEngine, settings: Settings) -> None:
        self.engine = engine
        self.sessionmaker: async_sessionmaker[AsyncSession] = create_sessionmaker(engine)
        self.primary = primary
        self.max_lag_s = settings.database_replica_max_lag_s
        self.interval_s = settings.database_replica_check_interval_s
        self.replayed: int | None = None  # None: down, or not measured yet
        # (monotonic time, the primary's written WAL position then), oldest first.
        self._samples: collections.deque[tuple[float, int]] = collections.deque()
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def open(cls, url: str, primary: AsyncEngine, settings: Settings) -> Replica:
        """The replica of ``url``, measured in the background from now on."""
        replica = cls(create_engine(url, settings, replica=True), primary, settings)
        replica._task = asyncio.create_task(replica._watch(), name="replica-monitor")
        return replica

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        await self.engine.dispose()

    async def _watch(self) -> None:
        while True:
            await self.refresh()
            await asyncio.sleep(self.interval_s)

    async def refresh(self) -> None:
        """Measure: the primary's written position first, then the replica's replayed one."""
        try:
            async with self.primary.connect() as conn:
                written = (await conn.execute(_WRITTEN_LSN)).scalar_one()
                await conn.rollback()
        except Exception:  # the primary's trouble is the requests' to report
            return
        now = time.monotonic()
        self._samples.append((now, written))
        horizon = now - self.max_lag_s - 2 * self.interval_s
        while len(self._samples) > 1 and self._samples[1][0] < horizon:
            self._samples.popleft()
        try:
            async with self.engine.connect() as conn:
                in_recovery, replayed = (await conn.execute(_REPLAYED_LSN)).one()
                await conn.rollback()
        except Exception as exc:
            self.down(f"not reachable: {type(exc).__name__}")
            return
        if not in_recovery or replayed is None:
            self.down("not a standby in recovery")
            return
        if self.replayed is None:
            logger.info("read replica in use")
        self.replayed = replayed

    def down(self, why: str) -> None:
        """Send reads to the primary until the next successful measurement."""
        if self.replayed is not None:
            logger.warning("read replica left out", extra={"reason": why})
        self.replayed = None

    def fresh(self) -> bool:
        """Up, and has replayed all the primary had ``max_lag_s`` ago (or later)."""
        if self.replayed is None:
            return False
        for at, written in reversed(self._samples):
            if written <= self.replayed:
                return time.monotonic() - at <= self.max_lag_s
        return False

    def covers(self, lsn: int) -> bool:
        """Whether the replica has replayed up to ``lsn`` (a write of the primary)."""
        return self.replayed is not None and self.replayed >= lsn


def caller(request: Request) -> str | None:
    """``kind:subject`` of the request's bearer token, read without verifying it.

    Only used to route reads: a forged token can at most send its own reads to the
    primary; the route's own dependency still verifies the token.
    """
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    parts = token.split(".")
    if scheme.lower() != "bearer" or len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        return f"{claims.get('kind', 'staff')}:{claims['sub']}"[:300]
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        return None


async def record_write(request: Request) -> None:
    """After a successful write request: where the caller's reads must catch up to."""
    if getattr(request.app.state, "replica", None) is None or request.method in _SAFE_METHODS:
        return
    who = caller(request)
    if who is None:
        return
    stmt = insert(RecentWrite).values(principal=who, lsn=literal_column(_INSERT_LSN))
    stmt = stmt.on_conflict_do_update(
        index_elements=[RecentWrite.principal], set_={"lsn": stmt.excluded.lsn}
    )
    try:
        async with request.app.state.engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(stmt)
    except Exception:  # the write is committed; at worst the caller reads it a moment late
        logger.warning("could not record a write for read-your-writes", exc_info=True)


async def choose(request: Request) -> Replica | None:
    """The replica when it may serve this request's reads, else None (the primary)."""
    replica: Replica | None = getattr(request.app.state, "replica", None)
    if replica is None or not replica.fresh():
        return None
    who = caller(request)
    if who is not None:
        try:
            async with request.app.state.engine.connect() as conn:
                lsn = (
                    await conn.execute(select(RecentWrite.lsn).where(RecentWrite.principal == who))
                ).scalar_one_or_none()
                await conn.rollback()
        except Exception:  # the primary's trouble: its own read will report it
            return None
        if lsn is not None and not replica.covers(lsn):
            return None
    return replica


@asynccontextmanager
async def read_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A session for a replica read: on the replica when :func:`choose` allows and it
    answers, otherwise a unit of work on the primary."""
    replica = await choose(request)
    session: AsyncSession | None = None
    if replica is not None:
        session = replica.sessionmaker()
        try:
            await session.connection()
        except Exception as exc:
            await session.close()
            replica.down(f"connection failed: {type(exc).__name__}")
            session = None
    if session is None:
        async with request.app.state.sessionmaker() as primary, primary.begin():
            yield primary
        return
    async with session:
        yield session


async def driver_connection(replica: Replica) -> PoolProxiedConnection | None:
    """A pooled connection of the replica (``close()`` returns it), or None when the
    replica does not answer (then marked down)."""
    try:
        return await greenlet_spawn(replica.engine.sync_engine.pool.connect)
    except Exception as exc:
        replica.down(f"connection failed: {type(exc).__name__}")
        return None
