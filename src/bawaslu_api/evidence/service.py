"""Use cases of evidence: intake (one-shot and resumable), reads with integrity checks,
physical items, links, hand-overs, supersession, withdrawal, and the storage sweeper.

Order of writes (so that a failure leaves neither orphan rows nor lost bytes):

1. the bytes stream into the store under a temp key, hashed, counted and sniffed on the
   way (no database connection is held meanwhile);
2. the temp object is moved onto its content address (``objects/…/<sha256>``);
3. the row and its custody event are inserted in the request's unit of work.

A store failure in 1-2 raises before any row exists. A rollback after 2 leaves an object
no committed row references; ``sweep`` removes those once they are older than the grace
period. Content objects are never deleted on the request path: identical files share one.

Services flush; the unit of work commits. Every custody event is also appended to the
case's hash-chained timeline, so a changed or removed custody row breaks the chain.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.cases.models import Report, ReportStatus
from bawaslu_api.clock import utcnow
from bawaslu_api.db.base import uuid7
from bawaslu_api.evidence import scan as scanner
from bawaslu_api.evidence.errors import (
    CaseQuotaExceeded,
    EvidenceCorrupted,
    EvidenceImmutable,
    EvidenceNotFound,
    EvidenceQuarantined,
    EvidenceTooLarge,
    InvalidContentRange,
    InvalidLink,
    NotDigital,
    RangeNotSatisfiable,
    StorageUnavailable,
    TypeNotAllowed,
    UploadClosed,
    UploadInterrupted,
    UploadMismatch,
    UploadNotFound,
    UploadOffsetMismatch,
)
from bawaslu_api.evidence.models import (
    CustodyEvent,
    EvidenceCategory,
    EvidenceChannel,
    EvidenceForm,
    EvidenceItem,
    EvidenceStatus,
    EvidenceUpload,
    ProvidedBy,
    ScanStatus,
    UploadStatus,
)
from bawaslu_api.evidence.schemas import (
    HandoverIn,
    LinkIn,
    PhysicalIn,
    SupersedeIn,
    UploadCreate,
    WithdrawIn,
)
from bawaslu_api.evidence.sniff import SNIFF_BYTES, category_of, sniff
from bawaslu_api.evidence.storage import (
    OBJECTS_PREFIX,
    TMP_PREFIX,
    UPLOADS_PREFIX,
    Storage,
    StorageError,
    new_temp_key,
)
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal
from bawaslu_api.settings import Settings
from bawaslu_api.timeline.service import append_event, record_read

# Before registration a reporter's own item may still be withdrawn (rules-spec §4, §5).
WITHDRAWABLE = frozenset({ReportStatus.received, ReportStatus.completion_requested})


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts and from where: recorded on every custody event."""

    principal: Principal
    address: str
    user_agent: str = ""
    channel: str = "api"

    @property
    def subject(self) -> str:
        return self.principal.subject


class Interrupted(UploadInterrupted):
    """The client went away before the body was complete."""


# ---------------------------------------------------------------- streaming intake


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


async def _put(storage: Storage, chunks: AsyncIterator[bytes], key: str) -> int:
    try:
        return await storage.put_temp(chunks, key=key)
    except StorageError as exc:
        raise StorageUnavailable(
            Text("Penyimpanan gagal: {error}", "The store failed: {error}"), error=str(exc)[:200]
        ) from exc


async def _promote(storage: Storage, key: str, sha256: str) -> str:
    try:
        return await storage.promote(key, sha256)
    except StorageError as exc:
        raise StorageUnavailable(
            Text("Penyimpanan gagal: {error}", "The store failed: {error}"), error=str(exc)[:200]
        ) from exc


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
    size = await _put(storage, intake.wrap(source), key)
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


# ---------------------------------------------------------------- loading, custody


async def _report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID, *, lock: bool = False
) -> Report:
    return (await cases.load(session, report_id, principal, for_update=lock)).report


async def load_item(
    session: AsyncSession, principal: Principal, evidence_id: uuid.UUID, *, lock: bool = False
) -> tuple[EvidenceItem, Report]:
    """The item if its case is in the caller's jurisdiction; 404 otherwise. ``lock`` locks
    the case row (custody events append to its timeline)."""
    item = await session.get(EvidenceItem, evidence_id)
    if item is None:
        raise EvidenceNotFound(Text("Bukti {id} tidak ada.", "No evidence {id}."), id=evidence_id)
    try:
        report = await _report(session, principal, item.report_id, lock=lock)
    except ReportNotFound:
        raise EvidenceNotFound(
            Text("Bukti {id} tidak ada.", "No evidence {id}."), id=evidence_id
        ) from None
    if lock:
        await session.refresh(item)
    return item, report


