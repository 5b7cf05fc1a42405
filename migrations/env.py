"""Alembic environment: async engine, our metadata, a lock timeout for every migration."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from bawaslu_api.db import queue
from bawaslu_api.db.engine import install_outage_handling
from bawaslu_api.models import metadata

config = context.config


def _database_url() -> str:
    url = config.attributes.get("database_url")
    if url:
        return str(url)
    from bawaslu_api.db.runtime import resolve_database_url
    from bawaslu_api.settings import get_settings

    return resolve_database_url(get_settings())


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        compare_server_default=True,
        transaction_per_migration=True,
        include_name=queue.not_the_queue,  # procrastinate's tables are its own
    )


def _run(connection: Connection) -> None:
    # Never wait long for a lock held by live traffic: fail the migration instead.
    connection.exec_driver_sql("SET lock_timeout = '5s'")
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(_database_url(), poolclass=pool.NullPool)
    # An unreachable server is one clear error (DatabaseUnreachable), not a driver's OSError.
    install_outage_handling(engine)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
        await connection.commit()
    await engine.dispose()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    asyncio.run(_run_async())


def run_migrations_offline() -> None:
    context.configure(url=_database_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
