"""The remaining actions and regimes: rejection, withdrawal, transfer, findings, Pilkada."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report, hold_plenary


async def _create(client: httpx.AsyncClient, headers: dict[str, str], **kw: Any) -> dict[str, Any]:
    response = await client.post("/v1/reports", json=complete_report(**kw), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def _clocks(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> dict[str, Any]:
    rows = (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()["items"]
    return {d["rule"]: d for d in rows}


async def test_rejection_closes_the_review_clock(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = (
        await _create(
            client,
            handler,
            known_on="2024-01-01",
            incident={"date": "2024-01-01", "office": "52.03", "address": "Pasar Selong"},
        )
    )["id"]
    missing_reason = await client.post(
        f"/v1/reports/{rid}/rejection", json={"reasons": []}, headers=handler
    )
    assert missing_reason.status_code == 422
    done = await client.post(
        f"/v1/reports/{rid}/rejection",
        json={"reasons": ["late"], "note": "Kedaluwarsa"},
        headers=handler,
    )
    assert done.json()["status"] == "not_registered"
    assert (await _clocks(client, rid, handler))["report.initial_review"]["status"] in {
        "met",
        "missed",
    }
    again = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert again.status_code == 409


async def test_withdrawal_before_registration_waives_clocks(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = (await _create(client, handler))["id"]
    done = await client.post(
        f"/v1/reports/{rid}/withdrawal", json={"reason": "Damai"}, headers=handler
    )
    assert done.json()["status"] == "withdrawn"
    assert (await _clocks(client, rid, handler))["report.initial_review"]["status"] == "waived"


async def test_transfer_moves_the_case_and_its_clocks(client: httpx.AsyncClient, auth: Any) -> None:
    province = await auth("handler", "52")
    rid = (await _create(client, province, office="52"))["id"]
    moved = await client.post(
        f"/v1/reports/{rid}/transfer",
        json={"office": "52.03", "reason": "Pelimpahan"},
        headers=province,
    )
    assert moved.status_code == 200
    assert moved.json()["office"] == "52.03"
    lombok_timur = await auth("viewer", "52.03")
    assert (await client.get(f"/v1/reports/{rid}", headers=lombok_timur)).status_code == 200
    due = (
        await client.get("/v1/deadlines", params={"office": "52.03"}, headers=lombok_timur)
    ).json()
    assert rid in {d["report_id"] for d in due["items"]}
    # A kabupaten cannot hand a case to its neighbour.
    lt_handler = await auth("handler", "52.03")
    sideways = await client.post(
        f"/v1/reports/{rid}/transfer", json={"office": "52.04", "reason": "x"}, headers=lt_handler
    )
    assert sideways.status_code == 422
    assert sideways.json()["code"] == "outside_jurisdiction"


async def test_finding_has_no_reporter_and_uses_finding_set(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    body = complete_report(kind="finding", reporter=None)
    created = await client.post("/v1/reports", json=body, headers=handler)
    out = created.json()
    assert out["admissibility"]["verdict"] == "registrable", out["admissibility"]
    rules = {d["rule"] for d in out["deadlines"]}
    assert "finding.set" in rules
    assert "report.initial_review" not in rules
    registered = await client.post(f"/v1/reports/{out['id']}/registration", headers=handler)
    assert "/Reg/TM/PL/" in registered.json()["register_number"]
    asked = await client.post(
        f"/v1/reports/{out['id']}/completion-requests", json={}, headers=handler
    )
    assert asked.status_code == 409


async def test_pilkada_case_counts_calendar_days(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    # Pilkada 2024, received Friday 2024-10-11 10:00 WITA, known Thu 2024-10-10.
    body = complete_report(
        election="pilkada-2024",
        received_at="2024-10-11T10:00:00+08:00",
        known_on="2024-10-10",
        incident={"date": "2024-10-10", "office": "52.03", "address": "Desa"},
        reporter={**complete_report()["reporter"], "category": "voter", "registered_voter": True},
    )
    out = (await client.post("/v1/reports", json=body, headers=handler)).json()
    assert out["regime"] == "pemilihan"
    assert out["admissibility"]["verdict"] == "registrable", out["admissibility"]
    clocks = {d["rule"]: d for d in out["deadlines"]}
    # UU 1/2015 Art. 134(4): 7 calendar days from 10 Oct -> 17 Oct.
    assert clocks["report.filing"]["due"] == "2024-10-17"
    assert clocks["report.filing"]["unit"] == "calendar_day"
    # Initial review: 2 calendar days from Fri 11 Oct -> Sun 13 Oct (no roll-forward policy).
    assert clocks["report.initial_review"]["due"] == "2024-10-13"


async def test_forwarding_a_non_violation_is_refused(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = (await _create(client, handler))["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    await hold_plenary(client, rid, handler, commissioner)
    await client.post(
        f"/v1/reports/{rid}/decision",
        json={"outcome": "not_violation", "legal_basis": "-", "summary": "-"},
        headers=commissioner,
    )
    refused = await client.post(
        f"/v1/reports/{rid}/forwardings", json={"to": "kpu"}, headers=handler
    )
    assert refused.status_code == 409


async def test_handler_cannot_decide(client: httpx.AsyncClient, handler: dict[str, str]) -> None:
    rid = (await _create(client, handler))["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    refused = await client.post(
        f"/v1/reports/{rid}/decision",
        json={"outcome": "not_violation", "legal_basis": "-", "summary": "-"},
        headers=handler,
    )
    assert refused.status_code == 403


async def test_messages_follow_the_request_language(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    body = complete_report(evidence=[])
    in_id = (await client.post("/v1/reports", json=body, headers=handler)).json()
    in_en = (
        await client.post("/v1/reports", json=body, headers={**handler, "Accept-Language": "en"})
    ).json()
    msg_id = in_id["admissibility"]["failures"][0]["message"]
    msg_en = in_en["admissibility"]["failures"][0]["message"]
    assert msg_id != msg_en
    assert in_id["admissibility"]["failures"][0]["code"] not in (msg_id, msg_en)
