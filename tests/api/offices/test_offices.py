"""Offices over HTTP: reading for all staff, editing and creating for admins in their subtree."""

from __future__ import annotations

from typing import Any

import httpx

PROBLEM = "application/problem+json"
NTB_KAB_KOTA = [
    "52.01", "52.02", "52.03", "52.04", "52.05", "52.06", "52.07", "52.08", "52.71", "52.72",
]  # fmt: skip


async def test_unauthenticated_is_401_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/offices")
    assert response.status_code == 401
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["code"] == "unauthenticated"
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_list_filters_by_level_and_parent(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "33.72")  # a viewer elsewhere still reads reference data
    response = await client.get("/v1/offices", params={"parent": "52"}, headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert [o["code"] for o in body["items"]] == NTB_KAB_KOTA
    assert body["next_cursor"] is None
    cities = await client.get(
        "/v1/offices", params={"parent": "52", "level": "city"}, headers=headers
    )
    assert [(o["code"], o["level_label"]) for o in cities.json()["items"]] == [
        ("52.71", "Kota"),
        ("52.72", "Kota"),
    ]
    provinces = await client.get(
        "/v1/offices", params={"level": "province", "limit": 500}, headers=headers
    )
    assert len(provinces.json()["items"]) == 38


async def test_name_search_is_case_insensitive(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    response = await client.get("/v1/offices", params={"q": "lombok"}, headers=headers)
    assert [o["code"] for o in response.json()["items"]] == ["52.01", "52.02", "52.03", "52.08"]
    # LIKE wildcards in the search text are taken literally.
    none = await client.get("/v1/offices", params={"q": "%%"}, headers=headers)
    assert none.json()["items"] == []


async def test_cursor_walks_every_office_exactly_once(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52")
    seen: list[str] = []
    pages = 0
    params: dict[str, Any] = {"parent": "52", "limit": 3}
    while True:
        response = await client.get("/v1/offices", params=params, headers=headers)
        assert response.status_code == 200
        body = response.json()
        assert len(body["items"]) <= 3
        seen += [o["code"] for o in body["items"]]
        pages += 1
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert seen == NTB_KAB_KOTA
    assert pages == 4


async def test_page_size_is_bounded_and_cursor_checked(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "52")
    default = await client.get("/v1/offices", headers=headers)
    assert len(default.json()["items"]) == 50
    too_big = await client.get("/v1/offices", params={"limit": 501}, headers=headers)
    assert too_big.status_code == 422
    assert too_big.json()["errors"][0]["location"] == "query.limit"
    bad = await client.get("/v1/offices", params={"cursor": "!!"}, headers=headers)
    assert bad.status_code == 422
    assert bad.json()["code"] == "invalid_cursor"


async def test_get_has_parent_timezone_path_and_etag(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "11")
    response = await client.get("/v1/offices/52.03", headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["parent_code"] == "52"
    assert body["level"] == "regency"
    assert body["level_label"] == "Kabupaten"
    assert body["timezone"] == "Asia/Makassar"
    assert body["register_code"] == "52.03"
    assert body["path"] == "/ID/52/52.03/"
    assert response.headers["etag"] == f'"{body["version"]}"'
    national = (await client.get("/v1/offices/ID", headers=headers)).json()
    assert national["parent_code"] is None
    assert national["level"] == "national"


async def test_if_none_match_gives_304(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52")
    first = await client.get("/v1/offices/52.03", headers=headers)
    again = await client.get(
        "/v1/offices/52.03", headers={**headers, "If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""


async def test_get_unknown_office_is_404(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52")
    response = await client.get("/v1/offices/99.99", headers=headers)
    assert response.status_code == 404
    assert response.json()["code"] == "office_not_found"


async def test_patch_bumps_version_and_etag(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "52")
    etag = (await client.get("/v1/offices/52.03", headers=headers)).headers["etag"]
    response = await client.patch(
        "/v1/offices/52.03",
        json={"register_code": "18.03", "name": "Bawaslu Kabupaten Lombok Timur"},
        headers={**headers, "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["register_code"] == "18.03"
    assert response.headers["etag"] != etag
    assert response.headers["etag"] == f'"{body["version"]}"'
    stored = await client.get("/v1/offices/52.03", headers=headers)
    assert stored.json()["register_code"] == "18.03"
    assert stored.headers["etag"] == response.headers["etag"]


async def test_patch_with_stale_etag_is_412(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "52.03")
    etag = (await client.get("/v1/offices/52.03", headers=headers)).headers["etag"]
    first = await client.patch(
        "/v1/offices/52.03", json={"register_code": "A"}, headers={**headers, "If-Match": etag}
    )
    assert first.status_code == 200
    second = await client.patch(
        "/v1/offices/52.03", json={"register_code": "B"}, headers={**headers, "If-Match": etag}
    )
    assert second.status_code == 412
    assert second.headers["content-type"] == PROBLEM
    assert second.json()["code"] == "precondition_failed"
    stored = await client.get("/v1/offices/52.03", headers=headers)
    assert stored.json()["register_code"] == "A"


async def test_patch_without_if_match_is_428(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "52")
    response = await client.patch(
        "/v1/offices/52.03", json={"register_code": "X"}, headers={**headers}
    )
    assert response.status_code == 428
    assert response.json()["code"] == "precondition_required"


async def test_patch_outside_jurisdiction_is_404(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "33")  # Jawa Tengah's admin
    etag = (await client.get("/v1/offices/52.03", headers=headers)).headers["etag"]
    response = await client.patch(
        "/v1/offices/52.03", json={"register_code": "X"}, headers={**headers, "If-Match": etag}
    )
    assert response.status_code == 404
    assert response.json()["code"] == "office_not_found"
    # A sibling regency's admin is outside 52.03's subtree too; the parent is above it.
    sibling = await auth("admin", "52.01")
    for code in ("52.03", "52"):
        etag = (await client.get(f"/v1/offices/{code}", headers=sibling)).headers["etag"]
        denied = await client.patch(
            f"/v1/offices/{code}", json={"name": "Nope"}, headers={**sibling, "If-Match": etag}
        )
        assert denied.status_code == 404


async def test_patch_by_handler_is_403(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    response = await client.patch(
        "/v1/offices/52.03", json={"register_code": "X"}, headers={**headers, "If-Match": '"1"'}
    )
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


async def test_patch_rejects_unknown_or_empty_fields(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**(await auth("admin", "52")), "If-Match": "*"}
    timezone = await client.patch(
        "/v1/offices/52.03", json={"timezone": "Asia/Jakarta"}, headers=headers
    )
    assert timezone.status_code == 422
    assert timezone.json()["errors"][0]["location"] == "body.timezone"
    empty = await client.patch("/v1/offices/52.03", json={}, headers=headers)
    assert empty.status_code == 422


async def test_create_kecamatan_under_regency(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "52.03")
    response = await client.post(
        "/v1/offices",
        json={"parent_code": "52.03", "code": "52.03.01", "name": "Panwaslu Kecamatan Keruak"},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["level"] == "district"
    assert body["level_label"] == "Kecamatan"
    assert body["timezone"] == "Asia/Makassar"  # inherited from Lombok Timur
    assert body["path"] == "/ID/52/52.03/52.03.01/"
    assert body["register_code"] == "52.03.01"
    assert body["version"] == 1
    assert response.headers["location"] == "/v1/offices/52.03.01"
    assert response.headers["etag"] == '"1"'
    children = await client.get("/v1/offices", params={"parent": "52.03"}, headers=headers)
    assert [o["code"] for o in children.json()["items"]] == ["52.03.01"]
    village = await client.post(
        "/v1/offices",
        json={"parent_code": "52.03.01", "code": "52.03.01.2001", "name": "Panwaslu Desa Keruak"},
        headers=headers,
    )
    assert village.status_code == 201, village.text
    assert village.json()["level"] == "village"


async def test_create_code_must_extend_parent_code(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "52")
    for code in ("52.04.01", "52.03.1", "52.0301", "52.03.01.01", "52.03.ab"):
        response = await client.post(
            "/v1/offices",
            json={"parent_code": "52.03", "code": code, "name": "Panwaslu Kecamatan X"},
            headers={**headers, "Accept-Language": "en"},
        )
        assert response.status_code == 422, code
        assert response.json()["code"] == "office_code_invalid"
        assert "52.03.01" in response.json()["detail"]


async def test_create_only_under_regency_city_or_district(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("admin", "52")
    response = await client.post(
        "/v1/offices",
        json={"parent_code": "52", "code": "52.09", "name": "Bawaslu Kabupaten Baru"},
        headers=headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "parent_level_not_allowed"


async def test_create_duplicate_is_409_and_idempotent_retry_replays(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("admin", "52.03")
    payload = {"parent_code": "52.03", "code": "52.03.02", "name": "Panwaslu Kecamatan Jerowaru"}
    first = await client.post(
        "/v1/offices", json=payload, headers={**headers, "Idempotency-Key": "k1"}
    )
    assert first.status_code == 201
    assert "idempotent-replayed" not in first.headers
    retry = await client.post(
        "/v1/offices", json=payload, headers={**headers, "Idempotency-Key": "k1"}
    )
    assert retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()
    assert retry.headers["location"] == "/v1/offices/52.03.02"
    duplicate = await client.post("/v1/offices", json=payload, headers=headers)
    assert duplicate.status_code == 409
    assert duplicate.json()["code"] == "office_code_taken"
    reused = await client.post(
        "/v1/offices",
        json={**payload, "name": "Panwaslu Kecamatan Lain"},
        headers={**headers, "Idempotency-Key": "k1"},
    )
    assert reused.status_code == 422
    assert reused.json()["code"] == "idempotency_key_reused"


async def test_create_outside_subtree_is_404_and_handler_403(
    client: httpx.AsyncClient, auth: Any
) -> None:
    payload = {"parent_code": "52.03", "code": "52.03.03", "name": "Panwaslu Kecamatan Sakra"}
    other = await client.post("/v1/offices", json=payload, headers=await auth("admin", "52.01"))
    assert other.status_code == 404
    handler = await client.post("/v1/offices", json=payload, headers=await auth("handler", "52"))
    assert handler.status_code == 403
    unauthenticated = await client.post("/v1/offices", json=payload)
    assert unauthenticated.status_code == 401
