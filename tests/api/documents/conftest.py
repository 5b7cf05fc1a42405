"""A case walked from intake to announcement (as in tests/api/procedure), for documents:
a paper case of Pemilu 2024 at Bawaslu Lombok Timur (WITA), received Mon 5 Feb 2024,
registered Tue 6 Feb, the reporter clarified under oath on Mon 12 Feb (the witness absent),
analysis approved, plenary, decided an administrative violation on Mon 19 Feb, forwarded
to KPU, announced on Tue 20 Feb. The office has a letterhead."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pypdf
import pytest
from sqlalchemy import select
from tests.api.clarifications.conftest import PAPER_CASE, add_person
from tests.api.reports.conftest import complete_report, hold_plenary

from bawaslu_api.offices.models import Office
from bawaslu_api.users.models import StaffUser

MINUTES = {
    "questions": [
        {"question": "Apa yang Saudara lihat?", "answer": "Pembagian uang di Pasar Selong."}
    ],
    "read_back": True,
    "signed": True,
}
LETTERHEAD = {
    "address": "Jl. Prof. M. Yamin No. 2, Selong, Lombok Timur",
    "phone": "(0376) 21234",
    "email": "lotim@bawaslu.go.id",
    "city": "Selong",
    "chair_name": "Retno Wulandari",
}


def text_of(pdf: bytes) -> str:
    """The text a person reads in the PDF (all pages), whitespace collapsed."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def links_of(pdf: bytes) -> list[str]:
    """The URIs of the PDF's link annotations (what a click, or the QR code, opens)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    out = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get("/URI"):
                out.append(str(action["/URI"]))
    return out


def qr_codes_of(pdf: bytes) -> list[str]:
    """What the QR codes on page 1 say, as a phone's camera reads the printed page (the
    page rasterised at 144 dpi, decoded by zxing-cpp)."""
    import pypdfium2
    import zxingcpp

    bitmap = pypdfium2.PdfDocument(pdf)[0].render(scale=2, grayscale=True)
    w, h, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    rows = b"".join(raw[y * stride : y * stride + w] for y in range(h))
    return [r.text for r in zxingcpp.read_barcodes(memoryview(rows).cast("B", (h, w)))]


def pages_of(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


async def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def officer(db: Any, username: str, name: str, roles: list[str]) -> None:
    office = (await db.execute(select(Office).where(Office.code == "52.03"))).scalar_one()
    db.add(
        StaffUser(
            username=username, display_name=name, office_id=office.id,
            office_path=office.path, roles=roles, password_hash="x",
            password_changed_at=datetime.now(UTC), created_by="test",
        )
    )  # fmt: skip
    await db.commit()


@dataclass
class Case:
    id: str
    url: str
    receipt_code: str
    register_number: str
    handler: dict[str, str]
    commissioner: dict[str, str]
    admin: dict[str, str]
    viewer: dict[str, str]
    reporter_invitee: str
    witness_invitee: str
    witness_invitee_2: str
    session_1: str
    session_2: str


async def walk(client: httpx.AsyncClient, auth: Any, db: Any) -> Case:
    """The case, walked to announcement."""
    await officer(db, "dewi.lotim", "Dewi Lestari", ["handler"])
    await officer(db, "ketua.lotim", "Retno Wulandari", ["commissioner"])
    handler = await auth("handler", "52.03", subject="dewi.lotim")
    commissioner = await auth("commissioner", "52.03", subject="ketua.lotim")
    admin = await auth("admin", "52.03")
    viewer = await auth("viewer", "52.03")
    await ok(await client.put("/v1/offices/52.03/letterhead", json=LETTERHEAD, headers=admin))
    created = await ok(
        await client.post("/v1/reports", json=complete_report(**PAPER_CASE), headers=handler), 201
    )
    rid = created["id"]
    url = f"/v1/reports/{rid}"
    registered = await ok(
        await client.post(
            f"{url}/registration", json={"occurred_at": "2024-02-06T10:00:00+08:00"},
            headers=handler,
        )
    )  # fmt: skip
    witness = await add_person(client, rid, handler, role="witness", intake_witness=0)
    first = await ok(
        await client.post(
            f"{url}/clarifications",
            json={
                "scheduled_at": "2024-02-12T10:00:00+08:00",
                "place": "Kantor Bawaslu Kabupaten Lombok Timur",
                "occurred_at": "2024-02-06T14:00:00+08:00",
                "invitees": [
                    {"role": "reporter", "channel": "in_person"},
                    {"role": "witness", "person": witness["id"], "channel": "in_person"},
                ],
            },
            headers=handler,
        ),
        201,
    )
    by_role = {i["role"]: i for i in first["invitees"]}
    await ok(
        await client.post(
            f"{url}/clarifications/{first['id']}/outcome",
            json={
                "occurred_at": "2024-02-12T12:00:00+08:00",
                "results": [
                    {"invitee": by_role["reporter"]["id"], "attendance": "attended",
                     "oath": "taken", "minutes": MINUTES},
                    {"invitee": by_role["witness"]["id"], "attendance": "absent"},
                ],
            },
            headers=handler,
        )
    )  # fmt: skip
    second = await ok(
        await client.post(
            f"{url}/clarifications",
            json={
                "scheduled_at": "2024-02-16T10:00:00+08:00",
                "place": "Kantor Bawaslu Kabupaten Lombok Timur",
                "occurred_at": "2024-02-12T13:00:00+08:00",
                "invitees": [{"role": "witness", "person": witness["id"], "channel": "in_person"}],
            },
            headers=handler,
        ),
        201,
    )
    await hold_plenary(
        client, rid, handler, commissioner, "violation", "administrative",
        held_at="2024-02-19T10:00:00+08:00",
    )  # fmt: skip
    await ok(
        await client.post(
            f"{url}/decision",
            json={
                "outcome": "violation", "category": "administrative",
                "legal_basis": "UU 7/2017 Pasal 461", "summary": "Terbukti.",
                "occurred_at": "2024-02-19T14:00:00+08:00",
            },
            headers=commissioner,
        )
    )  # fmt: skip
    await ok(
        await client.post(
            f"{url}/forwardings",
            json={"to": "kpu", "occurred_at": "2024-02-19T15:00:00+08:00"},
            headers=handler,
        )
    )
    await ok(
        await client.post(
            f"{url}/announcement",
            json={"notice": "Laporan terbukti sebagai pelanggaran administratif.",
                  "occurred_at": "2024-02-20T09:00:00+08:00"},
            headers=commissioner,
        )
    )  # fmt: skip
    return Case(
        id=rid, url=url, receipt_code=created["receipt_code"],
        register_number=registered["register_number"], handler=handler,
        commissioner=commissioner, admin=admin, viewer=viewer,
        reporter_invitee=by_role["reporter"]["id"], witness_invitee=by_role["witness"]["id"],
        witness_invitee_2=second["invitees"][0]["id"], session_1=first["id"],
        session_2=second["id"],
    )  # fmt: skip


@pytest.fixture
async def case(client: httpx.AsyncClient, auth: Any, db: Any) -> Case:
    return await walk(client, auth, db)


async def issue(
    client: httpx.AsyncClient, case: Case, kind: str, status: int = 201, **body: Any
) -> Any:
    response = await client.post(
        f"{case.url}/documents", json={"kind": kind, **body}, headers=case.handler
    )
    assert response.status_code == status, response.text
    return response.json()


async def download(
    client: httpx.AsyncClient, doc: dict[str, Any], headers: dict[str, str], **params: str
) -> bytes:
    response = await client.get(
        f"/v1/documents/{doc['id']}/content",
        params={"reason": "cetak untuk ditandatangani", **params},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    return response.content
