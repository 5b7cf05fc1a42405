"""The bytes of evidence files in the store: streamed in (counted, hashed, sniffed and held
to a limit on the way), scanned, promoted onto their content address, verified against
their SHA-256 and streamed out. No database here.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from bawaslu_api.evidence import scan as scanner
from bawaslu_api.evidence.errors import (
    EvidenceCorrupted,
    EvidenceTooLarge,
    StorageUnavailable,
    TypeNotAllowed,
    UploadInterrupted,
)
from bawaslu_api.evidence.models import ScanStatus
from bawaslu_api.evidence.sniff import SNIFF_BYTES, sniff
from bawaslu_api.evidence.storage import Storage, StorageError, new_temp_key
from bawaslu_api.i18n import Text
from bawaslu_api.settings import Settings


class Interrupted(UploadInterrupted):
    """The client went away before the body was complete."""


@dataclass(slots=True)
class Intake:
    """Counts, hashes and keeps the first and last 64 KiB of a stream passing through.

    ``limit`` is enforced as bytes arrive, so an oversized body is refused at the first
    byte past it. With ``keep_partial`` an interrupted body simply ends (a resumable part
    keeps what arrived); otherwise the interruption propagates and nothing is kept.
    """

    limit: int
    keep_partial: bool = False
    size: int = 0
    interrupted: bool = False
    head: bytearray = field(default_factory=bytearray)
    tail: bytes = b""
    _sha: Any = field(default_factory=hashlib.sha256)

    @property
    def sha256(self) -> str:
        return str(self._sha.hexdigest())

    @property
    def content_type(self) -> str | None:
        return sniff(bytes(self.head), self.tail)

    async def wrap(self, source: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        try:
            async for chunk in source:
                if not chunk:
                    continue
                self.size += len(chunk)
                if self.size > self.limit:
                    raise EvidenceTooLarge(
                        Text("Batas {limit} byte terlampaui.", "The limit of {limit} bytes."),
                        limit=self.limit,
                    )
                self._sha.update(chunk)
                if len(self.head) < SNIFF_BYTES:
                    self.head += chunk[: SNIFF_BYTES - len(self.head)]
                self.tail = (self.tail + chunk[-SNIFF_BYTES:])[-SNIFF_BYTES:]
                yield chunk
        except Interrupted:
            self.interrupted = True
            if not self.keep_partial:
                raise


def _unavailable(exc: StorageError) -> StorageUnavailable:
    return StorageUnavailable(
        Text("Penyimpanan gagal: {error}", "The store failed: {error}"), error=str(exc)[:200]
    )


async def put(storage: Storage, chunks: AsyncIterator[bytes], key: str) -> int:
    """Write ``chunks`` under ``key``; a store failure is 503."""
    try:
        return await storage.put_temp(chunks, key=key)
    except StorageError as exc:
        raise _unavailable(exc) from exc


async def promote(storage: Storage, key: str, sha256: str) -> str:
    """Move a temp object onto its content address; a store failure is 503."""
    try:
        return await storage.promote(key, sha256)
    except StorageError as exc:
        raise _unavailable(exc) from exc


@dataclass(frozen=True, slots=True)
class Received:
    """A file in the store under a temp key, with what was learnt while it streamed."""

    temp_key: str
    size: int
    sha256: str
    content_type: str


async def receive(
    storage: Storage, source: AsyncIterator[bytes], *, limit: int, settings: Settings
) -> Received:
    """Stream ``source`` into a temp object; refuse types outside the allow-list."""
    intake = Intake(limit=limit)
    key = new_temp_key()
    size = await put(storage, intake.wrap(source), key)
    content_type = intake.content_type
    if content_type is None or content_type not in settings.evidence_allowed_types:
        await storage.delete(key)
        raise TypeNotAllowed(
            Text(
                "Isi berkas dikenali sebagai {type}, yang tidak diterima.",
                "The file's bytes are {type}, which is not accepted.",
            ),
            type=content_type or "unknown",
        )
    return Received(key, size, intake.sha256, content_type)


async def scan_object(storage: Storage, key: str, settings: Settings) -> tuple[ScanStatus, str]:
    """clamd's verdict on a stored object, or ``not_scanned`` when scanning is off."""
    if not settings.evidence_clamd:
        return ScanStatus.not_scanned, ""
    try:
        result = await scanner.scan(
            settings.evidence_clamd, storage.read(key), timeout_s=settings.evidence_clamd_timeout_s
        )
    except (scanner.ScanError, StorageError) as exc:
        # Fail open, flagged: an outage of the scanner must not stop evidence intake.
        return ScanStatus.error, str(exc)[:200]
    return (ScanStatus.infected if result.infected else ScanStatus.clean), result.detail


async def verify(storage: Storage, key: str, size: int | None, sha256: str | None) -> bool:
    """Whether the stored object still has ``size`` bytes hashing to ``sha256``."""
    digest = hashlib.sha256()
    read = 0
    try:
        async for chunk in storage.read(key):
            digest.update(chunk)
            read += len(chunk)
    except (StorageError, OSError):
        return False
    return read == size and digest.hexdigest() == sha256


async def stream(
    storage: Storage, key: str, start: int, end: int, *, sha256: str | None
) -> AsyncIterator[bytes]:
    """The bytes ``[start, end)`` of an object. With ``sha256`` (a whole-file stream) they
    are hashed again as they go and the stream is cut short (the client sees a broken
    transfer, never a complete wrong file) if the object changed after it was verified."""
    digest = hashlib.sha256() if sha256 is not None else None
    async for chunk in storage.read(key, start, end):
        if digest is not None:
            digest.update(chunk)
        yield chunk
    if digest is not None and digest.hexdigest() != sha256:
        raise EvidenceCorrupted(Text("Berkas berubah saat dikirim.", "Changed while served."))
