"""Use cases of evidence items: intake of a file in one request, reads with integrity
checks, physical items, links, hand-overs, supersession and withdrawal; the loading,
custody and quota rules they share. Resumable uploads are in ``uploads``, the storage
sweeper in ``sweeper``, the bytes in the store in ``files``, the SQL in ``repository``.

Order of writes (so that a failure leaves neither orphan rows nor lost bytes):

1. the bytes stream into the store under a temp key, hashed, counted and sniffed on the
   way (no database connection is held meanwhile);
2. the temp object is moved onto its content address (``objects/…/<sha256>``);
3. the row and its custody event are inserted in the request's unit of work.

A store failure in 1-2 raises before any row exists. A rollback after 2 leaves an object
no committed row references; ``sweeper.sweep`` removes those once they are older than the
grace period. Content objects are never deleted on the request path: identical files
share one.

Services flush; the unit of work commits. Every custody event is also appended to the
case's hash-chained timeline, so a changed or removed custody row breaks the chain.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.assignments import repository as assignments
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.cases.models import Report
from bawaslu_api.clock import utcnow
from bawaslu_api.db.base import uuid7
from bawaslu_api.evidence import files, repository
from bawaslu_api.evidence.errors import (
    CaseQuotaExceeded,
    DescriptionRequired,
    EvidenceCorrupted,
    EvidenceImmutable,
    EvidenceNotFound,
    EvidenceQuarantined,
    EvidenceTooLarge,
    InvalidLink,
    NotDigital,
    RangeNotSatisfiable,
)
from bawaslu_api.evidence.models import (
    CustodyEvent,
    EvidenceCategory,
    EvidenceChannel,
    EvidenceForm,
    EvidenceItem,
    EvidenceStatus,
    ProvidedBy,
    ScanStatus,
)
from bawaslu_api.evidence.schemas import (
    EvidenceLinkIn,
    HandoverIn,
    PhysicalIn,
    SupersedeIn,
    WithdrawIn,
)
from bawaslu_api.evidence.sniff import category_of
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.http.ranges import ByteRange
from bawaslu_api.i18n import Text
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.settings import Settings
from bawaslu_api.timeline.service import append_event, record_read
from bawaslu_rules import can

# A reporter's own item may still be withdrawn while the case may be: before registration
# (bawaslu_rules' lifecycle, "withdrawal": Perbawaslu 7/2022 Art. 14, 17(3)).


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


# ---------------------------------------------------------------- loading, custody


async def load_report(
    session: AsyncSession,
    principal: Principal,
    report_id: uuid.UUID,
    *,
    lock: bool = False,
    read: bool = False,
) -> Report:
    """The case if it is in the caller's jurisdiction (404 otherwise); ``lock`` locks it.
    ``read``: a read of the evidence, which a supervisor assigned from a lower office to
    clarify the case may make too (Perbawaslu 7/2022 Art. 28(4); ``assignments``)."""
    grant = assignments.read_grant(principal) if read else None
    return (await cases.load(session, report_id, principal, for_update=lock, grant=grant)).report


async def load_item(
    session: AsyncSession,
    principal: Principal,
    evidence_id: uuid.UUID,
    *,
    lock: bool = False,
    read: bool = False,
) -> tuple[EvidenceItem, Report]:
    """The item if its case is in the caller's jurisdiction; 404 otherwise. ``lock`` locks
    the case row (custody events append to its timeline)."""
    item = await session.get(EvidenceItem, evidence_id)
    if item is None:
        raise EvidenceNotFound(Text("Bukti {id} tidak ada.", "No evidence {id}."), id=evidence_id)
    try:
        report = await load_report(session, principal, item.report_id, lock=lock, read=read)
    except ReportNotFound:
        raise EvidenceNotFound(
            Text("Bukti {id} tidak ada.", "No evidence {id}."), id=evidence_id
        ) from None
    if not reads_confidential(principal) and item.id in await repository.confidential_ids(
        session, item.report_id
    ):
        # Minutes of what people said: for whoever works cases only (as if absent).
        raise EvidenceNotFound(Text("Bukti {id} tidak ada.", "No evidence {id}."), id=evidence_id)
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
        last = await repository.last_handover(session, item.id)
        if last is not None:
            custodian, kept_at = last.get("to"), last.get("kept_at")
    return Presented(item, custodian, kept_at, await repository.copies_of(session, item.id))


async def list_items(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> list[Presented]:
    await load_report(session, principal, report_id, read=True)
    hidden = (
        set()
        if reads_confidential(principal)
        else await repository.confidential_ids(session, report_id)
    )
    return [
        await present(session, item)
        for item in await repository.items_of(session, report_id)
        if item.id not in hidden
    ]


def reads_confidential(principal: Principal) -> bool:
    """Whether ``principal`` reads evidence that records what people said (clarification,
    Gakkumdu and hearing minutes, transcripts: personal and confidential,
    docs/legal/procedure.md §2): those who work cases, not viewers or machine clients."""
    return principal.has_role(Role.handler, Role.commissioner, Role.admin)


async def view(session: AsyncSession, actor: Actor, evidence_id: uuid.UUID) -> Presented:
    item, report = await load_item(session, actor.principal, evidence_id, lock=True, read=True)
    await record_read(session, actor.principal.subject, report.id, sensitive=report.sensitive)
    await record(session, actor, report, item, "viewed")
    return await present(session, item)


async def view_custody(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID
) -> list[CustodyEvent]:
    item, report = await load_item(session, actor.principal, evidence_id, lock=True, read=True)
    await record_read(session, actor.principal.subject, report.id, sensitive=report.sensitive)
    await record(session, actor, report, item, "viewed", {"what": "custody"})
    return await repository.custody_of(session, evidence_id)


# ---------------------------------------------------------------- quota


async def room_left(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID, settings: Settings
) -> int:
    """Bytes one more file of the case may have (per-file and per-case limits); 404 when
    the case is outside the caller's jurisdiction."""
    await load_report(session, principal, report_id)
    left = settings.evidence_max_case_bytes - await repository.stored_bytes(session, report_id)
    return min(settings.evidence_max_file_bytes, left)


