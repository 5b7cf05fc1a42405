"""tus 1.0 at the protocol level: what a tus client sends and is answered (the capabilities,
creation with and without data, HEAD, PATCH, checksums, termination, expiration) and the
error cases (409, 412, 415, 460, 410, 404 for outsiders). Real clients: test_tus_clients.py.
"""

from __future__ import annotations

import base64
import hashlib
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.evidence.conftest import exe, jpeg

TUS = {"Tus-Resumable": "1.0.0"}
PART = {**TUS, "Content-Type": "application/offset+octet-stream"}


def metadata(**values: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())


def sha1(data: bytes) -> str:
    return "sha1 " + base64.b64encode(hashlib.sha1(data).digest()).decode()


async def create(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    case: str,
    length: int,
    *,
    content: bytes | None = None,
    **meta: str,
) -> httpx.Response:
    values = {"description": "Foto di TPS 7", "filename": "tps7.jpg", "filetype": "image/jpeg"}
    return await client.post(
        f"/v1/reports/{case}/evidence/uploads",
        headers={
            **headers,
            **(PART if content is not None else TUS),
            "Upload-Length": str(length),
            "Upload-Metadata": metadata(**{**values, **meta}),
        },
        content=content,
    )


async def patch(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    url: str,
    offset: int,
    data: bytes,
    **extra: str,
) -> httpx.Response:
    return await client.patch(
        url, headers={**headers, **PART, "Upload-Offset": str(offset), **extra}, content=data
    )


async def test_options_says_what_the_server_speaks_without_a_token(
    client: httpx.AsyncClient, case: str, rollback_app: FastAPI
) -> None:
    for url in (f"/v1/reports/{case}/evidence/uploads", "/v1/evidence/uploads/" + case):
        response = await client.options(url)
        assert response.status_code == 204, response.text
        assert response.headers["tus-resumable"] == "1.0.0"
        assert response.headers["tus-version"] == "1.0.0"
        extensions = response.headers["tus-extension"].split(",")
        assert {"creation", "creation-with-upload", "termination", "expiration", "checksum"} <= set(
            extensions
        )
        assert int(response.headers["tus-max-size"]) == (
            rollback_app.state.settings.evidence_max_file_bytes
        )
        assert "sha1" in response.headers["tus-checksum-algorithm"].split(",")


