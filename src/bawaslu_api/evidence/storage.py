"""Where evidence bytes live: one small interface, a filesystem and an S3 backend.

Keys are plain strings under three prefixes:

- ``tmp/<uuid>``: an object being written or just written, not yet addressed by content;
- ``objects/<aa>/<bb>/<sha256>``: content-addressed, what evidence items reference;
- ``uploads/<upload id>/<offset>-<uuid>``: the parts of a resumable upload session.

Writers go through :meth:`Storage.put_temp` (which removes what it wrote when the source
iterator or the store fails) and then :meth:`Storage.promote` (an atomic move onto the
content address, overwriting an identical object, which also refreshes its age so the
sweeper's grace period protects it until the transaction that references it commits).
Backends never hash or inspect bytes; the service does that while the bytes stream by.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

READ_CHUNK = 1024 * 1024
TMP_PREFIX = "tmp/"
OBJECTS_PREFIX = "objects/"
UPLOADS_PREFIX = "uploads/"


class StorageError(Exception):
    """The store failed (I/O error, unreachable service). Nothing the caller wrote remains."""


@dataclass(frozen=True, slots=True)
class StoredObject:
    key: str
    size: int
    modified: datetime


def content_key(sha256: str) -> str:
    """The content address of a SHA-256 (hex)."""
    return f"{OBJECTS_PREFIX}{sha256[:2]}/{sha256[2:4]}/{sha256}"


def new_temp_key(prefix: str = TMP_PREFIX) -> str:
    return f"{prefix}{uuid.uuid4().hex}"


class Storage(Protocol):
    """What the evidence service needs from a store."""

    name: str

    async def put_temp(self, chunks: AsyncIterator[bytes], *, key: str) -> int:
        """Write ``chunks`` to ``key`` (a temp or part key); return the size. If the
        iterator raises or the store fails, whatever was written is removed and the error
        propagates (store failures as :class:`StorageError`)."""
        ...

    async def promote(self, temp_key: str, sha256: str) -> str:
        """Move a temp object onto its content address (replacing an identical one)."""
        ...

    def read(self, key: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        """The bytes ``[start, end)`` of an object (``end`` None: to the end)."""
        ...

    async def size(self, key: str) -> int | None:
        """The object's size, None when it does not exist."""
        ...

    async def delete(self, key: str) -> None:
        """Remove an object; no error when it is already gone."""
        ...

    def list(self, prefix: str) -> AsyncIterator[StoredObject]:
        """Every object whose key starts with ``prefix``."""
        ...


# ---------------------------------------------------------------- local filesystem