def check_quota(used: int, size: int, settings: Settings) -> None:
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


async def upload_file(
    checks: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    actor: Actor,
    report_id: uuid.UUID,
    source: AsyncIterator[bytes],
    meta: FileMeta,
    *,
    declared_size: int | None,
    storage: Storage,
    settings: Settings,
) -> Presented:
    """A file in one request: check the case, the description and the room left, stream
    ``source`` to the store (refused at the first byte past the room), record the item.

    The checks run in a short session from ``checks``: the request's unit of work
    (``session``, a pooled connection inside an open transaction, taken on first use) is
    not held while a file trickles in over a slow link.
    """
    async with checks() as check:
        room = await room_left(check, actor.principal, report_id, settings)
    if not meta.description.strip():
        raise DescriptionRequired(
            Text("Isi parameter description.", "Send the description query parameter.")
        )
    check_declared_size(declared_size, room, settings)
    received = await files.receive(storage, source, limit=room, settings=settings)
    meta = replace(meta, description=meta.description.strip())
    item = await create_digital(
        session, actor, report_id, received, meta, storage=storage, settings=settings
    )
    return await present(session, item)


async def create_digital(
    session: AsyncSession,
    actor: Actor,
    report_id: uuid.UUID,
    received: files.Received,
    meta: FileMeta,
    *,
    storage: Storage,
    settings: Settings,
    via_upload: uuid.UUID | None = None,
) -> EvidenceItem:
    """Scan, promote onto the content address, then insert the item (in that order)."""
    scan_status, scan_detail = await files.scan_object(storage, received.temp_key, settings)
    key = await files.promote(storage, received.temp_key, received.sha256)
    report = await load_report(session, actor.principal, report_id, lock=True)
    used = await repository.stored_bytes(session, report_id)
    if via_upload is not None:  # its reservation is this very file
        used -= received.size
    check_quota(used, received.size, settings)
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
    """A verified file to stream: the byte range asked for (``partial``) or the whole."""

    item: EvidenceItem
    start: int
    end: int  # exclusive
    partial: bool
    body: AsyncIterator[bytes]


@dataclass(frozen=True, slots=True)
class CorruptedRead:
    """The stored bytes no longer hash to what was received: the item is flagged (a
    custody event the unit of work must commit) and ``error`` is the answer."""

    item: EvidenceItem
    error: EvidenceCorrupted


async def open_content(
    session: AsyncSession,
    actor: Actor,
    evidence_id: uuid.UUID,
    *,
    storage: Storage,
    byte_range: ByteRange | None,
    if_range_sha256: str | None = None,
    purpose: str = "view",
) -> Content | CorruptedRead:
    """Check the whole stored file against its SHA-256, then record the download.

    ``byte_range`` applies only while the file is the one whose SHA-256 the client names
    in ``if_range_sha256`` (when it names one); otherwise the whole file is sent.

    Every read re-hashes the whole file before the first byte leaves, ranges included: a
    "verified at" marker would trust the store's metadata, which whoever can change the
    bytes can also change. The cost is one extra sequential read of the file.
    """
    item, _ = await load_item(session, actor.principal, evidence_id, read=True)
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
    if if_range_sha256 is not None and if_range_sha256 != item.sha256:
        byte_range = None  # the client's copy is another file: send the whole one
    span = byte_range.span(item.size) if byte_range is not None else None
    if byte_range is not None and span is None:
        raise RangeNotSatisfiable(item.size)
    genuine = await files.verify(storage, item.storage_key, item.size, item.sha256)
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    if not genuine:
        item.corrupted_at = utcnow()
        await record(session, actor, report, item, "integrity_failed", {"purpose": purpose})
        return CorruptedRead(
            item,
            EvidenceCorrupted(
                Text(
                    "SHA-256 berkas tersimpan tidak lagi {sha}; bukti ditandai rusak.",
                    "The stored file no longer hashes to {sha}; the item is flagged.",
                ),
                sha=item.sha256,
            ),
        )
    assert item.size is not None
    assert item.storage_key is not None
    start, end = span or (0, item.size)
    await record_read(session, actor.principal.subject, report.id, sensitive=report.sensitive)
    await record(
        session,
        actor,
        report,
        item,
        "exported" if purpose == "export" else "downloaded",
        {"range": [start, end - 1] if span else None},
    )
    body = files.stream(storage, item.storage_key, start, end, sha256=None if span else item.sha256)
    return Content(item, start, end, span is not None, body)


# ---------------------------------------------------------------- physical items


async def create_physical(
    session: AsyncSession, actor: Actor, report_id: uuid.UUID, body: PhysicalIn
) -> EvidenceItem:
    report = await load_report(session, actor.principal, report_id, lock=True)
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


async def link(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: EvidenceLinkIn
) -> Presented:
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
    return await present(session, physical)


async def hand_over(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: HandoverIn
) -> Presented:
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
    return await present(session, item)


async def supersede(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: SupersedeIn
) -> Presented:
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
    return await present(session, old)


async def withdraw(
    session: AsyncSession, actor: Actor, evidence_id: uuid.UUID, body: WithdrawIn
) -> Presented:
    """A reporter's own item, before the case is registered; kept, marked withdrawn."""
    item, report = await load_item(session, actor.principal, evidence_id, lock=True)
    if not can("withdrawal", report.status.value):
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
    return await present(session, item)
