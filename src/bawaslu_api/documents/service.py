"""Issuing official documents: gather what the case says (``kinds/``), number it from the
office's letter counter, typeset it (``render``), store the bytes under their SHA-256, and
record the issue on the case's timeline. Downloads of documents with personal or
confidential data follow the reveal rules: staff who work cases, a stated reason, the
access log and the timeline (docs/documents.md)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import utcnow
from bawaslu_api.documents import idn
from bawaslu_api.documents.errors import (
    AlreadySuperseded,
    DocumentNotFound,
    ReasonRequired,
    ScanAlreadyLinked,
    ScanNotLinkable,
    UnknownDocumentKind,
)
from bawaslu_api.documents.gather import Gathered, Kind, Source
from bawaslu_api.documents.kinds import KINDS
from bawaslu_api.documents.models import IssuedDocument, OfficeLetterhead
from bawaslu_api.documents.render import Renderer, image_name
from bawaslu_api.elections.models import Election
from bawaslu_api.errors import FieldError
from bawaslu_api.evidence.files import verify
from bawaslu_api.evidence.models import EvidenceItem, EvidenceStatus
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.forms import service as forms
from bawaslu_api.forms.errors import UnknownForm
from bawaslu_api.forms.schemas import FormOut
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.offices.models import Office, OfficeLevel
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.settings import Settings
from bawaslu_api.timeline.service import append_event, record_access
from bawaslu_rules import RulesError, letter_number

DOCUMENTS_PREFIX = "documents/"
"""Where issued documents and logos are stored (outside the evidence sweeper's prefixes)."""

READERS = frozenset({Role.handler, Role.commissioner, Role.admin})
"""Who may read a document with personal or confidential data (with a reason)."""

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

_AD_HOC = {OfficeLevel.district, OfficeLevel.village, OfficeLevel.polling_station,
           OfficeLevel.overseas}  # fmt: skip


def heading(office: Office) -> str:
    """The first line of the letterhead: Bawaslu's permanent offices print the body's name,
    the ad hoc supervisors theirs (Panwaslu)."""
    if office.level in _AD_HOC:
        return "Panitia Pengawas Pemilihan Umum"
    return "Badan Pengawas Pemilihan Umum"


def logo_key(sha256: str) -> str:
    return f"{DOCUMENTS_PREFIX}logo/{sha256}"


async def read_all(storage: Storage, key: str) -> bytes:
    return b"".join([chunk async for chunk in storage.read(key)])


async def verified(storage: Storage, key: str, size: int, sha256: str) -> bytes | None:
    """The stored bytes if they still are ``size`` bytes hashing to ``sha256``; None if the
    file is missing or changed."""
    if not await verify(storage, key, size, sha256):
        return None
    return await read_all(storage, key)


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def store(storage: Storage, key: str, data: bytes) -> None:
    """Store ``data`` under ``key`` unless the same bytes are there (content-addressed)."""
    if await storage.size(key) == len(data):
        return
    await storage.put_temp(_one(data), key=key)


@dataclass(frozen=True, slots=True)
class Composed:
    kind: Kind
    form: FormOut
    gathered: Gathered
    data: dict[str, Any]
    images: dict[str, bytes]


def kind_of(slug: str, regime: str) -> Kind:
    kind = KINDS.get(slug)
    if kind is None:
        raise UnknownDocumentKind(
            Text("Dokumen {kind} belum tersedia.", "No {kind} document yet."), kind=slug
        )
    return kind


async def _form(session: AsyncSession, regime: str, slug: str) -> FormOut:
    try:
        return await forms.current(session, regime, slug)
    except UnknownForm:
        raise UnknownDocumentKind(
            Text(
                "Rezim {regime} tidak mengenal dokumen {kind}.",
                "The {regime} regime has no {kind} document.",
            ),
            kind=slug,
            regime=regime,
            fields=[FieldError(("kind",), "unknown", Text("Tidak dikenal.", "Unknown."))],
        ) from None


async def letterhead(session: AsyncSession, office: Office) -> OfficeLetterhead | None:
    return await session.get(OfficeLetterhead, office.id)


async def _office_block(
    session: AsyncSession, storage: Storage, office: Office
) -> tuple[dict[str, Any], dict[str, bytes], dict[str, str]]:
    head = await letterhead(session, office)
    images: dict[str, bytes] = {}
    logo = None
    if head is not None and head.logo_sha256 and head.logo_type:
        content = await read_all(storage, logo_key(head.logo_sha256))
        logo = image_name(content, head.logo_type)
        images[logo] = content
    contact = " · ".join(
        x for x in (
            f"Telp. {head.phone}" if head and head.phone else "",
            head.email if head else "",
            head.website if head else "",
        ) if x
    )  # fmt: skip
    block = {
        "heading": heading(office),
        "name": office.name,
        "code": office.code,
        "address": head.address if head else "",
        "contact": contact,
        "city": (head.city if head else "") or "",
        "logo": logo,
    }
    chair = {
        "role": (head.chair_title if head else "") or f"Ketua {office.name}",
        "name": (head.chair_name if head else "") or "",
    }
    return block, images, chair


async def compose(
    session: AsyncSession,
    principal: Principal,
    loaded: Loaded | None,
    office: Office,
    regime: str,
    slug: str,
    *,
    subject_id: uuid.UUID | None,
    options: Mapping[str, Any],
    settings: Settings,
    storage: Storage,
    number: str,
    now: datetime,
    draft: bool,
) -> Composed:
    """Everything a template needs, gathered from the case (no side effect)."""
    kind = kind_of(slug, regime)
    form = await _form(session, regime, slug)
    block, images, chair = await _office_block(session, storage, office)
    src = Source(
        session=session, principal=principal, loaded=loaded, office=office, regime=regime,
        subject_id=subject_id, options=options, now=now, settings=settings, chair=chair,
    )  # fmt: skip
    gathered = await kind.gather(src)
    today = idn.tanggal(idn.local(now, office.timezone).date())
    data = {
        "draft": draft,
        "number": number,
        "issued": today,
        "place_date": f"{block['city']}, {today}" if block["city"] else today,
        "form": {"code": form.code, "title": form.title, "verified": form.verified},
        "office": block,
        "body": gathered.body,
        "signers": gathered.signers,
    }
    return Composed(kind, form, gathered, data, images)


def check_supersedes_reason(supersedes: uuid.UUID | None, reason: str | None) -> None:
    if supersedes is not None and not reason:
        raise ReasonRequired(
            Text("Sebutkan alasan koreksi.", "State why the document is corrected."),
            fields=[FieldError(("reason",), "required", Text("Wajib.", "Required."))],
        )


async def _supersede(
    session: AsyncSession,
    old_id: uuid.UUID,
    *,
    report_id: uuid.UUID | None,
    office_id: uuid.UUID,
    kind: str,
    subject_id: uuid.UUID | None,
    year: int | None,
    now: datetime,
) -> IssuedDocument:
    """The document ``old_id`` marked superseded: the same case (or office) and kind, about
    the same person when the kind is about one (``subject_id``: an invitation to the
    witness never replaces the reporter's), for a register book the same year. A new
    version of the analysis may replace the document of an earlier one (pass
    ``subject_id=None`` for such kinds)."""
    old = (
        await session.execute(
            select(IssuedDocument).where(IssuedDocument.id == old_id).with_for_update()
        )
    ).scalar_one_or_none()
    if (
        old is None
        or old.report_id != report_id
        or old.office_id != office_id
        or old.kind != kind
        or (subject_id is not None and old.subject_id != subject_id)
        or (year is not None and old.facts.get("year") != year)
    ):
        raise DocumentNotFound(
            Text(
                "Tidak ada dokumen {id} yang sama jenis dan subjeknya pada kasus ini.",
                "No document {id} of this kind and subject here.",
            ),
            id=old_id,
            fields=[FieldError(("supersedes",), "not_found", Text("Tidak ada.", "None."))],
        )
    if old.superseded_at is not None:
        raise AlreadySuperseded(
            Text("Dokumen {n} sudah digantikan.", "Document {n} was already superseded."),
            n=old.number,
        )
    old.superseded_at = now
    return old


async def issue(
    session: AsyncSession,
    principal: Principal,
    *,
    loaded: Loaded | None,
    office: Office,
    regime: str,
    slug: str,
    subject_id: uuid.UUID | None,
    options: Mapping[str, Any],
    supersedes: uuid.UUID | None,
    reason: str | None,
    settings: Settings,
    storage: Storage,
    renderer: Renderer,
) -> IssuedDocument:
    """Issue one document (the case, when there is one, is locked by the caller)."""
    check_supersedes_reason(supersedes, reason)
    now = utcnow()
    local = idn.local(now, office.timezone)
    # Gather first (a precondition that fails takes no number), then number.
    probe = await compose(
        session, principal, loaded, office, regime, slug, subject_id=subject_id,
        options=options, settings=settings, storage=storage, number="", now=now, draft=False,
    )  # fmt: skip
    report_id = loaded.report.id if loaded else None
    subject = probe.gathered.subject_id or subject_id
    # The correction is checked before a number is taken (a refusal takes none).
    old = None
    if supersedes is not None:
        old = await _supersede(
            session, supersedes, report_id=report_id, office_id=office.id, kind=slug,
            subject_id=subject if probe.kind.subject_required else None,
            year=probe.gathered.facts.get("year"), now=now,
        )  # fmt: skip
    # Per office, regime, document and year: the printed number carries the regime (PL/PB).
    counter = f"doc:{regime}:{slug}"
    seq = await cases.next_register_seq(session, office.id, counter, local.year)
    try:
        number = letter_number(
            seq, code=probe.form.code, regime=regime, level=office.level.value,
            register_code=office.register_code, month=local.month, year=local.year,
            template=settings.letter_number_template,
        )  # fmt: skip
    except RulesError as exc:  # an office level without a segment (a polling station)
        raise UnknownDocumentKind(
            Text("Nomor surat tidak dapat dibentuk: {e}", "No letter number: {e}"), e=str(exc)
        ) from None
    composed = Composed(
        probe.kind, probe.form, probe.gathered, {**probe.data, "number": number}, probe.images
    )
    pdf = await renderer.render(slug, composed.data, composed.images)
    sha = hashlib.sha256(pdf).hexdigest()
    key = f"{DOCUMENTS_PREFIX}{sha}.pdf"
    files = {key: pdf}
    renditions: dict[str, Any] = {}
    if composed.gathered.xlsx is not None:
        xsha = hashlib.sha256(composed.gathered.xlsx).hexdigest()
        xkey = f"{DOCUMENTS_PREFIX}{xsha}.xlsx"
        files[xkey] = composed.gathered.xlsx
        renditions["xlsx"] = {
            "sha256": xsha,
            "size": len(composed.gathered.xlsx),
            "storage_key": xkey,
        }
    doc = IssuedDocument(
        report_id=report_id,
        office_id=office.id,
        office_path=office.path,
        kind=slug,
        regime=regime,
        form_code=composed.form.code,
        form_verified=composed.form.verified,
        subject_id=subject,
        year=local.year,
        seq=seq,
        number=number,
        title=composed.form.title,
        data_class=list(composed.form.data_class),
        template=f"{slug}.typ",
        template_sha256=renderer.version(slug),
        sha256=sha,
        size=len(pdf),
        storage_key=key,
        renditions=renditions,
        facts=composed.gathered.facts,
        issued_by=principal.subject,
        issued_at=now,
        supersedes_id=old.id if old else None,
        reason=reason or "",
    )
    session.add(doc)
    await session.flush()
    # The bytes are stored once the row is in (a refused row stores nothing); a commit
    # that fails after this leaves a content-addressed file no row names.
    for file_key, content in files.items():
        await store(storage, file_key, content)
    if loaded is not None:
        await append_event(
            session, loaded.report.id, principal.subject, "document_issued",
            {
                "document": str(doc.id), "kind": slug, "code": doc.form_code,
                "number": number, "sha256": sha, "template": doc.template,
                "template_sha256": doc.template_sha256, "subject": str(doc.subject_id)
                if doc.subject_id else None,
                "supersedes": old.number if old else None, "reason": reason,
            },
        )  # fmt: skip
    # The case's version (ETag) does not move: a document records the case, it does not
    # change it, and an officer editing the case is not stopped by a receipt printed.
    return doc


async def preview(
    session: AsyncSession,
    principal: Principal,
    *,
    loaded: Loaded | None,
    office: Office,
    regime: str,
    slug: str,
    subject_id: uuid.UUID | None,
    reason: str | None,
    options: Mapping[str, Any],
    settings: Settings,
    storage: Storage,
    renderer: Renderer,
) -> bytes:
    """The document as it would be issued now, unnumbered and marked PRATINJAU (draft);
    nothing is stored or numbered. Reading one with personal or confidential data is on
    the access log, like a download."""
    form = await _form(session, regime, slug)
    check_reader(principal, list(form.data_class), reason)
    if loaded is not None and form.data_class != ["public"]:
        assert reason is not None
        await record_access(session, principal.subject, loaded.report.id, "preview", reason)
    composed = await compose(
        session, principal, loaded, office, regime, slug, subject_id=subject_id,
        options=options, settings=settings, storage=storage, number="(belum bernomor)",
        now=utcnow(), draft=True,
    )  # fmt: skip
    return await renderer.render(slug, composed.data, composed.images)


# ---------------------------------------------------------------- reading


def sensitive(doc: IssuedDocument) -> bool:
    return doc.data_class != ["public"]


def check_reader(principal: Principal, data_class: list[str], reason: str | None) -> None:
    """Personal or confidential content: staff who work cases, with a reason (404 for
    others, as the evidence rules do for confidential items)."""
    if data_class == ["public"]:
        return
    if principal.kind != "staff" or not (principal.roles & READERS):
        raise DocumentNotFound(Text("Dokumen tidak ada.", "No such document."))
    if not reason or len(reason.strip()) < 5:
        raise ReasonRequired(
            Text(
                "Dokumen ini memuat data pribadi atau rahasia: sebutkan alasan (reason).",
                "This document holds personal or confidential data: state a reason.",
            ),
            fields=[
                FieldError(
                    ("reason",), "required", Text("Minimal 5 karakter.", "At least 5 characters.")
                )
            ],
        )


async def load_document(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, *, lock: bool = False
) -> tuple[IssuedDocument, Loaded | None]:
    """The document if its case (or, for an office's document, its office) is in the
    caller's jurisdiction; 404 otherwise."""
    doc = await session.get(IssuedDocument, document_id)
    missing = DocumentNotFound(Text("Dokumen {id} tidak ada.", "No document {id}."), id=document_id)
    if doc is None:
        raise missing
    if doc.report_id is None:
        if not scope.sees(principal, doc.office_path):
            raise missing
        return doc, None
    try:
        loaded = await cases.load(session, doc.report_id, principal, for_update=lock)
    except ReportNotFound:
        raise missing from None
    return doc, loaded


async def read(
    session: AsyncSession,
    principal: Principal,
    document_id: uuid.UUID,
    *,
    fmt: str,
    reason: str | None,
    storage: Storage,
) -> tuple[IssuedDocument, bytes, str]:
    """The stored bytes (``pdf`` or a rendition), verified against their SHA-256; the
    read of a non-public document is on the access log and the timeline."""
    doc, loaded = await load_document(session, principal, document_id, lock=True)
    check_reader(principal, doc.data_class, reason)
    if fmt == "pdf":
        key, size, sha = doc.storage_key, doc.size, doc.sha256
    elif fmt in doc.renditions:
        r = doc.renditions[fmt]
        key, size, sha = r["storage_key"], r["size"], r["sha256"]
    else:
        raise DocumentNotFound(
            Text("Dokumen {n} tidak tersedia dalam format {f}.", "Document {n} has no {f}."),
            n=doc.number,
            f=fmt,
        )
    data = await verified(storage, key, size, sha)
    if data is None:
        raise DocumentNotFound(
            Text(
                "Berkas dokumen {n} rusak atau hilang dari penyimpanan.",
                "The stored file of document {n} is corrupted or missing.",
            ),
            n=doc.number,
        )
    if loaded is not None and sensitive(doc):
        assert reason is not None
        await record_access(session, principal.subject, loaded.report.id, "document", reason)
        await append_event(
            session, loaded.report.id, principal.subject, "document_read",
            {"document": str(doc.id), "number": doc.number, "format": fmt, "reason": reason},
        )  # fmt: skip
    return doc, data, sha


async def listing(session: AsyncSession, report_id: uuid.UUID) -> list[IssuedDocument]:
    return list(
        (
            await session.execute(
                select(IssuedDocument)
                .where(IssuedDocument.report_id == report_id)
                .order_by(IssuedDocument.issued_at, IssuedDocument.number)
            )
        ).scalars()
    )


async def office_code(session: AsyncSession, office_id: uuid.UUID) -> str:
    office = await session.get(Office, office_id)
    assert office is not None
    return office.code


async def office_in_scope(session: AsyncSession, principal: Principal, code: str) -> Office:
    """The office ``code`` if the caller's jurisdiction covers it; 404 otherwise (an office
    outside is as unknown as one that does not exist)."""
    office = await scope.office_by_code(session, code, error=OfficeNotFound)
    if not scope.sees(principal, office.path):
        raise OfficeNotFound(Text("Kantor {code} tidak ada.", "No office {code}."), code=code)
    return office


async def office_documents(
    session: AsyncSession, office_id: uuid.UUID, year: int | None
) -> list[IssuedDocument]:
    stmt = select(IssuedDocument).where(
        IssuedDocument.office_id == office_id, IssuedDocument.report_id.is_(None)
    )
    if year is not None:
        stmt = stmt.where(IssuedDocument.year == year)
    return list((await session.execute(stmt.order_by(IssuedDocument.issued_at.desc()))).scalars())


SCAN_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg", "image/tiff"})


async def link_scan(
    session: AsyncSession, principal: Principal, document_id: uuid.UUID, evidence_id: uuid.UUID
) -> IssuedDocument:
    """Link the signed scan (an evidence item of the same case) to the issued document."""
    doc, loaded = await load_document(session, principal, document_id, lock=True)
    doc = (
        await session.execute(
            select(IssuedDocument).where(IssuedDocument.id == doc.id).with_for_update()
        )
    ).scalar_one()
    if doc.signed_scan_id is not None:
        raise ScanAlreadyLinked(
            Text(
                "Dokumen {n} sudah bertaut ke pindaian {e}; terbitkan koreksi bila salah.",
                "Document {n} is linked to scan {e}; issue a correction if it is wrong.",
            ),
            n=doc.number,
            e=doc.signed_scan_id,
        )
    item = await session.get(EvidenceItem, evidence_id)
    field = [FieldError(("evidence_id",), "not_linkable", Text("Tidak dapat.", "Not linkable."))]
    if (
        item is None
        or item.report_id != doc.report_id
        or item.status is not EvidenceStatus.active
        or item.storage_key is None
    ):
        raise ScanNotLinkable(
            Text(
                "Bukti {id} bukan berkas aktif pada kasus dokumen ini.",
                "Evidence {id} is not an active file of this document's case.",
            ),
            id=evidence_id,
            fields=field,
        )
    if item.content_type not in SCAN_TYPES:
        raise ScanNotLinkable(
            Text(
                "Pindaian harus PDF atau gambar, bukan {t}.", "A scan is a PDF or image, not {t}."
            ),
            t=item.content_type,
            fields=field,
        )
    now = utcnow()
    doc.signed_scan_id, doc.signed_scan_by, doc.signed_scan_at = item.id, principal.subject, now
    await session.flush()
    if loaded is not None:
        await append_event(
            session, loaded.report.id, principal.subject, "document_signed_scan_linked",
            {"document": str(doc.id), "number": doc.number, "evidence": str(item.id),
             "sha256": item.sha256},
        )  # fmt: skip
    return doc


async def regime_of(session: AsyncSession, election: str | None) -> str:
    """The regime of an election (``pemilu`` when none is named or it is unknown: the
    statistics then refuse the unknown one)."""
    if election is None:
        return "pemilu"
    found = await session.scalar(select(Election.regime).where(Election.slug == election))
    return found.value if found is not None else "pemilu"
