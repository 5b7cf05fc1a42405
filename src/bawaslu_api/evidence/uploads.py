"""Use cases of resumable uploads: a session announces a file's size (reserved against the
case's quota) and, if the client knows it, its SHA-256; it receives its bytes in parts at
the stored offset, and creates the evidence item when the last part completes it (the
parts are joined, hashed and sniffed then); or it is cancelled, fails or expires.

Two protocols share these use cases (docs/evidence.md): tus 1.0 (``PATCH`` with
``Upload-Offset``, an optional per-part ``Upload-Checksum``) and the JSON routes of
earlier clients (``PUT`` with ``Content-Range``).

Parts are stored under ``uploads/<session id>/``; those of a session that is no longer
open are removed after the response (best effort: ``sweeper.sweep`` catches the rest).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.clock import utcnow
from bawaslu_api.errors import DomainError
from bawaslu_api.evidence import files, repository, service
from bawaslu_api.evidence.errors import (
    ChecksumMismatch,
    InvalidContentRange,
    UploadClosed,
    UploadGone,
    UploadMismatch,
    UploadNotFound,
    UploadOffsetMismatch,
)
from bawaslu_api.evidence.models import (
    EvidenceChannel,
    EvidenceItem,
    EvidenceUpload,
    ProvidedBy,
    UploadStatus,
)
from bawaslu_api.evidence.schemas import UploadCreate
from bawaslu_api.evidence.storage import UPLOADS_PREFIX, Storage, StorageError
from bawaslu_api.http.ranges import ContentRange
from bawaslu_api.http.tus import Checksum
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal
from bawaslu_api.settings import Settings
from bawaslu_api.timeline.service import append_event

Cleanup = Callable[[], Awaitable[None]]
"""Work to run once the response is sent (and the unit of work committed)."""


def part_prefix(upload_id: uuid.UUID) -> str:
    return f"{UPLOADS_PREFIX}{upload_id}/"


async def create_upload(
    session: AsyncSession,
    actor: service.Actor,
    report_id: uuid.UUID,
    body: UploadCreate,
    settings: Settings,
    *,
    metadata: dict[str, str] | None = None,
) -> EvidenceUpload:
    """Open a session for ``body.size`` bytes. ``metadata``: a tus client's
    ``Upload-Metadata`` as it was sent, kept to be given back by ``HEAD``."""
    report = await service.load_report(session, actor.principal, report_id, lock=True)
    service.check_declared_size(body.size, settings.evidence_max_file_bytes, settings)
    service.check_quota(await repository.stored_bytes(session, report_id), body.size, settings)
    upload = EvidenceUpload(
        report_id=report_id,
        size=body.size,
        sha256=body.sha256,
        received=0,
        parts=[],
        status=UploadStatus.open,
        meta={
            **body.model_dump(mode="json", exclude={"size", "sha256"}),
            **({"upload_metadata": metadata} if metadata is not None else {}),
        },
        created_by=actor.subject,
        expires_at=utcnow() + timedelta(hours=settings.evidence_upload_ttl_hours),
    )
    session.add(upload)
    await session.flush()
    await append_event(
        session,
        report.id,
        actor.subject,
        "evidence_upload_started",
        {"upload_id": str(upload.id), "size": body.size, "sha256": body.sha256},
    )
    return upload


async def load_upload(
    session: AsyncSession, principal: Principal, upload_id: uuid.UUID
) -> EvidenceUpload:
    upload = await session.get(EvidenceUpload, upload_id)
    if upload is None:
        raise UploadNotFound(Text("Sesi {id} tidak ada.", "No upload {id}."), id=upload_id)
    try:
        await service.load_report(session, principal, upload.report_id)
    except ReportNotFound:
        raise UploadNotFound(
            Text("Sesi {id} tidak ada.", "No upload {id}."), id=upload_id
        ) from None
    return upload


def part_span(content_range: ContentRange | None, size: int) -> tuple[int, int]:
    """The part's ``[start, end)``; its total must be the announced size (or ``*``)."""
    if (
        content_range is None
        or content_range.total not in (None, size)
        or not 0 <= content_range.start < content_range.end <= size
    ):
        raise InvalidContentRange(
            Text(
                "Kirim Content-Range: bytes awal-akhir/{size}.",
                "Send Content-Range: bytes first-last/{size}.",
            ),
            size=size,
        )
    return content_range.start, content_range.end


