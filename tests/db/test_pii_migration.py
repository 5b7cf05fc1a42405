"""Migration 0024 encrypts the personal data already stored (and its downgrade puts it
back in clear): checked on a database holding the demo data."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import create_async_engine

from bawaslu_api.db.migrations import downgrade, upgrade


async def _identities(url: str) -> dict[Any, tuple[Any, ...]]:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bawaslu_api.cases.models import ReportIdentity

    engine = create_async_engine(url)
    async with AsyncSession(engine) as session:
        rows = (await session.scalars(select(ReportIdentity))).all()
        found = {
            i.report_id: (i.nik, i.address, i.phone, i.email, i.witnesses, i.nik_index)
            for i in rows
        }
    await engine.dispose()
    return found


async def test_existing_personal_data_is_encrypted_by_the_migration(pg_server: Any) -> None:
    from bawaslu_api.seed import seed_demo

    url = pg_server.create("bawaslu_pii_migration")
    await asyncio.to_thread(upgrade, url)
    await seed_demo(url)
    sealed = await _identities(url)
    assert any(v[0] for v in sealed.values())

    await asyncio.to_thread(downgrade, url, "0023")
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        clear = {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in await conn.execute(
                text("SELECT report_id, nik, address, phone, email FROM report_identity")
            )
        }
    await engine.dispose()
    assert clear == {k: v[:4] for k, v in sealed.items()}

    await asyncio.to_thread(upgrade, url)
    assert await _identities(url) == sealed
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        stored = (await conn.execute(text("SELECT nik_sealed FROM report_identity"))).scalars()
        assert all(s == "" or s.startswith("s1.") for s in stored)
    await engine.dispose()
