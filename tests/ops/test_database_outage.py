"""With PostgreSQL stopped, every route answers 503 ``database_unreachable`` with
``Retry-After`` (no 500, one log line for the outage), and the service recovers by itself
when the server is back.

The server stopped here is an embedded server of this module's own, not the session's.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.db import embedded
from bawaslu_api.main import create_app
from bawaslu_api.metrics import pool as pool_metrics
from bawaslu_api.security.principals import Role
from bawaslu_api.settings import Settings

# One of each kind: public (no token), staff reads and writes, an evidence upload (a
# streamed body), the token endpoint, and a listing behind a router-level dependency.
REQUESTS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/v1/public/announcements", {}),
    ("GET", "/v1/public/statistics", {"params": {"election": "pemilu-2024"}}),
    ("GET", "/v1/reports", {"staff": True}),
    ("GET", "/v1/offices/52", {"staff": True}),
    (
        "POST",
        "/v1/reports/0190691c-5a15-7000-8000-000000000001/evidence",
        {
            "staff": True,
            "params": {"description": "foto"},
            "content": b"\x89PNG\r\n\x1a\n" + b"0" * 64,
            "headers": {"Content-Type": "image/png"},
        },
    ),
    (
        "POST",
        "/v1/auth/token",
        {"data": {"grant_type": "password", "username": "nobody", "password": "x" * 12}},
    ),
]


@pytest.fixture(scope="module")
def own_server() -> Iterator[embedded.EmbeddedServer]:
    """A migrated database on an embedded server only this module uses."""
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    root = Path(tempfile.mkdtemp(prefix="bawaslu-outage-"))
    server = embedded.start(root / "pgdata", delete_on_exit=True)
    try:
        server.ensure_database()
        upgrade(server.url())
        asyncio.run(seed_reference(server.url()))
        yield server
    finally:
        server.stop()


@pytest.fixture
async def served(
    own_server: embedded.EmbeddedServer, test_settings: Settings
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    app: FastAPI = create_app(test_settings, database_url=own_server.url())
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            token = await mint_staff_token(
                session,
                app.state.key_ring,
                test_settings,
                subject="handler@52",
                role=Role.handler,
                office_code="52",
            )
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield client, {"Authorization": f"Bearer {token}"}


async def _send(
    client: httpx.AsyncClient, staff: dict[str, str], method: str, path: str, spec: dict[str, Any]
) -> httpx.Response:
    options = dict(spec)
    headers = {**(staff if options.pop("staff", False) else {}), **options.pop("headers", {})}
    return await client.request(method, path, headers=headers, **options)


async def test_every_route_answers_503_while_the_database_is_down_and_recovers(
    own_server: embedded.EmbeddedServer,
    served: tuple[httpx.AsyncClient, dict[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    client, staff = served
    before = {
        path: (await _send(client, staff, method, path, spec)).status_code
        for method, path, spec in REQUESTS
    }
    # Answers a user would get with the database up: lists, a 404 case, a refused login.
    assert sorted(before.values()) == [200, 200, 200, 200, 400, 404], before
    in_use = pool_metrics.CHECKED_OUT.labels("primary")._value.get()

    own_server.halt()
    try:
        with caplog.at_level(logging.INFO):
            for _ in range(3):
                for method, path, spec in REQUESTS:
                    response = await _send(client, staff, method, path, spec)
                    assert response.status_code == 503, (path, response.text)
                    assert response.headers["content-type"] == "application/problem+json"
                    assert response.headers["retry-after"] == "5"
                    body = response.json()
                    assert body["code"] == "database_unreachable"
                    assert "request_id" in body
            ready = await client.get("/v1/health/ready")
            assert ready.status_code == 503
            assert ready.json()["code"] == "database_unreachable"
        messages = [r.getMessage() for r in caplog.records]
        assert messages.count("database unreachable: answering 503 until it is back") == 1
        assert "unhandled error" not in messages
        assert not [r for r in caplog.records if r.exc_info]
    finally:
        own_server.resume()

    with caplog.at_level(logging.INFO):
        after = {
            path: (await _send(client, staff, method, path, spec)).status_code
            for method, path, spec in REQUESTS
        }
    assert after == before
    # The pool's metrics come back to where they were: the refused and failed checkouts
    # of the outage are not counted as connections in use (nor negatively).
    assert pool_metrics.CHECKED_OUT.labels("primary")._value.get() == in_use
    assert "database reachable again" in [r.getMessage() for r in caplog.records]
    assert (await client.get("/v1/health/ready")).status_code == 200


async def test_no_free_connection_in_the_pool_is_a_503_too(
    database_url: str, test_settings: Settings
) -> None:
    settings = test_settings.model_copy(
        update={"db_pool_size": 1, "db_max_overflow": 0, "db_pool_timeout_s": 0.2}
    )
    app = create_app(settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            assert (await client.get("/v1/public/announcements")).status_code == 200
            async with app.state.engine.connect():  # the only connection, held
                response = await client.get("/v1/public/announcements")
            assert response.status_code == 503
            assert response.json()["code"] == "database_unreachable"
            assert response.headers["retry-after"] == "5"
            assert (await client.get("/v1/public/announcements")).status_code == 200
