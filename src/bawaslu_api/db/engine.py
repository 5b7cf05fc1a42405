"""The async engine: bounded pool, a cheap liveness check on checkout, statement timeout."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from bawaslu_api.errors import (
    DATABASE_UNREACHABLE_DETAIL,
    DatabaseUnreachable,
    database_outage,
    is_connection_error,
)
from bawaslu_api.settings import Settings

_CHECKED_IN_AT = "bawaslu_checked_in_at"


def create_engine(url: str, settings: Settings, *, replica: bool = False) -> AsyncEngine:
    """An engine for ``url`` configured from ``settings``. A ``replica`` engine gives up
    connecting after 2 s (the primary serves meanwhile: db/replica.py)."""
    engine = create_async_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_s,
        pool_recycle=1800,
        connect_args={
            # A new connection that takes longer than this fails like an unreachable server
            # (asyncpg's default is 60 s, a request held for a minute).
            "timeout": settings.db_pool_timeout_s,
            "server_settings": {
                "statement_timeout": str(settings.db_statement_timeout_ms),
                "application_name": "bawaslu-api-replica" if replica else "bawaslu-api",
                "timezone": "UTC",
            },
            **({"timeout": 2} if replica else {}),
        },
    )
    install_liveness_check(engine, ping_after_idle_s=settings.db_ping_after_idle_s)
    install_outage_handling(engine)
    return engine


def install_outage_handling(engine: AsyncEngine) -> None:
    """A connection that cannot be made is a :class:`DatabaseUnreachable` (503 with
    ``Retry-After`` on every route, one line in the CLI), whatever the driver raised: no
    socket (``FileNotFoundError``), refused, timed out, "the database system is shutting
    down". The start and the end of an outage are logged once each
    (``errors.database_outage``); the pool makes a new connection on the next request, so
    the service recovers by itself."""

    @event.listens_for(engine.sync_engine, "do_connect")
    def _connect(dialect: Dialect, conn_rec: Any, cargs: Any, cparams: Any) -> Any:
        try:
            connection = dialect.connect(*cargs, **cparams)
        except Exception as exc:
            if not is_connection_error(exc):
                raise
            database_outage.failed(exc)
            raise DatabaseUnreachable(DATABASE_UNREACHABLE_DETAIL) from exc
        database_outage.recovered()
        return connection


def install_liveness_check(engine: AsyncEngine, *, ping_after_idle_s: float) -> None:
    """Never hand out a dead connection, without a round trip on every checkout.

    SQLAlchemy's ``pool_pre_ping`` costs three round trips per checkout with asyncpg
    (``BEGIN``, ``;``, ``ROLLBACK``). Instead: a connection the server closed (restart,
    ``pg_terminate_backend``, idle timeout) has already been noticed by the driver, so
    checking ``is_closed()`` is free and catches it; a connection idle for longer than
    ``ping_after_idle_s`` (where a silent network failure may hide) is pinged as pre-ping
    would. Either failure makes the pool replace the connection (``DisconnectionError``).
    """

    @event.listens_for(engine.sync_engine, "checkin")
    def _checkin(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info[_CHECKED_IN_AT] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _checkout(
        dbapi_connection: Any, record: ConnectionPoolEntry, proxy: PoolProxiedConnection
    ) -> None:
        driver = record.driver_connection
        if driver is None or driver.is_closed():
            raise DisconnectionError("the server closed this connection")
        idle_since = record.info.get(_CHECKED_IN_AT)
        if idle_since is not None and time.monotonic() - idle_since > ping_after_idle_s:
            try:
                dbapi_connection.ping()
            except Exception as exc:
                raise DisconnectionError("the connection did not answer a ping") from exc


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)
