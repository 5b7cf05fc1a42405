"""Off-the-shelf tus clients upload evidence unmodified, against uvicorn serving the API:
tuspy (Python) and tus-js-client (Node, clients/js/), each uploading in parts, interrupted
midway (a dropped connection, an aborted request) and resumed from the server's offset.

The Node test is skipped only when ``node`` is missing (CI has it); ``make js-clients``
installs tus-js-client with ``npm ci`` (``.ci/run`` does, before the tests).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from tests.api.evidence.conftest import jpeg
from tests.api.reports.conftest import complete_report

ROOT = Path(__file__).resolve().parents[3]
JS = ROOT / "clients" / "js"
OFFICE = "52.05"  # Kabupaten Sumbawa: only these tests commit cases there
TUS = {"Tus-Resumable": "1.0.0"}


@pytest.fixture
async def live_case(app: FastAPI, live_server: str) -> AsyncIterator[dict[str, Any]]:
    """A case filed through the live server by a handler of OFFICE; removed afterwards."""
    from bawaslu_api.auth.service import mint_staff_token
    from bawaslu_api.security.principals import Role

    async with app.state.sessionmaker() as session:
        token = await mint_staff_token(
            session, app.state.key_ring, app.state.settings,
            subject="tus-client", role=Role("handler"), office_code=OFFICE,
        )  # fmt: skip
    headers = {"Authorization": f"Bearer {token}"}
    incident = {"date": "2024-01-10", "office": OFFICE, "address": "Sumbawa Besar"}
    async with httpx.AsyncClient(base_url=live_server, headers=headers) as c:
        filed = await c.post("/v1/reports", json=complete_report(office=OFFICE, incident=incident))
    assert filed.status_code == 201, filed.text
    case_id = filed.json()["id"]
    try:
        yield {"id": case_id, "token": token, "headers": headers, "base": live_server}
    finally:
        async with app.state.engine.begin() as conn:
            await conn.execute(text("DELETE FROM report WHERE id = :id"), {"id": case_id})


def _offset(base: str, url: str, headers: dict[str, str]) -> int:
    response = httpx.head(base + urlsplit(url).path, headers={**headers, **TUS})
    assert response.status_code == 200, response.status_code
    return int(response.headers["upload-offset"])


def _broken_patch(url: str, token: str, offset: int, sent: bytes, announced: int) -> None:
    """A PATCH whose connection drops after ``sent`` of ``announced`` bytes."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port)) as s:
        s.sendall(
            (
                f"PATCH {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                f"Authorization: Bearer {token}\r\nTus-Resumable: 1.0.0\r\n"
                "Content-Type: application/offset+octet-stream\r\n"
                f"Upload-Offset: {offset}\r\nContent-Length: {announced}\r\n\r\n"
            ).encode()
            + sent
        )


def _settled(base: str, url: str, headers: dict[str, str], before: int) -> int:
    """The offset once the server has kept the dropped part (bounded wait: the server
    notices the dropped connection on its own time)."""
    deadline = time.monotonic() + 20
    while (offset := _offset(base, url, headers)) == before and time.monotonic() < deadline:
        time.sleep(0.1)
    return offset


async def _item(base: str, headers: dict[str, str], location: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base, headers=headers) as c:
        item = (await c.get(location)).json()
        content = await c.get(f"{location}/content")
    item["content"] = content.content
    return item  # type: ignore[no-any-return]


async def test_tuspy_uploads_in_parts_survives_a_dropped_connection_and_resumes(
    live_case: dict[str, Any],
) -> None:
    from tusclient.client import TusClient

    base, headers = live_case["base"], live_case["headers"]
    body = jpeg(600_000)
    client = TusClient(f"{base}/v1/reports/{live_case['id']}/evidence/uploads", headers=headers)
    uploader = client.uploader(
        file_stream=io.BytesIO(body),
        chunk_size=100_000,
        metadata={"filename": "tps3.jpg", "filetype": "image/jpeg", "description": "Foto TPS 3"},
        upload_checksum=True,  # Upload-Checksum: sha1 on every PATCH
    )
    uploader.upload(stop_at=200_000)  # two parts, then the phone loses its signal
    assert uploader.offset == 200_000
    url = uploader.url
    assert url.startswith(f"{base}/v1/evidence/uploads/")

    # The third part's connection drops midway: what arrived is kept.
    _broken_patch(url, live_case["token"], 200_000, body[200_000:400_000], 400_000)
    kept = _settled(base, url, headers, 200_000)
    assert 200_000 < kept <= 400_000

    # A new uploader on the same URL (the app restarted): HEAD, then the rest.
    resumed = client.uploader(
        file_stream=io.BytesIO(body), url=url, chunk_size=100_000, upload_checksum=True
    )
    assert resumed.offset == kept
    resumed.upload()
    assert resumed.offset == len(body)
    location = resumed.request.response_headers["evidence-location"]

    item = await _item(base, headers, location)
    assert item["sha256"] == hashlib.sha256(body).hexdigest()
    assert item["content"] == body
    assert (item["filename"], item["content_type"], item["description"]) == (
        "tps3.jpg",
        "image/jpeg",
        "Foto TPS 3",
    )


@pytest.mark.parametrize("mode", ["", "with-data"])
async def test_tus_js_client_uploads_is_aborted_and_resumes(
    live_case: dict[str, Any], mode: str, tmp_path: Path
) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    assert (JS / "node_modules" / "tus-js-client").exists(), "run `make js-clients` first"
    base, headers = live_case["base"], live_case["headers"]
    body = jpeg(400_000)
    path = tmp_path / "tps9.jpg"
    path.write_bytes(body)
    run = await asyncio.to_thread(
        subprocess.run,
        [node, str(JS / "tus_upload.mjs"),
         f"{base}/v1/reports/{live_case['id']}/evidence/uploads", live_case["token"],
         str(path), "Foto TPS 9", mode],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["url"].startswith(f"{base}/v1/evidence/uploads/")
    assert 0 < result["resumedAt"] < len(body)  # resumed, not restarted
    item = await _item(base, headers, result["evidence"])
    assert item["sha256"] == hashlib.sha256(body).hexdigest()
    assert item["content"] == body
    assert (item["filename"], item["declared_type"]) == ("tps9.jpg", "image/jpeg")
