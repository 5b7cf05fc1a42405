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


async def test_0023_keys_per_office_on_a_database_that_already_has_duplicates(
    pg_server,  # type: ignore[no-untyped-def]
) -> None:
    """Before 0023 two officers of one office could each import the same id (two cases):
    the upgrade keeps the earliest key, drops the later one and keeps both cases; keys get
    their importer's office (a subject that is no account: its case's office)."""
    import asyncio
    from datetime import UTC, datetime

    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.seed import seed_demo

    url = pg_server.create("bawaslu_migrations_0023")
    await asyncio.to_thread(upgrade, url)
    await seed_demo(url)
    await asyncio.to_thread(downgrade, url, "0022")
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            reports = (
                await conn.scalars(
                    text(
                        "SELECT r.id FROM report r JOIN office o ON o.id = r.office_id "
                        "WHERE o.code = '52.03' ORDER BY r.created_at LIMIT 3"
                    )
                )
            ).all()
            assert len(reports) == 3
            rows = [
                ("handler.lotim", "sheet-1", reports[0], datetime(2026, 1, 1, tzinfo=UTC)),
                ("commissioner.lotim", "sheet-1", reports[1], datetime(2026, 1, 2, tzinfo=UTC)),
                ("minted-name", "sheet-2", reports[2], datetime(2026, 1, 3, tzinfo=UTC)),
            ]
            for subject, ext, report, at in rows:
                await conn.execute(
                    text(
                        "INSERT INTO import_key (subject, external_id, report_id, created_at) "
                        "VALUES (:s, :e, :r, :at)"
                    ),
                    {"s": subject, "e": ext, "r": report, "at": at},
                )
        await asyncio.to_thread(upgrade, url)
        async with engine.connect() as conn:
            keys = (
                await conn.execute(
                    text(
                        "SELECT k.external_id, k.subject, k.report_id, o.code FROM import_key k "
                        "JOIN office o ON o.id = k.office_id ORDER BY k.external_id"
                    )
                )
            ).all()
            kept = await conn.scalar(
                text("SELECT count(*) FROM report WHERE id = :r"), {"r": reports[1]}
            )
    finally:
        await engine.dispose()
    assert [tuple(k) for k in keys] == [
        ("sheet-1", "handler.lotim", reports[0], "52.03"),
        ("sheet-2", "minted-name", reports[2], "52.03"),
    ]
    assert kept == 1  # the later case stays; only its key went
