"""The changes feed, as an offline mobile client uses it: sync from nothing, then only
what changed since its cursor, in order, only its own jurisdiction, masked, never skipping
a change a slow transaction commits late, and told when a case leaves its view."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tests.api.changes.conftest import RAW_PERSONAL_DATA, create, of_case, sync
from tests.api.reports.conftest import complete_report

from bawaslu_api.changes.service import encode


async def test_a_first_sync_brings_the_case_its_clocks_events_and_evidence_masked(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = await create(client, handler)
    physical = await client.post(
        f"/v1/reports/{rid}/evidence/physical",
        json={
            "category": "object",
            "description": "Amplop berisi uang",
            "receipt": {
                "received_by": "Petugas A",
                "received_at": "2024-01-12T10:05:00+08:00",
                "kept_at": "Lemari bukti 1",
            },
        },
        headers=handler,
    )
    assert physical.status_code == 201, physical.text

    items, _ = await sync(client, handler)
    mine = of_case(items, rid)
    kinds = {i["kind"] for i in mine}
    assert kinds == {"case", "clock", "event", "evidence"}
    assert all(i["op"] == "upsert" for i in mine)
    # The case as its own read shows it, personal data masked.
    case = next(i for i in mine if i["kind"] == "case")
    read = (await client.get(f"/v1/reports/{rid}", headers=handler)).json()
    assert case["case"] == read
    assert case["case"]["reporter"]["nik"] == "5203********0001"
    response_text = str(mine)
    assert not any(raw in response_text for raw in RAW_PERSONAL_DATA)
    # Clocks as the case's clocks, evidence as its metadata, events as its timeline.
    clocks = (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    assert {i["clock"]["id"] for i in mine if i["kind"] == "clock"} == {c["id"] for c in clocks}
    evidence = next(i for i in mine if i["kind"] == "evidence")
    assert evidence["id"] == physical.json()["id"]
    assert evidence["evidence"]["custodian"] == "Petugas A"
    timeline = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()
    events = [i["event"] for i in mine if i["kind"] == "event"]
    assert events == timeline["items"]
    # Things arrive in the order they changed: the case before what was recorded on it.
    assert [i["kind"] for i in mine].index("case") < [i["kind"] for i in mine].index("evidence")


async def test_after_a_cursor_only_what_changed_since_in_order_then_nothing(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    rid = await create(client, handler)
    _, cursor = await sync(client, handler)

    registered = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert registered.status_code == 200, registered.text
    items, cursor = await sync(client, handler, cursor)
    mine = of_case(items, rid)
    assert [i["case"]["status"] for i in mine if i["kind"] == "case"] == ["registered"]
    events = [i["event"] for i in mine if i["kind"] == "event"]
    assert [e["action"] for e in events] == ["registered"]  # not the intake again
    clocks = {i["clock"]["rule"]: i["clock"]["status"] for i in mine if i["kind"] == "clock"}
    # The registration closed the review clock and opened the decision's.
    assert clocks["report.initial_review"] in {"met", "missed"}, clocks
    assert "pending" in clocks.values(), clocks
    # Caught up: the same cursor answers nothing until something changes.
    again, same = await sync(client, handler, cursor)
    assert of_case(again, rid) == []

    corrected = await client.patch(
        f"/v1/reports/{rid}",
        json={"description": "Pembagian uang (koreksi)", "reason": "salah ketik"},
        headers=handler,
    )
    assert corrected.status_code == 200, corrected.text
    later, _ = await sync(client, handler, same)
    mine = of_case(later, rid)
    assert mine[0]["kind"] == "case"
    assert mine[0]["case"]["description"] == "Pembagian uang (koreksi)"
    assert [i["event"]["action"] for i in mine if i["kind"] == "event"] == ["corrected"]


@pytest.mark.parametrize("office", ["33", "52.04", "52.01"])
async def test_an_outsider_sees_nothing_of_the_case(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any, office: str
) -> None:
    rid = await create(client, handler)
    outsider = await auth("handler", office)
    items, _ = await sync(client, outsider)
    assert of_case(items, rid) == []
    # The offices above see it, as they see it in the report list.
    for above in ("52", "ID"):
        items, _ = await sync(client, await auth("viewer", above))
        assert {i["kind"] for i in of_case(items, rid)} >= {"case", "event"}


async def test_a_transfer_takes_the_case_out_of_the_old_office_and_into_the_new(
    client: httpx.AsyncClient, handler: dict[str, str], auth: Any
) -> None:
    rid = await create(client, handler)
    old_office = handler
    new_office = await auth("viewer", "52.04")
    province = await auth("handler", "52")
    _, old_cursor = await sync(client, old_office)
    _, new_cursor = await sync(client, new_office)
    _, province_cursor = await sync(client, province)

    moved = await client.post(
        f"/v1/reports/{rid}/transfer",
        json={"office": "52.04", "reason": "Diambil alih"},
        headers=province,
    )
    assert moved.status_code == 200, moved.text

    left, _ = await sync(client, old_office, old_cursor)
    assert [(i["kind"], i["op"], i["id"]) for i in of_case(left, rid)] == [("case", "gone", rid)]
    assert (await client.get(f"/v1/reports/{rid}", headers=old_office)).status_code == 404

    # The new office gets the whole case, though it all happened before its cursor.
    arrived, _ = await sync(client, new_office, new_cursor)
    mine = of_case(arrived, rid)
    assert mine[0]["kind"] == "case"
    assert mine[0]["case"]["office"] == "52.04"
    assert {i["kind"] for i in mine} == {"case", "clock", "event"}
    timeline = (await client.get(f"/v1/reports/{rid}/timeline", headers=new_office)).json()
    assert [i["event"] for i in mine if i["kind"] == "event"] == timeline["items"]

    # The province sees it before and after: moved, never gone.
    above, _ = await sync(client, province, province_cursor)
    assert "gone" not in {i["op"] for i in of_case(above, rid)}
    assert any(i["kind"] == "case" and i["case"]["office"] == "52.04" for i in of_case(above, rid))


async def test_a_retried_offline_submission_is_one_case_in_the_feed(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    _, cursor = await sync(client, handler)
    headers = {**handler, "Idempotency-Key": "tablet-7f3a-report-0042"}
    body = complete_report(description="Laporan dari lapangan, dikirim ulang saat sinyal kembali.")
    first = await client.post("/v1/reports", json=body, headers=headers)
    retried = await client.post("/v1/reports", json=body, headers=headers)
    assert first.status_code == retried.status_code == 201
    assert retried.headers["Idempotent-Replayed"] == "true"
    assert retried.json()["id"] == first.json()["id"]
    items, _ = await sync(client, handler, cursor)
    cases = [i for i in items if i["kind"] == "case"]
    assert [c["id"] for c in cases] == [first.json()["id"]]


async def test_a_cursor_that_is_not_ours_or_from_another_database_asks_for_a_resync(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    for bad in ("not-a-cursor", encode((1, 2))[:-2] + "!!", "WyJ4IiwgIjEiXQ"):
        response = await client.get("/v1/changes", params={"since": bad}, headers=handler)
        assert response.status_code == 422, (bad, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "invalid_cursor"
        assert "since" in response.json()["detail"]
    # A cursor this database has not reached (another deployment, a restored backup).
    future = await client.get("/v1/changes", params={"since": encode((2**62, 1))}, headers=handler)
    assert future.status_code == 410, future.text
    assert future.json()["code"] == "cursor_expired"
    too_big = await client.get("/v1/changes", params={"limit": 501}, headers=handler)
    assert too_big.status_code == 422
