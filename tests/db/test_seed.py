"""Reference and demo data load into a migrated database, and loading twice adds nothing."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from bawaslu_api.db.migrations import upgrade
from bawaslu_api.seed import seed_demo


async def test_seed_demo_is_complete_and_idempotent(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create("bawaslu_seed_test")
    await asyncio.to_thread(upgrade, url)
    first = await seed_demo(url)
    second = await seed_demo(url)
    assert first["offices_inserted"] == 1 + 38 + 514
    assert first["elections_inserted"] == 2
    assert first["demo_reports_inserted"] == 10 + 28
    assert first["demo_users_inserted"] == 4
    assert first["demo_letterheads_inserted"] == 1
    assert second == {
        "offices_inserted": 0,
        "elections_inserted": 0,
        "demo_users_inserted": 0,
        "demo_letterheads_inserted": 0,
        "demo_reports_inserted": 0,
    }
    engine = create_async_engine(url)
    from bawaslu_api.models import Office, Report

    async with engine.connect() as conn:
        provinces = (
            await conn.execute(
                select(func.count()).select_from(Office).where(Office.level == "province")
            )
        ).scalar_one()
        statuses = set((await conn.execute(select(Report.status).distinct())).scalars())
        # Spread for the statistics (issue 15): stages, subjects, offices, both regimes.
        stages = set((await conn.execute(select(Report.stage).distinct())).scalars())
        offices = set((await conn.execute(select(Report.office_path).distinct())).scalars())
        regimes = set((await conn.execute(select(Report.regime).distinct())).scalars())
        unclassified = (
            await conn.execute(
                select(func.count()).select_from(Report).where(Report.subjects == [])
            )
        ).scalar_one()
        timed = (
            await conn.execute(
                select(func.count())
                .select_from(Report)
                .where(Report.registered_at.is_not(None), Report.registration_days.is_(None))
            )
        ).scalar_one()
    await engine.dispose()
    assert stages == {
        "candidacy", "campaign", "logistics", "quiet_period", "voting_counting",
        "recapitulation", None,
    }  # fmt: skip
    assert len(offices) == 4
    assert regimes == {"pemilu", "pemilihan"}
    assert unclassified == 0
    assert timed == 0
    assert provinces == 38
    assert {s.value if hasattr(s, "value") else s for s in statuses} == {
        "received",
        "completion_requested",
        "registered",
        "forwarded",
        "not_registered",
        "decided",
    }
