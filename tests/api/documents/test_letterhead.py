"""The office's letterhead (kop surat) and logo on its documents (docs/documents.md)."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

import httpx
import pypdf
from tests.api.documents.conftest import Case, download, issue, ok, text_of

LOGO = "/v1/offices/52.03/letterhead/logo"


def png(width: int, height: int, *, rows: bool = True) -> bytes:
    """A white RGB PNG of ``width`` x ``height`` (``rows=False``: the header only)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    idat = b""
    if rows:
        body = zlib.compress(b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height)))
        idat = chunk(b"IDAT", body)
    return b"\x89PNG\r\n\x1a\n" + header + idat + chunk(b"IEND", b"")


def images_in(pdf: bytes) -> int:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return sum(len(page.images) for page in reader.pages)


async def put_logo(
    client: httpx.AsyncClient, headers: dict[str, str], data: bytes, media: str
) -> httpx.Response:
    return await client.put(LOGO, content=data, headers={**headers, "Content-Type": media})


async def test_the_letterhead_and_logo_are_printed(client: httpx.AsyncClient, case: Case) -> None:
    head = await ok(await client.get("/v1/offices/52.03/letterhead", headers=case.viewer))
    assert (head["city"], head["chair_name"], head["logo"]) == ("Selong", "Retno Wulandari", None)
    before = await download(
        client, await issue(client, case, "receipt", receipt_code=case.receipt_code), case.handler
    )
    assert images_in(before) == 0
    updated = await ok(await put_logo(client, case.admin, png(64, 64), "image/png"))
    assert len(updated["logo"]) == 64
    assert updated["logo_type"] == "image/png"
    after = await download(
        client, await issue(client, case, "receipt", receipt_code=case.receipt_code), case.handler
    )
    assert images_in(after) == 1  # the logo in the letterhead
    text = text_of(after)
    assert "Jl. Prof. M. Yamin No. 2" in text
    assert "lotim@bawaslu.go.id" in text


async def test_a_logo_is_checked(client: httpx.AsyncClient, case: Case) -> None:
    refused = {
        "garbage": (b"GIF89a....", "image/gif"),
        "huge": (png(40_000, 40_000, rows=False), "image/png"),
        "truncated": (png(64, 64, rows=False), "image/png"),
        "svg refers to a file": (
            b'<svg xmlns="http://www.w3.org/2000/svg"><image href="other.png"/></svg>',
            "image/svg+xml",
        ),
        "svg with a script": (
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
    }
    for what, (data, media) in refused.items():
        response = await put_logo(client, case.admin, data, media)
        assert (response.status_code, response.json()["code"]) == (422, "logo_rejected"), what
    inline = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        b'<circle cx="5" cy="5" r="4" fill="#7a1f1f"/></svg>'
    )
    assert (await put_logo(client, case.admin, inline, "image/svg+xml")).status_code == 200


async def test_only_admins_of_the_office_set_it(
    client: httpx.AsyncClient, case: Case, auth: Any
) -> None:
    body = {"city": "Selong"}
    put = "/v1/offices/52.03/letterhead"
    assert (await client.put(put, json=body, headers=case.handler)).status_code == 403
    sibling = await auth("admin", "52.04")
    outside = await client.put(put, json=body, headers=sibling)
    absent = await client.put("/v1/offices/99.99/letterhead", json=body, headers=sibling)
    assert outside.status_code == absent.status_code == 404
    assert outside.json()["code"] == absent.json()["code"]
    logo = await put_logo(client, sibling, png(8, 8), "image/png")
    assert logo.status_code == 404
    province = await auth("admin", "52")
    assert (await client.put(put, json=body, headers=province)).status_code == 200
