"""Refresh tokens: rotation, reuse detection (the family is revoked), revocation (RFC 7009)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import select
from tests.api.auth.helpers import assert_problem, bearer, create_user, login, refresh


async def test_refresh_returns_a_new_pair_and_retires_the_old_token(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    await create_user(client, national_admin, "rotating.user")
    first = (await login(client, "rotating.user")).json()

    second = await refresh(client, first["refresh_token"])

    assert second.status_code == 200, second.text
    pair = second.json()
    assert pair["refresh_token"] != first["refresh_token"]
    assert pair["scope"] == "handler"
    assert (
        await client.get("/v1/reports", headers=bearer(pair["access_token"]))
    ).status_code == 200
    third = await refresh(client, pair["refresh_token"])
    assert third.status_code == 200


async def test_reusing_a_rotated_token_revokes_the_whole_family(
    client: httpx.AsyncClient, national_admin: dict[str, str], db: Any
) -> None:
    from bawaslu_api.security.models import AuthEvent

    await create_user(client, national_admin, "stolen.user")
    original = (await login(client, "stolen.user")).json()["refresh_token"]
    legit = (await refresh(client, original)).json()["refresh_token"]

    # An attacker (or a replay) presents the already rotated token...
    reuse = await refresh(client, original)
    assert_problem(reuse, 400, "invalid_grant")
    # ...and the legitimate successor is dead too: the user must sign in again.
    assert_problem(await refresh(client, legit), 400, "invalid_grant")
    # Other sign-ins of the same user are other families and keep working.
    assert (await login(client, "stolen.user")).status_code == 200
    events = (
        (await db.execute(select(AuthEvent.action).where(AuthEvent.subject == "stolen.user")))
        .scalars()
        .all()
    )
    assert "refresh_reuse" in events


async def test_unknown_and_expired_refresh_tokens_are_invalid_grant(
    client: httpx.AsyncClient, national_admin: dict[str, str], clock: Any
) -> None:
    assert_problem(await refresh(client, "not-a-token"), 400, "invalid_grant")
    await create_user(client, national_admin, "expiring.user")
    token = (await login(client, "expiring.user")).json()["refresh_token"]
    clock.advance(days=15)
    body = assert_problem(await refresh(client, token), 400, "invalid_grant")
    assert body["error"] == "invalid_grant"


async def test_revoke_ends_the_sign_in(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    await create_user(client, national_admin, "leaving.soon")
    first = (await login(client, "leaving.soon")).json()["refresh_token"]
    second = (await refresh(client, first)).json()["refresh_token"]

    revoked = await client.post(
        "/v1/auth/revoke", data={"token": second, "token_type_hint": "refresh_token"}
    )

    assert revoked.status_code == 200
    assert revoked.headers["cache-control"] == "no-store"
    assert_problem(await refresh(client, second), 400, "invalid_grant")


async def test_revoke_accepts_unknown_and_access_tokens(client: httpx.AsyncClient) -> None:
    # RFC 7009 §2.2: an invalid token is not an error.
    assert (await client.post("/v1/auth/revoke", data={"token": "nonsense"})).status_code == 200


async def test_password_reset_revokes_refresh_tokens(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    user = await create_user(client, national_admin, "reset.me")
    token = (await login(client, "reset.me")).json()["refresh_token"]

    reset = await client.post(
        f"/v1/users/{user['id']}/password",
        headers=national_admin,
        json={"password": "a brand new passphrase"},
    )

    assert reset.status_code == 200, reset.text
    assert_problem(await refresh(client, token), 400, "invalid_grant")
    assert_problem(await login(client, "reset.me"), 400, "invalid_grant")
    assert (await login(client, "reset.me", "a brand new passphrase")).status_code == 200


async def test_refresh_picks_up_withdrawn_roles(
    client: httpx.AsyncClient, national_admin: dict[str, str], db: Any
) -> None:
    from bawaslu_api.users.models import StaffUser

    user = await create_user(client, national_admin, "demoted.user", roles=("handler", "viewer"))
    token = (await login(client, "demoted.user")).json()["refresh_token"]
    row = (await db.execute(select(StaffUser).where(StaffUser.id == user["id"]))).scalar_one()
    row.roles = ["viewer"]
    row.updated_at = datetime.now(UTC)
    await db.commit()

    pair = (await refresh(client, token)).json()

    assert pair["scope"] == "viewer"


async def test_refreshing_never_extends_the_sign_in(
    client: httpx.AsyncClient, national_admin: dict[str, str], clock: Any
) -> None:
    await create_user(client, national_admin, "long.session")
    token = (await login(client, "long.session")).json()["refresh_token"]
    for _ in range(3):
        clock.advance(days=4)
        response = await refresh(client, token)
        assert response.status_code == 200, response.text
        token = response.json()["refresh_token"]
    clock.advance(days=3)  # 15 days after signing in

    assert_problem(await refresh(client, token), 400, "invalid_grant")
