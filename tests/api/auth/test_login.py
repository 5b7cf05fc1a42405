"""Password login (RFC 6749 §4.3): success, failures that look alike, lockout, disabled
accounts, argon2id rehash."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select
from tests.api.auth.helpers import (
    PASSWORD,
    TOKEN_URL,
    assert_problem,
    bearer,
    create_user,
    login,
    unverified,
)


def _comparable(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "request_id"}


async def test_login_returns_an_access_and_a_refresh_token(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    await create_user(client, national_admin, "siti.handler", roles=("handler", "viewer"))

    response = await login(client, "Siti.Handler")

    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["scope"] == "handler viewer"
    assert body["refresh_token"]
    header, claims = unverified(body["access_token"])
    assert header["alg"] == "RS256"
    assert header["kid"]
    assert claims["sub"] == "siti.handler"
    assert claims["kind"] == "staff"
    assert claims["roles"] == ["handler", "viewer"]
    assert claims["office"] == "52.03"
    reports = await client.get("/v1/reports", headers=bearer(body["access_token"]))
    assert reports.status_code == 200, reports.text


async def test_scope_narrows_the_roles_of_the_token(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    await create_user(client, national_admin, "narrow.user", roles=("handler", "viewer"))

    body = (await login(client, "narrow.user", scope="viewer")).json()
    assert body["scope"] == "viewer"
    assert unverified(body["access_token"])[1]["roles"] == ["viewer"]
    refused = await login(client, "narrow.user", scope="admin")
    assert_problem(refused, 400, "invalid_scope")


async def test_wrong_password_and_unknown_user_get_the_same_answer(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    await create_user(client, national_admin, "known.user")

    wrong = await login(client, "known.user", "not the password")
    unknown = await login(client, "nobody.here", "not the password")

    body = assert_problem(wrong, 400, "invalid_grant")
    assert body["error"] == "invalid_grant"
    assert body["error_description"]
    assert_problem(unknown, 400, "invalid_grant")
    assert _comparable(wrong.json()) == _comparable(unknown.json())
    assert wrong.headers["cache-control"] == "no-store"


async def test_failed_logins_are_audited(
    client: httpx.AsyncClient, national_admin: dict[str, str], db: Any
) -> None:
    from bawaslu_api.security.models import AuthEvent

    await create_user(client, national_admin, "audited.user")
    await login(client, "audited.user", "wrong password!")
    await login(client, "ghost.user", "wrong password!")
    await login(client, "audited.user")

    events = (
        await db.execute(
            select(AuthEvent.action, AuthEvent.subject, AuthEvent.details).where(
                AuthEvent.subject.in_(["audited.user", "ghost.user"])
            )
        )
    ).all()
    actions = [(a, s, d.get("reason")) for a, s, d in events]
    assert ("user_created", "audited.user", None) in actions
    assert ("login_failed", "audited.user", "wrong_password") in actions
    assert ("login_failed", "ghost.user", "unknown_user") in actions
    assert ("login_succeeded", "audited.user", None) in actions


async def test_lockout_after_five_failures_and_its_expiry(
    client: httpx.AsyncClient, national_admin: dict[str, str], clock: Any, db: Any
) -> None:
    from bawaslu_api.security.models import AuthEvent

    await create_user(client, national_admin, "locked.user")
    for _ in range(4):
        assert_problem(
            await login(client, "locked.user", "guess guess guess"), 400, "invalid_grant"
        )
    # The fourth failure is not yet a lockout: the right password still works and resets.
    assert (await login(client, "locked.user")).status_code == 200
    for _ in range(5):
        assert_problem(
            await login(client, "locked.user", "guess guess guess"), 400, "invalid_grant"
        )

    # Locked: even the right password fails, with the same answer as a wrong one.
    locked = await login(client, "locked.user")
    assert_problem(locked, 400, "invalid_grant")
    clock.advance(minutes=14)
    assert_problem(await login(client, "locked.user"), 400, "invalid_grant")
    lockouts = (
        (
            await db.execute(
                select(AuthEvent).where(
                    AuthEvent.subject == "locked.user", AuthEvent.action == "lockout"
                )
            )
        )
        .scalars()
        .all()
    )
    assert len(lockouts) == 1

    clock.advance(minutes=2)
    assert (await login(client, "locked.user")).status_code == 200


async def test_disabled_user_cannot_log_in_nor_refresh(
    client: httpx.AsyncClient, national_admin: dict[str, str]
) -> None:
    user = await create_user(client, national_admin, "leaving.user")
    tokens = (await login(client, "leaving.user")).json()

    disabled = await client.post(
        f"/v1/users/{user['id']}/disable", headers=national_admin, json={"reason": "moved"}
    )
    assert disabled.status_code == 200, disabled.text

    assert_problem(await login(client, "leaving.user"), 400, "invalid_grant")
    again = await client.post(
        TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    )
    assert_problem(again, 400, "invalid_grant")


async def test_login_rehashes_a_password_hashed_with_old_parameters(
    client: httpx.AsyncClient, national_admin: dict[str, str], db: Any
) -> None:
    from argon2 import PasswordHasher

    from bawaslu_api.users.models import StaffUser

    created = await create_user(client, national_admin, "old.hash")
    row = (await db.execute(select(StaffUser).where(StaffUser.id == created["id"]))).scalar_one()
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    row.password_hash = weak
    await db.commit()

    assert (await login(client, "old.hash")).status_code == 200

    await db.refresh(row)
    assert row.password_hash != weak
    assert row.password_hash.startswith("$argon2id$")
    assert "m=65536" in row.password_hash


async def test_grant_type_is_required_and_checked(client: httpx.AsyncClient) -> None:
    missing = await client.post(TOKEN_URL, data={"username": "a", "password": "b"})
    body = assert_problem(missing, 400, "invalid_request")
    assert body["error"] == "invalid_request"
    other = await client.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": "x"})
    assert_problem(other, 400, "unsupported_grant_type")
    no_password = await client.post(TOKEN_URL, data={"grant_type": "password", "username": "a"})
    assert_problem(no_password, 400, "invalid_request")


async def test_english_messages_on_request(client: httpx.AsyncClient) -> None:
    response = await client.post(
        TOKEN_URL,
        data={"grant_type": "password", "username": "x.y.z", "password": "whatever"},
        headers={"Accept-Language": "en"},
    )
    assert assert_problem(response, 400, "invalid_grant")["title"] == "Invalid grant"


async def test_oversized_credentials_are_a_plain_invalid_grant(client: httpx.AsyncClient) -> None:
    response = await login(client, "u" * 5000, "p" * 5000)
    assert_problem(response, 400, "invalid_grant")
