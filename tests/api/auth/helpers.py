"""Helpers shared by the auth, users and clients tests."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

PASSWORD = "correct horse battery"
TOKEN_URL = "/v1/auth/token"


async def create_user(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    username: str,
    *,
    office: str = "52.03",
    roles: tuple[str, ...] = ("handler",),
    password: str = PASSWORD,
) -> dict[str, Any]:
    response = await client.post(
        "/v1/users",
        headers=admin,
        json={
            "username": username,
            "display_name": username.title(),
            "office": office,
            "roles": list(roles),
            "password": password,
        },
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def login(
    client: httpx.AsyncClient, username: str, password: str = PASSWORD, **extra: str
) -> httpx.Response:
    return await client.post(
        TOKEN_URL,
        data={"grant_type": "password", "username": username, "password": password, **extra},
    )


async def refresh(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(
        TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": token}
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unverified(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and payload of a JWT, unverified (for assertions)."""
    header, payload, _ = token.split(".")
    pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
    return (
        json.loads(base64.urlsafe_b64decode(pad(header))),
        json.loads(base64.urlsafe_b64decode(pad(payload))),
    )


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code
    assert body["type"] == f"urn:bawaslu:problem:{code}"
    return body


def relaxed_auth_limit(app: Any) -> Any:
    """Swap in settings whose `auth` rate limit the tests' many logins from one address
    cannot reach (the limit itself is tested in test_rate_limit.py). Returns the original."""
    original = app.state.settings
    limits = {**original.rate_limits, "auth": (100_000, 60)}
    app.state.settings = original.model_copy(update={"rate_limits": limits})
    return original
