"""The demo data (``make run``) covers every step an official document is issued from
(issue 14): checked over HTTP as an officer of Bawaslu Lombok Timur (52.03) would."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.demo import DEMO_PREFIX, load_demo
from bawaslu_api.demo_cases import demo_receipt_code
from bawaslu_api.demo_spread import SPREAD
from bawaslu_api.models import Report
from bawaslu_rules import DECISION_CLOCKS


@pytest.fixture
async def demo(db: AsyncSession) -> dict[str, int]:
    loaded = await load_demo(db)
    await db.commit()
    return loaded


async def _get(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> Any:
    response = await client.get(url, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def _cases(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    """The demo cases by the start of their description (after the prefix)."""
    page = await _get(client, "/v1/reports?office=52.03&limit=200", headers)
    assert page["next_cursor"] is None
    return {
        c["description"].removeprefix(DEMO_PREFIX): c
        for c in page["items"]
        if c["description"].startswith(DEMO_PREFIX)
    }


def _one(cases: dict[str, Any], start: str) -> Any:
    (found,) = [c for text, c in cases.items() if text.startswith(start)]
    return found


async def _forwardings(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    events = (await _get(client, f"/v1/reports/{rid}/timeline", headers))["items"]
    return [e["changes"] for e in events if e["action"] == "forwarded"]


async def _clocks(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> Any:
    clocks = await _get(client, f"/v1/reports/{rid}/deadlines", headers)
    return {d["rule"]: d for d in clocks["items"]}


async def test_the_crime_case_has_every_step_of_its_documents(
    client: httpx.AsyncClient, auth: Any, demo: dict[str, int]
) -> None:
    """Persons, a clarification under oath with minutes for the reporter, the witness and
    the expert, Sentra Gakkumdu discussions 1 and 2, the dossier, the decision, the
    forwarding to the police within 24 hours, the police report, the announcement."""
    handler = await auth("handler", "52.03")
    case = _one(await _cases(client, handler), "Politik uang di TPS 03")
    rid = case["id"]
    full = await _get(client, f"/v1/reports/{rid}", handler)
    assert (full["status"], full["outcome_category"]) == ("forwarded", "crime")
    assert full["announced_at"] is not None

    people = await _get(client, f"/v1/reports/{rid}/persons", handler)
    roles = {p["role"]: p for p in people["items"]}
    assert roles["witness"]["intake_witness"] == 0
    assert roles["expert"]["expertise"] == "Hukum pidana pemilu"

    (session,) = (await _get(client, f"/v1/reports/{rid}/clarifications", handler))["items"]
    assert session["status"] == "held"
    heard = {i["role"]: i for i in session["invitees"]}
    assert set(heard) == {"reporter", "witness", "expert"}
    for invitee in heard.values():
        assert (invitee["attendance"], invitee["oath"]) == ("attended", "taken")
        assert invitee["invitation"]["received_at"] is not None
        assert invitee["minutes"]["questions"][0]["answer"]
        assert invitee["minutes"]["signed"] is True

    record = await _get(client, f"/v1/reports/{rid}/gakkumdu", handler)
    assert [(d["number"], d["conclusion"]) for d in record["discussions"]] == [
        (1, "crime_indicated"),
        (2, "forward_to_investigation"),
    ]
    assert record["discussions"][0]["articles"] == ["UU 7/2017 Pasal 523 ayat (1)"]
    assert record["dossier"]["complete"] is True
    assert record["police_report"]["number"].startswith("LP/B/12/I/2024")

    assert [f["to"] for f in await _forwardings(client, rid, handler)] == ["police"]
    clocks = await _clocks(client, rid, handler)
    assert clocks["crime.forward_to_police"]["status"] == "met"
    assert clocks["crime.investigation"]["status"] == "pending"
    decision = [c for rule, c in clocks.items() if rule in DECISION_CLOCKS]
    assert [c["status"] for c in decision] == ["met"]

    events = (await _get(client, f"/v1/reports/{rid}/timeline", handler))["items"]
    steps = [e["action"] for e in events]
    assert steps.index("clarification_held") < steps.index("plenary_held")
    assert steps.index("decided") < steps.index("forwarded") < steps.index("announced")


async def test_cases_forwarded_to_kpu_dkpp_and_another_agency_are_announced(
    client: httpx.AsyncClient, auth: Any, demo: dict[str, int]
) -> None:
    handler = await auth("handler", "52.03")
    cases = await _cases(client, handler)
    expected = {
        "KPPS TPS 07": ("administrative", "kpu"),
        "Anggota PPS Desa": ("ethics", "dkpp"),
        "Guru berstatus ASN": ("other_law", "agency"),
    }
    for start, (category, to) in expected.items():
        rid = _one(cases, start)["id"]
        full = await _get(client, f"/v1/reports/{rid}", handler)
        assert (full["status"], full["outcome_category"]) == ("forwarded", category), start
        assert full["announced_at"] is not None
        (forwarding,) = await _forwardings(client, rid, handler)
        assert forwarding["to"] == to
        clocks = await _clocks(client, rid, handler)
        decision = [c for rule, c in clocks.items() if rule in DECISION_CLOCKS]
        assert [c["status"] for c in decision] == ["met"], start
        if to == "kpu":
            assert forwarding["received_at"] is not None
            assert clocks["admin.kpu_followup"]["status"] == "pending"
        if to == "agency":
            assert forwarding["agency_name"] == "Komisi Aparatur Sipil Negara"


async def test_a_pending_completion_request_and_a_registered_finding(
    client: httpx.AsyncClient, auth: Any, demo: dict[str, int]
) -> None:
    handler = await auth("handler", "52.03")
    cases = await _cases(client, handler)
    pending = _one(cases, "Spanduk calon")
    assert pending["status"] == "completion_requested"
    clock = (await _clocks(client, pending["id"], handler))["report.completion"]
    assert clock["status"] == "pending"
    assert clock["due"] == "2024-02-05"  # notice received Thu 1 Feb: 2 working days
    finding = _one(cases, "Temuan:")
    assert (finding["kind"], finding["status"]) == ("finding", "registered")
    assert "/Reg/TM/" in finding["register_number"]
    statuses = {c["status"] for c in cases.values()}
    assert {"received", "registered", "not_registered"} <= statuses


async def test_every_demo_timeline_verifies_and_receipts_are_published(
    client: httpx.AsyncClient, auth: Any, demo: dict[str, int]
) -> None:
    handler = await auth("handler", "52.03")
    cases = await _cases(client, handler)
    # The cases of issue 14, and those spread over four offices for the statistics.
    assert len([t for t in cases if not t.startswith("Sebaran:")]) == 10
    assert demo["demo_reports_inserted"] == 10 + len(SPREAD)
    for text, case in cases.items():
        verify = await _get(client, f"/v1/reports/{case['id']}/timeline/verify", handler)
        assert verify["valid"] is True, text
    # The crime case is the 4th report received: its receipt code is published.
    looked_up = await client.post("/v1/public/receipts/lookup", json={"code": demo_receipt_code(4)})
    assert looked_up.status_code == 200, looked_up.text
    assert looked_up.json()["status"] == "forwarded"


async def test_loading_twice_adds_nothing(db: AsyncSession, demo: dict[str, int]) -> None:
    before = (await db.execute(select(func.count()).select_from(Report))).scalar_one()
    again = await load_demo(db)
    await db.commit()
    assert again["demo_reports_inserted"] == 0
    assert again["demo_users_inserted"] == 0
    after = (await db.execute(select(func.count()).select_from(Report))).scalar_one()
    assert after == before


async def test_the_demo_spreads_over_stages_subjects_and_offices(
    client: httpx.AsyncClient, auth: Any, demo: dict[str, int]
) -> None:
    """Issue 15: the statistics have something to show at once."""
    province = await auth("viewer", "52")
    page = await _get(client, "/v1/reports?limit=200", province)
    items = [c for c in page["items"] if c["description"].startswith(DEMO_PREFIX)]
    assert len(items) == demo["demo_reports_inserted"]
    assert {c["office"] for c in items} == {"52.01", "52.02", "52.03", "52.71"}
    assert all(c["subjects"] for c in items)
    stages = {c["stage"] for c in items}
    assert {"campaign", "logistics", "quiet_period", "voting_counting", "recapitulation"} <= stages
    assert {c["election"] for c in items} == {"pemilu-2024", "pilkada-2024"}
    outcomes = {(c["status"], c["outcome"]) for c in items}
    assert {("decided", "not_violation"), ("decided", "violation")} <= outcomes
    logistics = await _get(client, "/v1/reports?stage=logistics&limit=200", province)
    for case in logistics["items"]:
        full = await _get(client, f"/v1/reports/{case['id']}", province)
        assert full["stage_set_by"] == "officer"
