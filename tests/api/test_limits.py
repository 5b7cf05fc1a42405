"""Rate limits (shared through PostgreSQL) and request body size limits."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from bawaslu_api.main import create_app
from bawaslu_api.settings import Settings


@pytest.fixture
async def limited(database_url: str, test_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    settings = test_settings.model_copy(
        update={
            "rate_limits": {"default": (3, 3600), "public": (3, 3600)},
            "trusted_proxies": ["127.0.0.1"],
            "max_body_bytes": 2048,
        }
    )
    app = create_app(settings, database_url=database_url)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            yield c


def _address() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


async def test_public_route_answers_429_with_retry_after(limited: httpx.AsyncClient) -> None:
    me = {"X-Forwarded-For": _address(), "Accept-Language": "en"}
    statuses = [
        (await limited.get("/v1/reference/labels", headers=me)).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 200]
    refused = await limited.get("/v1/reference/labels", headers=me)
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["retry-after"]) <= 3600
    assert refused.json()["code"] == "rate_limited"
    other = await limited.get("/v1/reference/labels", headers={"X-Forwarded-For": _address()})
    assert other.status_code == 200


async def test_untrusted_peer_cannot_spoof_its_address(
    database_url: str, test_settings: Settings
) -> None:
    settings = test_settings.model_copy(update={"rate_limits": {"default": (2, 3600)}})
    app = create_app(settings, database_url=database_url)
    peer = _address()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=(peer, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            codes = [
                (
                    await c.get("/v1/reference/labels", headers={"X-Forwarded-For": _address()})
                ).status_code
                for _ in range(3)
            ]
    assert codes == [200, 200, 429]


async def test_oversized_body_is_refused_with_413(limited: httpx.AsyncClient) -> None:
    big: dict[str, Any] = {"description": "x" * 5000}
    response = await limited.post("/v1/reports", json=big)
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 1000

    streamed = await limited.post(
        "/v1/reports", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