class LocalStorage:
    """Files under one directory; moves are ``os.replace`` (atomic on one filesystem) and
    every object is fsynced before it is promoted, so a committed row never points at a
    file that a crash could lose."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"key escapes the storage root: {key!r}")
        return path

    async def put_temp(self, chunks: AsyncIterator[bytes], *, key: str) -> int:
        path = self._path(key)
        try:
            await asyncio.to_thread(path.parent.mkdir, parents=True, exist_ok=True)
            handle = await asyncio.to_thread(open, path, "xb")
        except OSError as exc:
            raise StorageError(str(exc)) from exc
        size = 0
        buffer = bytearray()
        try:
            try:
                async for chunk in chunks:
                    buffer += chunk
                    size += len(chunk)
                    if len(buffer) >= READ_CHUNK:
                        await asyncio.to_thread(handle.write, bytes(buffer))
                        buffer.clear()
                if buffer:
                    await asyncio.to_thread(handle.write, bytes(buffer))
                await asyncio.to_thread(_flush_and_sync, handle)
            finally:
                await asyncio.to_thread(handle.close)
        except BaseException as exc:
            await asyncio.to_thread(path.unlink, missing_ok=True)
            if isinstance(exc, OSError):
                raise StorageError(str(exc)) from exc
            raise
        return size

    async def promote(self, temp_key: str, sha256: str) -> str:
        key = content_key(sha256)
        source, target = self._path(temp_key), self._path(key)

        def _move() -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            _sync_dir(target.parent)

        try:
            await asyncio.to_thread(_move)
        except OSError as exc:
            await asyncio.to_thread(source.unlink, missing_ok=True)
            raise StorageError(str(exc)) from exc
        return key

    async def read(self, key: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        path = self._path(key)
        try:
            handle = await asyncio.to_thread(open, path, "rb")
        except OSError as exc:
            raise StorageError(str(exc)) from exc
        try:
            await asyncio.to_thread(handle.seek, start)
            remaining = None if end is None else end - start
            while remaining is None or remaining > 0:
                want = READ_CHUNK if remaining is None else min(READ_CHUNK, remaining)
                chunk = await asyncio.to_thread(handle.read, want)
                if not chunk:
                    break
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk
        finally:
            await asyncio.to_thread(handle.close)

    async def size(self, key: str) -> int | None:
        try:
            return (await asyncio.to_thread(self._path(key).stat)).st_size
        except FileNotFoundError:
            return None

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, missing_ok=True)

    async def list(self, prefix: str) -> AsyncIterator[StoredObject]:
        def _scan() -> list[StoredObject]:
            base = self._path(prefix.rstrip("/") or ".")
            if not base.exists():
                return []
            found = []
            for path in base.rglob("*"):
                if path.is_file():
                    stat = path.stat()
                    found.append(
                        StoredObject(
                            path.relative_to(self.root).as_posix(),
                            stat.st_size,
                            datetime.fromtimestamp(stat.st_mtime, UTC),
                        )
                    )
            return found

        for item in await asyncio.to_thread(_scan):
            yield item


def _flush_and_sync(handle: Any) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- S3-compatible


class S3Storage:
    """Any S3-compatible store, through boto3 run in worker threads (boto3 is thread-safe
    per client; each call is one blocking HTTP request, so a thread per call keeps the
    event loop free without a second HTTP stack).

    Writes are multipart uploads of ``part_size`` bytes, so memory stays at one part per
    upload; a failed write aborts the multipart upload (nothing is left behind; a crashed
    process leaves an incomplete multipart upload, which the bucket's lifecycle rule
    ``AbortIncompleteMultipartUpload`` removes). Promotion is a server-side copy followed
    by deleting the temp object.
    """

    name = "s3"

    def __init__(
        self,
        *,
        bucket: str,
        prefix: str = "",
        client: Any = None,
        part_size: int = 8 * 1024 * 1024,
        **client_options: Any,
    ) -> None:
        if client is None:
            import boto3

            client = boto3.client("s3", **client_options)
        self.client = client
        self.bucket = bucket
        self.prefix = prefix
        self.part_size = max(part_size, 5 * 1024 * 1024)  # S3's minimum part size

    def _key(self, key: str) -> str:
        return self.prefix + key

    async def _call(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return await asyncio.to_thread(fn, **kwargs)
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(str(exc)) from exc

    async def put_temp(self, chunks: AsyncIterator[bytes], *, key: str) -> int:
        full = self._key(key)
        upload_id: str | None = None
        parts: list[dict[str, Any]] = []
        buffer = bytearray()
        size = 0

        async def _flush_part() -> None:
            nonlocal upload_id
            if upload_id is None:
                created = await self._call(
                    self.client.create_multipart_upload, Bucket=self.bucket, Key=full
                )
                upload_id = created["UploadId"]
            number = len(parts) + 1
            done = await self._call(
                self.client.upload_part,
                Bucket=self.bucket,
                Key=full,
                UploadId=upload_id,
                PartNumber=number,
                Body=bytes(buffer),
            )
            parts.append({"ETag": done["ETag"], "PartNumber": number})
            buffer.clear()

        try:
            async for chunk in chunks:
                buffer += chunk
                size += len(chunk)
                if len(buffer) >= self.part_size:
                    await _flush_part()
            if upload_id is None:
                await self._call(
                    self.client.put_object, Bucket=self.bucket, Key=full, Body=bytes(buffer)
                )
            else:
                if buffer:
                    await _flush_part()
                await self._call(
                    self.client.complete_multipart_upload,
                    Bucket=self.bucket,
                    Key=full,
                    UploadId=upload_id,
                    MultipartUpload={"Parts": parts},
                )
        except BaseException:
            if upload_id is not None:
                await asyncio.shield(self._abort(full, upload_id))
            raise
        return size

    async def _abort(self, key: str, upload_id: str) -> None:
        with contextlib.suppress(StorageError):  # else the lifecycle rule removes it
            await self._call(
                self.client.abort_multipart_upload, Bucket=self.bucket, Key=key, UploadId=upload_id
            )

    async def promote(self, temp_key: str, sha256: str) -> str:
        key = content_key(sha256)
        try:
            # Managed copy: server-side, multipart above 5 GB.
            await self._call(
                self.client.copy,
                CopySource={"Bucket": self.bucket, "Key": self._key(temp_key)},
                Bucket=self.bucket,
                Key=self._key(key),
            )
        finally:
            await self.delete(temp_key)
        return key

    async def read(self, key: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        if end is not None and end <= start:
            return
        byte_range = f"bytes={start}-{'' if end is None else end - 1}"
        response = await self._call(
            self.client.get_object, Bucket=self.bucket, Key=self._key(key), Range=byte_range
        )
        body = response["Body"]
        try:
            while True:
                chunk = await asyncio.to_thread(body.read, READ_CHUNK)
                if not chunk:
                    break
                yield chunk
        finally:
            await asyncio.to_thread(body.close)

    async def size(self, key: str) -> int | None:
        from botocore.exceptions import ClientError

        try:
            head = await asyncio.to_thread(
                self.client.head_object, Bucket=self.bucket, Key=self._key(key)
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise StorageError(str(exc)) from exc
        return int(head["ContentLength"])

    async def delete(self, key: str) -> None:
        await self._call(self.client.delete_object, Bucket=self.bucket, Key=self._key(key))

    async def list(self, prefix: str) -> AsyncIterator[StoredObject]:
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": self._key(prefix)}
            if token:
                kwargs["ContinuationToken"] = token
            page = await self._call(self.client.list_objects_v2, **kwargs)
            for obj in page.get("Contents", []):
                yield StoredObject(
                    obj["Key"][len(self.prefix) :],
                    int(obj["Size"]),
                    obj["LastModified"].astimezone(UTC),
                )
            if not page.get("IsTruncated"):
                return
            token = page.get("NextContinuationToken")


def from_settings(settings: Any) -> Storage:
    """The backend the settings name."""
    if settings.evidence_storage == "s3":
        options: dict[str, Any] = {}
        if settings.evidence_s3_endpoint_url:
            options["endpoint_url"] = settings.evidence_s3_endpoint_url
        if settings.evidence_s3_region:
            options["region_name"] = settings.evidence_s3_region
        if settings.evidence_s3_access_key_id and settings.evidence_s3_secret_access_key:
            options["aws_access_key_id"] = settings.evidence_s3_access_key_id.get_secret_value()
            options["aws_secret_access_key"] = (
                settings.evidence_s3_secret_access_key.get_secret_value()
            )
        if not settings.evidence_s3_bucket:
            raise ValueError("BAWASLU_EVIDENCE_STORAGE=s3 needs BAWASLU_EVIDENCE_S3_BUCKET")
        return S3Storage(
            bucket=settings.evidence_s3_bucket, prefix=settings.evidence_s3_prefix, **options
        )
    return LocalStorage(settings.evidence_root)
