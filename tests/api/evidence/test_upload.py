"""One-shot uploads: streamed, hashed, sniffed, limited; nothing stored when refused."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from tests.api.evidence.conftest import docx, exe, jpeg, pdf, png, upload


def _stored_files(app: FastAPI) -> set[Path]:
    root = app.state.settings.evidence_root
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


async def test_upload_records_hash_size_sniffed_type_and_uploader(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(50_000)
    response = await upload(
        client, handler, case, body, filename="foto.jpg", channel="mobile",
        content_type="image/jpeg",
    )  # fmt: skip
    assert response.status_code == 201, response.text
    item = response.json()
    assert item["sha256"] == hashlib.sha256(body).hexdigest()
    assert item["size"] == len(body)
    assert item["content_type"] == "image/jpeg"
    assert item["category"] == "photo"
    assert item["recorded_by"] == "handler@52.03"
    assert item["channel"] == "mobile"
    assert item["description"] == "Foto pembagian uang"
    assert item["form"] == "digital"
    assert response.headers["location"] == f"/v1/evidence/{item['id']}"


async def test_type_comes_from_the_bytes_not_the_name_or_header(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    response = await upload(
        client, handler, case, png(), filename="foto.jpg", content_type="image/jpeg"
    )
    assert response.status_code == 201, response.text
    assert response.json()["content_type"] == "image/png"
    assert response.json()["declared_type"] == "image/jpeg"
    for body, expected in ((pdf(), "application/pdf"), (docx(), "application/vnd."
                           "openxmlformats-officedocument.wordprocessingml.document")):  # fmt: skip
        response = await upload(client, handler, case, body)
        assert response.status_code == 201, response.text
        assert response.json()["content_type"] == expected


async def test_bytes_that_do_not_match_the_claimed_type_are_refused_and_not_stored(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    before = _stored_files(rollback_app)
    response = await client.post(
        f"/v1/reports/{case}/evidence",
        params={"description": "foto", "filename": "foto.jpg"},
        content=exe(),
        headers={**handler, "Content-Type": "image/jpeg", "Accept-Language": "en"},
    )
    assert response.status_code == 415
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "evidence_type_not_allowed"
    assert _stored_files(rollback_app) == before
    listing = await client.get(f"/v1/reports/{case}/evidence", headers=handler)
    assert listing.json()["items"] == []


async def test_oversized_upload_is_refused_before_reading_and_nothing_is_stored(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    settings = rollback_app.state.settings
    before = _stored_files(rollback_app)
    # Announced too large: refused on the headers.
    response = await client.post(
        f"/v1/reports/{case}/evidence",
        params={"description": "video"},
        content=b"\x00" * 10,
        headers={**handler, "Content-Length": str(settings.evidence_max_file_bytes + 1)},
    )
    assert response.status_code == 413
    assert response.json()["code"] == "evidence_too_large"

    # Not announced (chunked): refused at the first byte past the limit.
    original = settings.evidence_max_file_bytes
    settings.evidence_max_file_bytes = 64 * 1024
    sent = 0

    async def body() -> Any:
        nonlocal sent
        yield jpeg(1024)
        for _ in range(1000):
            sent += 16 * 1024
            yield b"\x00" * (16 * 1024)

    try:
        response = await client.post(
            f"/v1/reports/{case}/evidence",
            params={"description": "video"},
            content=body(),
            headers=handler,
        )
    finally:
        settings.evidence_max_file_bytes = original
    assert response.status_code == 413
    assert response.json()["code"] == "evidence_too_large"
    assert sent < 200 * 1024  # stopped reading early
    assert _stored_files(rollback_app) == before


async def test_case_quota_counts_every_stored_file(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    settings = rollback_app.state.settings
    original = settings.evidence_max_case_bytes
    settings.evidence_max_case_bytes = 30_000
    try:
        first = await upload(client, handler, case, jpeg(20_000))
        assert first.status_code == 201
        second = await upload(client, handler, case, jpeg(20_000))
        assert second.status_code == 413
        assert second.json()["code"] == "case_quota_exceeded"
    finally:
        settings.evidence_max_case_bytes = original


async def test_upload_is_exempt_from_the_general_body_cap(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    body = jpeg(rollback_app.state.settings.max_body_bytes * 3)
    response = await upload(client, handler, case, body)
    assert response.status_code == 201, response.text
    assert response.json()["size"] == len(body)


async def test_viewers_cannot_upload_and_other_provinces_see_nothing(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    viewer = await auth("viewer", "52.03")
    refused = await upload(client, viewer, case, jpeg())
    assert refused.status_code == 403
    created = await upload(client, handler, case, jpeg())
    item_id = created.json()["id"]
    assert (await client.get(f"/v1/evidence/{item_id}", headers=viewer)).status_code == 200
    content = await client.get(f"/v1/evidence/{item_id}/content", headers=viewer)
    assert content.status_code == 200

    outsider = await auth("handler", "33.72")  # Kota Surakarta, another province
    for path in (f"/v1/evidence/{item_id}", f"/v1/evidence/{item_id}/content",
                 f"/v1/evidence/{item_id}/custody", f"/v1/reports/{case}/evidence"):  # fmt: skip
        response = await client.get(path, headers=outsider)
        assert response.status_code == 404, path
    assert (await upload(client, outsider, case, jpeg())).status_code == 404
    sibling = await auth("handler", "52.01")  # another kabupaten of the same province
    assert (await client.get(f"/v1/evidence/{item_id}", headers=sibling)).status_code == 404
    province = await auth("viewer", "52")
    assert (await client.get(f"/v1/evidence/{item_id}", headers=province)).status_code == 200


async def test_public_routes_never_serve_evidence(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    created = await upload(client, handler, case, jpeg())
    item_id = created.json()["id"]
    for path in (f"/v1/evidence/{item_id}", f"/v1/evidence/{item_id}/content"):
        assert (await client.get(path)).status_code == 401


async def test_description_is_required(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    response = await client.post(
        f"/v1/reports/{case}/evidence", content=jpeg(), headers={**handler, "Accept-Language": "en"}
    )
    assert response.status_code == 422
    assert response.json()["code"] == "description_required"
