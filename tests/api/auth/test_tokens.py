"""Access token verification: every way a token can be wrong is a 401 problem."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.auth.helpers import assert_problem, b64url, bearer, unverified

CLAIMS = {
    "sub": "forger",
    "kind": "staff",
    "roles": ["handler"],
    "office": "52.03",
    "office_id": "00000000-0000-0000-0000-000000000000",
    "office_path": "/ID/52/52.03/",
}


def _ring(app: FastAPI) -> Any:
    return app.state.key_ring


def _issue(app: FastAPI, **kwargs: Any) -> str:
    settings = app.state.settings
    options = {"issuer": settings.jwt_issuer, "audience": settings.jwt_audience, "ttl_s": 900}
    options.update(kwargs)
    token: str = _ring(app).issue(dict(CLAIMS), **options)
    return token


def _forge(header: dict[str, Any], payload: dict[str, Any], signature: bytes = b"") -> str:
    head = b64url(json.dumps(header).encode())
    body = b64url(json.dumps(payload).encode())
    return f"{head}.{body}.{b64url(signature)}"


def _valid_payload(app: FastAPI) -> dict[str, Any]:
    return unverified(_issue(app))[1]


async def _get(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.get("/v1/reports", headers=bearer(token))


async def test_a_well_formed_token_is_accepted(
    client: httpx.AsyncClient, rollback_app: FastAPI
) -> None:
    assert (await _get(client, _issue(rollback_app))).status_code == 200


@pytest.mark.parametrize(
    ("case", "kwargs"),
    [
        ("expired", {"now": time.time() - 3600}),
        ("not yet valid", {"now": time.time() + 3600}),
        ("wrong audience", {"audience": "someone-else"}),
        ("wrong issuer", {"issuer": "https://evil.example"}),
    ],
)
async def test_claims_are_checked(
    client: httpx.AsyncClient, rollback_app: FastAPI, case: str, kwargs: dict[str, Any]
) -> None:
    response = await _get(client, _issue(rollback_app, **kwargs))
    body = assert_problem(response, 401, "unauthenticated")
    assert "Bearer" in response.headers["www-authenticate"], case
    assert "token" not in body.get("detail", "").lower() or body["status"] == 401


async def test_unknown_signing_key_is_refused(
    client: httpx.AsyncClient, rollback_app: FastAPI, tmp_path: Path
) -> None:
    from bawaslu_api.security.tokens import KeyRing

    stranger = KeyRing.load(tmp_path / "other")
    settings = rollback_app.state.settings
    token = stranger.issue(
        dict(CLAIMS), issuer=settings.jwt_issuer, audience=settings.jwt_audience, ttl_s=900
    )
    assert_problem(await _get(client, token), 401, "unauthenticated")


async def test_a_known_kid_with_another_keys_signature_is_refused(
    client: httpx.AsyncClient, rollback_app: FastAPI, tmp_path: Path
) -> None:
    from bawaslu_api.security.tokens import KeyRing

    stranger = KeyRing.load(tmp_path / "other")
    settings = rollback_app.state.settings
    token = stranger.issue(
        dict(CLAIMS), issuer=settings.jwt_issuer, audience=settings.jwt_audience, ttl_s=900
    )
    header, payload = unverified(token)
    header["kid"] = _ring(rollback_app).signing.kid
    signature = token.split(".")[2]
    forged = _forge(header, payload).rsplit(".", 1)[0] + "." + signature
    assert_problem(await _get(client, forged), 401, "unauthenticated")


async def test_alg_none_is_refused(client: httpx.AsyncClient, rollback_app: FastAPI) -> None:
    kid = _ring(rollback_app).signing.kid
    payload = _valid_payload(rollback_app)
    for alg in ("none", "None", "NONE"):
        token = _forge({"alg": alg, "typ": "JWT", "kid": kid}, payload)
        assert_problem(await _get(client, token), 401, "unauthenticated")


async def test_hmac_signed_with_the_public_key_is_refused(
    client: httpx.AsyncClient, rollback_app: FastAPI
) -> None:
    key = _ring(rollback_app).signing
    payload = _valid_payload(rollback_app)
    for alg, digest in (("HS256", hashlib.sha256), ("HS512", hashlib.sha512)):
        header = {"alg": alg, "typ": "JWT", "kid": key.kid}
        signing_input = _forge(header, payload).rsplit(".", 1)[0]
        signature = hmac.new(key.public_pem, signing_input.encode(), digest).digest()
        token = f"{signing_input}.{b64url(signature)}"
        assert_problem(await _get(client, token), 401, "unauthenticated")


async def test_tampered_payload_is_refused(
    client: httpx.AsyncClient, rollback_app: FastAPI
) -> None:
    token = _issue(rollback_app)
    _, payload = unverified(token)
    payload["roles"] = ["admin"]
    payload["office_path"] = "/ID/"
    head, _, signature = token.split(".")
    forged = f"{head}.{b64url(json.dumps(payload).encode())}.{signature}"
    assert_problem(await _get(client, forged), 401, "unauthenticated")


@pytest.mark.parametrize("token", ["", "garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.", "x" * 5000])
async def test_malformed_tokens_are_refused(client: httpx.AsyncClient, token: str) -> None:
    response = await client.get("/v1/reports", headers={"Authorization": f"Bearer {token}"})
    assert_problem(response, 401, "unauthenticated")


async def test_missing_token_is_refused(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/v1/reports"), 401, "unauthenticated")


async def test_token_without_required_claims_is_refused(
    client: httpx.AsyncClient, rollback_app: FastAPI
) -> None:
    settings = rollback_app.state.settings
    ring = _ring(rollback_app)
    for missing in ("roles", "office_path", "sub"):
        claims = {k: v for k, v in CLAIMS.items() if k != missing}
        token = ring.issue(
            claims, issuer=settings.jwt_issuer, audience=settings.jwt_audience, ttl_s=900
        )
        assert_problem(await _get(client, token), 401, "unauthenticated")
    # A client token that claims staff roles gets no roles: kind decides.
    client_claims = {**CLAIMS, "kind": "client", "scope": "reports:read", "roles": ["admin"]}
    token = ring.issue(
        client_claims, issuer=settings.jwt_issuer, audience=settings.jwt_audience, ttl_s=900
    )
    assert_problem(await client.get("/v1/users", headers=bearer(token)), 403, "forbidden")
