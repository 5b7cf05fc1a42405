"""CSV/XLSX import jobs and the column template."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx
from openpyxl import Workbook, load_workbook
from tests.api.reports.conftest import complete_report

from bawaslu_api.imports.columns import COLUMN_NAMES, row_to_item

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def flat_row(external_id: str, **overrides: Any) -> dict[str, Any]:
    """A complete report as a row of the template's columns."""
    body = complete_report(**overrides)
    row: dict[str, Any] = {"external_id": external_id}
    for name in COLUMN_NAMES:
        if name == "external_id":
            continue
        value: Any = body
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            continue
        if name == "subjects":
            row[name] = ";".join(value)
            continue
        row[name] = json.dumps(value) if isinstance(value, list) else value
    return row


def csv_file(rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_a_row_round_trips_to_the_nested_item() -> None:
    item = row_to_item({k: str(v) for k, v in flat_row("x").items()})
    body = complete_report()
    assert item["reporter"]["nik"] == body["reporter"]["nik"]
    assert item["witnesses"] == body["witnesses"]
    assert item["incident"]["office"] == "52.03"


async def test_the_csv_template_is_the_header_row(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.get("/v1/imports/template", params={"format": "csv"}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert tuple(header) == COLUMN_NAMES


async def test_the_xlsx_template_has_the_columns_and_their_help(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("viewer", "52.03")
    response = await client.get("/v1/imports/template", params={"format": "xlsx"}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    workbook = load_workbook(io.BytesIO(response.content))
    assert tuple(c.value for c in workbook["reports"][1]) == COLUMN_NAMES
    assert workbook["columns"].max_row == len(COLUMN_NAMES) + 1


async def test_a_csv_job_imports_each_row_and_keeps_the_results(
    client: httpx.AsyncClient, auth: Any
) -> None:
    headers = await auth("handler", "52.03")
    rows = [flat_row("csv-1"), flat_row("csv-2", office="31.71"), flat_row("csv-3")]
    rows[2]["reporter.age"] = "abc"
    files = {"file": ("laporan.csv", csv_file(rows), "text/csv")}
    response = await client.post("/v1/imports/jobs", files=files, headers=headers)
    assert response.status_code == 201, response.text
    job = response.json()
    assert (job["status"], job["format"], job["total"], job["processed"]) == (
        "completed", "csv", 3, 3,
    )  # fmt: skip
    assert (job["created"], job["invalid"]) == (1, 2)
    assert [r["status"] for r in job["results"]] == ["created", "invalid", "invalid"]
    assert job["results"][2]["problems"][0]["location"] == "reporter.age"
    assert "receipt_code" not in job["results"][0] or job["results"][0]["receipt_code"] is None

    again = await client.get(f"/v1/imports/jobs/{job['id']}", headers=headers)
    assert again.status_code == 200
    assert again.json()["results"] == job["results"]
    # Re-uploading the same file creates nothing new.
    second = await client.post("/v1/imports/jobs", files=files, headers=headers)
    assert [r["status"] for r in second.json()["results"]] == ["duplicate", "invalid", "invalid"]


async def test_an_xlsx_job_reads_the_first_sheet(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMN_NAMES))
    row = flat_row("xlsx-1")
    row["reporter.nik"] = 5203014708900001  # a number, as spreadsheets store it
    row["reporter.age"] = 34
    sheet.append([row.get(name) for name in COLUMN_NAMES])
    out = io.BytesIO()
    workbook.save(out)
    files = {"file": ("laporan.xlsx", out.getvalue(), XLSX)}
    response = await client.post(
        "/v1/imports/jobs", files=files, data={"dry_run": "true"}, headers=headers
    )
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["dry_run"] is True
    assert [r["status"] for r in job["results"]] == ["valid"], job["results"]


async def test_an_unreadable_file_is_refused(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    files = {"file": ("laporan.xlsx", b"not a zip", XLSX)}
    response = await client.post("/v1/imports/jobs", files=files, headers=headers)
    assert response.status_code == 422
    assert response.json()["code"] == "import_file_unreadable"


async def test_files_over_the_batch_limit_are_refused(client: httpx.AsyncClient, auth: Any) -> None:
    headers = await auth("handler", "52.03")
    data = ("external_id,kind\n" + "".join(f"{i},report\n" for i in range(1001))).encode()
    files = {"file": ("big.csv", data, "text/csv")}
    response = await client.post("/v1/imports/jobs", files=files, headers=headers)
    assert response.status_code == 413
    assert response.json()["code"] == "import_too_many_rows"


async def test_jobs_are_visible_to_their_owner_only(client: httpx.AsyncClient, auth: Any) -> None:
    owner = await auth("handler", "52.03", subject="job-owner")
    other = await auth("handler", "52.03", subject="someone-else")
    files = {"file": ("a.csv", csv_file([flat_row("own-1")]), "text/csv")}
    job = (await client.post("/v1/imports/jobs", files=files, headers=owner)).json()
    response = await client.get(f"/v1/imports/jobs/{job['id']}", headers=other)
    assert response.status_code == 404
    assert response.json()["code"] == "import_job_not_found"
