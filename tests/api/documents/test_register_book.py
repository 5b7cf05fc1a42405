"""The register book of an office for a year (docs/documents.md): every case the office
registered or received that year, in register order, as a landscape PDF and the same rows
as a deterministic XLSX; the reporter's name and nothing else of them."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import httpx
import openpyxl
import pypdf
from tests.api.documents.conftest import Case, download, ok, pages_of, text_of
from tests.api.documents.test_forwarding_documents import keep
from tests.api.reports.conftest import complete_report

from bawaslu_api.documents.kinds.register import HEAD, shorten, xlsx

LONG = (
    "Kepala desa mengumpulkan perangkat desa dan ketua RT di balai desa Pringgabaya dan "
    "meminta mereka mengarahkan warga memilih calon tertentu, disertai pembagian sembako "
    "kepada warga yang hadir pada malam hari sebelum pemungutan suara berlangsung di desa."
)


async def book(
    client: httpx.AsyncClient, headers: dict[str, str], year: int, status: int = 201, **body: Any
) -> Any:
    response = await client.post(
        "/v1/offices/52.03/register-books", json={"year": year, **body}, headers=headers
    )
    assert response.status_code == status, response.text
    return response.json()


def sheet_rows(data: bytes) -> list[list[Any]]:
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws is not None
    return [list(r) for r in ws.iter_rows(values_only=True)]


async def more_cases(client: httpx.AsyncClient, auth: Any) -> None:
    """Besides the walked case: a second report registered in March, a report received
    and not yet registered, and a case of another office (not in this book)."""
    handler = await auth("handler", "52.03")
    second = await ok(
        await client.post(
            "/v1/reports",
            json=complete_report(
                received_at="2024-03-04T09:00:00+08:00", known_on="2024-03-01",
                incident={"date": "2024-03-01", "office": "52.03", "address": "Desa Pringgabaya"},
                reporter={**complete_report()["reporter"], "name": "Ahmad Fauzi",
                          "nik": "5203011203850002", "phone": "081399988877"},
                reported_parties=[{"name": "Kepala Desa Pringgabaya", "type": "other",
                                   "position": "Kepala Desa",
                                   "address": "Desa Pringgabaya"}],
                description=LONG,
            ),
            headers=handler,
        ),
        201,
    )  # fmt: skip
    await ok(
        await client.post(
            f"/v1/reports/{second['id']}/registration",
            json={"occurred_at": "2024-03-05T10:00:00+08:00"},
            headers=handler,
        )
    )
    await ok(
        await client.post(
            "/v1/reports",
            json=complete_report(
                received_at="2024-03-08T11:00:00+08:00", known_on="2024-03-07",
                incident={"date": "2024-03-07", "office": "52.03", "address": "Labuhan Haji"},
                reporter={**complete_report()["reporter"], "name": "Nyoman Sari"},
                description="Alat peraga kampanye dipasang di tempat ibadah.",
            ),
            headers=handler,
        ),
        201,
    )  # fmt: skip
    elsewhere = await auth("handler", "52.01")
    await ok(
        await client.post(
            "/v1/reports",
            json=complete_report(
                office="52.01", received_at="2024-03-04T09:00:00+08:00", known_on="2024-03-01",
                incident={"date": "2024-03-01", "office": "52.01", "address": "Mataram"},
                reporter={**complete_report()["reporter"], "name": "Orang Lain"},
            ),
            headers=elsewhere,
        ),
        201,
    )  # fmt: skip


async def test_the_register_book_of_a_year(
    client: httpx.AsyncClient, case: Case, auth: Any
) -> None:
    await more_cases(client, auth)
    doc = await book(client, case.handler, 2024)
    assert doc["kind"] == "register_book"
    assert doc["report_id"] is None
    assert doc["office"] == "52.03"
    assert doc["number"].startswith("001/BWS-REG/")
    assert doc["data_class"] == ["personal"]
    assert doc["facts"] == {"year": 2024, "cases": 3, "registered": 2}
    [rendition] = [r for r in doc["renditions"] if r["format"] == "xlsx"]

    # The spreadsheet: the same rows, in register order, the unregistered case last.
    data = await download(client, doc, case.handler, format="xlsx")
    assert hashlib.sha256(data).hexdigest() == rendition["sha256"]
    rows = sheet_rows(data)
    title = "Buku Register Penanganan Pelanggaran Bawaslu Kabupaten Lombok Timur Tahun 2024"
    assert rows[0][0] == title
    assert tuple(rows[2]) == HEAD
    body = rows[3:]
    assert [r[0] for r in body] == [1, 2, 3]
    first, second, third = body
    assert first[1] == case.register_number
    assert first[2:6] == ["6 Februari 2024", "5 Februari 2024", "Laporan", "Siti Aminah"]
    assert first[8] == "Diteruskan: Pelanggaran (pelanggaran administratif)"
    assert first[9] == "KPU, 19 Februari 2024"
    assert second[1].startswith("002/Reg/LP/")
    assert second[2] == "5 Maret 2024"
    assert second[5] == "Ahmad Fauzi"
    assert second[6] == "Kepala Desa Pringgabaya (Kepala Desa)"
    assert second[7] == shorten(LONG)
    assert second[7].endswith("…")
    assert len(second[7]) <= 160
    assert second[8] == "Diregistrasi"
    assert third[1:3] == ["-", "-"]
    assert third[3] == "8 Maret 2024"
    assert third[5] == "Nyoman Sari"
    assert third[8] == "Diterima"
    flat = " ".join(str(c) for r in rows for c in r)
    assert "Orang Lain" not in flat  # another office's case

    # The PDF: a landscape table with the same rows; the reporter's name only.
    pdf = await download(client, doc, case.handler)
    keep("register_book", pdf)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = text_of(pdf)
    assert "BUKU REGISTER PENANGANAN PELANGGARAN" in text
    assert doc["number"] in text
    assert "Tahun 2024" in text
    for name in ("Siti Aminah", "Ahmad Fauzi", "Nyoman Sari", "Kepala Desa Pringgabaya"):
        assert name in text
    for row in body:
        assert row[1] in text
    assert text.index(case.register_number) < text.index(second[1])
    for personal in ("5203014708900001", "5203011203850002", "081234567890", "081399988877",
                     "Jl. Pejanggik", "siti@example.org"):  # fmt: skip
        assert personal not in text
        assert personal not in flat
    assert "Orang Lain" not in text
    assert "Kepala Sekretariat Bawaslu Kabupaten Lombok Timur" in text
    assert "Retno Wulandari" in text
    assert pages_of(pdf) >= 1

    # Same rows, same spreadsheet bytes: a second book (a new number) has the same XLSX.
    again = await book(client, case.handler, 2024)
    assert again["number"].startswith("002/BWS-REG/")
    [xlsx_again] = [r for r in again["renditions"] if r["format"] == "xlsx"]
    assert xlsx_again["sha256"] == rendition["sha256"]
    listed = await ok(await client.get("/v1/offices/52.03/documents", headers=case.handler))
    assert {d["id"] for d in listed["items"]} == {doc["id"], again["id"]}


def test_the_spreadsheet_is_deterministic() -> None:
    rows = [
        {"no": 1, "register_number": "001/Reg/LP/PL/Kab/52.03/II/2024",
         "registered": "6 Februari 2024", "received": "5 Februari 2024", "kind": "Laporan",
         "reporter": "Siti Aminah", "parties": "Caleg X", "summary": "Uang.",
         "status": "Diterima", "forwarding": "-"},
    ]  # fmt: skip
    one = xlsx("Bawaslu Kabupaten Lombok Timur", 2024, rows)
    two = xlsx("Bawaslu Kabupaten Lombok Timur", 2024, [dict(r) for r in rows])
    assert one == two
    other = xlsx("Bawaslu Kabupaten Lombok Timur", 2024, [{**rows[0], "status": "Diteruskan"}])
    assert other != one
    wb = openpyxl.load_workbook(io.BytesIO(one))
    assert wb.properties.modified is not None
    assert wb.properties.modified.year == 2024


async def test_a_year_without_cases_is_an_empty_book(client: httpx.AsyncClient, case: Case) -> None:
    doc = await book(client, case.handler, 2023)
    assert doc["facts"] == {"year": 2023, "cases": 0, "registered": 0}
    text = text_of(await download(client, doc, case.handler))
    assert "Tidak ada laporan atau temuan yang diterima atau diregistrasi pada tahun 2023" in text
    rows = sheet_rows(await download(client, doc, case.handler, format="xlsx"))
    assert rows[3:] == []


async def test_an_office_outside_the_jurisdiction_is_404(
    client: httpx.AsyncClient, case: Case, auth: Any
) -> None:
    other = await auth("handler", "52.01")
    refused = await book(client, other, 2024, 404)
    assert refused["code"] == "office_not_found"
    listed = await client.get("/v1/offices/52.03/documents", headers=other)
    assert listed.status_code == 404
    # Nothing was numbered: the office's first book is still 001.
    first = await book(client, case.handler, 2024)
    assert first["number"].startswith("001/")
    viewer = await client.get(
        f"/v1/documents/{first['id']}/content", params={"reason": "ingin melihat"},
        headers=case.viewer,
    )  # fmt: skip
    assert viewer.status_code == 404  # personal: not for staff who do not work cases
