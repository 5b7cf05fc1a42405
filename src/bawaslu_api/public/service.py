"""Public reads: announced statuses and statistics. No personal data is selected at all."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.cases.models import Channel, Report, ReportKind, ReportStatus
from bawaslu_api.documents.models import IssuedDocument
from bawaslu_api.documents.service import verified
from bawaslu_api.elections.models import Election
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.pagination import encode_cursor, keyset_after
from bawaslu_api.public.errors import AnnouncementDocumentNotFound, ReceiptNotFound
from bawaslu_api.public.schemas import (
    Announcement,
    Count,
    PublicFilingReceipt,
    PublicReportIn,
    ReceiptStatus,
    Stats,
)
from bawaslu_api.reports import intake
from bawaslu_api.reports.schemas import STATUS_LABELS_ID, ReportCreate
from bawaslu_api.security.principals import Principal

S = TypeVar("S", bound=Select)  # type: ignore[type-arg]


def _scoped(stmt: S, office_path: str | None, election: str | None) -> S:
    if office_path is not None:
        stmt = stmt.where(cases.in_scope(office_path))
    if election is not None:
        stmt = stmt.where(Election.slug == election)
    return stmt


async def announcements(
    session: AsyncSession,
    *,
    office: str | None,
    election: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[Announcement], str | None]:
    office_path = (
        await scope.office_path_by_code(session, office, error=UnknownReference) if office else None
    )
    stmt = (
        select(
            Report.id,
            Report.kind,
            Report.register_number,
            Office.code,
            Office.name,
            Election.slug,
            Report.status,
            Report.outcome,
            Report.outcome_category,
            Report.announced_at,
            Report.announcement,
            Report.stage,
            Report.subjects,
        )
        .join(Office, Office.id == Report.office_id)
        .join(Election, Election.id == Report.election_id)
        .where(Report.announced_at.is_not(None))
    )
    stmt = _scoped(stmt, office_path, election)
    after = keyset_after((Report.announced_at, Report.id), cursor, descending=True)
    if after is not None:
        stmt = stmt.where(after)
    rows = (
        await session.execute(
            stmt.order_by(Report.announced_at.desc(), Report.id.desc()).limit(limit + 1)
        )
    ).all()
    items = [
        Announcement(
            id=r[0],
            kind=r[1],
            register_number=r[2],
            office=r[3],
            office_name=r[4],
            election=r[5],
            status=r[6],
            status_label=STATUS_LABELS_ID[r[6]],
            outcome=r[7],
            outcome_category=r[8],
            announced_at=r[9],  # type: ignore[arg-type]  # filtered IS NOT NULL above
            notice=(r[10] or {}).get("notice", ""),
            stage=r[11],
            subjects=list(r[12] or []),
        )
        for r in rows[:limit]
    ]
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = encode_cursor([last.announced_at.isoformat(), str(last.id)])
    return items, next_cursor


ANNOUNCEMENT_KIND = "announcement"


async def announcement_document(session: AsyncSession, report_id: uuid.UUID) -> IssuedDocument:
    """The latest issued, not superseded announcement of a publicly announced case (the
    ``id`` of ``GET /v1/public/announcements``); 404 otherwise. Only the public kind is
    ever looked up here."""
    doc = (
        await session.execute(
            select(IssuedDocument)
            .join(Report, Report.id == IssuedDocument.report_id)
            .where(
                IssuedDocument.report_id == report_id,
                IssuedDocument.kind == ANNOUNCEMENT_KIND,
                IssuedDocument.data_class == ["public"],
                IssuedDocument.superseded_at.is_(None),
                Report.announced_at.is_not(None),
                # Issued for the announcement in force: one issued before it (or before a
                # later announcement of a new status) says something else.
                IssuedDocument.issued_at >= Report.announced_at,
            )
            .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.seq.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    if doc is None:
        raise AnnouncementDocumentNotFound(
            Text(
                "Tidak ada pengumuman yang diterbitkan untuk kasus {id}.",
                "No announcement was issued for case {id}.",
            ),
            id=report_id,
        )
    return doc


async def announcement_bytes(storage: Storage, doc: IssuedDocument) -> bytes:
    """The stored PDF, checked against its SHA-256 (404 if missing or corrupted)."""
    data = await verified(storage, doc.storage_key, doc.size, doc.sha256)
    if data is None:
        raise AnnouncementDocumentNotFound(
            Text("Berkas pengumuman {n} tidak tersedia.", "The announcement {n} is unavailable."),
            n=doc.number,
        )
    return data


async def stats(session: AsyncSession, *, office: str | None, election: str | None) -> Stats:
    office_path = (
        await scope.office_path_by_code(session, office, error=UnknownReference) if office else None
    )

    async def counts(column: ColumnElement[Any] | InstrumentedAttribute[Any]) -> list[Count]:
        stmt = (
            select(column, func.count())
            .select_from(Report)
            .join(Office, Office.id == Report.office_id)
            .join(Election, Election.id == Report.election_id)
            .group_by(column)
        )
        stmt = _scoped(stmt, office_path, election)
        rows = (await session.execute(stmt.order_by(func.count().desc()))).all()
        return [
            Count(key=str(k.value if hasattr(k, "value") else k), count=n)
            for k, n in rows
            if k is not None
        ]

    by_status = await counts(Report.status)
    return Stats(
        total=sum(c.count for c in by_status),
        by_status=by_status,
        by_outcome_category=await counts(Report.outcome_category),
        by_office=await counts(Office.code),
        by_election=await counts(Election.slug),
    )


ONLINE_FILER = "public:online"


async def lookup_receipt(session: AsyncSession, code: str) -> ReceiptStatus:
    loaded = await cases.by_receipt(session, code)
    if loaded is None:
        raise ReceiptNotFound()
    r = loaded.report
    return ReceiptStatus(
        kind=r.kind,
        status=r.status,
        status_label=STATUS_LABELS_ID[r.status],
        office=loaded.office.code,
        office_name=loaded.office.name,
        received_at=r.received_at,
        register_number=r.register_number,
        outcome=r.outcome,
        outcome_category=r.outcome_category,
        announcement=(r.announcement or {}).get("notice") if r.announced_at else None,
        requirements_missing=[f["code"] for f in r.admissibility.get("failures", [])]
        if r.status in (ReportStatus.received, ReportStatus.completion_requested)
        else [],
    )


async def file_online(session: AsyncSession, body: PublicReportIn) -> PublicFilingReceipt:
    """Intake of an online report, on behalf of the office it is addressed to."""
    office = await scope.office_by_code(session, body.office, error=UnknownReference)
    filer = Principal(
        subject=ONLINE_FILER, office_id=office.id, office_code=office.code, office_path=office.path
    )
    create = ReportCreate(
        kind=ReportKind.report,
        election=body.election,
        office=body.office,
        channel=Channel.online,
        reporter=body.reporter,
        reported_parties=body.reported_parties,
        witnesses=body.witnesses,
        incident=body.incident,
        known_on=body.known_on,
        description=body.description,
        violation_type=body.violation_type,
        evidence=body.evidence,
        subjects=body.subjects,
    )
    received = await intake.intake(session, filer, create)
    r = received.loaded.report
    assert received.receipt_code is not None
    return PublicFilingReceipt(
        receipt_code=received.receipt_code,
        status=r.status,
        status_label=STATUS_LABELS_ID[r.status],
        office=office.code,
        received_at=r.received_at,
        verdict=r.admissibility["verdict"],
        requirements_missing=[f["code"] for f in r.admissibility.get("failures", [])],
    )
