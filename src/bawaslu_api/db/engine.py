"""The async engine: bounded pool, a cheap liveness check on checkout, statement timeout."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

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
            "server_settings": {
                "statement_timeout": str(settings.db_statement_timeout_ms),
                "application_name": "bawaslu-api-replica" if replica else "bawaslu-api",
                "timezone": "UTC",
            },
            **({"timeout": 2} if replica else {}),
        },
    )
    install_liveness_check(engine, ping_after_idle_s=settings.db_ping_after_idle_s)
    return engine


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