async def record(
    session: AsyncSession,
    actor: Actor,
    report: Report,
    item: EvidenceItem,
    action: str,
    details: dict[str, Any] | None = None,
) -> CustodyEvent:
    """Append a custody event to the item and the case's timeline (case row locked)."""
    details = details or {}
    event = await append_event(
        session,
        report.id,
        actor.subject,
        f"evidence_{action}",
        {
            "evidence_id": str(item.id),
            "sha256": item.sha256,
            "address": actor.address,
            "channel": actor.channel,
            **details,
        },
    )
    custody = CustodyEvent(
        evidence_id=item.id,
        at=event.at,
        actor=actor.subject,
        action=action,
        channel=actor.channel[:32],
        client_address=actor.address[:64],
        user_agent=actor.user_agent[:300],
        details=event.changes,
        case_seq=event.seq,
    )
    session.add(custody)
    await session.flush()
    return custody


async def custody_of(session: AsyncSession, evidence_id: uuid.UUID) -> list[CustodyEvent]:
    return list(
        (
            await session.execute(
                select(CustodyEvent)
                .where(CustodyEvent.evidence_id == evidence_id)
                .order_by(CustodyEvent.id)
            )
        ).scalars()
    )


@dataclass(frozen=True, slots=True)
class Presented:
    """An item with what its response derives from other rows."""

    item: EvidenceItem
    custodian: str | None
    kept_at: str | None
    digitised_by: list[uuid.UUID]


