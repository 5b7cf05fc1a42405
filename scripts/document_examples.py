"""Issue every official document from the demo data and write a picture of each, for
docs/documents.md (run on demand; `make document-examples`).

    python scripts/document_examples.py [--out docs/documents] [--scale 0.8]

Starts an embedded PostgreSQL server in a temporary directory, migrates it, loads the
reference and demo data (`make run`'s), runs the app in this process and, over HTTP as the
demo office's staff (Bawaslu Kabupaten Lombok Timur): uploads a logo, files a walk-in
report (for its receipt code), then issues each document from the demo cases, downloads it
with a reason, checks its SHA-256, reads its text (pypdf) for the letter number, and writes
page 1 as `<kind>.png` (pypdfium2). Prints a table of what was issued. Needs the dev extra.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import struct
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pypdf
import pypdfium2 as pdfium

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.db import embedded
from bawaslu_api.db.migrations import upgrade
from bawaslu_api.demo_cases import demo_receipt_code
from bawaslu_api.main import create_app
from bawaslu_api.security.principals import Role
from bawaslu_api.seed import seed_demo
from bawaslu_api.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
OFFICE = "52.03"
REASON = {"reason": "contoh dokumentasi"}


@dataclass
class Issued:
    kind: str
    case: str
    doc: dict[str, Any]
    pages: int


def png(pdf: bytes, scale: float) -> bytes:
    """Page 1 of ``pdf`` as an RGB PNG (pdfium renders; the PNG is written here)."""
    bitmap = pdfium.PdfDocument(pdf)[0].render(scale=scale, rev_byteorder=True)
    w, h, stride, n = bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
    raw = bytes(bitmap.buffer)
    rows = b"".join(b"\x00" + raw[y * stride : y * stride + w * n] for y in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", w, h, 8, {3: 2, 4: 6}[n], 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


class Office:
    """The demo office's staff over HTTP."""

    def __init__(self, client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
        self.client, self.h = client, headers

    async def get(self, url: str, **params: Any) -> Any:
        r = await self.client.get(url, params=params, headers=self.h["handler"])
        assert r.status_code == 200, (url, r.text)
        return r.json()

    async def issue(self, case: str, kind: str, **body: Any) -> dict[str, Any]:
        r = await self.client.post(
            f"/v1/reports/{case}/documents", json={"kind": kind, **body}, headers=self.h["handler"]
        )
        assert r.status_code == 201, (kind, r.text)
        return r.json()  # type: ignore[no-any-return]

    async def content(self, doc: dict[str, Any]) -> bytes:
        r = await self.client.get(
            f"/v1/documents/{doc['id']}/content", params=REASON, headers=self.h["handler"]
        )
        assert r.status_code == 200, r.text
        assert hashlib.sha256(r.content).hexdigest() == doc["sha256"]
        return r.content


def _find(cases: list[dict[str, Any]], text: str) -> dict[str, Any]:
    for c in cases:
        if text in c["description"]:
            return c
    raise SystemExit(f"no demo case with {text!r}: did the demo data change?")


async def examples(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> list[Issued]:
    office = Office(client, headers)
    logo = (ROOT / "docs/documents/logo-contoh.svg").read_bytes()
    r = await client.put(
        f"/v1/offices/{OFFICE}/letterhead/logo",
        content=logo,
        headers={**headers["admin"], "Content-Type": "image/svg+xml"},
    )
    assert r.status_code == 200, r.text
    listed = (await office.get("/v1/reports", limit=200))["items"]
    issued: list[Issued] = []

    async def one(kind: str, case: str, **body: Any) -> None:
        doc = await office.issue(case, kind, **body)
        pdf = await office.content(doc)
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
        assert doc["number"] in text, (kind, doc["number"])
        issued.append(Issued(kind, case, doc, len(reader.pages)))
        return None

    for kind, case, body in await demo_documents(office, listed):
        await one(kind, case, **body)
    r = await client.post(
        f"/v1/offices/{OFFICE}/register-books", json={"year": 2024}, headers=headers["handler"]
    )
    assert r.status_code == 201, r.text
    book = r.json()
    issued.append(Issued("register_book", "-", book, 0))
    r = await client.post(
        f"/v1/offices/{OFFICE}/periodic-reports",
        json={"from": "2024-02-01", "to": "2024-02-29", "election": "pemilu-2024"},
        headers=headers["handler"],
    )
    assert r.status_code == 201, r.text
    issued.append(Issued("periodic_report", "-", r.json(), 0))
    return issued


async def demo_documents(
    office: Office, listed: list[dict[str, Any]]
) -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, case id, request body) of every document the demo cases support
    (``bawaslu_api.demo_cases`` describes them)."""
    first = _find(listed, "Alat peraga kampanye dipasang di sekolah.")["id"]
    crime = _find(listed, "Politik uang di TPS 03.")["id"]
    sessions = (await office.get(f"/v1/reports/{crime}/clarifications"))["items"]
    held = next(s for s in sessions if s["status"] == "held")
    invitee = {i["role"]: i["id"] for i in held["invitees"]}
    return [
        ("report_form", first, {}),
        ("receipt", first, {"receipt_code": demo_receipt_code(1)}),
        ("finding_form", _find(listed, "Temuan: kampanye di rumah ibadah")["id"], {}),
        ("review_result", _find(listed, "Pembagian sembako oleh tim kampanye.")["id"], {}),
        ("completion_notice", _find(listed, "Spanduk calon anggota DPD")["id"], {}),
        ("invitation", crime, {"subject_id": invitee["reporter"]}),
        ("oath_minutes", crime, {"subject_id": invitee["witness"]}),
        ("expert_oath_minutes", crime, {"subject_id": invitee["expert"]}),
        ("clarification_minutes", crime, {"subject_id": invitee["reporter"]}),
        ("analysis", crime, {}),
        ("plenary_minutes", crime, {}),
        ("announcement", crime, {}),
        ("forward_police", crime, {}),
        ("forward_kpu", _find(listed, "KPPS TPS 07 Desa Contoh")["id"], {}),
        ("forward_dkpp", _find(listed, "Anggota PPS Desa Contoh")["id"], {}),
        ("forward_other", _find(listed, "Guru berstatus ASN")["id"], {}),
    ]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs/documents")
    parser.add_argument("--scale", type=float, default=0.8)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bawaslu-examples-"))
    server = embedded.start(tmp / "pgdata", delete_on_exit=True)
    try:
        url = server.url("postgres")
        await asyncio.to_thread(upgrade, url)
        await seed_demo(url)
        settings = Settings(environment="development", log_json=False, data_dir=tmp / "data")
        app = create_app(settings, database_url=url)
        async with app.router.lifespan_context(app):
            headers: dict[str, dict[str, str]] = {}
            for name, role in (("handler.lotim", Role.handler), ("admin", Role.admin)):
                async with app.state.sessionmaker() as session:
                    token = await mint_staff_token(
                        session, app.state.key_ring, settings, subject=name, role=role,
                        office_code=OFFICE,
                    )  # fmt: skip
                    await session.commit()
                headers[role.value] = {"Authorization": f"Bearer {token}"}
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
                issued = await examples(client, headers)
                office = Office(client, headers)
                args.out.mkdir(parents=True, exist_ok=True)
                print(f"{'kind':<22} {'code':<10} {'number':<36} pages  bytes   sha256")
                for item in issued:
                    pdf = await office.content(item.doc)
                    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
                    (args.out / f"{item.kind}.png").write_bytes(png(pdf, args.scale))
                    print(
                        f"{item.kind:<22} {item.doc['form_code']:<10} {item.doc['number']:<36} "
                        f"{pages:>5} {item.doc['size']:>6}  {item.doc['sha256'][:16]}"
                    )
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
