"""Elections seeded with every installation: Pemilu 2024 and Pilkada serentak 2024.

Dates from rules-spec §8 (confidence MED: "verify before relying on them").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.base import uuid7
from bawaslu_api.elections.models import Election, Regime
from bawaslu_api.offices.models import Office
from bawaslu_api.offices.reference import NATIONAL_CODE


def _stage(
    stage: str, start: date, end: date | None = None, note: str | None = None
) -> dict[str, Any]:
    window: dict[str, Any] = {
        "stage": stage,
        "start": start.isoformat(),
        "end": (end or start).isoformat(),
    }
    if note:
        window["note"] = note
    return window


SEEDED_ELECTIONS: list[dict[str, Any]] = [
    {
        "slug": "pemilu-2024",
        "regime": Regime.pemilu,
        "name": "Pemilihan Umum 2024",
        "voting_day": date(2024, 2, 14),
        "stages": [
            _stage("candidate_list_set", date(2023, 11, 3), note="final candidate lists (DCT)"),
            _stage("candidate_pairs_set", date(2023, 11, 13), note="presidential pairs"),
            _stage("campaign", date(2023, 11, 28), date(2024, 2, 10)),
            _stage("quiet_period", date(2024, 2, 11), date(2024, 2, 13)),
            _stage("voting", date(2024, 2, 14), note="national holiday, Keppres 10/2024"),
            _stage("recapitulation", date(2024, 2, 15), date(2024, 3, 20)),
            _stage("national_result", date(2024, 3, 20)),
        ],
    },
    {
        "slug": "pilkada-2024",
        "regime": Regime.pemilihan,
        "name": "Pemilihan Gubernur, Bupati, dan Wali Kota Serentak 2024",
        "voting_day": date(2024, 11, 27),
        "stages": [
            _stage("candidate_pairs_set", date(2024, 9, 22)),
            _stage("campaign", date(2024, 9, 25), date(2024, 11, 23)),
            _stage("quiet_period", date(2024, 11, 24), date(2024, 11, 26)),
            _stage("voting", date(2024, 11, 27), note="national holiday, Keppres 33/2024"),
            _stage(
                "recapitulation",
                date(2024, 11, 27),
                date(2024, 12, 16),
                note="spec §8 says 'to mid-December'; end date is an assumption",
            ),
        ],
    },
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
