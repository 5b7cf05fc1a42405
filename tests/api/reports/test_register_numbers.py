"""Register numbers: gap-free and distinct under concurrent registrations (real commits)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.api.reports.conftest import complete_report

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings

OFFICE = "52.08"  # Kabupaten Lombok Utara: no other test registers there


@pytest.fixture
async def committing_client(
    database_url: str, test_settings: Settings
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    # 200 requests queue for 30 connections; on a loaded machine that wait can be long.
    settings = test_settings.model_copy(
        update={"db_pool_size": 20, "db_max_overflow": 10, "db_pool_timeout_s": 120.0}
    )
    app: FastAPI = create_app(settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session, app.state.key_ring, settings,
                subject="loadtest", role=Role.handler, office_code=OFFICE,
            )  # fmt: skip
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                yield c, {"Authorization": f"Bearer {token}"}
            finally:
                async with app.state.engine.begin() as conn:
                    office_id = "(SELECT id FROM office WHERE code = :c)"
                    await conn.execute(
                        text(f"DELETE FROM report WHERE office_id = {office_id}"), {"c": OFFICE}
                    )
                    await conn.execute(
                        text(f"DELETE FROM register_counter WHERE office_id = {office_id}"),
                        {"c": OFFICE},
                    )


async def test_200_concurrent_registrations_get_200_consecutive_numbers(
    committing_client: tuple[httpx.AsyncClient, dict[str, str]],
) -> None:
    client, headers = committing_client
    incident = {"date": "2024-01-10", "office": OFFICE, "address": "Tanjung"}
    body = complete_report(office=OFFICE, incident=incident)

    async def create() -> str:
        response = await client.post("/v1/reports", json=body, headers=headers)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    ids = await asyncio.gather(*(create() for _ in range(200)))

    async def register(rid: str) -> Any:
        response = await client.post(f"/v1/reports/{rid}/registration", headers=headers)
        assert response.status_code == 200, response.text
        return response.json()["register_number"]

    numbers = await asyncio.gather(*(register(rid) for rid in ids))
    assert len(set(numbers)) == 200
    sequences = sorted(int(n.split("/")[0]) for n in numbers)
    assert sequences == list(range(1, 201))
    assert all(n.split("/", 1)[1].startswith("Reg/LP/PL/Kab/52.08/") for n in numbers)