def ended(upload: EvidenceUpload) -> bool:
    """Cancelled, failed or expired (its time is up even if the sweeper has not yet marked
    it): nothing more can be done with it. A completed upload has not ended: it answers
    with its offset, the total."""
    if upload.status is UploadStatus.open:
        return upload.expires_at <= utcnow()
    return upload.status is not UploadStatus.completed


def ensure_open(upload: EvidenceUpload, start: int | None = None, *, tus: bool = False) -> None:
    """Refuse a closed session (a tus client is told 410 ``upload_gone`` for one that
    ended, the JSON routes 409 ``upload_closed``) and a part that does not start at the
    stored offset."""
    if upload.status is not UploadStatus.open or upload.expires_at <= utcnow():
        closed: type[DomainError] = UploadGone if tus and ended(upload) else UploadClosed
        raise closed(
            Text("Sesi berstatus {status}.", "The session is {status}."),
            status=upload.status.value if upload.status is not UploadStatus.open else "expired",
        )
    if start is not None and start != upload.received:
        raise UploadOffsetMismatch(upload.received)


@dataclass(frozen=True, slots=True)
class StoredPart:
    key: str
    start: int
    size: int


@dataclass(frozen=True, slots=True)
class PartOutcome:
    """What a part did to its session."""

    upload: EvidenceUpload
    item: EvidenceItem | None = None
    """The evidence item, when the part completed the upload."""
    error: UploadMismatch | None = None
    """The joined bytes differ from the announced size or SHA-256: the session is marked
    failed (the unit of work still commits that) and this is the answer."""
    cleanup: Cleanup | None = None
    """Removes the parts of a session the part finished."""


async def receive_part(
    checks: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    actor: service.Actor,
    upload_id: uuid.UUID,
    content_range: ContentRange | None,
    source: AsyncIterator[bytes],
    *,
    storage: Storage,
    settings: Settings,
    offset: int | None = None,
    checksum: Checksum | None = None,
    tus: bool = False,
) -> PartOutcome:
    """Append the part ``content_range`` of ``source`` at the stored offset (a tus part:
    from ``offset`` up to at most the total, ``content_range`` None).

    With ``checksum`` (tus ``Upload-Checksum``) the part is hashed as it arrives and not
    kept when it differs, or when it was cut short (it cannot be verified then).

    The session is checked in a short session from ``checks``, the bytes are stored with
    no connection held, and only then is the offset advanced in the unit of work
    (``session``), compare-and-set on the offset the part started at. If the client goes
    away midway, what arrived is kept as the part. The part that brings the offset to the
    total completes the upload: the parts are joined (hashed and sniffed on the way),
    checked against the announcement, and the item is created.
    """
    async with checks() as check:
        upload = await load_upload(check, actor.principal, upload_id)
        start, end = (
            part_span(content_range, upload.size) if offset is None else (offset, upload.size)
        )
        ensure_open(upload, start, tus=tus)
    part = await _store_part(storage, upload, source, start, end, checksum)
    assembled = await _assemble(storage, upload, part, settings)
    return await _commit_part(
        session, actor, upload_id, part, assembled, storage=storage, settings=settings
    )


async def _store_part(
    storage: Storage,
    upload: EvidenceUpload,
    source: AsyncIterator[bytes],
    start: int,
    end: int,
    checksum: Checksum | None = None,
) -> StoredPart:
    """Store one part. If the client goes away midway, what arrived is kept as the part
    (unless it came with a checksum, which it can then not match)."""
    intake = files.Intake(limit=end - start, keep_partial=True)
    key = f"{part_prefix(upload.id)}{start:016d}-{uuid.uuid4().hex}"
    digest: Any = checksum.hasher() if checksum is not None else None
    size = await files.put(storage, _hashed(intake.wrap(source), digest), key)
    if checksum is not None and (intake.interrupted or digest.digest() != checksum.digest):
        await storage.delete(key)
        raise ChecksumMismatch(
            Text(
                "Bagian mulai di {start} tidak sesuai dengan {algorithm}-nya; kirim lagi.",
                "The part at {start} does not match its {algorithm}; send it again.",
            ),
            start=start,
            algorithm=checksum.algorithm,
        )
    return StoredPart(key, start, size)


