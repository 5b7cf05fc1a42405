"""The token endpoint is rate limited per caller address (bucket `auth`)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from tests.api.auth.helpers import TOKEN_URL, assert_problem


@pytest.fixture
async def limited(rollback_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    settings = rollback_app.state.settings
    rollback_app.state.settings = settings.model_copy(
        update={"rate_limits": {**settings.rate_limits, "auth": (3, 3600)}}
    )
    # A peer address of its own, so no other test's requests count against this bucket.
    peer = f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
    transport = httpx.ASGITransport(
        app=rollback_app, client=(peer, 50000), raise_app_exceptions=False
    )
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield c
    finally:
        rollback_app.state.settings = settings


async def test_token_requests_past_the_limit_get_429(limited: httpx.AsyncClient) -> None:
    data = {"grant_type": "password", "username": "spray.target", "password": "guess guess"}
    for _ in range(3):
        assert_problem(await limited.post(TOKEN_URL, data=data), 400, "invalid_grant")

    refused = await limited.post(TOKEN_URL, data=data)

    assert_problem(refused, 429, "rate_limited")
    assert int(refused.headers["retry-after"]) >= 1


async def test_one_account_is_limited_across_addresses(rollback_app: FastAPI) -> None:
    settings = rollback_app.state.settings
    rollback_app.state.settings = settings.model_copy(
        update={"rate_limits": {**settings.rate_limits, "auth_account": (2, 3600)}}
    )
    target = f"victim.{uuid.uuid4().hex[:8]}"
    data = {"grant_type": "password", "username": target, "password": "guess guess"}
    statuses = []
    try:
        for _ in range(3):
            peer = f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
            transport = httpx.ASGITransport(
                app=rollback_app, client=(peer, 50000), raise_app_exceptions=False
            )
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                statuses.append((await c.post(TOKEN_URL, data=data)).status_code)
    finally:
        rollback_app.state.settings = settings
    assert statuses == [400, 400, 429]
