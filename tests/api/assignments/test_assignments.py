"""Assignment of officers to a case (issue 13): assign, reassign, release, "my cases",
the workload view, and a clarifier from a lower office (Perbawaslu 7/2022 Art. 28(4);
docs/legal/procedure.md §1.1 row 3)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import select
from tests.api.assignments.conftest import registered_case
from tests.api.reports.conftest import complete_report

from bawaslu_api.webhooks.models import WebhookEvent

PAPER_REGISTRATION = "2024-01-15T09:00:00+08:00"
"""A registration entered after the fact: its decision clock has long expired."""


async def _assign(
    client: httpx.AsyncClient,
    rid: str,
    headers: dict[str, str],
    officer: str,
    role: str = "handler",
    reason: str = "Pembagian tugas",
    **extra: Any,
) -> httpx.Response:
    return await client.post(
        f"/v1/reports/{rid}/assignment",
        json={"officer": officer, "role": role, "reason": reason, **extra},
        headers=headers,
    )


async def _timeline(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> list[Any]:
    response = await client.get(f"/v1/reports/{rid}/timeline", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]  # type: ignore[no-any-return]


async def test_a_commissioner_assigns_a_handler_on_the_timeline_and_as_a_webhook_event(
    client: httpx.AsyncClient, auth: Any, officers: Any, db: Any
) -> None:
    rid = await registered_case(client, auth)
    commissioner = await auth("commissioner", "52.03")
    etag = (await client.get(f"/v1/reports/{rid}", headers=commissioner)).headers["ETag"]

    assigned = await _assign(client, rid, {**commissioner, "If-Match": etag}, "ani")

    assert assigned.status_code == 200, assigned.text
    body = assigned.json()
    assert body["handler"]["officer"] == "ani"
    assert body["handler"]["office"] == "52.03"
    assert body["handler"]["display_name"] == "Ani"
    assert body["team"] == []
    assert body["clarifiers"] == []
    assert assigned.headers["ETag"] != etag  # the case's version moved on
    # The old ETag is stale now.
    stale = await _assign(client, rid, {**commissioner, "If-Match": etag}, "budi", role="team")
    assert stale.status_code == 412
    event = (await _timeline(client, rid, commissioner))[-1]
    assert event["action"] == "assigned"
    assert event["actor"] == "commissioner@52.03"
    assert event["changes"]["before"] == {"handler": None, "team": [], "clarifiers": []}
    assert event["changes"]["after"] == {"handler": "ani", "team": [], "clarifiers": []}
    assert event["changes"]["reason"] == "Pembagian tugas"
    types = (
        await db.execute(select(WebhookEvent.type).where(WebhookEvent.report_id == uuid.UUID(rid)))
    ).scalars()
    assert "report.assigned" in list(types)
    verified = await client.get(f"/v1/reports/{rid}/timeline/verify", headers=commissioner)
    assert verified.json()["valid"] is True


async def test_reassignment_shows_before_and_after_and_the_previous_handler_is_released(
    client: httpx.AsyncClient, auth: Any, officers: Any
) -> None:
    rid = await registered_case(client, auth)
    admin = await auth("admin", "52")  # an admin of the province above the case's office
    await _assign(client, rid, admin, "ani")
    await _assign(client, rid, admin, "budi", role="team")

    # Budi, on the team, becomes the handler: Ani is released, Budi leaves the team.
    reassigned = await _assign(client, rid, admin, "budi", reason="Ani cuti")

    assert reassigned.status_code == 200, reassigned.text
    assert reassigned.json()["handler"]["officer"] == "budi"
    assert reassigned.json()["team"] == []
    event = (await _timeline(client, rid, admin))[-1]
    assert event["action"] == "reassigned"
    assert event["changes"]["before"] == {"handler": "ani", "team": ["budi"], "clarifiers": []}
    assert event["changes"]["after"] == {"handler": "budi", "team": [], "clarifiers": []}
    assert {(r["officer"], r["role"]) for r in event["changes"]["released"]} == {
        ("ani", "handler"),
        ("budi", "team"),
    }
    again = await _assign(client, rid, admin, "budi")
    assert again.status_code == 409
    assert again.json()["code"] == "already_assigned"


async def test_release_with_a_reason(
    client: httpx.AsyncClient, auth: Any, officers: Any, db: Any
) -> None:
    rid = await registered_case(client, auth)
    commissioner = await auth("commissioner", "52.03")
    await _assign(client, rid, commissioner, "ani")

    released = await client.post(
        f"/v1/reports/{rid}/assignment/release",
        json={"officer": "ani", "reason": "Mutasi"},
        headers=commissioner,
    )

    assert released.status_code == 200, released.text
    assert released.json()["handler"] is None
    event = (await _timeline(client, rid, commissioner))[-1]
    assert event["action"] == "assignment_released"
    assert event["changes"]["reason"] == "Mutasi"
    assert event["changes"]["after"]["handler"] is None
    twice = await client.post(
        f"/v1/reports/{rid}/assignment/release",
        json={"officer": "ani", "reason": "Mutasi"},
        headers=commissioner,
    )
    assert twice.status_code == 409
    assert twice.json()["code"] == "not_assigned"
    shown = await client.get(f"/v1/reports/{rid}/assignment", headers=commissioner)
    assert shown.json()["handler"] is None
    payloads = (
        await db.execute(
            select(WebhookEvent.payload).where(
                WebhookEvent.report_id == uuid.UUID(rid),
                WebhookEvent.type == "report.assignment_released",
            )
        )
    ).scalars()
    [payload] = list(payloads)
    assert payload["data"]["assignment"]["officer"] == "ani"
    assert payload["data"]["assignment"]["reason"] == "Mutasi"


async def test_a_withdrawn_case_takes_no_assignment(
    client: httpx.AsyncClient, auth: Any, officers: Any
) -> None:
    handler = await auth("handler", "52.03")
    created = await client.post("/v1/reports", json=complete_report(), headers=handler)
    rid = created.json()["id"]
    await client.post(f"/v1/reports/{rid}/withdrawal", json={"reason": "x"}, headers=handler)

    refused = await _assign(client, rid, await auth("commissioner", "52.03"), "ani")

    assert refused.status_code == 409
    assert refused.json()["code"] == "assignment_not_allowed"
    assert "withdrawn" in refused.json()["detail"]


async def test_who_may_assign_and_who_may_be_assigned(
    client: httpx.AsyncClient, auth: Any, officers: Any
) -> None:
    rid = await registered_case(client, auth)
    # Handlers and viewers do not assign (403), even of the case's own office.
    for role in ("handler", "viewer"):
        refused = await _assign(client, rid, await auth(role, "52.03"), "ani")
        assert refused.status_code == 403, role
    # A commissioner of a sibling kabupaten does not see the case: 404 as for no case.
    outsider = await _assign(client, rid, await auth("commissioner", "52.04"), "ani")
    ghost = await _assign(client, str(uuid.uuid4()), await auth("commissioner", "52.04"), "ani")
    assert outsider.status_code == ghost.status_code == 404
    assert outsider.json()["code"] == ghost.json()["code"] == "report_not_found"

    commissioner = await auth("commissioner", "52.03")
    cases = {
        "nobody": "handler",  # no such user
        "gita": "handler",  # a viewer does not work cases
        "eko": "handler",  # another kabupaten
        "fajar": "handler",  # a lower office may only clarify
    }
    for officer, role in cases.items():
        refused = await _assign(client, rid, commissioner, officer, role=role)
        assert refused.status_code == 422, (officer, refused.text)
        assert refused.json()["code"] == "ineligible_officer"
        assert refused.json()["errors"][0]["loc"][-1] == "officer"
    # An officer of the province above may handle it; a commissioner may be on the team.
    assert (await _assign(client, rid, commissioner, "dewi")).status_code == 200
    assert (await _assign(client, rid, commissioner, "citra", role="team")).status_code == 200
    bad_role = await _assign(client, rid, commissioner, "ani", role="judge")
    assert bad_role.status_code == 422


async def test_my_cases_lists_open_cases_with_the_next_due_clock(
    client: httpx.AsyncClient, auth: Any, officers: Any, as_officer: Any
) -> None:
    first = await registered_case(client, auth, registered_at=PAPER_REGISTRATION)
    second = await registered_case(client, auth)
    unrelated = await registered_case(client, auth)
    commissioner = await auth("commissioner", "52.03")
    await _assign(client, first, commissioner, "ani")
    await _assign(client, second, commissioner, "ani", role="team")
    await _assign(client, unrelated, commissioner, "budi")

    ani = await as_officer("ani")
    page = await client.get("/v1/me/cases", headers=ani)

    assert page.status_code == 200, page.text
    items = page.json()["items"]
    assert {i["id"] for i in items} == {first, second}
    roles = {i["id"]: i["role"] for i in items}
    assert roles == {first: "handler", second: "team"}
    for item in items:
        # A registered case's decision clock; the one registered in 2024 is overdue.
        deadlines = (await client.get(f"/v1/reports/{item['id']}/deadlines", headers=ani)).json()[
            "items"
        ]
        pending = sorted(
            (d for d in deadlines if d["status"] == "pending"), key=lambda d: d["due_at"]
        )
        assert item["next_due"]["rule"] == pending[0]["rule"]
        assert item["next_due"]["deadline_id"] == pending[0]["id"]
        assert item["next_due"]["overdue"] is (item["id"] == first)
    # The overdue paper case comes first: soonest due first.
    assert [i["id"] for i in items] == [first, second]
    # Keyset pages of one.
    one = (await client.get("/v1/me/cases", params={"limit": 1}, headers=ani)).json()
    assert len(one["items"]) == 1
    assert one["next_cursor"]
    rest = await client.get(
        "/v1/me/cases", params={"limit": 1, "cursor": one["next_cursor"]}, headers=ani
    )
    assert [i["id"] for i in one["items"] + rest.json()["items"]] == [i["id"] for i in items]
    assert rest.json()["next_cursor"] is None
    bad = await client.get("/v1/me/cases", params={"cursor": "nonsense"}, headers=ani)
    assert bad.status_code == 422
    # Released: no longer mine.
    await client.post(
        f"/v1/reports/{second}/assignment/release",
        json={"officer": "ani", "reason": "x"},
        headers=commissioner,
    )
    after = (await client.get("/v1/me/cases", headers=ani)).json()["items"]
    assert [i["id"] for i in after] == [first]


async def test_workload_per_officer_and_unassigned_cases(
    client: httpx.AsyncClient, auth: Any, officers: Any
) -> None:
    viewer = await auth("viewer", "52.03")
    before = (await client.get("/v1/offices/52.03/workload", headers=viewer)).json()
    first = await registered_case(client, auth, registered_at=PAPER_REGISTRATION)
    second = await registered_case(client, auth, registered_at=PAPER_REGISTRATION)
    await registered_case(client, auth)  # left unassigned
    commissioner = await auth("commissioner", "52.03")
    await _assign(client, first, commissioner, "ani")
    await _assign(client, second, commissioner, "ani")
    await _assign(client, second, commissioner, "budi", role="team")
    await _assign(client, first, commissioner, "fajar", role="clarifier")

    response = await client.get("/v1/offices/52.03/workload", headers=viewer)

    assert response.status_code == 200, response.text
    body = response.json()
    loads = {o["officer"]: o for o in body["officers"]}
    assert loads["ani"]["open_cases"] == 2
    assert loads["ani"]["handling"] == 2
    assert loads["ani"]["overdue_clocks"] >= 2  # the 2024 cases' decision clocks
    assert loads["ani"]["next_due_at"] is not None
    assert loads["budi"]["open_cases"] == 1
    assert loads["budi"]["handling"] == 0
    assert loads["citra"]["open_cases"] == 0  # a commissioner without cases is listed
    assert "gita" not in loads  # a viewer does not work cases
    assert loads["fajar"]["office"] == "52.03.01"  # the subtree's kecamatan
    assert "dewi" not in loads  # the province is above, not in the subtree
    assert body["unassigned_open_cases"] == before["unassigned_open_cases"] + 1
    # The kecamatan's own workload shows its clarifier only.
    kec = (
        await client.get("/v1/offices/52.03.01/workload", headers=await auth("admin", "52.03"))
    ).json()
    assert [o["officer"] for o in kec["officers"]] == ["fajar"]


async def test_workload_outside_the_jurisdiction_is_404_like_no_office(
    client: httpx.AsyncClient, auth: Any
) -> None:
    sibling = await auth("commissioner", "52.04")
    hidden = await client.get("/v1/offices/52.03/workload", headers=sibling)
    absent = await client.get("/v1/offices/99.99/workload", headers=sibling)
    assert hidden.status_code == absent.status_code == 404
    assert hidden.json()["code"] == absent.json()["code"] == "office_not_found"
    assert hidden.json()["detail"].replace("52.03", "99.99") == absent.json()["detail"]
    # Above: a province sees its kabupaten.
    province = await client.get("/v1/offices/52.03/workload", headers=await auth("viewer", "52"))
    assert province.status_code == 200


async def test_art_28_4_a_clarifier_from_a_lower_office_reads_the_assigned_case_only(
    client: httpx.AsyncClient, auth: Any, officers: Any, as_officer: Any
) -> None:
    """Perbawaslu 7/2022 Art. 28(4): Bawaslu Kabupaten Lombok Timur assigns a supervisor of
    its Panwaslu Kecamatan to carry out the clarification. The supervisor reads that case
    (and its timeline and clocks) while assigned, nothing else of the kabupaten; once
    released, the case does not exist for them again, exactly like an id never issued."""
    rid = await registered_case(client, auth)
    other = await registered_case(client, auth)
    commissioner = await auth("commissioner", "52.03")
    fajar = await as_officer("fajar")
    ghost = str(uuid.uuid4())
    paths = ["", "/timeline", "/deadlines", "/timeline/verify", "/assignment"]

    async def reads(case: str) -> list[httpx.Response]:
        return [await client.get(f"/v1/reports/{case}{p}", headers=fajar) for p in paths]

    for hidden, absent in zip(await reads(rid), await reads(ghost), strict=True):
        assert hidden.status_code == absent.status_code == 404
        assert hidden.json()["detail"].replace(rid, ghost) == absent.json()["detail"]

    assigned = await _assign(client, rid, commissioner, "fajar", role="clarifier")
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["clarifiers"][0]["office"] == "52.03.01"

    assert [r.status_code for r in await reads(rid)] == [200] * len(paths)
    assert (await client.get(f"/v1/reports/{rid}", headers=fajar)).json()["id"] == rid
    mine = (await client.get("/v1/me/cases", headers=fajar)).json()["items"]
    assert [(i["id"], i["role"]) for i in mine] == [(rid, "clarifier")]
    # Nothing else of the kabupaten, and no action on the case itself.
    assert [r.status_code for r in await reads(other)] == [404] * len(paths)
    listed = (await client.get("/v1/reports", params={"limit": 200}, headers=fajar)).json()
    assert rid not in {i["id"] for i in listed["items"]}
    acting = await client.post(f"/v1/reports/{rid}/extension", json={"reason": "x"}, headers=fajar)
    assert acting.status_code == 404
    # The reporter's personal data stays masked for the clarifier, as for any staff read.
    shown = (await client.get(f"/v1/reports/{rid}", headers=fajar)).json()
    assert "5203014708900001" not in str(shown)
    assert "081234567890" not in str(shown)

    await client.post(
        f"/v1/reports/{rid}/assignment/release",
        json={"officer": "fajar", "reason": "Klarifikasi selesai"},
        headers=commissioner,
    )
    for hidden, absent in zip(await reads(rid), await reads(ghost), strict=True):
        assert hidden.status_code == absent.status_code == 404
        assert hidden.json()["detail"].replace(rid, ghost) == absent.json()["detail"]


async def test_a_kecamatan_case_takes_no_clarifier_from_below(
    client: httpx.AsyncClient, auth: Any, officers: Any, db: Any
) -> None:
    """Art. 28(4) names Bawaslu, Bawaslu Provinsi and Bawaslu Kabupaten/Kota as the offices
    that may assign below; a handler from the office itself may always clarify."""
    rid = await registered_case(client, auth)
    commissioner = await auth("commissioner", "52.03")
    same_office = await _assign(client, rid, commissioner, "ani", role="clarifier")
    assert same_office.status_code == 200
    beside = await _assign(client, rid, commissioner, "eko", role="clarifier")
    assert beside.status_code == 422
    assert "Art. 28(4)" in beside.json()["detail"]
