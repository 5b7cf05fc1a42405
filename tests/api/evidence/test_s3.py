"""The S3 backend against moto's S3 server (ThreadedMotoServer on 127.0.0.1): the same
API flows as with the filesystem, through real S3 HTTP calls."""

from __future__ import annotations

import contextlib
import hashlib
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.evidence.conftest import jpeg, upload

from bawaslu_api.evidence import sweeper
from bawaslu_api.evidence.storage import S3Storage, StorageError, content_key, from_settings

moto_server = pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    port = _free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3_store(s3_endpoint: str, test_settings: Any) -> S3Storage:
    settings = test_settings.model_copy(
        update={
            "evidence_storage": "s3",
            "evidence_s3_bucket": "bukti",
            "evidence_s3_prefix": "bawaslu/",
            "evidence_s3_endpoint_url": s3_endpoint,
            "evidence_s3_region": "ap-southeast-3",
            "evidence_s3_access_key_id": SecretStr("testing"),
            "evidence_s3_secret_access_key": SecretStr("testing"),
        }
    )
    store = from_settings(settings)
    assert isinstance(store, S3Storage)
    store.part_size = 5 * 1024 * 1024
    with contextlib.suppress(store.client.exceptions.BucketAlreadyOwnedByYou):
        store.client.create_bucket(
            Bucket="bukti",
            CreateBucketConfiguration={"LocationConstraint": "ap-southeast-3"},
        )
    return store


@pytest.fixture
def on_s3(rollback_app: FastAPI, s3_store: S3Storage) -> Iterator[S3Storage]:
    original = rollback_app.state.evidence_storage
    rollback_app.state.evidence_storage = s3_store
    try:
        yield s3_store
    finally:
        rollback_app.state.evidence_storage = original


async def _chunks(data: bytes, size: int = 256 * 1024) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def _read(store: S3Storage, key: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join([c async for c in store.read(key, start, end)])


async def test_backend_writes_multipart_promotes_reads_ranges_lists_and_deletes(
    s3_store: S3Storage,
) -> None:
    data = jpeg(12 * 1024 * 1024)  # three parts of 5 MiB
    sha = hashlib.sha256(data).hexdigest()
    size = await s3_store.put_temp(_chunks(data), key="tmp/big")
    assert size == len(data)
    key = await s3_store.promote("tmp/big", sha)
    assert key == content_key(sha)
    assert await s3_store.size("tmp/big") is None
    assert await s3_store.size(key) == len(data)
    assert await _read(s3_store, key) == data
    assert await _read(s3_store, key, 5, 10) == data[5:10]
    listed = [o async for o in s3_store.list("objects/")]
    assert key in [o.key for o in listed]
    await s3_store.delete(key)
    assert await s3_store.size(key) is None


async def test_a_failing_write_leaves_nothing(s3_store: S3Storage) -> None:
    async def broken() -> AsyncIterator[bytes]:
        yield jpeg(6 * 1024 * 1024)  # one part uploaded
        raise OSError("connection reset by peer")

    with pytest.raises(OSError, match="reset"):
        await s3_store.put_temp(broken(), key="tmp/broken")
    assert await s3_store.size("tmp/broken") is None
    uploads = s3_store.client.list_multipart_uploads(Bucket="bukti").get("Uploads", [])
    assert not [u for u in uploads if u["Key"] == "bawaslu/tmp/broken"]


async def test_unreachable_store_is_a_storage_error() -> None:
    store = S3Storage(
        bucket="x",
        endpoint_url=f"http://127.0.0.1:{_free_port()}",
        region_name="us-east-1",
        aws_access_key_id="a",
        aws_secret_access_key="b",
    )
    with pytest.raises(StorageError):
        await store.put_temp(_chunks(b"abc"), key="tmp/x")


async def test_api_upload_resume_download_and_sweep_on_s3(
    client: httpx.AsyncClient,
    handler: dict[str, str],
    case: str,
    on_s3: S3Storage,
    db: AsyncSession,
) -> None:
    body = jpeg(300_000)
    created = await upload(client, handler, case, body)
    assert created.status_code == 201, created.text
    item = created.json()
    assert await on_s3.size(content_key(item["sha256"])) == len(body)
    full = await client.get(f"/v1/evidence/{item['id']}/content", headers=handler)
    assert full.content == body
    part = await client.get(
        f"/v1/evidence/{item['id']}/content", headers={**handler, "Range": "bytes=10-19"}
    )
    assert part.status_code == 206
    assert part.content == body[10:20]

    other = jpeg(70_000)
    session = (
        await client.post(
            f"/v1/reports/{case}/evidence/uploads",
            json={
                "size": len(other),
                "sha256": hashlib.sha256(other).hexdigest(),
                "description": "video",
            },
            headers=handler,
        )
    ).json()
    for start, end in ((0, 30_000), (30_000, len(other))):
        response = await client.put(
            session["upload_url"],
            content=other[start:end],
            headers={**handler, "Content-Range": f"bytes {start}-{end - 1}/{len(other)}"},
        )
        assert response.status_code == 200, response.text
    assert response.json()["status"] == "completed"

    # Corrupt the object in the bucket: detected on read.
    on_s3.client.put_object(
        Bucket="bukti", Key="bawaslu/" + content_key(item["sha256"]), Body=b"tampered"
    )
    bad = await client.get(f"/v1/evidence/{item['id']}/content", headers=handler)
    assert bad.status_code == 409
    assert bad.json()["code"] == "evidence_corrupted"

    result = await sweeper.sweep(db, on_s3, grace=timedelta(0), dry_run=True)
    assert result.kept_recent == 0
