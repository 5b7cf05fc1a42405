"""Operators' calendar corrections: used by new deadlines at once, audited, revocable."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


async def test_year_lists_decreed_days_with_decrees(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/calendar/2024")).json()
    by_day = {d["day"]: d for d in body["days"]}
    assert by_day["2024-02-14"]["category"] == "libur_pemilihan"
    assert "Keppres 10/2024" in by_day["2024-02-14"]["decree"]
    future = (await client.get("/v1/calendar/2030")).json()
    assert future["days"]
    assert {d["source"] for d in future["days"]} == {"provisional"}


async def test_only_national_admins_add_overrides(client: httpx.AsyncClient, auth: Any) -> None:
    body = {
        "day": "2024-01-15",
        "action": "add",
        "category": "libur_nasional",
        "name": "Libur contoh",
        "decree": "Keppres 99/2024",
    }
    province_admin = await auth("admin", "52")
    assert (
        await client.post("/v1/calendar/overrides", json=body, headers=province_admin)
    ).status_code == 403
    no_category = {**body, "category": None}
    national = await auth("admin", "ID")
    response = await client.post("/v1/calendar/overrides", json=no_category, headers=national)
    assert response.status_code == 422


async def test_override_moves_new_deadlines_and_can_be_revoked(
    client: httpx.AsyncClient, auth: Any
) -> None:
    national = await auth("admin", "ID")
    handler = await auth("handler", "52.03")
    # Received Fri 12 Jan 2024: initial review due Tue 16 Jan (Mon 15 = day 1, Tue 16 = day 2).
    before = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    review = next(d for d in before["deadlines"] if d["rule"] == "report.initial_review")
    assert review["due"] == "2024-01-16"
    added = await client.post(
        "/v1/calendar/overrides",
        json={
            "day": "2024-01-15",
            "action": "add",
            "category": "libur_nasional",
            "name": "Libur contoh",
            "decree": "Keppres 99/2024",
            "reason": "uji",
        },
        headers=national,
    )
    assert added.status_code == 201, added.text
    assert added.json()["created_by"] == "admin@ID"
    after = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    moved = next(d for d in after["deadlines"] if d["rule"] == "report.initial_review")
    assert moved["due"] == "2024-01-17"  # Mon 15 is now a holiday: Tue 16, Wed 17
    # The first case keeps the date it was given (recomputation is explicit).
    kept = (await client.get(f"/v1/reports/{before['id']}/deadlines", headers=handler)).json()[
        "items"
    ]
    assert next(d for d in kept if d["rule"] == "report.initial_review")["due"] == "2024-01-16"
    oid = added.json()["id"]
    revoked = await client.post(f"/v1/calendar/overrides/{oid}/revocation", headers=national)
    assert revoked.json()["revoked_by"] == "admin@ID"
    again = await client.post(f"/v1/calendar/overrides/{oid}/revocation", headers=national)
    assert again.status_code == 409
    restored = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    assert (
        next(d for d in restored["deadlines"] if d["rule"] == "report.initial_review")["due"]
        == "2024-01-16"
    )
    listed = (await client.get("/v1/calendar/overrides", headers=handler)).json()["items"]
    assert [o["id"] for o in listed] == [oid]


async def test_override_creation_is_idempotent(client: httpx.AsyncClient, auth: Any) -> None:
    national = {**(await auth("admin", "ID")), "Idempotency-Key": "ovr-1"}
    body = {
        "day": "2025-03-03",
        "action": "add",
        "category": "cuti_bersama",
        "name": "Cuti contoh",
        "decree": "Keppres 1/2025",
    }
    first = await client.post("/v1/calendar/overrides", json=body, headers=national)
    again = await client.post("/v1/calendar/overrides", json=body, headers=national)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert again.headers["idempotent-replayed"] == "true"
    listed = (await client.get("/v1/calendar/overrides", headers=national)).json()["items"]
    assert [o["id"] for o in listed] == [first.json()["id"]]
