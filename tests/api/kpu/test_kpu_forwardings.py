"""KPU's systems see what was forwarded to KPU in their subtree, acknowledge it and record
their follow-up; the statutory clock closes (UU 7/2017 Art. 462; UU 10/2016 Art. 139-140)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.offices.models import Office

DECISION = {
    "outcome": "violation",
    "category": "administrative",
    "legal_basis": "UU 7/2017",
    "summary": "Terbukti.",
}


@pytest.fixture
async def kpu(rollback_app: Any) -> Any:
    """``await kpu("52")``: headers of a KPU machine client bound to that office."""

    async def _headers(office_code: str, scope: str = "kpu:followup") -> dict[str, str]:
        async with rollback_app.state.sessionmaker() as session:
            office = (
                await session.execute(select(Office).where(Office.code == office_code))
            ).scalar_one()
        settings = rollback_app.state.settings
        token = rollback_app.state.key_ring.issue(
            {
                "sub": f"client:kpu-{office_code}",
                "kind": "client",
                "scope": scope,
                "office": office.code,
                "office_id": str(office.id),
                "office_path": office.path,
            },
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
            ttl_s=300,
        )
        return {"Authorization": f"Bearer {token}"}

    return _headers


async def _forwarded(
    client: httpx.AsyncClient, auth: Any, *, forwarding: dict[str, Any] | None = None
) -> str:
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    rid = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()["id"]
    assert (await client.post(f"/v1/reports/{rid}/registration", headers=handler)).is_success
    await hold_plenary(client, rid, handler, commissioner, "violation", "administrative")
    decided = await client.post(f"/v1/reports/{rid}/decision", json=DECISION, headers=commissioner)
    assert decided.is_success, decided.text
    sent = await client.post(
        f"/v1/reports/{rid}/forwardings",
        json=forwarding or {"to": "kpu", "reference": "001/PL/52.03"},
        headers=handler,
    )
    assert sent.status_code == 200, sent.text
    return str(rid)


async def _items(client: httpx.AsyncClient, headers: dict[str, str], **params: str) -> Any:
    response = await client.get("/v1/kpu/forwardings", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_kpu_acknowledges_and_follows_up_and_the_clock_closes(
    client: httpx.AsyncClient, auth: Any, kpu: Any, db: Any
) -> None:
    rid = await _forwarded(client, auth)
    kpu_ntb = await kpu("52")

    [item] = [i for i in await _items(client, kpu_ntb, status="pending") if i["report_id"] == rid]
    assert item["office"] == "52.03"
    assert item["reference"] == "001/PL/52.03"
    assert item["register_number"]
    # Pemilu: 3 working days from the decision's reading (UU 7/2017 Art. 462), already running.
    assert item["deadline"]["rule"] == "admin.kpu_followup"
    assert item["deadline"]["status"] == "pending"
    assert item["deadline"]["amount"] == 3
    assert item["deadline"]["unit"] == "working_day"

    now = datetime.now(UTC)
    ack = await client.post(
        f"/v1/kpu/forwardings/{item['id']}/acknowledgement",
        json={"received_at": now.isoformat()},
        headers=kpu_ntb,
    )
    assert ack.status_code == 200, ack.text
    assert ack.json()["status"] == "acknowledged"
    assert ack.json()["deadline"]["id"] == item["deadline"]["id"]  # pemilu: clock unchanged

    done = await client.post(
        f"/v1/kpu/forwardings/{item['id']}/follow-up",
        json={
            "action": "Penetapan ulang DCT tanpa calon yang melanggar.",
            "document_reference": "Keputusan KPU 123/2024",
            "followed_up_at": (now + timedelta(hours=1)).isoformat(),
        },
        headers=kpu_ntb,
    )
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "followed_up"
    assert done.json()["deadline"]["status"] == "met"

    # Staff see the closed clock; the timeline carries both steps.
    handler = await auth("handler", "52.03")
    clocks = (await client.get(f"/v1/reports/{rid}/deadlines", headers=handler)).json()["items"]
    assert [c["status"] for c in clocks if c["rule"] == "admin.kpu_followup"] == ["met"]
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    actions = [e["action"] for e in events]
    assert actions[-2:] == ["kpu_acknowledged", "kpu_followed_up"]
    assert events[-1]["actor"] == "client:kpu-52"
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True
    # The follow-up went to the outbox in the same transaction.
    emitted = await db.execute(
        text("SELECT type FROM webhook_event WHERE report_id = :r ORDER BY seq"), {"r": rid}
    )
    assert [r[0] for r in emitted][-1] == "kpu.followup_recorded"

    again = await client.post(
        f"/v1/kpu/forwardings/{item['id']}/follow-up",
        json={"action": "x", "document_reference": "y", "followed_up_at": now.isoformat()},
        headers=kpu_ntb,
    )
    assert again.status_code == 409
    assert again.json()["code"] == "kpu_forwarding_state"
    assert await _items(client, kpu_ntb, status="followed_up")


async def test_a_late_follow_up_misses_the_clock_and_overdue_ones_show_in_deadlines(
    client: httpx.AsyncClient, auth: Any, kpu: Any
) -> None:
    rid = await _forwarded(client, auth)
    kpu_lotim = await kpu("52.03")
    [item] = [i for i in await _items(client, kpu_lotim) if i["report_id"] == rid]
    late = datetime.fromisoformat(item["deadline"]["due_at"]) + timedelta(days=2)
    done = await client.post(
        f"/v1/kpu/forwardings/{item['id']}/follow-up",
        json={
            "action": "Teguran.",
            "document_reference": "S-1",
            "followed_up_at": late.isoformat(),
        },
        headers=kpu_lotim,
    )
    assert done.status_code == 200, done.text
    assert done.json()["deadline"]["status"] == "missed"


async def test_a_kpu_client_of_another_province_sees_nothing(
    client: httpx.AsyncClient, auth: Any, kpu: Any
) -> None:
    rid = await _forwarded(client, auth)
    bali = await kpu("51")
    assert [i for i in await _items(client, bali) if i["report_id"] == rid] == []
    ntb = [i for i in await _items(client, await kpu("52")) if i["report_id"] == rid]
    fid = ntb[0]["id"]
    ack = await client.post(
        f"/v1/kpu/forwardings/{fid}/acknowledgement",
        json={"received_at": datetime.now(UTC).isoformat()},
        headers=bali,
    )
    assert ack.status_code == 404
    assert ack.json()["code"] == "kpu_forwarding_not_found"


async def test_staff_and_clients_without_the_scope_are_refused(
    client: httpx.AsyncClient, auth: Any, kpu: Any
) -> None:
    staff = await auth("admin", "ID")
    assert (await client.get("/v1/kpu/forwardings", headers=staff)).status_code == 403
    reader = await kpu("52", scope="reports:read")
    assert (await client.get("/v1/kpu/forwardings", headers=reader)).status_code == 403
    assert (await client.get("/v1/kpu/forwardings")).status_code == 401


async def test_forwardings_to_others_are_not_listed_for_kpu(
    client: httpx.AsyncClient, auth: Any, kpu: Any
) -> None:
    rid = await _forwarded(client, auth, forwarding={"to": "dkpp", "reference": "etik"})
    assert [i for i in await _items(client, await kpu("52")) if i["report_id"] == rid] == []


async def test_pemilihan_clock_starts_when_kpu_acknowledges_receipt(
    client: httpx.AsyncClient, auth: Any, kpu: Any
) -> None:
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    body = complete_report(
        election="pilkada-2024",
        received_at="2024-10-11T10:00:00+08:00",
        known_on="2024-10-10",
        incident={"date": "2024-10-10", "office": "52.03", "address": "Desa"},
        reporter={**complete_report()["reporter"], "category": "voter", "registered_voter": True},
    )
    created = await client.post("/v1/reports", json=body, headers=handler)
    assert created.status_code == 201, created.text
    rid = created.json()["id"]
    registered = await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    assert registered.status_code == 200, registered.text
    await hold_plenary(client, rid, handler, commissioner, "violation", "administrative")
    await client.post(f"/v1/reports/{rid}/decision", json=DECISION, headers=commissioner)
    sent = await client.post(f"/v1/reports/{rid}/forwardings", json={"to": "kpu"}, headers=handler)
    assert sent.status_code == 200, sent.text

    kpu_ntb = await kpu("52")
    [item] = [i for i in await _items(client, kpu_ntb) if i["report_id"] == rid]
    assert item["regime"] == "pemilihan"
    assert item["deadline"] is None
    received = datetime(2024, 10, 21, 9, 0, tzinfo=UTC)
    ack = await client.post(
        f"/v1/kpu/forwardings/{item['id']}/acknowledgement",
        json={"received_at": received.isoformat()},
        headers=kpu_ntb,
    )
    assert ack.status_code == 200, ack.text
    clock = ack.json()["deadline"]
    # UU 10/2016 Art. 139-140: 7 calendar days from receipt by KPU.
    assert clock["rule"] == "admin.kpu_followup"
    assert clock["unit"] == "calendar_day"
    assert clock["amount"] == 7
    assert clock["due"] == "2024-10-28"
    # Long past and not followed up: staff see it among the overdue clocks.
    overdue = await client.get(
        "/v1/deadlines",
        params={"overdue": "true", "rule": "admin.kpu_followup", "office": "52.03"},
        headers=handler,
    )
    assert clock["id"] in [d["id"] for d in overdue.json()["items"]]


async def test_the_forwardings_list_pages_with_its_cursor(
    client: httpx.AsyncClient, auth: Any, kpu: Any
) -> None:
    ids = {await _forwarded(client, auth) for _ in range(3)}
    headers = await kpu("52")
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params = {"limit": "1", **({"cursor": cursor} if cursor else {})}
        response = await client.get("/v1/kpu/forwardings", params=params, headers=headers)
        assert response.status_code == 200, response.text
        seen += [i["report_id"] for i in response.json()["items"]]
        cursor = response.json()["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen))
    assert ids <= set(seen)
