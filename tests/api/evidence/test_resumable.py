"""Resumable uploads: parts at the stored offset, interruption keeps what arrived, resume,
completion verifies size and SHA-256 and creates the item."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
from fastapi import FastAPI
from tests.api.evidence.conftest import exe, jpeg


async def _start(
    client: httpx.AsyncClient, headers: dict[str, str], case: str, body: bytes, **extra: Any
) -> dict[str, Any]:
    response = await client.post(
        f"/v1/reports/{case}/evidence/uploads",
        json={
            "size": len(body),
            "sha256": hashlib.sha256(body).hexdigest(),
            "description": "Video di TPS 12",
            "filename": "tps12.jpg",
            **extra,
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    assert response.headers["location"] == response.json()["upload_url"]
    return response.json()  # type: ignore[no-any-return]


def _range(start: int, end: int, total: int) -> dict[str, str]:
    return {"Content-Range": f"bytes {start}-{end - 1}/{total}"}


async def put_then_disconnect(
    app: FastAPI, path: str, headers: dict[str, str], chunks: list[bytes]
) -> list[dict[str, Any]]:
    """Drive the app as a server would when the client's connection drops mid-body."""
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": c, "more_body": True} for c in chunks
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "PUT",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("10.1.2.3", 40000),
        "server": ("testserver", 80),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


async def test_interrupted_upload_resumes_from_the_stored_offset(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    body = jpeg(900_000)
    session = await _start(client, handler, case, body)
    url, total = session["upload_url"], len(body)
    assert session["offset"] == 0

    # First part: 0..300k, complete.
    first = await client.put(
        url, content=body[:300_000], headers={**handler, **_range(0, 300_000, total)}
    )
    assert first.status_code == 200, first.text
    assert first.json()["offset"] == 300_000
    assert first.headers["upload-offset"] == "300000"

    # Second part: the client announces the rest but the connection drops after 200k.
    await put_then_disconnect(
        rollback_app,
        url,
        {**handler, **_range(300_000, total, total), "content-length": str(total - 300_000)},
        [body[300_000:400_000], body[400_000:500_000]],
    )
    status = await client.get(url, headers=handler)
    assert status.status_code == 200
    assert status.json()["offset"] == 500_000  # what arrived was kept
    assert status.json()["status"] == "open"

    # A part at the wrong offset is refused with the offset to resume from.
    wrong = await client.put(
        url, content=body[400_000:], headers={**handler, **_range(400_000, total, total)}
    )
    assert wrong.status_code == 409
    assert wrong.json()["code"] == "upload_offset_mismatch"
    assert wrong.headers["upload-offset"] == "500000"

    # Resume: the last part completes the upload and creates the item.
    last = await client.put(
        url, content=body[500_000:], headers={**handler, **_range(500_000, total, total)}
    )
    assert last.status_code == 200, last.text
    done = last.json()
    assert done["status"] == "completed"
    assert done["offset"] == total
    assert last.headers["location"] == f"/v1/evidence/{done['evidence_id']}"
    item = (await client.get(f"/v1/evidence/{done['evidence_id']}", headers=handler)).json()
    assert item["sha256"] == hashlib.sha256(body).hexdigest()
    assert item["size"] == total
    assert item["content_type"] == "image/jpeg"
    assert item["filename"] == "tps12.jpg"
    assert item["channel"] == "mobile"
    content = await client.get(f"/v1/evidence/{done['evidence_id']}/content", headers=handler)
    assert content.content == body

    custody = (
        await client.get(f"/v1/evidence/{done['evidence_id']}/custody", headers=handler)
    ).json()
    received = custody["items"][0]
    assert received["action"] == "received"
    assert received["details"]["upload_id"] == session["id"]

    closed = await client.put(url, content=b"x", headers={**handler, **_range(0, 1, total)})
    assert closed.status_code == 409
    assert closed.json()["code"] == "upload_closed"


async def test_bytes_that_differ_from_the_announced_hash_fail_the_session(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    session = await _start(client, handler, case, body)
    tampered = body[:-1] + bytes([body[-1] ^ 0xFF])
    response = await client.put(
        session["upload_url"],
        content=tampered,
        headers={**handler, **_range(0, len(body), len(body))},
    )
    assert response.status_code == 422
    assert response.json()["code"] == "upload_mismatch"
    status = await client.get(session["upload_url"], headers=handler)
    assert status.json()["status"] == "failed"
    listing = await client.get(f"/v1/reports/{case}/evidence", headers=handler)
    assert listing.json()["items"] == []


async def test_resumable_upload_sniffs_the_type_too(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = exe(5000)
    session = await _start(client, handler, case, body)
    response = await client.put(
        session["upload_url"], content=body, headers={**handler, **_range(0, len(body), len(body))}
    )
    assert response.status_code == 415
    assert response.json()["code"] == "evidence_type_not_allowed"


async def test_bad_content_range_and_oversized_announcements(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    body = jpeg(1000)
    session = await _start(client, handler, case, body)
    for header in ("bytes 0-99/999", "bytes=0-99", "items 0-1/1000", "bytes 10-5/1014"):
        response = await client.put(
            session["upload_url"], content=body[:100], headers={**handler, "Content-Range": header}
        )
        assert response.status_code == 400, header
        assert response.json()["code"] == "invalid_content_range"
    # More bytes than the range announced
    response = await client.put(
        session["upload_url"], content=body[:200], headers={**handler, **_range(0, 100, len(body))}
    )
    assert response.status_code == 413
    too_big = await client.post(
        f"/v1/reports/{case}/evidence/uploads",
        json={
            "size": rollback_app.state.settings.evidence_max_file_bytes + 1,
            "sha256": "0" * 64,
            "description": "besar",
        },
        headers=handler,
    )
    assert too_big.status_code == 413


async def test_cancelled_upload_releases_its_reservation(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    settings = rollback_app.state.settings
    original = settings.evidence_max_case_bytes
    settings.evidence_max_case_bytes = 15_000
    try:
        session = await _start(client, handler, case, jpeg(10_000))
        refused = await client.post(
            f"/v1/reports/{case}/evidence/uploads",
            json={"size": 10_000, "sha256": "0" * 64, "description": "kedua"},
            headers=handler,
        )
        assert refused.status_code == 413
        assert refused.json()["code"] == "case_quota_exceeded"
        cancel = await client.delete(session["upload_url"], headers=handler)
        assert cancel.status_code == 204
        again = await client.post(
            f"/v1/reports/{case}/evidence/uploads",
            json={"size": 10_000, "sha256": "0" * 64, "description": "kedua"},
            headers=handler,
        )
        assert again.status_code == 201
    finally:
        settings.evidence_max_case_bytes = original


async def test_upload_sessions_are_scoped(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    session = await _start(client, handler, case, jpeg(1000))
    outsider = await auth("handler", "33.72")
    assert (await client.get(session["upload_url"], headers=outsider)).status_code == 404
    viewer = await auth("viewer", "52.03")
    assert (await client.get(session["upload_url"], headers=viewer)).status_code == 403