async def _hashed(source: AsyncIterator[bytes], digest: Any) -> AsyncIterator[bytes]:
    async for chunk in source:
        if digest is not None:
            digest.update(chunk)
        yield chunk


async def _concat(storage: Storage, keys: list[str]) -> AsyncIterator[bytes]:
    for key in keys:
        async for chunk in storage.read(key):
            yield chunk


async def _assemble(
    storage: Storage, upload: EvidenceUpload, last: StoredPart, settings: Settings
) -> files.Received | None:
    """When ``last`` completes the upload, join the parts into one temp object (hashed and
    sniffed on the way). None while bytes are still missing."""
    if last.start + last.size != upload.size:
        return None
    keys = [p["key"] for p in upload.parts] + [last.key]
    return await files.receive(
        storage, _concat(storage, keys), limit=upload.size, settings=settings
    )


async def _commit_part(
    session: AsyncSession,
    actor: service.Actor,
    upload_id: uuid.UUID,
    part: StoredPart,
    assembled: files.Received | None,
    *,
    storage: Storage,
    settings: Settings,
) -> PartOutcome:
    """Advance the session's offset (compare-and-set on the offset the part started at),
    and when the part completed it, verify and create the item."""
    upload = await load_upload(session, actor.principal, upload_id)
    if part.size == 0:  # the client went away before sending a byte
        await storage.delete(part.key)
        return PartOutcome(upload)
    advanced = await repository.advance_offset(session, upload_id, part.key, part.start, part.size)
    await session.refresh(upload)
    if advanced is None:  # another part got there first, or the session closed
        await storage.delete(part.key)
        if assembled is not None:
            await storage.delete(assembled.temp_key)
        ensure_open(upload, part.start)
        raise UploadClosed(Text("Sesi ditutup.", "The session is closed."))
    if assembled is None or advanced != upload.size:
        return PartOutcome(upload)
    cleanup = partial(delete_parts, storage, upload_id)
    announced = upload.sha256 if upload.sha256 is not None else assembled.sha256
    if assembled.size != upload.size or assembled.sha256 != announced:
        await storage.delete(assembled.temp_key)
        upload.status = UploadStatus.failed
        return PartOutcome(
            upload,
            error=UploadMismatch(
                Text(
                    "Diterima {size} byte dengan SHA-256 {sha}; diumumkan {want_size} byte "
                    "dengan {want_sha}. Mulai sesi baru.",
                    "Received {size} bytes with SHA-256 {sha}; announced {want_size} bytes "
                    "with {want_sha}. Start a new session.",
                ),
                size=assembled.size,
                sha=assembled.sha256,
                want_size=upload.size,
                want_sha=announced,
            ),
            cleanup=cleanup,
        )
    meta = upload.meta
    item = await service.create_digital(
        session,
        actor,
        upload.report_id,
        assembled,
        service.FileMeta(
            description=meta["description"],
            filename=meta.get("filename"),
            declared_type=meta.get("declared_type"),
            provided_by=ProvidedBy(meta["provided_by"]),
            channel=EvidenceChannel(meta["channel"]),
        ),
        storage=storage,
        settings=settings,
        via_upload=upload.id,
    )
    upload.status = UploadStatus.completed
    upload.evidence_id = item.id
    await session.flush()
    return PartOutcome(upload, item, cleanup=cleanup)


async def cancel_upload(
    session: AsyncSession,
    actor: service.Actor,
    upload_id: uuid.UUID,
    *,
    storage: Storage,
    tus: bool = False,
) -> Cleanup:
    """Close the session (its reservation is released); returns the removal of its parts."""
    upload = await load_upload(session, actor.principal, upload_id)
    ensure_open(upload, tus=tus)
    upload.status = UploadStatus.cancelled
    report = await service.load_report(session, actor.principal, upload.report_id, lock=True)
    await append_event(
        session,
        report.id,
        actor.subject,
        "evidence_upload_cancelled",
        {"upload_id": str(upload_id)},
    )
    return partial(delete_parts, storage, upload_id)


async def delete_parts(storage: Storage, upload_id: uuid.UUID) -> None:
    """Remove a finished session's parts (best effort; the sweeper catches what is left)."""
    try:
        async for obj in storage.list(part_prefix(upload_id)):
            await storage.delete(obj.key)
    except StorageError:
        pass