async def present(session: AsyncSession, item: EvidenceItem) -> Presented:
    custodian = kept_at = None
    if item.form is EvidenceForm.physical:
        receipt = item.receipt or {}
        custodian, kept_at = receipt.get("received_by"), receipt.get("kept_at")
        last = (
            await session.execute(
                select(CustodyEvent.details)
                .where(CustodyEvent.evidence_id == item.id, CustodyEvent.action == "handed_over")
                .order_by(CustodyEvent.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        if last is not None:
            custodian, kept_at = last.get("to"), last.get("kept_at")
    copies = (
        await session.execute(select(EvidenceItem.id).where(EvidenceItem.digitises_id == item.id))
    ).scalars()
    return Presented(item, custodian, kept_at, list(copies))


async def list_items(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> list[Presented]:
    await _report(session, principal, report_id)
    items = (
        await session.execute(
            select(EvidenceItem)
            .where(EvidenceItem.report_id == report_id)
            .order_by(EvidenceItem.id)
        )
    ).scalars()
    return [await present(session, item) for item in items]


async def view(session: AsyncSession, actor: Actor, evidence_id: uuid.UUID) -> Presented:
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    await record_read(session, actor.principal.subject, report.id, sensitive=report.sensitive)
    await record(session, actor, report, item, "viewed")
    return await present(session, item)


async def view_custody(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID
) -> list[CustodyEvent]:
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    await record_read(session, actor.principal.subject, report.id, sensitive=report.sensitive)
    await record(session, actor, report, item, "viewed", {"what": "custody"})
    return await custody_of(session, evidence_id)


# ---------------------------------------------------------------- quota


async def _stored_bytes(session: AsyncSession, report_id: uuid.UUID) -> int:
    items = (
        await session.execute(
            select(func.coalesce(func.sum(EvidenceItem.size), 0)).where(
                EvidenceItem.report_id == report_id
            )
        )
    ).scalar_one()
    reserved = (
        await session.execute(
            select(func.coalesce(func.sum(EvidenceUpload.size), 0)).where(
                EvidenceUpload.report_id == report_id,
                EvidenceUpload.status == UploadStatus.open,
            )
        )
    ).scalar_one()
    return int(items or 0) + int(reserved or 0)


async def room_left(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID, settings: Settings
) -> int:
    """Bytes one more file of the case may have (per-file and per-case limits); 404 when
    the case is outside the caller's jurisdiction."""
    await _report(session, principal, report_id)
    left = settings.evidence_max_case_bytes - await _stored_bytes(session, report_id)
    return min(settings.evidence_max_file_bytes, left)


def _check_quota(used: int, size: int, settings: Settings) -> None:
    if used + size > settings.evidence_max_case_bytes:
        raise CaseQuotaExceeded(
            Text(
                "Perkara ini sudah menyimpan {used} dari {limit} byte.",
                "The case holds {used} of {limit} bytes.",
            ),
            used=used,
            limit=settings.evidence_max_case_bytes,
        )


def check_declared_size(size: int | None, room: int, settings: Settings) -> None:
    """Refuse a body whose announced size is over the limit before reading it."""
    if size is None or size <= room:
        return
    if size > settings.evidence_max_file_bytes:
        raise EvidenceTooLarge(
            Text("Batas per berkas {limit} byte.", "The per-file limit is {limit} bytes."),
            limit=settings.evidence_max_file_bytes,
        )
    raise CaseQuotaExceeded(
        Text("Sisa kapasitas perkara {room} byte.", "The case has {room} bytes left."), room=room
    )


# ---------------------------------------------------------------- digital items


@dataclass(frozen=True, slots=True)
class FileMeta:
    description: str
    filename: str | None = None
    declared_type: str | None = None
    provided_by: ProvidedBy = ProvidedBy.reporter
    channel: EvidenceChannel = EvidenceChannel.walk_in


async def create_digital(
    session: AsyncSession,
    actor: Actor,
    report_id: uuid.UUID,
    received: Received,
    meta: FileMeta,
    *,
    storage: Storage,
    settings: Settings,
    via_upload: uuid.UUID | None = None,
) -> EvidenceItem:
    """Scan, promote onto the content address, then insert the item (in that order)."""
    scan_status, scan_detail = await scan_object(storage, received.temp_key, settings)
    key = await _promote(storage, received.temp_key, received.sha256)
    report = await _report(session, actor.principal, report_id, lock=True)
    used = await _stored_bytes(session, report_id)
    if via_upload is not None:  # its reservation is this very file
        used -= received.size
    _check_quota(used, received.size, settings)
    item = EvidenceItem(
        id=uuid7(),
        report_id=report_id,
        form=EvidenceForm.digital,
        category=EvidenceCategory(category_of(received.content_type)),
        status=EvidenceStatus.active,
        description=meta.description,
        provided_by=meta.provided_by,
        channel=meta.channel,
        recorded_by=actor.subject,
        recorded_at=utcnow(),
        filename=meta.filename,
        declared_type=meta.declared_type,
        content_type=received.content_type,
        size=received.size,
        sha256=received.sha256,
        storage_key=key,
        scan_status=scan_status,
        scan_detail=scan_detail or None,
    )
    session.add(item)
    await session.flush()
    await record(
        session,
        actor,
        report,
        item,
        "received",
        {
            "size": received.size,
            "content_type": received.content_type,
            "filename": meta.filename,
            "provided_by": meta.provided_by.value,
            "received_via": meta.channel.value,
            "upload_id": str(via_upload) if via_upload else None,
        },
    )
    if scan_status is ScanStatus.infected:
        await record(session, actor, report, item, "quarantined", {"signature": scan_detail})
    return item


@dataclass(frozen=True, slots=True)
class Content:
    """What to stream: a verified object and the byte range asked for."""

    item: EvidenceItem
    start: int
    end: int  # exclusive
    partial: bool


@dataclass(frozen=True, slots=True)
class CorruptedRead:
    """The stored bytes no longer hash to what was received (flagged, not served)."""

    item: EvidenceItem


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """One ``bytes=`` range as ``[start, end)``; None for no (or an ignorable) header.

    Several ranges are answered with the whole file (RFC 9110 14.2 lets a server ignore
    Range); an unsatisfiable range raises 416.
    """
    if not header or not header.startswith("bytes=") or "," in header:
        return None
    first, _, last = header[6:].strip().partition("-")
    try:
        if first == "":
            length = int(last)
            if length <= 0:
                raise ValueError
            start, end = max(size - length, 0), size
        else:
            start = int(first)
            end = size if last == "" else min(int(last) + 1, size)
    except ValueError:
        return None
    if start >= size or end <= start:
        exc = RangeNotSatisfiable(
            Text("Berkas berukuran {size} byte.", "The file has {size} bytes."), size=size
        )
        exc.headers = {"Content-Range": f"bytes */{size}"}
        raise exc
    return start, end


async def verify(storage: Storage, item: EvidenceItem) -> bool:
    """Whether the stored object still hashes to the item's SHA-256 (whole file)."""
    assert item.storage_key is not None
    digest = hashlib.sha256()
    size = 0
    try:
        async for chunk in storage.read(item.storage_key):
            digest.update(chunk)
            size += len(chunk)
    except (StorageError, OSError):
        return False
    return size == item.size and digest.hexdigest() == item.sha256


async def open_content(
    session: AsyncSession,
    actor: Actor,
    evidence_id: uuid.UUID,
    *,
    storage: Storage,
    range_header: str | None,
    if_range: str | None = None,
    purpose: str = "view",
) -> Content | CorruptedRead:
    """Check the whole stored file against its SHA-256, then record the download.

    Every read re-hashes the whole file before the first byte leaves, ranges included: a
    "verified at" marker would trust the store's metadata, which whoever can change the
    bytes can also change. The cost is one extra sequential read of the file.
    """
    item, _ = await load_item(session, actor.principal, evidence_id)
    if item.form is not EvidenceForm.digital or item.storage_key is None:
        raise NotDigital(Text("Bukti {id} berupa fisik.", "Evidence {id} is physical."), id=item.id)
    if item.scan_status is ScanStatus.infected:
        raise EvidenceQuarantined(
            Text("Terdeteksi: {sig}.", "Detected: {sig}."), sig=item.scan_detail or "-"
        )
    if item.corrupted_at is not None:
        raise EvidenceCorrupted(
            Text("Ditandai rusak sejak {at}.", "Flagged corrupted since {at}."),
            at=item.corrupted_at.isoformat(),
        )
    assert item.size is not None
    if if_range is not None and if_range.strip() != f'"{item.sha256}"':
        range_header = None  # the client's copy is another file: send the whole one
    byte_range = parse_range(range_header, item.size)
    genuine = await verify(storage, item)
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    if not genuine:
        item.corrupted_at = utcnow()
        await record(session, actor, report, item, "integrity_failed", {"purpose": purpose})
        return CorruptedRead(item)
    assert item.size is not None
    start, end = byte_range or (0, item.size)
    await record_read(session, actor.principal.subject, report.id, sensitive=report.sensitive)
    await record(
        session,
        actor,
        report,
        item,
        "exported" if purpose == "export" else "downloaded",
        {"range": [start, end - 1] if byte_range else None},
    )
    return Content(item, start, end, byte_range is not None)


async def stream_verified(storage: Storage, content: Content) -> AsyncIterator[bytes]:
    """The bytes of ``content``; a whole-file stream is hashed again as it goes and cut
    short (the client sees a broken transfer, never a complete wrong file) if the object
    changed after it was verified."""
    item = content.item
    assert item.storage_key is not None
    digest = hashlib.sha256() if not content.partial else None
    async for chunk in storage.read(item.storage_key, content.start, content.end):
        if digest is not None:
            digest.update(chunk)
        yield chunk
    if digest is not None and digest.hexdigest() != item.sha256:
        raise EvidenceCorrupted(Text("Berkas berubah saat dikirim.", "Changed while served."))


# ---------------------------------------------------------------- physical items


async def create_physical(
    session: AsyncSession, actor: Actor, report_id: uuid.UUID, body: PhysicalIn
) -> EvidenceItem:
    report = await _report(session, actor.principal, report_id, lock=True)
    item = EvidenceItem(
        id=uuid7(),
        report_id=report_id,
        form=EvidenceForm.physical,
        category=EvidenceCategory(body.category),
        status=EvidenceStatus.active,
        description=body.description,
        provided_by=body.provided_by,
        channel=body.channel,
        recorded_by=actor.subject,
        recorded_at=utcnow(),
        scan_status=ScanStatus.not_scanned,
        receipt=body.receipt.model_dump(mode="json"),
    )
    session.add(item)
    await session.flush()
    await record(session, actor, report, item, "received", {"receipt": item.receipt})
    return item


async def link(session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: LinkIn) -> None:
    """Record that a file item digitises a physical item of the same case."""
    physical, report = await load_item(session, actor.principal, evidence_id, lock=True)
    digital = await session.get(EvidenceItem, body.digital_id)
    problem = None
    if physical.form is not EvidenceForm.physical:
        problem = Text("Bukti {id} bukan bukti fisik.", "Evidence {id} is not physical.")
    elif digital is None or digital.report_id != physical.report_id:
        problem = Text("Berkas bukan bukti perkara ini.", "The file is not evidence of this case.")
    elif digital.form is not EvidenceForm.digital:
        problem = Text("Yang ditautkan harus berkas.", "Only a file can be the digitised copy.")
    elif digital.digitises_id is not None:
        problem = Text("Berkas sudah ditautkan.", "The file is already linked.")
    if problem is not None or digital is None:
        raise InvalidLink(problem, id=physical.id)
    digital.digitises_id = physical.id
    await record(session, actor, report, physical, "linked", {"digital_id": str(digital.id)})
    await record(session, actor, report, digital, "linked", {"physical_id": str(physical.id)})


async def hand_over(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: HandoverIn
) -> EvidenceItem:
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    if item.form is not EvidenceForm.physical:
        raise InvalidLink(Text("Hanya bukti fisik yang diserahkan.", "Only physical items."))
    before = await present(session, item)
    await record(
        session,
        actor,
        report,
        item,
        "handed_over",
        {"from": before.custodian, "to": body.to, "kept_at": body.kept_at, "note": body.note},
    )
    return item


async def supersede(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: SupersedeIn
) -> EvidenceItem:
    """Replace an item by a newer one of the same case; the old one stays, marked."""
    old, report = await load_item(session, actor.principal, evidence_id, lock=True)
    new = await session.get(EvidenceItem, body.replacement_id)
    if new is None or new.report_id != old.report_id or new.id == old.id:
        raise InvalidLink(
            Text(
                "Pengganti harus bukti lain perkara ini.",
                "The replacement must be another item of this case.",
            )
        )
    if old.status is not EvidenceStatus.active or new.status is not EvidenceStatus.active:
        raise EvidenceImmutable(
            Text("Hanya bukti aktif yang dapat diganti.", "Only active items can be superseded.")
        )
    old.status = EvidenceStatus.superseded
    old.superseded_by_id = new.id
    old.status_reason = body.reason
    await record(
        session, actor, report, old, "superseded", {"by": str(new.id), "reason": body.reason}
    )
    await record(
        session, actor, report, new, "supersedes", {"replaces": str(old.id), "reason": body.reason}
    )
    return old


async def withdraw(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: WithdrawIn
) -> EvidenceItem:
    """A reporter's own item, before the case is registered; kept, marked withdrawn."""
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    if report.status not in WITHDRAWABLE:
        raise EvidenceImmutable(
            Text(
                "Perkara berstatus {status}: bukti tidak dapat ditarik, hanya diganti.",
                "The case is {status}: evidence cannot be withdrawn, only superseded.",
            ),
            status=report.status.value,
        )
    if item.provided_by is not ProvidedBy.reporter or item.status is not EvidenceStatus.active:
        raise EvidenceImmutable(
            Text(
                "Hanya bukti aktif dari pelapor yang dapat ditarik.",
                "Only the reporter's own active items can be withdrawn.",
            )
        )
    item.status = EvidenceStatus.withdrawn
    item.status_reason = body.reason
    await record(session, actor, report, item, "withdrawn", {"reason": body.reason})
    return item


# ---------------------------------------------------------------- resumable uploads


def part_prefix(upload_id: uuid.UUID) -> str:
    return f"{UPLOADS_PREFIX}{upload_id}/"


async def create_upload(
    session: AsyncSession,
    actor: Actor,
    report_id: uuid.UUID,
    body: UploadCreate,
    settings: Settings,
) -> EvidenceUpload:
    report = await _report(session, actor.principal, report_id, lock=True)
    check_declared_size(body.size, settings.evidence_max_file_bytes, settings)
    _check_quota(await _stored_bytes(session, report_id), body.size, settings)
    upload = EvidenceUpload(
        report_id=report_id,
        size=body.size,
        sha256=body.sha256,
        received=0,
        parts=[],
        status=UploadStatus.open,
        meta=body.model_dump(mode="json", exclude={"size", "sha256"}),
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
        await _report(session, principal, upload.report_id)
    except ReportNotFound:
        raise UploadNotFound(
            Text("Sesi {id} tidak ada.", "No upload {id}."), id=upload_id
        ) from None
    return upload


def parse_content_range(header: str | None, size: int) -> tuple[int, int]:
    """``bytes a-b/total`` as ``[a, b + 1)``; the total must be the announced size."""
    try:
        if header is None or not header.startswith("bytes "):
            raise ValueError(header)
        span, _, total = header[6:].partition("/")
        first, _, last = span.partition("-")
        start, end = int(first), int(last) + 1
        if total not in ("*", str(size)) or not 0 <= start < end <= size:
            raise ValueError(header)
    except ValueError:
        raise InvalidContentRange(
            Text(
                "Kirim Content-Range: bytes awal-akhir/{size}.",
                "Send Content-Range: bytes first-last/{size}.",
            ),
            size=size,
        ) from None
    return start, end


def ensure_open(upload: EvidenceUpload, start: int | None = None) -> None:
    if upload.status is not UploadStatus.open or upload.expires_at <= utcnow():
        raise UploadClosed(
            Text("Sesi berstatus {status}.", "The session is {status}."),
            status=upload.status.value if upload.status is not UploadStatus.open else "expired",
        )
    if start is not None and start != upload.received:
        exc = UploadOffsetMismatch(
            Text(
                "Tersimpan {offset} byte; bagian berikut mulai di {offset}.",
                "{offset} bytes are stored; the next part starts there.",
            ),
            offset=upload.received,
        )
        exc.headers = {"Upload-Offset": str(upload.received)}
        raise exc


@dataclass(frozen=True, slots=True)
class StoredPart:
    key: str
    start: int
    size: int


async def receive_part(
    storage: Storage, upload: EvidenceUpload, source: AsyncIterator[bytes], start: int, end: int
) -> StoredPart:
    """Store one part. If the client goes away midway, what arrived is kept as the part."""
    intake = Intake(limit=end - start, keep_partial=True)
    key = f"{part_prefix(upload.id)}{start:016d}-{uuid.uuid4().hex}"
    size = await _put(storage, intake.wrap(source), key)
    return StoredPart(key, start, size)


async def _concat(storage: Storage, keys: list[str]) -> AsyncIterator[bytes]:
    for key in keys:
        async for chunk in storage.read(key):
            yield chunk


async def assemble(
    storage: Storage, upload: EvidenceUpload, last: StoredPart, settings: Settings
) -> Received | None:
    """When ``last`` completes the upload, join the parts into one temp object (hashed and
    sniffed on the way). None while bytes are still missing."""
    if last.start + last.size != upload.size:
        return None
    keys = [p["key"] for p in upload.parts] + [last.key]
    return await receive(storage, _concat(storage, keys), limit=upload.size, settings=settings)


@dataclass(frozen=True, slots=True)
class FailedUpload:
    """The joined bytes differ from the announced size or SHA-256 (session marked failed)."""

    upload: EvidenceUpload
    error: UploadMismatch


async def commit_part(
    session: AsyncSession,
    actor: Actor,
    upload_id: uuid.UUID,
    part: StoredPart,
    assembled: Received | None,
    *,
    storage: Storage,
    settings: Settings,
) -> tuple[EvidenceUpload, EvidenceItem | None] | FailedUpload:
    """Advance the session's offset (compare-and-set on the offset the part started at),
    and when the part completed it, verify and create the item."""
    upload = await load_upload(session, actor.principal, upload_id)
    if part.size == 0:  # the client went away before sending a byte
        await storage.delete(part.key)
        return upload, None
    advanced = (
        await session.execute(
            update(EvidenceUpload)
            .where(
                EvidenceUpload.id == upload_id,
                EvidenceUpload.status == UploadStatus.open,
                EvidenceUpload.received == part.start,
            )
            .values(
                received=EvidenceUpload.received + part.size,
                parts=EvidenceUpload.parts.op("||")(
                    func.jsonb_build_array(
                        func.jsonb_build_object(
                            "key", part.key, "start", part.start, "size", part.size
                        )
                    )
                ),
            )
            .returning(EvidenceUpload.received)
        )
    ).scalar_one_or_none()
    await session.refresh(upload)
    if advanced is None:  # another part got there first, or the session closed
        await storage.delete(part.key)
        if assembled is not None:
            await storage.delete(assembled.temp_key)
        ensure_open(upload, part.start)
        raise UploadClosed(Text("Sesi ditutup.", "The session is closed."))
    if assembled is None or advanced != upload.size:
        return upload, None
    if assembled.size != upload.size or assembled.sha256 != upload.sha256:
        await storage.delete(assembled.temp_key)
        upload.status = UploadStatus.failed
        return FailedUpload(
            upload,
            UploadMismatch(
                Text(
                    "Diterima {size} byte dengan SHA-256 {sha}; diumumkan {want_size} byte "
                    "dengan {want_sha}. Mulai sesi baru.",
                    "Received {size} bytes with SHA-256 {sha}; announced {want_size} bytes "
                    "with {want_sha}. Start a new session.",
                ),
                size=assembled.size,
                sha=assembled.sha256,
                want_size=upload.size,
                want_sha=upload.sha256,
            ),
        )
    meta = upload.meta
    item = await create_digital(
        session,
        actor,
        upload.report_id,
        assembled,
        FileMeta(
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
    return upload, item


async def cancel_upload(session: AsyncSession, actor: Actor, upload_id: uuid.UUID) -> None:
    upload = await load_upload(session, actor.principal, upload_id)
    ensure_open(upload)
    upload.status = UploadStatus.cancelled
    report = await _report(session, actor.principal, upload.report_id, lock=True)
    await append_event(
        session,
        report.id,
        actor.subject,
        "evidence_upload_cancelled",
        {"upload_id": str(upload_id)},
    )


async def delete_parts(storage: Storage, upload_id: uuid.UUID) -> None:
    """Remove a finished session's parts (best effort; the sweeper catches what is left)."""
    try:
        async for obj in storage.list(part_prefix(upload_id)):
            await storage.delete(obj.key)
    except StorageError:
        pass


# ---------------------------------------------------------------- sweeper


@dataclass(slots=True)
class SweepReport:
    expired_uploads: int = 0
    orphan_objects: int = 0
    temp_objects: int = 0
    stale_parts: int = 0
    bytes_freed: int = 0
    kept_recent: int = 0


async def sweep(
    session: AsyncSession, storage: Storage, *, grace: timedelta, dry_run: bool = False
) -> SweepReport:
    """Remove stored objects no committed row needs, once older than ``grace``.

    - ``objects/``: content no evidence item references (a request that promoted a file
      and then rolled back, or crashed before its commit);
    - ``tmp/``: writes a crash interrupted;
    - ``uploads/<id>/``: parts of sessions that are no longer open (completed, cancelled,
      failed, expired) and parts an open session never recorded.

    The grace period protects work in flight: promotion refreshes an object's age, and an
    object is referenced by a commit within seconds of its promotion.
    """
    now = utcnow()
    cutoff = now - grace
    result = SweepReport()
    expired = await session.execute(
        update(EvidenceUpload)
        .where(EvidenceUpload.status == UploadStatus.open, EvidenceUpload.expires_at < now)
        .values(status=UploadStatus.expired)
        .returning(EvidenceUpload.id)
    )
    result.expired_uploads = len(expired.all())

    async def _drop(key: str, size: int) -> None:
        result.bytes_freed += size
        if not dry_run:
            await storage.delete(key)

    batch: list[tuple[str, int]] = []

    async def _flush_batch() -> None:
        keys = [k for k, _ in batch]
        used = set(
            (
                await session.execute(
                    select(EvidenceItem.storage_key).where(EvidenceItem.storage_key.in_(keys))
                )
            ).scalars()
        )
        for key, size in batch:
            if key not in used:
                result.orphan_objects += 1
                await _drop(key, size)
        batch.clear()

    async for obj in storage.list(OBJECTS_PREFIX):
        if obj.modified >= cutoff:
            result.kept_recent += 1
            continue
        batch.append((obj.key, obj.size))
        if len(batch) >= 500:
            await _flush_batch()
    if batch:
        await _flush_batch()

    async for obj in storage.list(TMP_PREFIX):
        if obj.modified >= cutoff:
            result.kept_recent += 1
            continue
        result.temp_objects += 1
        await _drop(obj.key, obj.size)

    open_parts: dict[str, set[str]] = {}
    for upload_id, parts in (
        await session.execute(
            select(EvidenceUpload.id, EvidenceUpload.parts).where(
                EvidenceUpload.status == UploadStatus.open
            )
        )
    ).all():
        open_parts[str(upload_id)] = {p["key"] for p in parts}
    async for obj in storage.list(UPLOADS_PREFIX):
        if obj.modified >= cutoff:
            result.kept_recent += 1
            continue
        upload_id = obj.key[len(UPLOADS_PREFIX) :].split("/", 1)[0]
        if obj.key in open_parts.get(upload_id, set()):
            continue
        result.stale_parts += 1
        await _drop(obj.key, obj.size)
    return result
