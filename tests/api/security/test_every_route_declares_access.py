"""Every route declares who may call it: without a token, every route that is not public
answers 401 problem+json, and the public ones are the known, deliberate list."""

from __future__ import annotations

import re
import uuid

import httpx
from fastapi import FastAPI

# Routes open without a token, on purpose (health, key discovery, public notice board,
# reporters' own filing and receipts, the calendar, labels, docs and the login itself). Each
# declares it with `openapi_extra=PUBLIC` (bawaslu_api.http.declare): `security: []`.
PUBLIC = {
    ("GET", "/v1/health/live"),
    ("GET", "/v1/health/ready"),
    ("GET", "/.well-known/jwks.json"),
    ("GET", "/v1/public/announcements"),
    ("GET", "/v1/public/announcements/{report_id}/document"),
    ("GET", "/v1/public/statistics"),
    ("GET", "/v1/public/statistics.csv"),
    ("GET", "/v1/public/statistics/dictionary"),
    ("GET", "/v1/reference/labels"),
    ("POST", "/v1/public/reports"),
    ("POST", "/v1/public/receipts/lookup"),
    ("GET", "/v1/calendar/{year}"),
    ("POST", "/v1/auth/token"),
    ("POST", "/v1/auth/revoke"),
}


def _operations(app: FastAPI) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    return [
        (method.upper(), path, op)
        for path, item in app.openapi()["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def _concrete(path: str) -> str:
    def fill(match: re.Match[str]) -> str:
        return "2024" if match.group(1) == "year" else str(uuid.uuid4())

    return re.sub(r"\{([a-z_]+)\}", fill, path)


async def test_every_non_public_route_refuses_anonymous_callers(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    refused = 0
    for method, path, op in _operations(app):
        if (method, path) in PUBLIC:
            continue
        assert op.get("security"), f"{method} {path} declares no security requirement"
        response = await client.request(method, _concrete(path))
        assert response.status_code == 401, (method, path, response.status_code)
        assert response.headers["content-type"] == "application/problem+json"
        refused += 1
    assert refused > 50


def test_public_routes_are_exactly_the_known_list(app: FastAPI) -> None:
    open_routes = {(m, p) for m, p, op in _operations(app) if not op.get("security")}
    # The token endpoint declares HTTP Basic (client credentials) but is usable without it.
    assert open_routes == PUBLIC - {("POST", "/v1/auth/token")}


# Routes outside the API reference, and who may call them: the reference itself and the
# interactive docs (anyone: they show what /openapi.json shows), the receipt status page
# (anyone, a receipt code in hand), and the metrics (a scraper BAWASLU_METRICS_TOKEN or
# BAWASLU_METRICS_ALLOW lets in; tests/ops/test_metrics.py).
OUTSIDE_THE_REFERENCE = {
    ("GET", "/openapi.json"),
    ("GET", "/docs"),
    ("GET", "/docs/oauth2-redirect"),
    ("GET", "/redoc"),
    ("GET", "/status"),
    ("GET", "/metrics"),
}


def test_routes_outside_the_reference_are_the_known_list(app: FastAPI) -> None:
    from fastapi.routing import iter_route_contexts

    hidden = {
        (method, context.path_format)
        for context in iter_route_contexts(app.routes)
        if not getattr(context, "include_in_schema", True)
        for method in (context.methods or ()) - {"HEAD"}
    }
    assert hidden == OUTSIDE_THE_REFERENCE
