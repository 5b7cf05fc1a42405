"""A change committed late by a slow transaction is not skipped (real commits, two
connections): the feed never answers past a transaction still running."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.api.changes.conftest import of_case, sync
from tests.api.reports.conftest import complete_report

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings

OFFICE = "63.03"  # Kabupaten Banjar: no other test files cases there


@pytest.fixture
async def committing(
    database_url: str, test_settings: Settings
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient, dict[str, str]]]:
    app: FastAPI = create_app(test_settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session, app.state.key_ring, test_settings,
                subject="field-tablet", role=Role.handler, office_code=OFFICE,
            )  # fmt: skip
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                yield app, c, {"Authorization": f"Bearer {token}"}
            finally:
                async with app.state.engine.begin() as conn:
                    ids = list(
                        (
                            await conn.execute(
                                text("SELECT id FROM report WHERE office_path LIKE :p"),
                                {"p": f"%/{OFFICE}/%"},
                            )
                        ).scalars()
                    )
                    delete = "DELETE FROM report WHERE id = ANY(:ids)"
                    await conn.execute(text(delete), {"ids": ids})
                    await conn.execute(
                        text("DELETE FROM case_change WHERE report_id = ANY(:ids)"), {"ids": ids}
                    )


async def test_a_change_a_slow_transaction_commits_late_is_not_skipped(
    committing: tuple[FastAPI, httpx.AsyncClient, dict[str, str]],
) -> None:
    app, client, headers = committing
    incident = {"date": "2024-01-10", "office": OFFICE, "address": "Martapura"}

    async def create() -> str:
        body = complete_report(office=OFFICE, incident=incident)
        response = await client.post("/v1/reports", json=body, headers=headers)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    slow_case, fast_case = await create(), await create()
    _, cursor = await sync(client, headers)

    seen: list[dict[str, Any]] = []
    async with app.state.engine.connect() as slow:
        # The slow transaction writes first (its change gets the lower number)...
        slow_edit = "UPDATE report SET description = description || ' (dari lapangan)'"
        await slow.execute(text(slow_edit + " WHERE id = :id"), {"id": slow_case})
        # ...a fast one writes later and commits first...
        corrected = await client.patch(
            f"/v1/reports/{fast_case}",
            json={"description": "Koreksi cepat", "reason": "salah ketik"},
            headers=headers,
        )
        assert corrected.status_code == 200, corrected.text
        # ...and a client syncs in between.
        items, cursor = await sync(client, headers, cursor)
        seen += items
        assert of_case(items, slow_case) == []
        await slow.commit()

    items, cursor = await sync(client, headers, cursor)
    seen += items
    slow_seen = [i for i in of_case(seen, slow_case) if i["kind"] == "case"]
    assert slow_seen
    assert slow_seen[-1]["case"]["description"].endswith("(dari lapangan)")
    fast_seen = [i for i in of_case(seen, fast_case) if i["kind"] == "case"]
    assert fast_seen[-1]["case"]["description"] == "Koreksi cepat"