async def test_upload_in_parts_with_checksums_creates_the_evidence(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(300_000)
    created = await create(client, handler, case, len(body))
    assert created.status_code == 201, created.text
    assert created.headers["tus-resumable"] == "1.0.0"
    assert created.headers["upload-offset"] == "0"
    url = created.headers["location"]
    assert url == f"/v1/evidence/uploads/{created.json()['id']}"
    expires = parsedate_to_datetime(created.headers["upload-expires"])
    assert expires.tzinfo is not None

    head = await client.head(url, headers={**handler, **TUS})
    assert head.status_code == 200
    assert head.headers["upload-offset"] == "0"
    assert head.headers["upload-length"] == str(len(body))
    assert head.headers["cache-control"] == "no-store"
    assert head.headers["tus-resumable"] == "1.0.0"
    assert "description " in head.headers["upload-metadata"]

    offset = 0
    for size in (100_000, 100_000, 100_000):
        part = body[offset : offset + size]
        response = await patch(
            client, handler, url, offset, part, **{"Upload-Checksum": sha1(part)}
        )
        assert response.status_code == 204, response.text
        assert response.headers["tus-resumable"] == "1.0.0"
        offset = int(response.headers["upload-offset"])
    last = await patch(client, handler, url, offset, body[offset:])
    assert last.status_code == 204, last.text
    assert last.headers["upload-offset"] == str(len(body))
    evidence = last.headers["evidence-location"]

    item = (await client.get(evidence, headers=handler)).json()
    assert item["sha256"] == hashlib.sha256(body).hexdigest()  # computed by the server
    assert item["size"] == len(body)
    assert item["content_type"] == "image/jpeg"
    assert item["filename"] == "tps7.jpg"
    assert item["declared_type"] == "image/jpeg"
    assert item["description"] == "Foto di TPS 7"
    assert (await client.get(f"{evidence}/content", headers=handler)).content == body
    custody = (await client.get(f"{evidence}/custody", headers=handler)).json()["items"]
    assert custody[0]["action"] == "received"
    assert custody[0]["details"]["upload_id"] == created.json()["id"]
    timeline = (await client.get(f"/v1/reports/{case}/timeline", headers=handler)).json()
    kinds = [e["action"] for e in timeline["items"]]
    assert "evidence_upload_started" in kinds

    # Completed: HEAD says the offset is the length; a further part is refused.
    done = await client.head(url, headers={**handler, **TUS})
    assert done.headers["upload-offset"] == done.headers["upload-length"] == str(len(body))
    again = await patch(client, handler, url, len(body), b"x")
    assert again.status_code == 409


async def test_creation_with_upload_takes_the_first_part_or_the_whole_file(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(50_000)
    whole = await create(client, handler, case, len(body), content=body)
    assert whole.status_code == 201, whole.text
    assert whole.headers["upload-offset"] == str(len(body))
    assert whole.json()["status"] == "completed"
    item = (await client.get(whole.headers["evidence-location"], headers=handler)).json()
    assert item["sha256"] == hashlib.sha256(body).hexdigest()

    first = await create(client, handler, case, len(body), content=body[:20_000])
    assert first.status_code == 201, first.text
    assert first.headers["upload-offset"] == "20000"
    rest = await patch(client, handler, first.headers["location"], 20_000, body[20_000:])
    assert rest.status_code == 204, rest.text
    assert "evidence-location" in rest.headers


async def test_the_json_creation_of_earlier_clients_still_works_without_a_hash(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    created = await client.post(
        f"/v1/reports/{case}/evidence/uploads",
        json={"size": len(body), "description": "Tanpa hash"},
        headers=handler,
    )
    assert created.status_code == 201, created.text
    assert created.json()["sha256"] is None
    put = await client.put(
        created.json()["upload_url"],
        content=body,
        headers={**handler, "Content-Range": f"bytes 0-{len(body) - 1}/{len(body)}"},
    )
    assert put.status_code == 200, put.text
    item = (await client.get(put.headers["location"], headers=handler)).json()
    assert item["sha256"] == hashlib.sha256(body).hexdigest()


async def test_offset_mismatch_is_409_with_the_stored_offset(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    url = (await create(client, handler, case, len(body))).headers["location"]
    assert (await patch(client, handler, url, 0, body[:4000])).status_code == 204
    wrong = await patch(client, handler, url, 3000, body[3000:])
    assert wrong.status_code == 409
    assert wrong.json()["code"] == "upload_offset_mismatch"
    assert wrong.headers["upload-offset"] == "4000"
    assert wrong.headers["tus-resumable"] == "1.0.0"


async def test_wrong_content_type_is_415_and_wrong_version_412(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    url = (await create(client, handler, case, len(body))).headers["location"]
    typed = await client.patch(
        url,
        headers={**handler, **TUS, "Upload-Offset": "0", "Content-Type": "image/jpeg"},
        content=body,
    )
    assert typed.status_code == 415
    assert typed.json()["code"] == "upload_part_type"
    for version in ({"Tus-Resumable": "0.2.2"}, {}):
        refused = await client.patch(
            url,
            headers={
                **handler,
                "Content-Type": "application/offset+octet-stream",
                "Upload-Offset": "0",
                **version,
            },
            content=body,
        )
        assert refused.status_code == 412, version
        assert refused.headers["tus-version"] == "1.0.0"
        assert refused.json()["code"] == "tus_version_unsupported"
    head = await client.head(url, headers={**handler, "Tus-Resumable": "2.0.0"})
    assert head.status_code == 412
    creation = await client.post(
        url.replace(url, f"/v1/reports/{case}/evidence/uploads"),
        headers={**handler, "Tus-Resumable": "0.2.2", "Upload-Length": "10"},
    )
    assert creation.status_code == 412
    assert (await client.head(url, headers={**handler, **TUS})).headers["upload-offset"] == "0"


async def test_a_part_that_fails_its_checksum_is_460_and_not_kept(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    url = (await create(client, handler, case, len(body))).headers["location"]
    bad = await patch(client, handler, url, 0, body[:5000], **{"Upload-Checksum": sha1(b"other")})
    assert bad.status_code == 460
    assert bad.json()["code"] == "checksum_mismatch"
    assert (await client.head(url, headers={**handler, **TUS})).headers["upload-offset"] == "0"
    unknown = await patch(client, handler, url, 0, body, **{"Upload-Checksum": "crc32 AAAA"})
    assert unknown.status_code == 400
    assert unknown.json()["code"] == "checksum_invalid"
    sha256 = "sha256 " + base64.b64encode(hashlib.sha256(body).digest()).decode()
    good = await patch(client, handler, url, 0, body, **{"Upload-Checksum": sha256})
    assert good.status_code == 204, good.text


async def test_an_announced_sha256_that_differs_fails_the_upload(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    url = (await create(client, handler, case, len(body), sha256="0" * 64)).headers["location"]
    response = await patch(client, handler, url, 0, body)
    assert response.status_code == 422
    assert response.json()["code"] == "upload_mismatch"
    head = await client.head(url, headers={**handler, **TUS})
    assert head.status_code == 410
    assert (await client.get(f"/v1/reports/{case}/evidence", headers=handler)).json()["items"] == []


async def test_the_type_is_sniffed_from_the_joined_parts(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = exe(5000)
    url = (await create(client, handler, case, len(body), filetype="image/jpeg")).headers[
        "location"
    ]
    response = await patch(client, handler, url, 0, body)
    assert response.status_code == 415
    assert response.json()["code"] == "evidence_type_not_allowed"


async def test_creation_checks_length_metadata_and_quota(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, rollback_app: FastAPI
) -> None:
    settings = rollback_app.state.settings
    no_description = await client.post(
        f"/v1/reports/{case}/evidence/uploads",
        headers={**handler, **TUS, "Upload-Length": "100", "Upload-Metadata": metadata(a="b")},
    )
    assert no_description.status_code == 422
    assert no_description.json()["errors"][0]["location"] == "header.upload-metadata.description"
    for bad in ("filename !!!", "description", "channel " + base64.b64encode(b"pigeon").decode()):
        response = await client.post(
            f"/v1/reports/{case}/evidence/uploads",
            headers={**handler, **TUS, "Upload-Length": "100", "Upload-Metadata": bad},
        )
        assert response.status_code == 422, bad
    no_length = await client.post(
        f"/v1/reports/{case}/evidence/uploads",
        headers={**handler, **TUS, "Upload-Metadata": metadata(description="x")},
    )
    assert no_length.status_code == 422
    assert no_length.json()["errors"][0]["location"] == "header.upload-length"
    too_big = await create(client, handler, case, settings.evidence_max_file_bytes + 1)
    assert too_big.status_code == 413
    assert too_big.headers["tus-resumable"] == "1.0.0"

    original = settings.evidence_max_case_bytes
    settings.evidence_max_case_bytes = 15_000
    try:
        assert (await create(client, handler, case, 10_000)).status_code == 201
        refused = await create(client, handler, case, 10_000)  # reserved by the first
        assert refused.status_code == 413
        assert refused.json()["code"] == "case_quota_exceeded"
    finally:
        settings.evidence_max_case_bytes = original


async def test_termination_releases_the_upload(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    body = jpeg(10_000)
    url = (await create(client, handler, case, len(body))).headers["location"]
    await patch(client, handler, url, 0, body[:3000])
    deleted = await client.delete(url, headers={**handler, **TUS})
    assert deleted.status_code == 204
    assert deleted.headers["tus-resumable"] == "1.0.0"
    assert (await client.head(url, headers={**handler, **TUS})).status_code == 410
    gone = await patch(client, handler, url, 3000, body[3000:])
    assert gone.status_code == 410
    assert gone.json()["code"] == "upload_gone"
    assert (await client.delete(url, headers={**handler, **TUS})).status_code == 410
    timeline = (await client.get(f"/v1/reports/{case}/timeline", headers=handler)).json()
    assert "evidence_upload_cancelled" in [e["action"] for e in timeline["items"]]


async def test_an_expired_upload_is_gone(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, db: AsyncSession
) -> None:
    body = jpeg(10_000)
    created = await create(client, handler, case, len(body))
    url = created.headers["location"]
    await db.execute(
        text(
            "UPDATE evidence_upload SET expires_at = now() - interval '1 minute'"
            " WHERE id = CAST(:id AS uuid)"
        ),
        {"id": created.json()["id"]},
    )
    await db.commit()
    head = await client.head(url, headers={**handler, **TUS})
    assert head.status_code == 410
    response = await patch(client, handler, url, 0, body)
    assert response.status_code == 410
    assert response.json()["code"] == "upload_gone"


async def test_outsiders_get_the_404_of_a_nonexistent_upload(
    client: httpx.AsyncClient, handler: dict[str, str], case: str, auth: Any
) -> None:
    body = jpeg(1000)
    url = (await create(client, handler, case, len(body))).headers["location"]
    outsider = await auth("handler", "33.72")
    nowhere = "/v1/evidence/uploads/00000000-0000-7000-8000-000000000000"
    for target in (url, nowhere):
        head = await client.head(target, headers={**outsider, **TUS})
        assert head.status_code == 404
        part = await patch(client, outsider, target, 0, body)
        assert part.status_code == 404
        assert part.json()["code"] == "upload_not_found"
        deleted = await client.delete(target, headers={**outsider, **TUS})
        assert deleted.status_code == 404
        assert deleted.json()["code"] == "upload_not_found"
    creation = await create(client, outsider, case, len(body))
    assert creation.status_code == 404
    assert creation.json()["code"] == "report_not_found"
    with_data = await create(client, outsider, case, len(body), content=body)
    assert with_data.status_code == 404
    anonymous = await client.head(url, headers=TUS)
    assert anonymous.status_code == 401
    assert anonymous.headers["tus-resumable"] == "1.0.0"


async def test_browsers_may_send_and_read_the_tus_headers(
    client: httpx.AsyncClient, handler: dict[str, str], case: str
) -> None:
    origin = {"Origin": "https://app.example"}
    preflight = await client.options(
        "/v1/evidence/uploads/00000000-0000-7000-8000-000000000000",
        headers={
            **origin,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "authorization,content-type,tus-resumable,"
            "upload-offset,upload-checksum,upload-length,upload-metadata",
        },
    )
    assert preflight.status_code == 200, preflight.text
    assert "PATCH" in preflight.headers["access-control-allow-methods"]
    assert "HEAD" in preflight.headers["access-control-allow-methods"]
    allowed = preflight.headers["access-control-allow-headers"].lower()
    for header in ("tus-resumable", "upload-offset", "upload-length", "upload-metadata"):
        assert header in allowed
    created = await create(client, {**handler, **origin}, case, 1000)
    exposed = created.headers["access-control-expose-headers"].lower()
    for header in (
        "location",
        "upload-offset",
        "upload-length",
        "upload-expires",
        "tus-resumable",
        "tus-version",
        "tus-max-size",
        "tus-extension",
    ):
        assert header in exposed
