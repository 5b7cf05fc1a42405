"""Bulk writes (COPY on the driver) only ever run inside the session's transaction."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from bawaslu_api.cases.models import RegisterCounter
from bawaslu_api.db import bulk
from bawaslu_api.timeline.models import CaseEvent


def _event(report_id: uuid.UUID) -> CaseEvent:
    from datetime import UTC, datetime

    return bulk.new(
        CaseEvent, report_id=report_id, seq=1, at=datetime.now(UTC), actor="t", action="x",
        changes={}, prev_hash=b"\0" * 32, hash=b"\0" * 32,
    )  # fmt: skip


async def test_a_session_that_autocommits_is_refused_and_nothing_is_written(
    database_url: str,
) -> None:
    engine = create_async_engine(database_url, isolation_level="AUTOCOMMIT")
    try:
        async with AsyncSession(engine) as session:
            with pytest.raises(bulk.NoTransaction):
                await bulk.copy_objects(session, [_event(uuid.uuid4())])
    finally:
        await engine.dispose()


async def test_copy_runs_in_the_transaction_and_rolls_back_with_it(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        office_id = await conn.scalar(text("SELECT id FROM office WHERE code = '52'"))
    counter = bulk.new(
        RegisterCounter, office_id=office_id, kind="bulk-test", year=1999, last_value=7
    )
    async with AsyncSession(engine) as session:
        # The first statement of the session: the transaction is begun for it, not bypassed.
        await bulk.copy_objects(session, [counter])
        seen = await session.scalar(
            text("SELECT last_value FROM register_counter WHERE kind = 'bulk-test'")
        )
        await session.rollback()
    assert seen == 7  # visible inside the transaction...
    async with engine.connect() as conn:
        count = await conn.scalar(
            text("SELECT count(*) FROM register_counter WHERE kind = 'bulk-test'")
        )
    assert count == 0  # ...and gone with its rollback
