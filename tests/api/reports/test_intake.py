"""Intake: admissibility verdict, running deadlines, idempotency, scoping, masking."""

from __future__ import annotations

import re
from typing import Any

import httpx
from tests.api.reports.conftest import complete_report


async def test_complete_report_is_registrable_with_running_clocks(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    response = await client.post("/v1/reports", json=complete_report(), headers=handler)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "received"
    assert body["admissibility"]["verdict"] == "registrable"
    assert body["admissibility"]["failures"] == []
    assert response.headers["location"] == f"/v1/reports/{body['id']}"
    # An instant is answered in UTC (`Z`) whatever offset it was sent with, on creation as
    # on every later read.
    assert body["received_at"] == "2024-01-12T02:00:00Z", body["received_at"]
    read = (await client.get(response.headers["location"], headers=handler)).json()
    assert read["received_at"] == body["received_at"]
    deadlines = {d["rule"]: d for d in body["deadlines"]}
    # Known Wed 2024-01-10, filed Fri 2024-01-12: inside 7 working days (UU 7/2017 454(6)).
    assert deadlines["report.filing"]["status"] == "met"
    # Received Fri 12 Jan: 2 working days -> Mon 15 (day 1), Tue 16 (day 2), 16:00 WITA.
    review = deadlines["report.initial_review"]
    assert review["status"] == "pending"
    assert review["due"] == "2024-01-16"
    assert review["due_at"] == "2024-01-16T08:00:00Z"
    assert review["basis"].startswith("Perbawaslu 7/2022")


async def test_late_report_is_flagged_and_filing_clock_missed(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    # Known Mon 2024-01-01 (holiday): 7 wd = 2,3,4,5,8,9,10 Jan -> due Wed 10 Jan; filed 12th.
    body = complete_report(
        known_on="2024-01-01",
        incident={"date": "2024-01-01", "office": "52.03", "address": "Pasar Selong"},
    )
    response = await client.post("/v1/reports", json=body, headers=handler)
    assert response.status_code == 201
    out = response.json()
    assert out["admissibility"]["verdict"] == "late"
    filing = next(d for d in out["deadlines"] if d["rule"] == "report.filing")
    assert filing["status"] == "missed"
    assert filing["due"] == "2024-01-10"


async def test_incomplete_report_lists_each_failed_requirement(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    body = complete_report(evidence=[], description="")
    response = await client.post("/v1/reports", json=body, headers=handler)
    out = response.json()
    assert out["admissibility"]["verdict"] == "incomplete"
    kinds = {f["kind"] for f in out["admissibility"]["failures"]}
    assert kinds == {"material"}
    assert len(out["admissibility"]["failures"]) == 2
    for failure in out["admissibility"]["failures"]:
        assert failure["basis"]
        assert failure["message"]


async def test_personal_data_is_masked(client: httpx.AsyncClient, handler: dict[str, str]) -> None:
    created = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()
    reporter = created["reporter"]
    assert reporter["nik"] == "5203********0001"
    assert "Pejanggik" not in reporter["address"]
    assert reporter["phone"].endswith("890")
    assert "1234567" not in reporter["phone"]
    listed = (await client.get("/v1/reports", headers=handler)).json()["items"]
    mine = next(i for i in listed if i["id"] == created["id"])
    assert mine["reporter_name"] == "S*** A*****"


async def test_idempotent_replay_and_key_reuse(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    headers = {**handler, "Idempotency-Key": "intake-001"}
    first = await client.post("/v1/reports", json=complete_report(), headers=headers)
    again = await client.post("/v1/reports", json=complete_report(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    listed = (await client.get("/v1/reports", params={"limit": 200}, headers=handler)).json()
    assert sum(1 for i in listed["items"] if i["id"] == first.json()["id"]) == 1
    other = await client.post(
        "/v1/reports", json=complete_report(description="lain"), headers=headers
    )
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"


async def test_intake_outside_jurisdiction_is_refused(client: httpx.AsyncClient, auth: Any) -> None:
    surakarta = await auth("handler", "33.72")
    response = await client.post("/v1/reports", json=complete_report(), headers=surakarta)
    assert response.status_code == 422
    assert response.json()["code"] == "outside_jurisdiction"


async def test_unauthenticated_and_viewer_are_refused(client: httpx.AsyncClient, auth: Any) -> None:
    anonymous = await client.post("/v1/reports", json=complete_report())
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    viewer = await auth("viewer", "52.03")
    refused = await client.post("/v1/reports", json=complete_report(), headers=viewer)
    assert refused.status_code == 403


async def test_bad_input_lists_fields(client: httpx.AsyncClient, handler: dict[str, str]) -> None:
    body = complete_report(kind="rumor", received_at="2024-01-12T10:00:00")
    response = await client.post("/v1/reports", json=body, headers=handler)
    assert response.status_code == 422
    locations = {e["location"] for e in response.json()["errors"]}
    assert locations == {"body.kind", "body.received_at"}


async def test_the_incident_time_is_the_local_wall_clock_time_without_an_offset(
    client: httpx.AsyncClient, handler: dict[str, str]
) -> None:
    """`incident.time` is what a witness read off a clock at the place (its office's zone):
    answered `HH:MM:SS` as the spec's pattern says; an offset is refused, not dropped."""
    incident = {"date": "2024-01-10", "time": "21:15", "office": "52.03"}
    created = await client.post(
        "/v1/reports", json=complete_report(incident=incident), headers=handler
    )
    assert created.status_code == 201, created.text
    assert created.json()["incident"]["time"] == "21:15:00"
    spec = (await client.get("/openapi.json")).json()
    time_schema = spec["components"]["schemas"]["IncidentIn"]["properties"]["time"]
    assert re.fullmatch(time_schema["anyOf"][0]["pattern"], "21:15:00")
    for given in ("21:15:00+08:00", "13:15Z"):
        refused = await client.post(
            "/v1/reports",
            json=complete_report(incident={**incident, "time": given}),
            headers=handler,
        )
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["location"] == "body.incident.time"
