"""POST /v1/imports/reports: per-item results, idempotency by external id, dry run."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.auth.helpers import create_user
from tests.api.reports.conftest import complete_report

from bawaslu_api.cases.models import Report
from bawaslu_api.deadlines.models import Deadline
from bawaslu_api.imports.models import ImportKey
from bawaslu_api.timeline.models import CaseEvent

URL = "/v1/imports/reports"


def item(external_id: str, **overrides: Any) -> dict[str, Any]:
    return {"external_id": external_id, **complete_report(**overrides)}


async def test_a_batch_creates_each_item_through_intake(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    headers = await auth("handler", "52.03")
    response = await client.post(
        URL, json={"items": [item("a-1"), item("a-2", kind="finding")]}, headers=headers
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["created"], body["duplicates"], body["invalid"]) == (2, 0, 0)
    first, second = body["items"]
    assert first["status"] == "created"
    assert first["external_id"] == "a-1"
    assert first["receipt_code"]
    assert second["receipt_code"] is None
    assert first["verdict"] == "registrable"
    # Same path as single intake: the report, its clocks and its timeline event exist.
    report = await client.get(f"/v1/reports/{first['report_id']}", headers=headers)
    assert report.status_code == 200
    assert report.json()["admissibility"]["verdict"] == "registrable"
    ids = [first["report_id"], second["report_id"]]
    deadlines = await db.scalar(select(func.count()).where(Deadline.report_id.in_(ids)))
    events = await db.scalar(select(func.count()).where(CaseEvent.report_id.in_(ids)))
    assert deadlines
    assert deadlines >= 2
    assert events == 2


async def test_resending_a_batch_answers_duplicate_with_the_same_reports(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    headers = await auth("handler", "52.03")
    batch = {"items": [item("r-1"), item("r-2")]}
    first = (await client.post(URL, json=batch, headers=headers)).json()
    again = (await client.post(URL, json=batch, headers=headers)).json()
    assert (again["created"], again["duplicates"]) == (0, 2)
    assert [i["report_id"] for i in again["items"]] == [i["report_id"] for i in first["items"]]
    assert all(i["status"] == "duplicate" for i in again["items"])
    keys = await db.scalar(select(func.count()).where(ImportKey.external_id.in_(["r-1", "r-2"])))
    assert keys == 2


async def test_the_same_external_id_twice_in_a_batch_creates_one_report(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("handler", "52.03")
    body = (
        await client.post(URL, json={"items": [item("t-1"), item("t-1")]}, headers=headers)
    ).json()
    assert [i["status"] for i in body["items"]] == ["created", "duplicate"]
    assert body["items"][0]["report_id"] == body["items"][1]["report_id"]


async def test_a_colleague_importing_the_same_file_creates_nothing_and_is_told_who_did(
    client: httpx.AsyncClient, auth: Any
) -> None:
    await create_user(client, await auth("admin", "52.03"), "dewi.import")
    first = await auth("handler", "52.03", subject="dewi.import")
    second = await auth("handler", "52.03", subject="importer-two")
    batch = {"items": [item("sheet-1"), item("sheet-2"), item("sheet-3")]}
    a = (await client.post(URL, json=batch, headers=first)).json()
    b = (await client.post(URL, json=batch, headers=second)).json()
    assert a["created"] == 3
    assert (b["created"], b["duplicates"]) == (0, 3)
    for before, now in zip(a["items"], b["items"], strict=True):
        assert now["status"] == "duplicate"
        assert now["report_id"] == before["report_id"]
        existing = now["existing"]
        assert existing["imported_by"] == "dewi.import"
        assert existing["imported_by_name"] == "Dewi.Import"
        assert existing["imported_at"]
        assert existing["by_you"] is False
    # The first officer re-running the file: the same answer, marked as their own.
    again = (await client.post(URL, json=batch, headers=first)).json()
    assert again["duplicates"] == 3
    assert all(i["existing"]["by_you"] for i in again["items"])


async def test_external_ids_of_different_offices_are_separate(
    client: httpx.AsyncClient, auth: Any
) -> None:
    regency = await auth("handler", "52.03", subject="importer-lotim")
    province = await auth("handler", "52", subject="importer-ntb")
    a = (await client.post(URL, json={"items": [item("same")]}, headers=regency)).json()
    b = (await client.post(URL, json={"items": [item("same")]}, headers=province)).json()
    assert a["items"][0]["status"] == b["items"][0]["status"] == "created"
    assert a["items"][0]["report_id"] != b["items"][0]["report_id"]


async def test_a_duplicate_hides_the_case_once_it_left_the_callers_jurisdiction(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    first = await auth("handler", "52.03", subject="importer-one")
    created = (await client.post(URL, json={"items": [item("moved")]}, headers=first)).json()
    report_id = created["items"][0]["report_id"]
    # The case is handed over outside the office's subtree (as a handover would move it).
    await db.execute(
        update(Report)
        .where(Report.id == report_id)
        .values(office_path="/ID/52/52.01/", register_number="001/LP/PL/Kab/18.03/XII/2026")
    )
    second = await auth("handler", "52.03", subject="importer-two")
    answer = (await client.post(URL, json={"items": [item("moved")]}, headers=second)).json()
    result = answer["items"][0]
    assert result["status"] == "duplicate"
    assert result["report_id"] is None
    assert result["existing"]["register_number"] is None
    assert result["existing"]["imported_by"] == "importer-one"


async def test_invalid_items_list_every_problem_and_do_not_sink_the_batch(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    headers = await auth("handler", "52.03")
    bad_fields = item("bad-1", kind="rumour", reporter={"category": "citizen", "age": -1})
    outside = item("bad-2", office="31.71")  # Jakarta: outside Lombok Timur's jurisdiction
    unknown = item("bad-3", election="pemilu-1955")
    no_id = complete_report()
    items = [item("ok-1"), bad_fields, outside, unknown, no_id]
    response = await client.post(URL, json={"items": items}, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert [i["status"] for i in body["items"]] == ["created"] + ["invalid"] * 4
    problems = body["items"][1]["problems"]
    assert {p["location"] for p in problems} == {"kind", "reporter.age"}
    assert body["items"][1]["external_id"] == "bad-1"
    assert body["items"][2]["problems"][0]["code"] == "outside_jurisdiction"
    assert body["items"][3]["problems"][0]["code"] == "unknown_reference"
    assert body["items"][4]["problems"][0]["location"] == "external_id"
    assert body["items"][4]["problems"][0]["message"] == "Wajib diisi."
    stored = await db.scalar(
        select(func.count()).select_from(ImportKey).where(ImportKey.external_id.like("bad-%"))
    )
    assert stored == 0


async def test_problems_follow_the_request_language(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**await auth("handler", "52.03"), "Accept-Language": "en"}
    body = (await client.post(URL, json={"items": [complete_report()]}, headers=headers)).json()
    assert body["items"][0]["problems"][0]["message"] == "Field required"


async def test_dry_run_validates_everything_and_stores_nothing(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    headers = await auth("handler", "52.03")
    before = await db.scalar(select(func.count()).select_from(Report))
    items = [item("dry-1"), item("dry-2", office="31.71")]
    body = (await client.post(URL, json={"items": items, "dry_run": True}, headers=headers)).json()
    assert body["dry_run"] is True
    assert [i["status"] for i in body["items"]] == ["valid", "invalid"]
    assert body["items"][0]["report_id"] is None
    assert body["items"][0]["verdict"] == "registrable"
    assert await db.scalar(select(func.count()).select_from(Report)) == before
    real = (await client.post(URL, json={"items": items[:1]}, headers=headers)).json()
    assert real["items"][0]["status"] == "created"


async def test_batches_are_limited_to_1000_items(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    items = [{"external_id": str(i)} for i in range(1001)]
    response = await client.post(URL, json={"items": items}, headers=headers)
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "too_long"


async def test_viewers_may_not_import(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.post(URL, json={"items": [item("v-1")]}, headers=headers)
    assert response.status_code == 403
