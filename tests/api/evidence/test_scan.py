"""The clamd hook (INSTREAM), against a tiny fake clamd started here."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.evidence.conftest import jpeg, upload

from bawaslu_api.evidence import scan

EICAR_MARK = b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE"


class FakeClamd:
    """Speaks clamd's INSTREAM: answers FOUND when the stream holds the EICAR marker."""

    def __init__(self) -> None:
        self.streams: list[bytes] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        command = await reader.readuntil(b"\0")
        assert command == b"zINSTREAM\0"
        data = bytearray()
        while True:
            (length,) = struct.unpack(">I", await reader.readexactly(4))
            if length == 0:
                break
            data += await reader.readexactly(length)
        self.streams.append(bytes(data))
        verdict = b"Eicar-Signature FOUND" if EICAR_MARK in data else b"OK"
        writer.write(b"stream: " + verdict + b"\0")
        await writer.drain()
        writer.close()


@pytest.fixture
async def clamd() -> AsyncIterator[tuple[FakeClamd, str]]:
    fake = FakeClamd()
    server = await asyncio.start_server(fake.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield fake, f"tcp://127.0.0.1:{port}"


@pytest.fixture
def scanning(rollback_app: FastAPI, clamd: tuple[FakeClamd, str]) -> Iterator[FakeClamd]:
    settings = rollback_app.state.settings
    settings.evidence_clamd = clamd[1]
    try:
        yield clamd[0]
    finally:
        settings.evidence_clamd = None


async def _chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def test_scan_protocol(clamd: tuple[FakeClamd, str]) -> None:
    fake, address = clamd
    clean = await scan.scan(address, _chunks(b"hello", b" world"), timeout_s=5)
    assert clean == scan.ScanResult(False, "OK")
    assert fake.streams[-1] == b"hello world"
    infected = await scan.scan(address, _chunks(b"X5O!P%@AP..." + EICAR_MARK), timeout_s=5)
    assert infected == scan.ScanResult(True, "Eicar-Signature")
    with pytest.raises(scan.ScanError):
        await scan.scan("tcp://127.0.0.1:1", _chunks(b"x"), timeout_s=5)


async def test_clean_upload_is_marked_clean(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, scanning: FakeClamd
) -> None:
    body = jpeg(300_000)
    response = await upload(client, handler, case, body)
    assert response.status_code == 201
    assert response.json()["scan_status"] == "clean"
    assert scanning.streams[-1] == body


async def test_infected_upload_is_quarantined_and_never_served(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, scanning: FakeClamd
) -> None:
    body = jpeg(1000) + EICAR_MARK
    response = await upload(client, handler, case, body)
    assert response.status_code == 201  # kept as evidence: an infected file may be the evidence
    item: dict[str, Any] = response.json()
    assert item["scan_status"] == "infected"
    assert item["scan_detail"] == "Eicar-Signature"
    download = await client.get(f"/v1/evidence/{item['id']}/content", headers=handler)
    assert download.status_code == 409
    assert download.json()["code"] == "evidence_quarantined"
    custody = (await client.get(f"/v1/evidence/{item['id']}/custody", headers=handler)).json()
    assert [e["action"] for e in custody["items"]][:2] == ["received", "quarantined"]


async def test_unreachable_scanner_is_recorded_not_fatal(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    rollback_app.state.settings.evidence_clamd = "tcp://127.0.0.1:1"
    try:
        response = await upload(client, handler, case, jpeg())
    finally:
        rollback_app.state.settings.evidence_clamd = None
    assert response.status_code == 201
    assert response.json()["scan_status"] == "error"
