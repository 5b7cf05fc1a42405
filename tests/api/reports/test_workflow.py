"""Actions through HTTP: allowed transitions, refused ones, deadlines and the timeline."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text
from tests.api.reports.conftest import complete_report, hold_plenary


async def _create(client: httpx.AsyncClient, headers: dict[str, str], **kw: Any) -> dict[str, Any]:
    response = await client.post("/v1/reports", json=complete_report(**kw), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def test_full_case_from_intake_to_announcement(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    report = await _create(client, handler)
    rid = report["id"]
    registered = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert registered.status_code == 200, registered.text
    number = registered.json()["register_number"]
    assert number.endswith("/Reg/LP/PL/Kab/52.03/XI/2026") or "/Reg/LP/PL/Kab/52.03/" in number
    await hold_plenary(client, rid, handler, commissioner, "violation", "crime")
    decided = await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "violation",
            "category": "crime",
            "legal_basis": "UU 7/2017 Pasal 523",
            "summary": "Politik uang terbukti.",
        },
        headers=commissioner,
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["status"] == "decided"
    deadlines = {
        d["rule"]: d
        for d in (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    }
    assert deadlines["case.decision"]["status"] == "met"
    assert deadlines["crime.forward_to_police"]["unit"] == "hours"
    forwarded = await client.post(
        f"/v1/reports/{rid}/forwardings",
        json={"to": "police", "reference": "B-12/2026"},
        headers=handler,
    )
    assert forwarded.json()["status"] == "forwarded"
    announced = await client.post(
        f"/v1/reports/{rid}/announcement",
        json={"notice": "Diteruskan ke Sentra Gakkumdu."},
        headers=commissioner,
    )
    assert announced.status_code == 200
    assert announced.json()["announced_at"] is not None
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert [e["action"] for e in events] == [
        "received",
        "registered",
        "analysis_drafted",
        "analysis_finalized",
        "analysis_approved",
        "plenary_held",
        "decided",
        "forwarded",
        "announced",
    ]
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify == {"valid": True, "events": 9, "first_broken_seq": None, "reason": None}


async def test_refused_transitions_answer_409(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = (await _create(client, handler))["id"]
    decide = await client.post(
        f"/v1/reports/{rid}/decision",
        json={"outcome": "not_violation", "legal_basis": "-", "summary": "-"},
        headers=commissioner,
    )
    assert decide.status_code == 409
    assert decide.json()["code"] == "invalid_transition"
    assert (
        await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    ).status_code == 200
    withdraw = await client.post(f"/v1/reports/{rid}/withdrawal", json={}, headers=handler)
    assert withdraw.status_code == 409
    again = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert again.status_code == 409


async def test_incomplete_report_cannot_be_registered_until_completed(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = (await _create(client, handler, evidence=[]))["id"]
    refused = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert refused.status_code == 409
    assert refused.json()["code"] == "not_registrable"
    asked = await client.post(
        f"/v1/reports/{rid}/completion-requests",
        json={
            "missing": ["evidence_missing"],
            "notice_received_at": "2024-01-12T11:00:00+08:00",
            "occurred_at": "2024-01-12T11:00:00+08:00",
        },
        headers=handler,
    )
    assert asked.json()["status"] == "completion_requested"
    clocks = {
        d["rule"]: d
        for d in (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    }
    # Notice received Fri 12 Jan: 2 working days -> Tue 16 Jan 2024 (Perbawaslu 7/2022, MED).
    assert clocks["report.completion"]["due"] == "2024-01-16"
    completed = await client.post(
        f"/v1/reports/{rid}/completions",
        # Within report.completion (Perbawaslu 7/2022 Art. 15(3)-(4)): entered later, with
        # the moment it happened. Late, it is refused (tests/api/reports/test_law_edges.py).
        json={
            "evidence": [{"kind": "video", "description": "Rekaman"}],
            "occurred_at": "2024-01-15T10:00:00+08:00",
        },
        headers=handler,
    )
    assert completed.json()["admissibility"]["verdict"] == "registrable"
    assert completed.json()["status"] == "received"
    assert (
        await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    ).status_code == 200


async def test_extension_switches_the_decision_clock(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = (await _create(client, handler))["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    extended = await client.post(
        f"/v1/reports/{rid}/extension", json={"reason": "Klarifikasi saksi"}, headers=handler
    )
    assert extended.json()["decision_extended"] is True
    clocks = {
        d["rule"]: d
        for d in (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    }
    assert clocks["case.decision"]["status"] == "waived"
    assert clocks["case.decision_extended"]["status"] == "pending"
    assert clocks["case.decision_extended"]["amount"] == 14


async def test_stale_if_match_is_412(client: httpx.AsyncClient, handler: dict[str, str]) -> None:
    created = await client.post("/v1/reports", json=complete_report(), headers=handler)
    rid, etag = created.json()["id"], created.headers["etag"]
    ok = await client.post(f"/v1/reports/{rid}/registration", headers={**handler, "If-Match": etag})
    assert ok.status_code == 200
    stale = await client.post(
        f"/v1/reports/{rid}/extension", json={"reason": "x"}, headers={**handler, "If-Match": etag}
    )
    assert stale.status_code == 412
    assert stale.json()["code"] == "stale_version"


async def test_office_scoping_hides_other_regions(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any
) -> None:
    rid = (await _create(client, handler))["id"]
    province = await auth("viewer", "52")
    national = await auth("viewer", "ID")
    sibling = await auth("viewer", "52.04")
    other = await auth("viewer", "33")
    assert (await client.get(f"/v1/reports/{rid}", headers=province)).status_code == 200
    assert (await client.get(f"/v1/reports/{rid}", headers=national)).status_code == 200
    for headers in (sibling, other):
        hidden = await client.get(f"/v1/reports/{rid}", headers=headers)
        assert hidden.status_code == 404
        listed = (await client.get("/v1/reports", headers=headers)).json()["items"]
        assert rid not in [i["id"] for i in listed]


async def test_list_filters_search_and_keyset_pages(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    ids = []
    for day in range(8, 13):
        ids.append(
            (
                await _create(
                    client,
                    handler,
                    received_at=f"2024-01-{day:02d}T09:00:00+08:00",
                    known_on="2024-01-05",  # not after the receipt (impossible dates: 422)
                    incident={"date": "2024-01-05", "office": "52.03", "address": "Pasar"},
                    description=f"kasus nomor {day} pasar",
                )
            )["id"]
        )
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, "office": "52.03", "q": "pasar"}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get("/v1/reports", params=params, headers=handler)).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == list(reversed(ids))
    none = (await client.get("/v1/reports", params={"q": "tidakada"}, headers=handler)).json()
    assert none["items"] == []


async def test_tampered_timeline_is_detected(
    client: httpx.AsyncClient, handler: dict[str, str], db: Any
) -> None:
    rid = (await _create(client, handler))["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    await db.execute(
        text("UPDATE case_event SET changes = CAST(:c AS jsonb) WHERE report_id = :r AND seq = 2"),
        {"r": rid, "c": '{"register_number": "999"}'},
    )
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is False
    assert verify["first_broken_seq"] == 2
    assert verify["reason"] == "content_changed"


async def test_forwarding_retry_with_same_key_is_recorded_once(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = (await _create(client, handler))["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    await hold_plenary(client, rid, handler, commissioner, "violation", "administrative")
    await client.post(
        f"/v1/reports/{rid}/decision",
        json={
            "outcome": "violation",
            "category": "administrative",
            "legal_basis": "UU 7/2017",
            "summary": "Terbukti.",
        },
        headers=commissioner,
    )
    headers = {**handler, "Idempotency-Key": "fwd-kpu-1"}
    body = {"to": "kpu", "reference": "surat 1"}
    first = await client.post(f"/v1/reports/{rid}/forwardings", json=body, headers=headers)
    retry = await client.post(f"/v1/reports/{rid}/forwardings", json=body, headers=headers)
    assert first.status_code == retry.status_code == 200
    assert retry.headers["idempotent-replayed"] == "true"
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert [e["action"] for e in events].count("forwarded") == 1
    clocks = (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    # Pemilu administrative decision read out: KPU follows up within 3 working days (Art. 462).
    assert [d["rule"] for d in clocks].count("admin.kpu_followup") == 1
