"""Every public answer says deliberately who may keep it and how long (so that a CDN can take
the election-night peaks): announcements and open statistics are `public` with the named
max-age and stale windows, release-bound answers `public` for longer, a reporter's receipt
never stored; errors are never shared. README, "Caching public answers"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.public.test_public import _announced_case
from tests.api.reports.conftest import complete_report

LIVE = "public, max-age=60, stale-while-revalidate=300, stale-if-error=300"
STATIC = "public, max-age=3600"
PERSONAL = "private, no-store"


def _vary(response: httpx.Response) -> set[str]:
    return {v.strip().lower() for v in response.headers.get("vary", "").split(",")}


def _shared_cache_ok(response: httpx.Response, expected: str) -> None:
    assert response.headers.get_list("cache-control") == [expected], response.headers
    # The body depends on the encoding (gzip) and CORS on the origin; nothing else.
    assert {"accept-encoding", "origin"} <= _vary(response)
    assert "accept-language" not in _vary(response)
    assert "set-cookie" not in response.headers


async def test_announcements_and_statistics_may_be_kept_by_a_cdn(
    client: httpx.AsyncClient, auth: Any
) -> None:
    await _announced_case(client, auth)
    for path, params in (
        ("/v1/public/announcements", {"office": "52"}),
        ("/v1/public/statistics", {"office": "52.03"}),
        ("/v1/public/statistics.csv", {"office": "52.03"}),
    ):
        first = await client.get(path, params=params)
        assert first.status_code == 200, (path, first.text)
        _shared_cache_ok(first, LIVE)
        # Revalidation is cheap for the cache and keeps the same policy (RFC 9111 4.3.4).
        tag = {"If-None-Match": first.headers["etag"]}
        again = await client.get(path, params=params, headers=tag)
        assert again.status_code == 304, path
        assert again.headers["cache-control"] == LIVE


async def test_release_bound_answers_are_kept_longer(client: httpx.AsyncClient) -> None:
    for path in ("/v1/reference/labels", "/v1/public/statistics/dictionary", "/status"):
        response = await client.get(path)
        assert response.status_code == 200, path
        _shared_cache_ok(response, STATIC)


async def test_a_reporters_receipt_is_never_stored(client: httpx.AsyncClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    body = complete_report(
        known_on=yesterday, incident={"date": yesterday, "office": "52.03", "address": "Pasar"}
    )
    for key in ("kind", "channel", "received_at", "signature"):
        body.pop(key)
    filed = await client.post("/v1/public/reports", json=body)
    assert filed.status_code == 201, filed.text
    assert filed.headers.get_list("cache-control") == [PERSONAL]
    lookup = await client.post(
        "/v1/public/receipts/lookup", json={"code": filed.json()["receipt_code"]}
    )
    assert lookup.status_code == 200
    assert lookup.headers.get_list("cache-control") == [PERSONAL]
    unknown = await client.post(
        "/v1/public/receipts/lookup", json={"code": "BWS-0000-0000-0000-0000"}
    )
    assert unknown.status_code == 404
    assert "public" not in unknown.headers["cache-control"]


async def test_errors_are_never_shared(client: httpx.AsyncClient) -> None:
    for path, params in (
        ("/v1/public/statistics", {"from": "2024-13"}),
        ("/v1/public/announcements", {"cursor": "not-a-cursor"}),
        ("/v1/public/announcements/00000000-0000-7000-8000-000000000000/document", {}),
    ):
        response = await client.get(path, params=params)
        assert response.status_code in (404, 422), (path, response.status_code)
        assert "public" not in response.headers["cache-control"], path


@pytest.fixture
def cache_settings(rollback_app: FastAPI) -> Iterator[None]:
    original = rollback_app.state.settings
    rollback_app.state.settings = original.model_copy(
        update={
            "public_cache_max_age_s": 15,
            "public_cache_stale_s": 0,
            "public_cache_static_max_age_s": 86400,
        }
    )
    try:
        yield
    finally:
        rollback_app.state.settings = original


async def test_the_windows_are_the_operators_settings(
    client: httpx.AsyncClient, cache_settings: None
) -> None:
    stats = await client.get("/v1/public/statistics", params={"office": "52"})
    assert stats.headers["cache-control"] == (
        "public, max-age=15, stale-while-revalidate=0, stale-if-error=0"
    )
    labels = await client.get("/v1/reference/labels")
    assert labels.headers["cache-control"] == "public, max-age=86400"
