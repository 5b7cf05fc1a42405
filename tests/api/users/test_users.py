"""Users API: admins manage accounts of their own subtree only."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.auth.helpers import assert_problem, bearer, create_user, login


async def test_admin_creates_lists_and_reads_users_of_the_subtree(
    client: httpx.AsyncClient, auth: Any
) -> None:
    ntb_admin = await auth("admin", "52", "admin.ntb")

    created = await client.post(
        "/v1/users",
        headers=ntb_admin,
        json={
            "username": "rina.lotim",
            "display_name": "Rina",
            "office": "52.03",
            "roles": ["handler", "commissioner", "handler"],
            "password": "a long enough passphrase",
        },
    )

    assert created.status_code == 201, created.text
    user = created.json()
    assert created.headers["location"] == f"/v1/users/{user['id']}"
    assert created.headers["etag"] == '"1"'
    assert user["roles"] == ["commissioner", "handler"]
    assert user["office"] == "52.03"
    assert "password" not in user
    assert "password_hash" not in user
    got = await client.get(f"/v1/users/{user['id']}", headers=ntb_admin)
    assert got.status_code == 200
    assert got.json() == user
    listed = await client.get("/v1/users", headers=ntb_admin, params={"office": "52.03"})
    assert [u["username"] for u in listed.json()["items"]] == ["rina.lotim"]
    by_role = await client.get("/v1/users", headers=ntb_admin, params={"role": "viewer"})
    assert by_role.json()["items"] == []


async def test_admin_cannot_create_users_above_or_beside_their_office(
    client: httpx.AsyncClient, auth: Any
) -> None:
    lotim_admin = await auth("admin", "52.03", "admin.lotim")
    body = {
        "username": "outsider",
        "display_name": "X",
        "roles": ["admin"],
        "password": "a long enough passphrase",
    }
    for office in ("52", "ID", "52.04", "33"):
        response = await client.post(
            "/v1/users", headers=lotim_admin, json={**body, "office": office}
        )
        assert_problem(response, 403, "office_outside_jurisdiction")
    unknown = await client.post("/v1/users", headers=lotim_admin, json={**body, "office": "99.99"})
    assert_problem(unknown, 422, "unknown_office")


async def test_users_outside_the_subtree_do_not_exist(client: httpx.AsyncClient, auth: Any) -> None:
    national = await auth("admin", "ID", "admin.ri")
    other = await create_user(client, national, "jateng.user", office="33")
    lotim_admin = await auth("admin", "52.03", "admin.lotim")

    assert_problem(
        await client.get(f"/v1/users/{other['id']}", headers=lotim_admin), 404, "user_not_found"
    )
    disable = await client.post(
        f"/v1/users/{other['id']}/disable", headers=lotim_admin, json={"reason": "x"}
    )
    assert_problem(disable, 404, "user_not_found")
    reset = await client.post(
        f"/v1/users/{other['id']}/password",
        headers=lotim_admin,
        json={"password": "a long enough passphrase"},
    )
    assert_problem(reset, 404, "user_not_found")
    listed = (await client.get("/v1/users", headers=lotim_admin)).json()["items"]
    assert other["id"] not in [u["id"] for u in listed]


async def test_only_admins_manage_users(client: httpx.AsyncClient, auth: Any) -> None:
    for role in ("viewer", "handler", "commissioner"):
        headers = await auth(role, "ID")
        assert_problem(await client.get("/v1/users", headers=headers), 403, "forbidden")


async def test_duplicate_username_is_a_conflict(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "ID")
    await create_user(client, admin, "dup.user")
    again = await client.post(
        "/v1/users",
        headers=admin,
        json={
            "username": "dup.user",
            "display_name": "Dup",
            "office": "52",
            "roles": ["viewer"],
            "password": "a long enough passphrase",
        },
    )
    assert_problem(again, 409, "username_taken")


async def test_password_rules(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "ID")
    body = {"username": "short.pw", "display_name": "S", "office": "52", "roles": ["viewer"]}
    for password in ("short", "x" * 257):
        response = await client.post(
            "/v1/users", headers=admin, json={**body, "password": password}
        )
        assert_problem(response, 422, "validation_failed")
    bad_name = await client.post(
        "/v1/users",
        headers=admin,
        json={**body, "username": "Not Valid", "password": "a long enough passphrase"},
    )
    assert_problem(bad_name, 422, "validation_failed")


async def test_disable_is_idempotent_and_not_for_oneself(
    client: httpx.AsyncClient, auth: Any
) -> None:
    admin = await auth("admin", "ID", "boss.admin")
    target = await create_user(client, admin, "to.disable")
    me = await create_user(client, admin, "boss.admin", office="ID", roles=("admin",))

    first = await client.post(
        f"/v1/users/{target['id']}/disable", headers=admin, json={"reason": "left"}
    )
    second = await client.post(
        f"/v1/users/{target['id']}/disable", headers=admin, json={"reason": "left"}
    )
    assert first.status_code == second.status_code == 200
    assert first.json()["disabled"] is True
    assert first.json()["disabled_at"] == second.json()["disabled_at"]
    self_disable = await client.post(
        f"/v1/users/{me['id']}/disable", headers=admin, json={"reason": "oops"}
    )
    assert_problem(self_disable, 409, "cannot_disable_self")
    listed = (await client.get("/v1/users", headers=admin)).json()["items"]
    assert target["id"] not in [u["id"] for u in listed]
    with_disabled = await client.get(
        "/v1/users", headers=admin, params={"include_disabled": "true"}
    )
    assert target["id"] in [u["id"] for u in with_disabled.json()["items"]]


async def test_password_reset_lifts_a_lockout(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "ID")
    user = await create_user(client, admin, "locked.out")
    for _ in range(5):
        await login(client, "locked.out", "wrong wrong wrong")
    locked = (await client.get(f"/v1/users/{user['id']}", headers=admin)).json()
    assert locked["locked_until"] is not None

    reset = await client.post(
        f"/v1/users/{user['id']}/password",
        headers=admin,
        json={"password": "another long passphrase"},
    )

    assert reset.json()["locked_until"] is None
    tokens = (await login(client, "locked.out", "another long passphrase")).json()
    assert (await client.get("/v1/reports", headers=bearer(tokens["access_token"]))).is_success


async def test_users_are_paged_by_cursor(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "52.03")
    for n in range(3):
        await create_user(client, admin, f"paged.{n}")
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get("/v1/users", headers=admin, params=params)).json()
        seen += [u["username"] for u in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["paged.0", "paged.1", "paged.2"]
    bad = await client.get("/v1/users", headers=admin, params={"cursor": "!!"})
    assert_problem(bad, 422, "invalid_cursor")


async def test_if_match_is_checked_when_sent(client: httpx.AsyncClient, auth: Any) -> None:
    admin = await auth("admin", "ID")
    user = await create_user(client, admin, "versioned.user")
    url = f"/v1/users/{user['id']}"
    etag = (await client.get(url, headers=admin)).headers["etag"]

    reset = await client.post(
        f"{url}/password",
        headers={**admin, "If-Match": etag},
        json={"password": "a long enough passphrase"},
    )
    assert reset.status_code == 200, reset.text
    assert reset.headers["etag"] != etag
    stale = await client.post(
        f"{url}/disable", headers={**admin, "If-Match": etag}, json={"reason": "x"}
    )
    assert_problem(stale, 412, "precondition_failed")
    fresh = await client.post(
        f"{url}/disable", headers={**admin, "If-Match": reset.headers["etag"]}, json={"reason": "x"}
    )
    assert fresh.status_code == 200, fresh.text
