"""Reference data every installation needs, and the demo data for ``make run``."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.engine import create_sessionmaker
from bawaslu_api.elections.models import Regime
from bawaslu_api.elections.reference import SEEDED_ELECTIONS, load_reference_elections
from bawaslu_api.offices.reference import load_reference_offices
from bawaslu_api.settings import get_settings
from bawaslu_rules import ruleset_for


def _ruleset_versions() -> dict[Regime, str]:
    """The ruleset in force on each seeded election's voting day (docs/legal/rules.md §1)."""
    by_regime: dict[Regime, str] = {}
    for election in SEEDED_ELECTIONS:
        voting_day: date = election["voting_day"]
        regime: Regime = election["regime"]
        by_regime[regime] = ruleset_for(regime.value, on=voting_day).version
    return by_regime


async def _seed_reference(session: AsyncSession) -> dict[str, int]:
    offices = await load_reference_offices(session)
    elections = await load_reference_elections(session, _ruleset_versions())
    return {"offices_inserted": offices, "elections_inserted": elections}


async def _with_session(url: str, *, demo: bool) -> dict[str, int]:
    from bawaslu_api.db.engine import create_engine

    engine = create_engine(url, get_settings())
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            summary = await _seed_reference(session)
            if demo:
                from bawaslu_api.demo import load_demo

                summary.update(await load_demo(session))
            return summary
    finally:
        await engine.dispose()


async def seed_reference(url: str) -> dict[str, int]:
    """Offices (Bawaslu RI, provinces, kabupaten/kota) and the seeded elections."""
    return await _with_session(url, demo=False)


async def seed_demo(url: str) -> dict[str, int]:
    """Reference data plus demo users and sample cases. Idempotent."""
    return await _with_session(url, demo=True)
