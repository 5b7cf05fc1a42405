"""Calendar changes (docs/legal/rules.md §1): a case keeps its clocks; recomputation is an explicit,
audited action. A holiday added or revoked by an operator changes no running clock until
an admin recomputes, first as a dry run, then with a reason."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

URL = "/v1/deadlines/recompute"
HOLIDAY = {
    "day": "2024-01-15",
    "action": "add",
    "category": "libur_nasional",
    "name": "Libur contoh",
    "decree": "Keppres 99/2024",
    "reason": "uji",
}


async def _review(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    clocks = (await client.get(f"/v1/reports/{rid}/deadlines", headers=headers)).json()["items"]
    return next(d for d in clocks if d["rule"] == "report.initial_review")


async def _case_and_a_new_holiday(client: httpx.AsyncClient, auth: Any) -> str:
    handler = await auth("handler", "52.03")
    # Received Fri 12 Jan 2024: initial review due Tue 16 Jan (Mon 15 day 1, Tue 16 day 2;
    # Perbawaslu 7/2022 Art. 15(1)).
    created = await client.post("/v1/reports", json=complete_report(), headers=handler)
    rid = str(created.json()["id"])
    assert (await _review(client, rid, handler))["due"] == "2024-01-16"
    added = await client.post(
        "/v1/calendar/overrides", json=HOLIDAY, headers=await auth("admin", "ID")
    )
    assert added.status_code == 201, added.text
    return rid


async def test_a_new_holiday_does_not_move_open_clocks_until_recomputed_spec_1(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    """docs/legal/rules.md §1: the open clock keeps its due date; the dry run lists the change, the
    applied recomputation moves it (Mon 15 Jan now a holiday: due Wed 17 Jan), with one
    timeline event on the case and an audit entry."""
    handler = await auth("handler", "52.03")
    admin = await auth("admin", "52.03")
    rid = await _case_and_a_new_holiday(client, auth)
    review = await _review(client, rid, handler)
    assert review["due"] == "2024-01-16"  # kept

    dry = await client.post(URL, json={"report_id": rid}, headers=admin)
    assert dry.status_code == 200, dry.text
    out = dry.json()
    assert out["applied"] is False
    assert out["scope"] == f"report:{rid}"
    assert out["checked"] == 1
    assert out["cases"] == 1
    (change,) = out["changes"]
    assert change["deadline_id"] == review["id"]
    assert change["report_id"] == rid
    assert change["rule"] == "report.initial_review"
    assert change["trigger"] == "2024-01-12"
    assert (change["old_due"], change["new_due"]) == ("2024-01-16", "2024-01-17")
    assert change["old_due_at"].startswith("2024-01-16T08:00:00")
    assert change["new_due_at"].startswith("2024-01-17T08:00:00")
    assert (await _review(client, rid, handler))["due"] == "2024-01-16"  # a dry run

    no_reason = await client.post(URL, json={"report_id": rid, "apply": True}, headers=admin)
    assert no_reason.status_code == 422
    applied = await client.post(
        URL,
        json={"report_id": rid, "apply": True, "reason": "Keppres 99/2024 menambah libur"},
        headers=admin,
    )
    assert applied.status_code == 200, applied.text
    assert applied.json()["applied"] is True
    assert applied.json()["changes"] == out["changes"]
    moved = await _review(client, rid, handler)
    assert (moved["due"], moved["status"]) == ("2024-01-17", "pending")

    events = (await client.get(f"/v1/reports/{rid}/timeline", headers=handler)).json()["items"]
    event = events[-1]
    assert event["action"] == "deadlines_recomputed"
    assert event["actor"] == "admin@52.03"
    assert event["changes"]["reason"] == "Keppres 99/2024 menambah libur"
    assert event["changes"]["changes"][0]["old_due"] == "2024-01-16"
    assert event["changes"]["changes"][0]["new_due"] == "2024-01-17"
    verify = (await client.get(f"/v1/reports/{rid}/timeline/verify", headers=handler)).json()
    assert verify["valid"] is True
    audit = (
        await db.execute(
            text(
                "SELECT actor, subject, details FROM auth_event "
                "WHERE action = 'deadlines_recomputed' ORDER BY at DESC LIMIT 1"
            )
        )
    ).one()
    assert audit.actor == "admin@52.03"
    assert audit.subject == f"report:{rid}"
    assert audit.details["reason"] == "Keppres 99/2024 menambah libur"
    assert audit.details["deadlines"] == [review["id"]]

    again = (await client.post(URL, json={"report_id": rid}, headers=admin)).json()
    assert again["changes"] == []


async def test_closed_clocks_are_never_recomputed(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    rid = await _case_and_a_new_holiday(client, auth)
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)  # closes the review
    out = (
        await client.post(URL, json={"report_id": rid}, headers=await auth("admin", "52.03"))
    ).json()
    assert all(c["rule"] != "report.initial_review" for c in out["changes"])
    assert (await _review(client, rid, handler))["due"] == "2024-01-16"


async def test_recomputation_by_office_subtree_and_who_may_call_it(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """Admins only, within their own subtree."""
    rid = await _case_and_a_new_holiday(client, auth)
    province = await auth("admin", "52")
    by_office = (await client.post(URL, json={"office": "52.03"}, headers=province)).json()
    assert by_office["scope"] == "office:52.03"
    assert rid in {c["report_id"] for c in by_office["changes"]}
    everything = (await client.post(URL, json={}, headers=province)).json()
    assert everything["scope"] == "office:52"
    assert rid in {c["report_id"] for c in everything["changes"]}

    handler = await auth("handler", "52.03")
    assert (await client.post(URL, json={"report_id": rid}, headers=handler)).status_code == 403
    commissioner = await auth("commissioner", "52.03")
    assert (
        await client.post(URL, json={"report_id": rid}, headers=commissioner)
    ).status_code == 403
    neighbour = await auth("admin", "52.04")
    assert (await client.post(URL, json={"report_id": rid}, headers=neighbour)).status_code == 404
    outside = await client.post(URL, json={"office": "52.03"}, headers=neighbour)
    assert outside.status_code == 422
    assert outside.json()["code"] == "outside_jurisdiction"
    both = await client.post(URL, json={"office": "52.03", "report_id": rid}, headers=province)
    assert both.status_code == 422
    unseen = (await client.post(URL, json={}, headers=neighbour)).json()
    assert rid not in {c["report_id"] for c in unseen["changes"]}


async def test_a_recomputation_never_undoes_an_audited_extension(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """A clock extended by an override (with its reason on the timeline) keeps its due
    time: recomputing it from its rule would silently take the extension back (e.g. an
    extended report.completion would expire again). It is listed as skipped."""
    handler = await auth("handler", "52.03")
    admin = await auth("admin", "52.03")
    rid = await _case_and_a_new_holiday(client, auth)
    review = await _review(client, rid, handler)
    extended = await client.post(
        f"/v1/deadlines/{review['id']}/override",
        json={"due_at": "2024-01-26T08:00:00Z", "reason": "kajian awal butuh dokumen KPU"},
        headers=await auth("commissioner", "52.03"),
    )
    assert extended.status_code == 200, extended.text
    out = (await client.post(URL, json={"report_id": rid}, headers=admin)).json()
    assert out["changes"] == []
    (skipped,) = out["skipped"]
    assert (skipped["deadline_id"], skipped["why"], skipped["due"]) == (
        review["id"], "overridden", "2024-01-26",
    )  # fmt: skip
    applied = await client.post(
        URL, json={"report_id": rid, "apply": True, "reason": "Keppres 99/2024"}, headers=admin
    )
    assert applied.json()["changes"] == []
    assert (await _review(client, rid, handler))["due"] == "2024-01-26"
