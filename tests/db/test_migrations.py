"""Alembic owns the schema: one head, reversible, and in step with the models."""

from __future__ import annotations

import re

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from bawaslu_api.db import queue
from bawaslu_api.db.migrations import alembic_config, downgrade, migrations_dir, upgrade
from bawaslu_api.models import metadata


@pytest.fixture(scope="module")
def scratch_db(pg_server) -> str:  # type: ignore[no-untyped-def]
    return pg_server.create("bawaslu_migrations_test")  # type: ignore[no-any-return]


def test_single_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several heads, merge them: {heads}"


def test_file_names_are_date_slug() -> None:
    names = [p.name for p in (migrations_dir() / "versions").glob("*.py")]
    assert names
    for name in names:
        assert re.fullmatch(r"\d{8}_\d{4}_[a-z0-9_]+\.py", name), name


async def test_upgrade_downgrade_upgrade(scratch_db: str) -> None:
    import asyncio

    await asyncio.to_thread(upgrade, scratch_db)
    await asyncio.to_thread(downgrade, scratch_db, "base")
    await asyncio.to_thread(upgrade, scratch_db)


async def test_models_and_migrations_agree(scratch_db: str) -> None:
    import asyncio

    from sqlalchemy.ext.asyncio import create_async_engine

    await asyncio.to_thread(upgrade, scratch_db)
    engine = create_async_engine(scratch_db)

    def _diff(conn):  # type: ignore[no-untyped-def]
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_name": queue.not_the_queue,
            },
        )
        return compare_metadata(ctx, metadata)

    async with engine.connect() as conn:
        diff = await conn.run_sync(_diff)
        tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
    await engine.dispose()
    assert diff == [], f"models and migrations differ; write a migration: {diff}"
    assert set(metadata.tables) <= set(tables)


def test_every_constraint_is_named() -> None:
    for table in metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}: {constraint}"
