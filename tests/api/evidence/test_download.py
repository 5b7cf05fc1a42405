"""Downloads: ETag is the SHA-256, single ranges, and a changed stored file is never served."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.evidence.conftest import jpeg, upload

from bawaslu_api.evidence.storage import content_key


@pytest.fixture
async def stored(client: httpx.AsyncClient, handler: dict[str, str], case: str) -> dict[str, Any]:
    body = jpeg(3 * 1024 * 1024 + 17)  # several read chunks
    response = await upload(client, handler, case, body, filename="foto tps.jpg")
    assert response.status_code == 201
    return {"body": body, **response.json()}


async def test_full_download_carries_etag_length_and_digest(
    client: httpx.AsyncClient, handler: dict[str, str], stored: dict[str, Any]
) -> None:
    response = await client.get(
        f"/v1/evidence/{stored['id']}/content", headers={**handler, "Accept-Encoding": "gzip"}
    )
    assert response.status_code == 200
    assert response.content == stored["body"]
    assert response.headers["etag"] == f'"{hashlib.sha256(stored["body"]).hexdigest()}"'
    assert response.headers["content-length"] == str(len(stored["body"]))
    assert response.headers["content-type"] == "image/jpeg"
    assert response.headers["accept-ranges"] == "bytes"
    assert "content-encoding" not in response.headers  # served as stored, never re-encoded
    assert response.headers["content-disposition"] == "attachment; filename*=UTF-8''foto%20tps.jpg"


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 100),
        ("bytes=1048570-1048580", 1048570, 1048581),
        ("bytes=3145000-", 3145000, None),
        ("bytes=-500", -500, None),
        ("bytes=100-99999999999", 100, None),
    ],
)
async def test_single_range_gives_206(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    stored: dict[str, Any],
    header: str,
    start: int,
    end: int | None,
) -> None:
    body: bytes = stored["body"]
    response = await client.get(
        f"/v1/evidence/{stored['id']}/content", headers={**handler, "Range": header}
    )
    assert response.status_code == 206
    expected = body[start:end]
    assert response.content == expected
    first = start if start >= 0 else len(body) + start
    assert response.headers["content-range"] == (
        f"bytes {first}-{first + len(expected) - 1}/{len(body)}"
    )
    assert response.headers["etag"] == f'"{stored["sha256"]}"'


async def test_unsatisfiable_range_is_416_and_several_ranges_give_the_whole_file(
    client: httpx.AsyncClient, handler: dict[str, str], stored: dict[str, Any]
) -> None:
    url = f"/v1/evidence/{stored['id']}/content"
    size = len(stored["body"])
    refused = await client.get(url, headers={**handler, "Range": f"bytes={size}-"})
    assert refused.status_code == 416
    assert refused.json()["code"] == "range_not_satisfiable"
    assert refused.headers["content-range"] == f"bytes */{size}"
    several = await client.get(url, headers={**handler, "Range": "bytes=0-1,5-6"})
    assert several.status_code == 200
    assert len(several.content) == size
    stale = await client.get(url, headers={**handler, "Range": "bytes=0-9", "If-Range": '"x"'})
    assert stale.status_code == 200
    fresh = await client.get(
        url, headers={**handler, "Range": "bytes=0-9", "If-Range": f'"{stored["sha256"]}"'}
    )
    assert fresh.status_code == 206


async def test_a_changed_stored_file_is_reported_corrupted_flagged_and_never_served(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    stored: dict[str, Any],
    rollback_app: FastAPI,
) -> None:
    path = rollback_app.state.settings.evidence_root / content_key(stored["sha256"])
    data = bytearray(path.read_bytes())
    data[2_000_000] ^= 0x01  # one bit, deep inside
    path.write_bytes(bytes(data))
    url = f"/v1/evidence/{stored['id']}/content"

    # Even a range far from the change is refused: the whole file is verified first.
    response = await client.get(
        url, headers={**handler, "Range": "bytes=0-99", "Accept-Language": "en"}
    )
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "evidence_corrupted"

    item = (await client.get(f"/v1/evidence/{stored['id']}", headers=handler)).json()
    assert item["corrupted_at"] is not None
    again = await client.get(url, headers=handler)
    assert again.status_code == 409
    assert again.json()["code"] == "evidence_corrupted"
    custody = (await client.get(f"/v1/evidence/{stored['id']}/custody", headers=handler)).json()
    assert "integrity_failed" in [e["action"] for e in custody["items"]]
    assert "downloaded" not in [e["action"] for e in custody["items"]]


async def test_a_missing_stored_file_is_corrupted_too(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    stored: dict[str, Any],
    rollback_app: FastAPI,
) -> None:
    (rollback_app.state.settings.evidence_root / content_key(stored["sha256"])).unlink()
    response = await client.get(f"/v1/evidence/{stored['id']}/content", headers=handler)
    assert response.status_code == 409
    assert response.json()["code"] == "evidence_corrupted"


async def test_physical_items_have_no_content(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    physical = await client.post(
        f"/v1/reports/{case}/evidence/physical",
        json={
            "category": "object",
            "description": "Amplop berisi uang",
            "receipt": {
                "received_by": "Petugas A",
                "received_at": "2024-01-12T10:05:00+08:00",
                "kept_at": "Lemari bukti 1",
            },
        },
        headers=handler,
    )
    assert physical.status_code == 201, physical.text
    response = await client.get(f"/v1/evidence/{physical.json()['id']}/content", headers=handler)
    assert response.status_code == 409
    assert response.json()["code"] == "evidence_not_digital"
