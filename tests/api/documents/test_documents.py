"""Issuing, numbering, storing, reading and correcting official documents
(docs/documents.md), on the receipt of a report."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
from tests.api.documents.conftest import Case, download, issue, links_of, ok, text_of


async def test_a_receipt_is_issued_numbered_and_read_with_a_reason(
    client: httpx.AsyncClient, case: Case
) -> None:
    doc = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    assert doc["kind"] == "receipt"
    assert doc["form_code"] == "BWS-TT"
    assert doc["form_verified"] is False
    year = doc["number"].rsplit("/", 1)[1]
    assert doc["number"].startswith("001/BWS-TT/PL/Kab/")
    assert doc["data_class"] == ["personal"]
    pdf = await download(client, doc, case.handler)
    assert hashlib.sha256(pdf).hexdigest() == doc["sha256"]
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert "TANDA TERIMA LAPORAN" in text
    assert doc["number"] in text
    assert case.receipt_code in text
    assert "BAWASLU KABUPATEN LOMBOK TIMUR" in text.upper()
    assert "Senin, 5 Februari 2024" in text  # received, in the office's zone (WITA)
    assert "10.00 WITA" in text
    assert "Dewi Lestari" in text  # the receiving officer who issued it
    assert "Selong," in text  # the letterhead's city
    assert "Halaman 1 dari 1" in text
    assert year.isdigit()

    # A second receipt is the next number: gap-free per office, kind and year.
    again = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    assert again["number"].startswith("002/BWS-TT/")

    # Staff who do not work cases do not see it; nobody reads it without a reason.
    hidden = await client.get(
        f"/v1/documents/{doc['id']}/content", params={"reason": "ingin tahu"}, headers=case.viewer
    )
    assert hidden.status_code == 404
    no_reason = await client.get(f"/v1/documents/{doc['id']}/content", headers=case.handler)
    assert (no_reason.status_code, no_reason.json()["code"]) == (422, "reason_required")
    access = (await client.get(f"{case.url}/access-log", headers=case.admin)).json()
    assert any(a["action"] == "document" and a["reason"] for a in access)
    timeline = (await client.get(f"{case.url}/timeline", headers=case.handler)).json()["items"]
    issued = [e for e in timeline if e["action"] == "document_issued"]
    assert [e["changes"]["number"] for e in issued] == [doc["number"], again["number"]]
    assert issued[0]["changes"]["sha256"] == doc["sha256"]
    assert len(issued[0]["changes"]["template_sha256"]) == 64
    assert any(e["action"] == "document_read" for e in timeline)


async def test_the_receipt_code_must_match(client: httpx.AsyncClient, case: Case) -> None:
    wrong = await issue(client, case, "receipt", 422, receipt_code="BWS-0000-0000-0000-0000")
    assert wrong["code"] == "receipt_code_mismatch"
    assert wrong["errors"][0]["location"] == "body.receipt_code"
    listed = (await client.get(f"{case.url}/documents", headers=case.handler)).json()
    assert listed["items"] == []  # nothing stored, no number taken
    first = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    assert first["number"].startswith("001/")


async def test_same_data_same_bytes(client: httpx.AsyncClient, case: Case) -> None:
    """Deterministic output: two previews of the same case are byte-identical."""
    params = {"kind": "receipt", "receipt_code": case.receipt_code, "reason": "periksa draf"}
    one = await client.get(f"{case.url}/documents/preview", params=params, headers=case.handler)
    two = await client.get(f"{case.url}/documents/preview", params=params, headers=case.handler)
    assert one.status_code == 200, one.text
    assert one.headers["content-type"] == "application/pdf"
    assert one.content == two.content
    assert "PRATINJAU" in text_of(one.content)
    assert (await client.get(f"{case.url}/documents", headers=case.handler)).json()["items"] == []


async def test_a_correction_supersedes_and_keeps_the_old(
    client: httpx.AsyncClient, case: Case
) -> None:
    old = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    no_reason = await issue(
        client, case, "receipt", 422, receipt_code=case.receipt_code, supersedes=old["id"]
    )
    assert no_reason["code"] == "reason_required"
    new = await issue(
        client, case, "receipt", receipt_code=case.receipt_code, supersedes=old["id"],
        reason="nama petugas salah ketik",
    )  # fmt: skip
    assert new["supersedes"] == old["id"]
    assert new["number"] != old["number"]
    twice = await issue(
        client, case, "receipt", 409, receipt_code=case.receipt_code, supersedes=old["id"],
        reason="sekali lagi",
    )  # fmt: skip
    assert twice["code"] == "document_already_superseded"
    old_now = await ok(await client.get(f"/v1/documents/{old['id']}", headers=case.handler))
    assert old_now["superseded_at"] is not None
    assert old_now["sha256"] == old["sha256"]  # never overwritten
    assert await download(client, old_now, case.handler)


async def test_a_signed_scan_is_linked(client: httpx.AsyncClient, case: Case) -> None:
    doc = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    scan = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    uploaded = await client.post(
        f"{case.url}/evidence",
        params={"description": "Tanda terima bertanda tangan", "filename": "tt.pdf"},
        content=scan,
        headers={**case.handler, "Content-Type": "application/pdf"},
    )
    assert uploaded.status_code == 201, uploaded.text
    evidence = uploaded.json()["id"]
    linked = await ok(
        await client.post(
            f"/v1/documents/{doc['id']}/signed-scan", json={"evidence_id": evidence},
            headers=case.handler,
        )
    )  # fmt: skip
    assert linked["signed_scan"]["evidence_id"] == evidence
    assert linked["sha256"] == doc["sha256"]
    again = await client.post(
        f"/v1/documents/{doc['id']}/signed-scan", json={"evidence_id": evidence},
        headers=case.handler,
    )  # fmt: skip
    assert (again.status_code, again.json()["code"]) == (409, "scan_already_linked")


async def test_outsiders_see_no_document(client: httpx.AsyncClient, case: Case, auth: Any) -> None:
    doc = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    other = await auth("admin", "52.01")
    for url in (f"/v1/documents/{doc['id']}", f"/v1/documents/{doc['id']}/content?reason=xxxxxx",
                f"{case.url}/documents"):  # fmt: skip
        response = await client.get(url, headers=other)
        assert response.status_code == 404, url
    missing = await client.get("/v1/documents/00000000-0000-7000-8000-000000000000", headers=other)
    assert missing.status_code == 404


async def test_an_unknown_kind_is_422(client: httpx.AsyncClient, case: Case) -> None:
    response = await issue(client, case, "minutes_of_everything", 422)
    assert response["code"] == "validation_failed"


async def test_the_qr_code_opens_the_public_status_page(
    client: httpx.AsyncClient, case: Case
) -> None:
    """The receipt's QR target is the status page with the code in the fragment; the page
    is served (no token) and looks the code up where the public API does."""
    typed = case.receipt_code.lower().replace("-", " ")  # as read out over the phone
    doc = await issue(client, case, "receipt", receipt_code=typed)
    pdf = await download(client, doc, case.handler)
    assert "http://localhost:8000/status" in text_of(pdf)
    assert links_of(pdf) == [f"http://localhost:8000/status#{case.receipt_code}"]
    page = await client.get("/status")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "script-src 'sha256-" in page.headers["content-security-policy"]
    assert "/v1/public/receipts/lookup" in page.text
    assert "location.hash" in page.text
    looked = await client.post("/v1/public/receipts/lookup", json={"code": case.receipt_code})
    assert looked.json()["register_number"] == case.register_number


def test_indonesian_numbers_and_periods() -> None:
    """Letters write a period as ``3 (tiga) hari kerja``."""
    from bawaslu_api.documents import idn

    assert [idn.terbilang(n) for n in (0, 3, 11, 12, 20, 21, 99, 100)] == [
        "nol", "tiga", "sebelas", "dua belas", "dua puluh", "dua puluh satu",
        "sembilan puluh sembilan", "100",
    ]  # fmt: skip
    assert idn.period(3, "working_day") == "3 (tiga) hari kerja"
    assert idn.period(24, "hours") == "24 (dua puluh empat) jam"
