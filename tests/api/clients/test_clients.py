"""Machine clients: client credentials, scopes mapped onto the route dependencies, office
subtree, revocation."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import quote_plus

import httpx
from tests.api.auth.helpers import TOKEN_URL, assert_problem, bearer, unverified
from tests.api.reports.conftest import complete_report


async def _client(
    client: httpx.AsyncClient, admin: dict[str, str], scopes: list[str], office: str = "52.03"
) -> dict[str, Any]:
    response = await client.post(
        "/v1/clients",
        headers=admin,
        json={"name": "KPU Lombok Timur sync", "office": office, "scopes": scopes},
    )
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    return response.json()  # type: ignore[no-any-return]


async def _token(client: httpx.AsyncClient, created: dict[str, Any], **extra: str) -> Any:
    return await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": created["client_id"],
            "client_secret": created["client_secret"],
            **extra,
        },
    )


async def test_a_read_client_lists_reports_in_its_subtree_but_cannot_write(
    client: httpx.AsyncClient, auth: Any
) -> None:
    admin = await auth("admin", "52")
    handler = await auth("handler", "52.03")
    other = await auth("handler", "52.04")
    mine = await client.post("/v1/reports", headers=handler, json=complete_report())
    theirs = await client.post(
        "/v1/reports",
        headers=other,
        json=complete_report(office="52.04", incident={"date": "2024-01-10", "office": "52.04"}),
    )
    assert mine.status_code == theirs.status_code == 201, theirs.text
    created = await _client(client, admin, ["reports:read"])

    issued = await _token(client, created)

    assert issued.status_code == 200, issued.text
    body = issued.json()
    assert body["scope"] == "reports:read"
    assert "refresh_token" not in body
    claims = unverified(body["access_token"])[1]
    assert claims["kind"] == "client"
    assert claims["sub"] == f"client:{created['client_id']}"
    token = bearer(body["access_token"])
    listed = await client.get("/v1/reports", headers=token)
    assert listed.status_code == 200
    ids = [r["id"] for r in listed.json()["items"]]
    assert mine.json()["id"] in ids
    assert theirs.json()["id"] not in ids
    assert (
        await client.get(f"/v1/reports/{theirs.json()['id']}", headers=token)
    ).status_code == 404
    write = await client.post("/v1/reports", headers=token, json=complete_report())
    assert_problem(write, 403, "forbidden")
    # Commissioner and admin routes never admit clients.
    assert_problem(await client.get("/v1/users", headers=token), 403, "forbidden")
    listed_clients = (await client.get("/v1/clients", headers=admin)).json()["items"]
    used = next(c for c in listed_clients if c["client_id"] == created["client_id"])
    assert used["last_used_at"] is not None
    assert "client_secret" not in used


async def test_a_write_client_can_file_reports(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "52.03")
    created = await _client(client, admin, ["reports:write"])
    token = bearer((await _token(client, created)).json()["access_token"])

    filed = await client.post("/v1/reports", headers=token, json=complete_report())

    assert filed.status_code == 201, filed.text
    # reports:write alone does not read.
    assert_problem(await client.get("/v1/reports", headers=token), 403, "forbidden")


async def test_http_basic_authentication_and_scope_narrowing(
    client: httpx.AsyncClient, auth: Any
) -> None:
    admin = await auth("admin", "52.03")
    created = await _client(client, admin, ["reports:read", "kpu:followup"])
    user = quote_plus(created["client_id"])
    secret = quote_plus(created["client_secret"])
    basic = base64.b64encode(f"{user}:{secret}".encode()).decode()

    issued = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "kpu:followup"},
        headers={"Authorization": f"Basic {basic}"},
    )

    assert issued.status_code == 200, issued.text
    assert issued.json()["scope"] == "kpu:followup"
    too_much = await _token(client, created, scope="webhooks:manage")
    assert_problem(too_much, 400, "invalid_scope")


async def test_wrong_secret_unknown_and_revoked_clients_get_invalid_client(
    client: httpx.AsyncClient, auth: Any
) -> None:
    admin = await auth("admin", "52.03")
    created = await _client(client, admin, ["reports:read"])

    wrong = await _token(client, {**created, "client_secret": "nope"})
    body = assert_problem(wrong, 401, "invalid_client")
    assert body["error"] == "invalid_client"
    assert wrong.headers["www-authenticate"].startswith("Basic")
    unknown = await _token(client, {"client_id": "bwc_unknown", "client_secret": "x"})
    assert_problem(unknown, 401, "invalid_client")

    revoked = await client.post(f"/v1/clients/{created['id']}/revocation", headers=admin)
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked_at"] is not None
    assert_problem(await _token(client, created), 401, "invalid_client")
    listed = (await client.get("/v1/clients", headers=admin)).json()["items"]
    assert created["id"] not in [c["id"] for c in listed]
    every = await client.get("/v1/clients", headers=admin, params={"include_revoked": "true"})
    assert created["id"] in [c["id"] for c in every.json()["items"]]


async def test_clients_are_bound_to_the_admins_subtree(
    client: httpx.AsyncClient, auth: Any
) -> None:
    lotim = await auth("admin", "52.03")
    national = await auth("admin", "ID")
    outside = await client.post(
        "/v1/clients",
        headers=lotim,
        json={"name": "x", "office": "52", "scopes": ["reports:read"]},
    )
    assert_problem(outside, 403, "office_outside_jurisdiction")
    jateng = await _client(client, national, ["reports:read"], office="33")
    revoke = await client.post(f"/v1/clients/{jateng['id']}/revocation", headers=lotim)
    assert_problem(revoke, 404, "client_not_found")
    assert_problem(
        await client.get("/v1/clients", headers=await auth("handler", "ID")), 403, "forbidden"
    )
    bad_scope = await client.post(
        "/v1/clients",
        headers=national,
        json={"name": "x", "office": "52", "scopes": ["admin"]},
    )
    assert_problem(bad_scope, 422, "validation_failed")
