"""Public endpoints: announcements and statistics without personal data."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.cases.models import Channel, Outcome, ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.deadlines.models import DeadlineStatus
from bawaslu_api.reference import LABELS
from bawaslu_rules import Unit


async def _announced_case(client: httpx.AsyncClient, auth: Any) -> str:
    handler = await auth("handler", "52.03")
    commissioner = await auth("commissioner", "52.03")
    rid = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()["id"]
    await client.post(f"/v1/reports/{rid}/registration", headers=handler)
    await hold_plenary(client, rid, handler, commissioner)
    await client.post(
        f"/v1/reports/{rid}/decision",
        json={"outcome": "not_violation", "legal_basis": "UU 7/2017", "summary": "Tidak terbukti."},
        headers=commissioner,
    )
    response = await client.post(
        f"/v1/reports/{rid}/announcement",
        json={"notice": "Bukan pelanggaran."},
        headers=commissioner,
    )
    assert response.status_code == 200, response.text
    return str(rid)


async def test_announcements_are_public_and_carry_no_personal_data(
    client: httpx.AsyncClient, auth: Any
) -> None:
    rid = await _announced_case(client, auth)
    response = await client.get("/v1/public/announcements", params={"office": "52"})
    assert response.status_code == 200
    item = next(i for i in response.json()["items"] if i["id"] == rid)
    assert item["outcome"] == "not_violation"
    assert item["notice"] == "Bukan pelanggaran."
    text = response.text
    for personal in (
        "Siti",
        "5203014708900001",
        "Pejanggik",
        "081234567890",
        "siti@example.org",
        "Budi",
    ):
        assert personal not in text


async def test_unannounced_cases_are_not_public(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    rid = (await client.post("/v1/reports", json=complete_report(), headers=handler)).json()["id"]
    items = (await client.get("/v1/public/announcements")).json()["items"]
    assert rid not in {i["id"] for i in items}


async def test_stats_count_by_status_office_and_election(
    client: httpx.AsyncClient, auth: Any
) -> None:
    assert (await client.get("/v1/stats", params={"office": "52.03"})).status_code == 401
    staff = await auth("viewer", "52")
    before = (await client.get("/v1/stats", params={"office": "52.03"}, headers=staff)).json()
    await _announced_case(client, auth)
    after = (await client.get("/v1/stats", params={"office": "52.03"}, headers=staff)).json()
    outside = await client.get("/v1/stats", params={"office": "52.03"},
                               headers=await auth("viewer", "33"))  # fmt: skip
    assert outside.status_code == 404
    assert after["total"] == before["total"] + 1
    decided = {c["key"]: c["count"] for c in after["by_status"]}
    assert (
        decided["decided"]
        == {c["key"]: c["count"] for c in before["by_status"]}.get("decided", 0) + 1
    )
    assert {c["key"] for c in after["by_office"]} == {"52.03"}
    assert "pemilu-2024" in {c["key"] for c in after["by_election"]}


def test_every_enum_value_has_both_labels() -> None:
    enums = {
        "report_kind": ReportKind,
        "report_status": ReportStatus,
        "outcome": Outcome,
        "violation_category": ViolationCategory,
        "channel": Channel,
        "deadline_status": DeadlineStatus,
        "deadline_unit": Unit,
    }
    for group, enum in enums.items():
        assert set(LABELS[group]) == {m.value for m in enum}, group


async def test_labels_endpoint_is_public(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/reference/labels")).json()
    status = {label["value"]: label for label in body["report_status"]}
    assert status["not_registered"]["id"] == "Tidak diregistrasi"
