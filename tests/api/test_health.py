"""Health probes: liveness always, readiness only with a reachable, migrated database."""

from __future__ import annotations

import httpx
import pytest

from bawaslu_api.db.migrations import head_revisions
from bawaslu_api.main import create_app


async def test_live_answers_ok(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health/live")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_ready_reports_database_at_head(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health/ready")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["migrations"]["current"] == sorted(head_revisions())


async def _ready_of(database_url: str, settings: object) -> httpx.Response:
    app = create_app(settings, database_url=database_url)  # type: ignore[arg-type]
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await c.get("/v1/health/ready", headers={"Accept-Language": "en"})


async def test_ready_is_503_when_migrations_are_pending(pg_server, test_settings) -> None:  # type: ignore[no-untyped-def]
    empty = pg_server.create("bawaslu_not_migrated")
    response = await _ready_of(empty, test_settings)
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["code"] == "migrations_pending"
    assert "bawaslu-api migrate" in body["detail"]


async def test_every_route_answers_503_on_a_database_not_migrated(pg_server, test_settings) -> None:  # type: ignore[no-untyped-def]
    """`serve` started before `migrate`: a public read is the readiness problem (503
    migrations_pending, naming the command), not a 500."""
    empty = pg_server.create("bawaslu_never_migrated")
    app = create_app(test_settings, database_url=empty)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.get("/v1/public/announcements")
    assert response.status_code == 503, response.text
    assert response.json()["code"] == "migrations_pending"
    assert "bawaslu-api migrate" in response.json()["detail"]


@pytest.mark.parametrize("host", ["/nonexistent-socket-dir"])
async def test_ready_is_503_when_database_is_unreachable(host: str, test_settings) -> None:  # type: ignore[no-untyped-def]
    url = f"postgresql+asyncpg://postgres@/postgres?host={host}"
    response = await _ready_of(url, test_settings)
    assert response.status_code == 503
    body = response.json()
    assert body["code"] == "database_unreachable"
    assert body["title"] == "Database unreachable"
    assert "nonexistent" not in response.text  # no connection internals leak
