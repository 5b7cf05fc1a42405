"""Elections over HTTP: seeded calendars, validation of stages and rulesets, national admins."""

from __future__ import annotations

import copy
from typing import Any

import httpx

PROBLEM = "application/problem+json"

NEW: dict[str, Any] = {
    "slug": "pilkada-ulang-2025",
    "regime": "pemilihan",
    "name": "Pemilihan Ulang Serentak 2025",
    "voting_day": "2025-08-27",
    "stages": [
        {"stage": "campaign", "start": "2025-07-01", "end": "2025-08-23"},
        {"stage": "quiet_period", "start": "2025-08-24", "end": "2025-08-26"},
        {"stage": "voting", "start": "2025-08-27", "end": "2025-08-27"},
    ],
}


async def test_seeded_elections_with_voting_days(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.get("/v1/elections", headers=headers)
    assert response.status_code == 200
    by_slug = {e["slug"]: e for e in response.json()["items"]}
    assert by_slug["pemilu-2024"]["voting_day"] == "2024-02-14"
    assert by_slug["pemilu-2024"]["regime"] == "pemilu"
    assert by_slug["pemilu-2024"]["ruleset_version"] == "2022.1"
    assert by_slug["pilkada-2024"]["voting_day"] == "2024-11-27"
    assert by_slug["pilkada-2024"]["regime"] == "pemilihan"
    assert by_slug["pilkada-2024"]["ruleset_version"] == "2024.1"
    only_pilkada = await client.get(
        "/v1/elections", params={"regime": "pemilihan"}, headers=headers
    )
    assert {e["regime"] for e in only_pilkada.json()["items"]} == {"pemilihan"}


async def test_get_has_typed_stages_and_etag(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.get("/v1/elections/pemilu-2024", headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["area_office_code"] == "ID"
    assert body["regime_label"] == "Pemilihan Umum (Pemilu)"
    stages = {s["stage"]: s for s in body["stages"]}
    assert stages["quiet_period"] == {
        "stage": "quiet_period",
        "label": "Masa tenang",
        "start": "2024-02-11",
        "end": "2024-02-13",
        "note": None,
    }
    assert stages["voting"]["start"] == stages["voting"]["end"] == "2024-02-14"
    assert response.headers["etag"] == f'"{body["version"]}"'
    cached = await client.get(
        "/v1/elections/pemilu-2024", headers={**headers, "If-None-Match": response.headers["etag"]}
    )
    assert cached.status_code == 304
    missing = await client.get("/v1/elections/pemilu-2099", headers=headers)
    assert missing.status_code == 404
    assert missing.json()["code"] == "election_not_found"


async def test_national_admin_creates_election(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "ID")
    response = await client.post("/v1/elections", json=NEW, headers=headers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["ruleset_version"] == "2024.1"  # in force on voting day by default
    assert body["area_office_code"] == "ID"
    assert [s["stage"] for s in body["stages"]] == ["campaign", "quiet_period", "voting"]
    assert response.headers["location"] == "/v1/elections/pilkada-ulang-2025"
    fetched = await client.get("/v1/elections/pilkada-ulang-2025", headers=headers)
    assert fetched.json() == body
    again = await client.post("/v1/elections", json=NEW, headers=headers)
    assert again.status_code == 409
    assert again.json()["code"] == "election_slug_taken"


async def test_create_with_idempotency_key_replays(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**(await auth("admin", "ID")), "Idempotency-Key": "e-1"}
    first = await client.post("/v1/elections", json=NEW, headers=headers)
    assert first.status_code == 201
    retry = await client.post("/v1/elections", json=NEW, headers=headers)
    assert retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()
    other = await client.post(
        "/v1/elections", json={**NEW, "slug": "another-2025"}, headers=headers
    )
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"


async def test_only_national_admins_write(client: httpx.AsyncClient, auth: Any) -> None:
    provincial = await client.post("/v1/elections", json=NEW, headers=await auth("admin", "52"))
    assert provincial.status_code == 403
    assert provincial.json()["code"] == "forbidden"
    handler = await client.post("/v1/elections", json=NEW, headers=await auth("handler", "ID"))
    assert handler.status_code == 403
    anonymous = await client.post("/v1/elections", json=NEW)
    assert anonymous.status_code == 401


async def test_stage_window_must_not_end_before_it_starts(
    client: httpx.AsyncClient, auth: Any
) -> None:
    bad = copy.deepcopy(NEW)
    bad["stages"][1] = {"stage": "quiet_period", "start": "2025-08-26", "end": "2025-08-24"}
    response = await client.post("/v1/elections", json=bad, headers=await auth("admin", "ID"))
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_failed"
    assert [(e["location"], e["code"]) for e in body["errors"]] == [
        ("body.stages.1.end", "stage_window_reversed")
    ]


async def test_voting_stage_must_match_voting_day(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "ID")
    shifted = copy.deepcopy(NEW)
    shifted["stages"][2] = {"stage": "voting", "start": "2025-08-28", "end": "2025-08-28"}
    response = await client.post("/v1/elections", json=shifted, headers=headers)
    assert response.status_code == 422
    assert response.json()["code"] == "voting_stage_mismatch"
    no_voting = {**NEW, "stages": NEW["stages"][:2]}
    response = await client.post("/v1/elections", json=no_voting, headers=headers)
    assert response.json()["code"] == "voting_stage_mismatch"
    twice = {**NEW, "stages": [*NEW["stages"], NEW["stages"][2]]}
    response = await client.post("/v1/elections", json=twice, headers=headers)
    assert response.json()["errors"][0]["code"] == "stage_duplicated"


async def test_unknown_ruleset_is_422(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**(await auth("admin", "ID")), "Accept-Language": "en"}
    # 2022.1 exists, but for pemilu, not for pemilihan.
    response = await client.post(
        "/v1/elections", json={**NEW, "ruleset_version": "2022.1"}, headers=headers
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["code"] == "unknown_ruleset"
    assert "2020.1, 2024.1" in body["detail"]
    explicit = await client.post(
        "/v1/elections", json={**NEW, "ruleset_version": "2020.1"}, headers=headers
    )
    assert explicit.status_code == 201
    assert explicit.json()["ruleset_version"] == "2020.1"


async def test_patch_needs_current_if_match(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("admin", "ID")
    etag = (await client.get("/v1/elections/pilkada-2024", headers=headers)).headers["etag"]
    missing = await client.patch(
        "/v1/elections/pilkada-2024", json={"name": "Pilkada 2024"}, headers=headers
    )
    assert missing.status_code == 428
    assert missing.json()["code"] == "precondition_required"
    changed = await client.patch(
        "/v1/elections/pilkada-2024",
        json={"name": "Pilkada Serentak 2024"},
        headers={**headers, "If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["name"] == "Pilkada Serentak 2024"
    assert changed.headers["etag"] != etag
    stale = await client.patch(
        "/v1/elections/pilkada-2024", json={"name": "Lagi"}, headers={**headers, "If-Match": etag}
    )
    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"


async def test_patch_is_validated_against_the_whole_election(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = {**(await auth("admin", "ID")), "If-Match": "*"}
    # Moving the voting day without moving the voting stage breaks the calendar.
    moved = await client.patch(
        "/v1/elections/pemilu-2024", json={"voting_day": "2024-02-15"}, headers=headers
    )
    assert moved.status_code == 422
    assert moved.json()["code"] == "voting_stage_mismatch"
    ruleset = await client.patch(
        "/v1/elections/pemilu-2024", json={"ruleset_version": "2024.1"}, headers=headers
    )
    assert ruleset.status_code == 422
    assert ruleset.json()["code"] == "unknown_ruleset"
    older = await client.patch(
        "/v1/elections/pemilu-2024", json={"ruleset_version": "2018.1"}, headers=headers
    )
    assert older.status_code == 200
    assert older.json()["ruleset_version"] == "2018.1"
    provincial = await client.patch(
        "/v1/elections/pemilu-2024",
        json={"name": "X"},
        headers={**(await auth("admin", "52")), "If-Match": "*"},
    )
    assert provincial.status_code == 403
