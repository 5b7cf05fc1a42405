"""A pooled connection the server killed is replaced, not handed to the next request."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings


@pytest.fixture
async def served(
    database_url: str, test_settings: Settings
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient, dict[str, str]]]:
    """An app with its own pool (the other tests' connections are left alone)."""
    app = create_app(test_settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session,
                app.state.key_ring,
                test_settings,
                subject="viewer@52",
                role=Role.viewer,
                office_code="52",
            )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield app, client, {"Authorization": f"Bearer {token}"}


async def _kill_pooled_connections(app: FastAPI, database_url: str) -> None:
    """``pg_terminate_backend`` every connection of the app's pool, and wait until the
    server has ended them."""
    pids: list[int] = []
    drivers = []
    pool = app.state.engine.pool
    assert pool.checkedout() == 0
    connections = [await app.state.engine.connect() for _ in range(pool.checkedin())]
    for conn in connections:
        raw = await conn.get_raw_connection()
        drivers.append(raw.driver_connection)
        pids.append(raw.driver_connection.get_server_pid())
    for conn in connections:
        await conn.close()
    assert pids
    u = make_url(database_url)
    admin = await asyncpg.connect(
        user=u.username, host=u.query.get("host") or u.host, port=u.port, database=u.database
    )
    try:
        await admin.execute("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) pid", pids)
        for _ in range(1000):  # the backends exit asynchronously
            if not await admin.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY($1::int[])", pids
            ):
                break
            await asyncio.sleep(0.01)
        # And until the driver has read the server's goodbye on each socket (the event loop
        # delivers it asynchronously; on a busy machine after the backends are gone): the
        # pool's liveness check relies on that, as it does in service, where the next
        # request comes long after.
        for _ in range(500):
            if all(driver.is_closed() for driver in drivers):
                break
            await asyncio.sleep(0.01)
    finally:
        await admin.close()


@pytest.mark.parametrize(
    "path",
    [
        "/v1/reports?office=52&status=registered",  # the read path (no ORM session)
        "/v1/reports/0190691c-5a15-7000-8000-000000000001",  # the read path, a 404
        "/v1/offices/52",  # a read through the unit of work
    ],
)
async def test_a_connection_killed_server_side_does_not_fail_the_next_request(
    served: tuple[FastAPI, httpx.AsyncClient, dict[str, str]], database_url: str, path: str
) -> None:
    app, client, headers = served
    first = await client.get(path, headers=headers)
    assert first.status_code in (200, 404)

    await _kill_pooled_connections(app, database_url)

    again = await client.get(path, headers=headers)
    assert again.status_code == first.status_code
    if first.status_code == 200:
        assert again.json() == first.json()
