"""Helpers for evidence tests: a case to attach evidence to, and sample files."""

from __future__ import annotations

import io
import os
import zipfile
from typing import Any

import httpx
import pytest
from tests.api.reports.conftest import complete_report


def jpeg(size: int = 4096) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(max(size - 13, 0)) + b"\xff\xd9"


def png(size: int = 2048) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + os.urandom(size)


def pdf(size: int = 2048) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size) + b"\n%%EOF\n"


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", "<Relationships/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def exe(size: int = 2048) -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00" + os.urandom(size)


async def new_case(client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any) -> str:
    response = await client.post("/v1/reports", json=complete_report(**overrides), headers=headers)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def upload(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    case_id: str,
    content: bytes,
    *,
    description: str = "Foto pembagian uang",
    content_type: str = "application/octet-stream",
    **params: str,
) -> httpx.Response:
    return await client.post(
        f"/v1/reports/{case_id}/evidence",
        params={"description": description, **params},
        content=content,
        headers={**headers, "Content-Type": content_type},
    )


@pytest.fixture
async def handler(auth: Any) -> dict[str, str]:
    return await auth("handler", "52.03")  # type: ignore[no-any-return]


@pytest.fixture
async def case(client: httpx.AsyncClient, handler: dict[str, str]) -> str:
    return await new_case(client, handler)
