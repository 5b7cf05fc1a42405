"""The plenary meeting (rapat pleno) that decides a case's status (docs/legal/procedure.md
§1.1 rows 8-9): its quorum is the named policy `plenary_quorum` (the rule was not found),
and the decision must follow it; the announcement shows what it decided (§3)."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.deliberation.conftest import approved_analysis, plenary_body, registered_case

DECISION = {
    "outcome": "violation",
    "category": "crime",
    "legal_basis": "UU 7/2017 Pasal 523",
    "summary": "Politik uang terbukti.",
}


async def test_plenary_with_quorum_then_matching_decision_and_announcement(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """3 of 5 members present: a majority (the default policy). The decision that matches
    is accepted and refers to the plenary; the public announcement shows its status."""
    rid = await registered_case(client, handler)
    analysis = await approved_analysis(client, rid, handler, commissioner)
    case = await client.get(f"/v1/reports/{rid}", headers=handler)
    recorded = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(analysis["id"]),
        headers={**commissioner, "If-Match": case.headers["etag"], "Idempotency-Key": "pleno-1"},
    )
    assert recorded.status_code == 201, recorded.text
    plenary = recorded.json()
    assert (plenary["quorum_rule"], plenary["quorum_needed"]) == ("majority", 3)
    assert plenary["analysis_id"] == analysis["id"]
    listed = (await client.get(f"/v1/reports/{rid}/plenaries", headers=handler)).json()
    assert [p["id"] for p in listed["items"]] == [plenary["id"]]

    decided = await client.post(f"/v1/reports/{rid}/decision", json=DECISION, headers=commissioner)
    assert decided.status_code == 200, decided.text
    assert (decided.json()["status"], decided.json()["outcome_category"]) == ("decided", "crime")
    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    assert [e["action"] for e in events][-2:] == ["plenary_held", "decided"]
    assert events[-1]["changes"]["plenary"] == plenary["id"]

    announced = await client.post(
        f"/v1/reports/{rid}/announcement",
        json={"notice": "Diteruskan ke Sentra Gakkumdu."},
        headers=commissioner,
    )
    assert announced.status_code == 200, announced.text
    public = (await client.get("/v1/public/announcements", params={"office": "52.03"})).json()
    item = next(i for i in public["items"] if i["id"] == rid)
    assert (item["outcome"], item["outcome_category"]) == ("violation", "crime")


async def test_plenary_without_quorum_is_refused_naming_the_policy(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """2 of 5 members are not a majority: 422 naming `plenary_quorum`, nothing stored."""
    rid = await registered_case(client, handler)
    analysis = await approved_analysis(client, rid, handler, commissioner)
    members = [{"name": "Ketua", "role": "chair"}, {"name": "Anggota Satu", "role": "member"}]
    refused = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(analysis["id"], members=members),
        headers=commissioner,
    )
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["code"] == "quorum_not_met"
    assert "plenary_quorum" in problem["detail"]
    assert "3" in problem["detail"]
    assert (await client.get(f"/v1/reports/{rid}/plenaries", headers=handler)).json()["items"] == []
    # 2 of 3 members are (Bawaslu Kabupaten/Kota with 3 members).
    ok = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(analysis["id"], members=members, members_in_office=3),
        headers=commissioner,
    )
    assert ok.status_code == 201, ok.text


async def test_the_quorum_policy_is_a_deployment_setting(
    client: httpx.AsyncClient, auth: Any, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """`plenary_quorum = all`: every member must be present."""
    admin = await auth("admin", "ID")
    setting = await client.put(
        "/v1/rules/policies/plenary_quorum",
        json={"value": "all", "reason": "Uji kebijakan kuorum"},
        headers=admin,
    )
    assert setting.status_code in (200, 201), setting.text
    try:
        rid = await registered_case(client, handler)
        analysis = await approved_analysis(client, rid, handler, commissioner)
        refused = await client.post(
            f"/v1/reports/{rid}/plenaries", json=plenary_body(analysis["id"]), headers=commissioner
        )
        assert refused.status_code == 422
        assert "all" in refused.json()["detail"]
    finally:
        reset = await client.post(
            "/v1/rules/policies/plenary_quorum/reset", json={"reason": "Selesai uji"}, headers=admin
        )
        assert reset.status_code in (200, 204), reset.text


async def test_a_plenary_without_members_or_chair_is_refused(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    analysis = await approved_analysis(client, rid, handler, commissioner)
    nobody = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(analysis["id"], members=[]),
        headers=commissioner,
    )
    assert nobody.status_code == 422
    assert nobody.json()["errors"][0]["location"] == "body.members"
    no_chair = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(
            analysis["id"],
            members=[{"name": f"Anggota {i}", "role": "member"} for i in range(3)],
            category=None,
        ),
        headers=commissioner,
    )
    assert no_chair.status_code == 422
    assert {(e["location"], e["code"]) for e in no_chair.json()["errors"]} == {
        ("body.members", "one_chair"),
        ("body.category", "required"),
    }
    future = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(analysis["id"], held_at="2099-01-01T10:00:00+08:00"),
        headers=commissioner,
    )
    assert future.status_code == 422
    assert future.json()["errors"][0]["code"] == "date_in_future"


async def test_a_plenary_needs_the_approved_analysis(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    drafted = await client.post(
        f"/v1/reports/{rid}/analysis", json={"summary": "Draf"}, headers=handler
    )
    refused = await client.post(
        f"/v1/reports/{rid}/plenaries",
        json=plenary_body(drafted.json()["id"]),
        headers=commissioner,
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "analysis_conflict"
    assert "draft" in refused.json()["detail"]


async def test_decision_without_plenary_is_refused_409(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    """The status is decided in plenary: a decision without one says what is missing."""
    rid = await registered_case(client, handler)
    refused = await client.post(f"/v1/reports/{rid}/decision", json=DECISION, headers=commissioner)
    assert refused.status_code == 409
    assert refused.json()["code"] == "plenary_required"
    assert "plenar" in refused.json()["detail"].lower()
    case = (await client.get(f"/v1/reports/{rid}", headers=handler)).json()
    assert case["status"] == "registered"


async def test_decision_other_than_the_plenary_is_refused_409(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    analysis = await approved_analysis(client, rid, handler, commissioner)
    await client.post(
        f"/v1/reports/{rid}/plenaries", json=plenary_body(analysis["id"]), headers=commissioner
    )
    other = await client.post(
        f"/v1/reports/{rid}/decision",
        json={**DECISION, "category": "administrative"},
        headers={**commissioner, "Accept-Language": "en"},
    )
    assert other.status_code == 409
    assert other.json()["code"] == "plenary_mismatch"
    assert "decided violation (crime), not violation (administrative)" in other.json()["detail"]
    not_violation = await client.post(
        f"/v1/reports/{rid}/decision",
        json={"outcome": "not_violation", "legal_basis": "x", "summary": "x"},
        headers=commissioner,
    )
    assert not_violation.status_code == 409


async def test_a_decision_is_not_dated_before_its_plenary(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str]
) -> None:
    rid = await registered_case(client, handler)
    analysis = await approved_analysis(client, rid, handler, commissioner)
    plenary = await client.post(
        f"/v1/reports/{rid}/plenaries", json=plenary_body(analysis["id"]), headers=commissioner
    )
    assert plenary.status_code == 201, plenary.text
    early = await client.post(
        f"/v1/reports/{rid}/decision",
        json={**DECISION, "occurred_at": "2024-01-12T10:00:00+08:00"},
        headers=commissioner,
    )
    assert early.status_code == 422, early.text
    assert early.json()["errors"][0]["code"] == "before_previous_event"
    assert "plenary_held" in early.json()["detail"]


async def test_every_step_is_a_webhook_event_without_names(
    client: httpx.AsyncClient, handler: dict[str, str], commissioner: dict[str, str], db: Any
) -> None:
    """Subscribers hear of each step (docs/webhooks.md); the payloads carry no names."""
    from sqlalchemy import text

    rid = await registered_case(client, handler)
    analysis = await approved_analysis(client, rid, handler, commissioner)
    body = plenary_body(analysis["id"])
    headers = {**commissioner, "Idempotency-Key": "pleno-webhook"}
    first = await client.post(f"/v1/reports/{rid}/plenaries", json=body, headers=headers)
    retry = await client.post(f"/v1/reports/{rid}/plenaries", json=body, headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    await client.post(f"/v1/reports/{rid}/decision", json=DECISION, headers=commissioner)
    rows = (
        await db.execute(
            text("SELECT type, payload::text FROM webhook_event WHERE report_id = :r ORDER BY seq"),
            {"r": rid},
        )
    ).all()
    assert [r[0] for r in rows] == [
        "report.created",
        "report.registered",
        "analysis.drafted",
        "analysis.finalized",
        "analysis.approved",
        "plenary.held",
        "report.decided",
    ]
    assert all("Anggota" not in r[1] and "Ketua" not in r[1] for r in rows)
    assert first.json()["id"] in rows[-1][1]  # the decision names its plenary
