"""Concurrent uploads to one case, with real commits: every item stored, the timeline's
hash chain intact, and the case quota never overshot."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.api.evidence.conftest import jpeg, new_case, upload

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings

OFFICE = "52.07"  # Kabupaten Sumbawa Barat: no other test writes there


@pytest.fixture
async def committing(
    database_url: str, test_settings: Settings
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str], FastAPI]]:
    settings = test_settings.model_copy(update={"db_pool_size": 20, "db_max_overflow": 10})
    app: FastAPI = create_app(settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session, app.state.key_ring, settings,
                subject="concurrent", role=Role.handler, office_code=OFFICE,
            )  # fmt: skip
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                yield c, {"Authorization": f"Bearer {token}"}, app
            finally:
                async with app.state.engine.begin() as conn:
                    await conn.execute(
                        text(
                            "DELETE FROM report WHERE office_id = "
                            "(SELECT id FROM office WHERE code = :c)"
                        ),
                        {"c": OFFICE},
                    )


async def test_concurrent_uploads_to_one_case(
    committing: tuple[httpx.AsyncClient, dict[str, str], FastAPI],
) -> None:
    client, headers, _ = committing
    case = await new_case(
        client, headers, office=OFFICE, incident={"date": "2024-01-10", "office": OFFICE}
    )
    bodies = [jpeg(200_000 + i) for i in range(20)]
    responses = await asyncio.gather(*(upload(client, headers, case, b) for b in bodies))
    assert [r.status_code for r in responses] == [201] * 20, [r.text for r in responses]
    assert {r.json()["sha256"] for r in responses} == {
        hashlib.sha256(b).hexdigest() for b in bodies
    }
    listing = (await client.get(f"/v1/reports/{case}/evidence", headers=headers)).json()["items"]
    assert len(listing) == 20
    verify = await client.get(f"/v1/reports/{case}/timeline/verify", headers=headers)
    assert verify.json()["valid"] is True
    timeline = (await client.get(f"/v1/reports/{case}/timeline", headers=headers)).json()["items"]
    assert sum(e["action"] == "evidence_received" for e in timeline) == 20


async def test_concurrent_uploads_never_overshoot_the_case_quota(
    committing: tuple[httpx.AsyncClient, dict[str, str], FastAPI],
) -> None:
    client, headers, app = committing
    app.state.settings.evidence_max_case_bytes = 5 * 100_000 + 50_000
    case = await new_case(
        client, headers, office=OFFICE, incident={"date": "2024-01-10", "office": OFFICE}
    )
    bodies = [jpeg(100_000) for _ in range(12)]
    responses: list[Any] = await asyncio.gather(*(upload(client, headers, case, b) for b in bodies))
    codes = sorted(r.status_code for r in responses)
    assert codes.count(201) == 5
    assert all(c == 413 for c in codes if c != 201)
    listing = (await client.get(f"/v1/reports/{case}/evidence", headers=headers)).json()["items"]
    assert sum(i["size"] for i in listing) <= app.state.settings.evidence_max_case_bytes
