"""GET /v1/reports/export: the list's rows, filters, jurisdiction and masking; recorded."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

from bawaslu_api.exports import service
from bawaslu_api.exports.models import ExportRecord

URL = "/v1/reports/export"


async def _seed(client: httpx.AsyncClient, headers: dict[str, str], n: int, **kw: Any) -> list[str]:
    ids = []
    for i in range(n):
        body = complete_report(description=f"Ekspor {i} " + kw.get("tag", "umum"))
        response = await client.post("/v1/reports", json=body, headers=headers)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return ids


def _rows(response: httpx.Response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text)))


async def test_the_export_route_is_not_taken_for_a_report_id(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.get(URL, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")


async def test_csv_has_the_lists_rows_masked(
    client: httpx.AsyncClient, auth: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(service, "EXPORT_PAGE", 2)  # several keyset pages
    handler = await auth("handler", "52.03")
    ids = await _seed(client, handler, 5, tag="masked")
    response = await client.get(URL, params={"q": "masked"}, headers=handler)
    rows = _rows(response)
    assert sorted(r["id"] for r in rows) == sorted(ids)
    listed = await client.get("/v1/reports", params={"q": "masked"}, headers=handler)
    assert [r["id"] for r in rows] == [r["id"] for r in listed.json()["items"]]
    assert {r["reporter_name"] for r in rows} == {"S*** A*****"}
    assert "5203014708900001" not in response.text
    assert "081234567890" not in response.text


async def test_the_export_follows_the_callers_jurisdiction(
    client: httpx.AsyncClient, auth: Any
) -> None:
    await _seed(client, await auth("handler", "52.03"), 1, tag="yurisdiksi")
    elsewhere = await auth("viewer", "31.71")
    rows = _rows(await client.get(URL, params={"q": "yurisdiksi"}, headers=elsewhere))
    assert rows == []
    province = await auth("viewer", "52")
    rows = _rows(await client.get(URL, params={"q": "yurisdiksi"}, headers=province))
    assert len(rows) == 1


async def test_xlsx_export_has_a_header_and_the_rows(client: httpx.AsyncClient, auth: Any) -> None:
    handler = await auth("handler", "52.03")
    await _seed(client, handler, 3, tag="lembar")
    response = await client.get(URL, params={"q": "lembar", "format": "xlsx"}, headers=handler)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content), read_only=True)["reports"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "id"
    assert len(values) == 4


async def test_each_export_is_recorded_with_its_filters_and_row_count(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    handler = await auth("handler", "52.03", subject="exporter-1")
    await _seed(client, handler, 2, tag="tercatat")
    response = await client.get(URL, params={"q": "tercatat", "kind": "report"}, headers=handler)
    record = await db.get(ExportRecord, response.headers["X-Export-Id"])
    assert record is not None
    assert record.subject == "exporter-1"
    assert record.filters == {"q": "tercatat", "kind": "report"}
    assert record.row_count == 2
    assert record.finished_at is not None
    assert record.format == "csv"


async def test_an_unknown_office_is_a_problem_before_streaming(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.get(URL, params={"office": "99.99"}, headers=headers)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_clients_need_reports_read(client: httpx.AsyncClient) -> None:
    response = await client.get(URL)
    assert response.status_code == 401
