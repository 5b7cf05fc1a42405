"""Issuing, numbering, storing, reading and correcting official documents
(docs/documents.md), on the receipt of a report."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
from tests.api.documents.conftest import (
    Case,
    download,
    issue,
    links_of,
    ok,
    qr_codes_of,
    text_of,
)


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
    access = (await client.get(f"{case.url}/access-log", headers=case.admin)).json()["items"]
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
    """For a sibling office a document, and the office's documents, do not exist: the same
    404 problem as for an id (or office code) that does not exist, on every route."""
    doc = await issue(client, case, "receipt", receipt_code=case.receipt_code)
    ghost = "00000000-0000-7000-8000-000000000000"
    other = await auth("handler", "52.01")
    other_admin = await auth("admin", "52.01")
    checks = [
        ("GET", "/v1/documents/{d}", None, other),
        ("GET", "/v1/documents/{d}/content?reason=periksa+dokumen", None, other),
        ("POST", "/v1/documents/{d}/signed-scan", {"evidence_id": ghost}, other),
        ("GET", "/v1/reports/{r}/documents", None, other),
        ("POST", "/v1/reports/{r}/documents", {"kind": "announcement"}, other),
        ("GET", "/v1/reports/{r}/documents/preview?kind=announcement", None, other),
        ("GET", "/v1/offices/{o}/letterhead", None, other),
        ("PUT", "/v1/offices/{o}/letterhead", {"city": "X"}, other_admin),
        ("GET", "/v1/offices/{o}/documents", None, other),
        ("POST", "/v1/offices/{o}/register-books", {"year": 2024}, other),
    ]
    for method, template, body, headers in checks:
        real = template.format(d=doc["id"], r=case.id, o="52.03")
        fake = template.format(d=ghost, r=ghost, o="99.99")
        seen = await client.request(method, real, json=body, headers=headers)
        absent = await client.request(method, fake, json=body, headers=headers)
        assert seen.status_code == 404, (real, seen.text)
        assert (absent.status_code, absent.json()["code"]) == (404, seen.json()["code"]), real
        detail = seen.json()["detail"]
        for secret in (doc["id"], case.id, "52.03"):
            detail = detail.replace(secret, "X")
        ghost_detail = absent.json()["detail"]
        for value in (ghost, "99.99"):
            ghost_detail = ghost_detail.replace(value, "X")
        assert detail == ghost_detail, real


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
    target = f"http://localhost:8000/status#{case.receipt_code}"
    assert links_of(pdf) == [target]
    assert qr_codes_of(pdf) == [target]  # what the printed QR code opens
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


async def test_a_correction_replaces_only_the_same_persons_document(
    client: httpx.AsyncClient, case: Case
) -> None:
    """An invitation to the witness never supersedes the reporter's; the refusal takes no
    number. A register book of 2023 never supersedes the book of 2024."""
    reporter = await issue(client, case, "invitation", subject_id=case.reporter_invitee)
    refused = await issue(
        client, case, "invitation", 404, subject_id=case.witness_invitee,
        supersedes=reporter["id"], reason="orang yang salah",
    )  # fmt: skip
    assert refused["code"] == "document_not_found"
    assert refused["errors"][0]["location"] == "body.supersedes"
    witness = await issue(client, case, "invitation", subject_id=case.witness_invitee)
    assert witness["number"].startswith("002/B.9/")
    fixed = await issue(
        client, case, "invitation", subject_id=case.reporter_invitee,
        supersedes=reporter["id"], reason="jam salah ketik",
    )  # fmt: skip
    assert fixed["supersedes"] == reporter["id"]

    books = "/v1/offices/52.03/register-books"
    book = await ok(await client.post(books, json={"year": 2024}, headers=case.handler), 201)
    other = await client.post(
        books, json={"year": 2023, "supersedes": book["id"], "reason": "tahun salah"},
        headers=case.handler,
    )  # fmt: skip
    assert other.status_code == 404


def test_the_letter_number_template_is_checked_at_start() -> None:
    """A format without {seq} would give every document the same number."""
    import pytest
    from pydantic import ValidationError

    from bawaslu_api.settings import Settings

    with pytest.raises(ValidationError, match=r"must contain \{seq\}"):
        Settings(letter_number_template="{code}/{year}")
    with pytest.raises(ValidationError, match="unknown field"):
        Settings(letter_number_template="{seq}/{kind}")
    with pytest.raises(ValidationError, match="letter template"):
        Settings(letter_number_template="{seq}/{code:d}")
    assert Settings(letter_number_template="{seq:04d}/PP.01/{month2:02d}/{year}")


def test_same_data_same_bytes_on_any_renderer(tmp_path: Any) -> None:
    """Two renderers (two processes, two machines: separate roots) give the same bytes for
    the same data, and the PDF states no creation time; an overriding template replaces
    the packaged one and may import a helper of its own."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from documents_bench import RECEIPT

    from bawaslu_api.documents.render import Renderer

    one, two = Renderer(), Renderer()
    try:
        first = one.render_sync("receipt", RECEIPT)
        assert first == two.render_sync("receipt", RECEIPT)
        assert isinstance(first, bytes)
        assert b"/CreationDate" not in first
        assert b"/ModDate" not in first
        (tmp_path / "mine.typ").write_text("#let stamp = [SALINAN KANTOR]\n")
        (tmp_path / "receipt.typ").write_text(
            '#import "common.typ": *\n#import "mine.typ": stamp\n#let d = data()\n'
            "#show: letter.with(d)\n#stamp\n"
        )
        overlay = Renderer(tmp_path)
        try:
            custom = overlay.render_sync("receipt", RECEIPT)
            assert isinstance(custom, bytes)
            assert "SALINAN KANTOR" in text_of(custom)
            assert overlay.version("receipt") != one.version("receipt")
        finally:
            overlay.close()
    finally:
        one.close()
        two.close()
