"""Elections seeded with every installation: Pemilu 2024 and Pilkada serentak 2024.

Their stage calendars are the rules engine's data (``bawaslu_rules.ELECTIONS``, with the
source of every window; docs/legal/calendars.md, MED: "verify before relying on them"),
so the engine's automatic 24-hour reception and the service's elections agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.base import uuid7
from bawaslu_api.elections.models import Election, Regime
from bawaslu_api.offices.models import Office
from bawaslu_api.offices.reference import NATIONAL_CODE
from bawaslu_rules import ELECTIONS


def _stages(slug: str) -> list[dict[str, Any]]:
    # The service's stage window shape is the engine's without the source (which stays in
    # bawaslu_rules and docs/legal/calendars.md).
    return [{k: v for k, v in w.to_dict().items() if k != "source"} for w in ELECTIONS[slug].stages]


SEEDED_ELECTIONS: list[dict[str, Any]] = [
    {
        "slug": calendar.slug,
        "regime": Regime(calendar.regime),
        "name": calendar.name,
        "voting_day": calendar.voting_day,
        "stages": _stages(calendar.slug),
    }
    for calendar in ELECTIONS.values()
]


async def load_reference_elections(
    session: AsyncSession, ruleset_versions: dict[Regime, str]
) -> int:
    """Insert the seeded elections that are missing; returns how many were inserted."""
    national_id = (
        await session.execute(select(Office.id).where(Office.code == NATIONAL_CODE))
    ).scalar_one()
    inserted = 0
    for election in SEEDED_ELECTIONS:
        values = {
            **election,
            "id": uuid7(),
            "area_office_id": national_id,
            "ruleset_version": ruleset_versions[election["regime"]],
        }
        result = await session.execute(
            insert(Election).values(values).on_conflict_do_nothing(index_elements=["slug"])
        )
        inserted += result.rowcount or 0  # type: ignore[attr-defined]
    await session.flush()
    return inserted
