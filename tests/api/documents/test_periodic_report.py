"""The periodic report an office sends upward (issue 15): the month's figures of the
statistics service as a PDF with charts and tables, and the same numbers as XLSX."""

from __future__ import annotations

import io
from typing import Any

import httpx
import openpyxl
from tests.api.documents.conftest import Case, download, ok, pages_of, text_of

URL = "/v1/offices/52.03/periodic-reports"
FEBRUARY = {"from": "2024-02-01", "to": "2024-02-29"}


async def test_the_months_report_with_charts_and_numbers(
    client: httpx.AsyncClient, case: Case
) -> None:
    """The documents' case was received on Mon 5 Feb 2024, registered the next day and
    decided on Mon 19 Feb (7 working days): February's report counts it."""
    doc = await ok(await client.post(URL, json=FEBRUARY, headers=case.handler), 201)
    assert (doc["kind"], doc["form_code"], doc["data_class"]) == (
        "periodic_report", "BWS-LAP", ["confidential"],
    )  # fmt: skip
    assert doc["facts"]["received"] == 1
    assert doc["facts"]["registered"] == 1
    pdf = await download(client, doc, case.handler)
    text = text_of(pdf)
    assert "LAPORAN PERIODIK PENANGANAN PELANGGARAN" in text
    assert "1 Februari 2024 s.d. 29 Februari 2024" in text
    assert "Bawaslu Kabupaten Lombok Timur" in text
    assert "Kepatuhan terhadap batas waktu" in text
    assert "Tren per minggu" in text
    assert pages_of(pdf) >= 2
    xlsx = await client.get(
        f"/v1/documents/{doc['id']}/content",
        params={"format": "xlsx", "reason": "laporan bulanan"},
        headers=case.handler,
    )
    assert xlsx.status_code == 200, xlsx.text
    book = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert (summary["received"], summary["registered"], summary["decided"]) == (1, 1, 1)
    assert summary["decision_days_median"] == 7
    compliance = {r[0]: r for r in book["Kepatuhan"].iter_rows(min_row=2, values_only=True)}
    assert compliance["case.decision"][3] == 1  # met: decided before Tue 20 Feb
    weeks = [r[0] for r in book["Mingguan"].iter_rows(min_row=2, values_only=True)]
    assert "2024-W06" in weeks  # the week of Mon 5 Feb


async def test_a_month_without_cases_says_so(client: httpx.AsyncClient, case: Case) -> None:
    doc = await ok(
        await client.post(URL, json={"from": "2023-01-01", "to": "2023-01-31"},
                          headers=case.handler), 201,
    )  # fmt: skip
    assert doc["facts"]["received"] == 0
    assert "Tidak ada" in text_of(await download(client, doc, case.handler))


async def test_bad_periods_and_codes_are_refused(
    client: httpx.AsyncClient, case: Case, auth: Any
) -> None:
    for body, where in (
        ({"from": "2024-03-01", "to": "2024-02-01"}, "body.to"),
        ({**FEBRUARY, "stage": "harvest"}, "body.stage"),
        ({**FEBRUARY, "subject": "bribery"}, "body.subject"),
        ({"from": "2022-01-01", "to": "2024-02-01"}, "body.to"),
    ):
        response = await client.post(URL, json=body, headers=case.handler)
        assert response.status_code == 422, body
        assert response.json()["errors"][0]["location"] == where, response.json()
    assert (await client.post(URL, json=FEBRUARY, headers=case.viewer)).status_code == 403
    outside = await client.post(URL, json=FEBRUARY, headers=await auth("handler", "52.01"))
    assert outside.status_code == 404
    listed = await ok(await client.get("/v1/offices/52.03/documents", headers=case.viewer))
    assert listed["items"] == []  # nothing issued, no number taken
