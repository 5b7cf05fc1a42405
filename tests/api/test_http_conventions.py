"""Request ids, security headers, CORS, gzip and conditional reads."""

from __future__ import annotations

import httpx


async def test_request_id_is_generated_and_echoed(client: httpx.AsyncClient) -> None:
    generated = await client.get("/v1/health/live")
    assert len(generated.headers["x-request-id"]) == 32
    echoed = await client.get("/v1/health/live", headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    # A header that could inject into logs is replaced, not echoed.
    unsafe = await client.get("/v1/health/live", headers={"X-Request-ID": "x" * 300})
    assert unsafe.headers["x-request-id"] != "x" * 300


async def test_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health/live")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    docs = await client.get("/docs")
    assert docs.status_code == 200
    # The docs pages load their scripts from the app itself, never from a CDN.
    assert "script-src 'self' 'unsafe-inline';" in docs.headers["content-security-policy"]
    assert "cdn.jsdelivr.net" not in docs.headers["content-security-policy"]


async def test_cors_allows_configured_origin_only(client: httpx.AsyncClient) -> None:
    preflight = {
        "Origin": "https://app.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization, Idempotency-Key",
    }
    allowed = await client.options("/v1/health/live", headers=preflight)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    denied = await client.options(
        "/v1/health/live", headers={**preflight, "Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in denied.headers


async def test_large_responses_are_gzipped(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    small = await client.get("/v1/health/live", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


async def test_etag_and_if_none_match(client: httpx.AsyncClient) -> None:
    first = await client.get("/v1/health/live")
    etag = first.headers["etag"]
    again = await client.get("/v1/health/live", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = await client.get("/v1/health/live", headers={"If-None-Match": 'W/"stale"'})
    assert other.status_code == 200


async def test_default_headers_fill_in_what_the_route_did_not_set(
    client: httpx.AsyncClient,
) -> None:
    read = await client.get("/v1/health/live")
    assert read.headers["cache-control"] == "private, no-cache"
    assert "strict-transport-security" not in read.headers
    assert read.headers["cross-origin-opener-policy"] == "same-origin"
    # A write is not cached; a route's own Cache-Control is kept, and each header is sent once.
    token = await client.post("/v1/auth/token", data={"grant_type": "password"})
    assert token.headers.get_list("cache-control") == ["no-store"]
    assert len(token.headers.get_list("x-request-id")) == 1
    secure = await client.get("https://testserver/v1/health/live")
    assert secure.headers["strict-transport-security"].startswith("max-age=")


async def test_every_response_varies_on_origin_and_encoding_with_or_without_them(
    client: httpx.AsyncClient,
) -> None:
    """CORS and gzip run only for requests that need them; caches still see one Vary."""
    plain = await client.get("/openapi.json", headers={"Accept-Encoding": "identity"})
    zipped = await client.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    cors = await client.get("/v1/health/live", headers={"Origin": "https://app.example"})
    small = await client.get("/v1/health/live")
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert plain.json() == zipped.json()
    for response in (plain, zipped, cors, small):
        tokens = [t.strip() for t in response.headers["vary"].split(",")]
        assert sorted(tokens) == ["Accept-Encoding", "Origin"], response.headers["vary"]


async def test_a_body_in_the_negotiated_language_says_so_and_varies_on_it(
    client: httpx.AsyncClient,
) -> None:
    """A problem (like any body rendered for ``Accept-Language``) names its language in
    ``Content-Language`` and adds ``Accept-Language`` to ``Vary``, so a shared cache never
    serves the English answer to an Indonesian reader."""
    english = await client.get("/v1/reports", headers={"Accept-Language": "en"})
    default = await client.get("/v1/reports")
    assert english.status_code == default.status_code == 401
    assert english.headers["content-language"] == "en"
    assert default.headers["content-language"] == "id"
    for response in (english, default):
        tokens = sorted(t.strip() for t in response.headers["vary"].split(","))
        assert tokens == ["Accept-Encoding", "Accept-Language", "Origin"], tokens
    # A body that is the same in every language does not claim one.
    assert "content-language" not in (await client.get("/v1/health/live")).headers


async def test_cors_exposes_the_headers_clients_read(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health/live", headers={"Origin": "https://app.example"})
    exposed = {
        h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")
    }
    assert {"etag", "location", "retry-after", "idempotent-replayed", "content-language"} <= exposed
    assert {"ratelimit", "ratelimit-policy"} <= exposed
