"""Official documents of a case and of an office (docs/documents.md)."""

from __future__ import annotations

import re
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from bawaslu_api import idempotency
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import ReportNotFound, StaleVersion
from bawaslu_api.db.uow import DbSession
from bawaslu_api.documents import letterheads, requests, service
from bawaslu_api.documents.errors import (
    AlreadySuperseded,
    DocumentNotFound,
    DocumentRequestNotFound,
    LogoRejected,
    NotIssuable,
    ReasonRequired,
    ReceiptCodeMismatch,
    ScanAlreadyLinked,
    ScanNotLinkable,
    SubjectNotFound,
    SubjectRequired,
    UnknownDocumentKind,
)
from bawaslu_api.documents.models import DocumentRequest, IssuedDocument
from bawaslu_api.documents.render import Renderer
from bawaslu_api.documents.schemas import (
    DocumentList,
    DocumentOut,
    DocumentRequestOut,
    IssueIn,
    Kinds,
    LetterheadIn,
    LetterheadOut,
    PeriodicReportIn,
    RegisterBookIn,
    Rendition,
    RequestError,
    SignedScan,
    SignedScanIn,
)
from bawaslu_api.errors import problem_responses
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.http.conditional import IfMatchOptional
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.security.dependencies import AUTH_ERRORS, Admin, Staff, require_roles
from bawaslu_api.security.principals import Principal, Role
from bawaslu_api.settings import Settings

router = APIRouter(tags=["documents"])

# Who issues: staff who work cases. A document is signed by a person; a machine client
# (which could never read a personal document back) does not issue them.
Issuer = Annotated[Principal, Depends(require_roles(Role.handler, Role.commissioner, Role.admin))]

PDF = {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}
ISSUE_ERRORS = (
    *AUTH_ERRORS, ReportNotFound, UnknownDocumentKind, NotIssuable, SubjectRequired,
    SubjectNotFound, ReceiptCodeMismatch, DocumentNotFound, AlreadySuperseded,
    ReasonRequired, StaleVersion, IdempotencyKeyReused,
)  # fmt: skip
Reason = Annotated[
    str | None,
    Query(
        min_length=5,
        max_length=2000,
        description="Why you read it: required for documents with personal or confidential "
        "data (recorded on the access log and the timeline).",
    ),
]


def _state(request: Request) -> tuple[Settings, Storage, Renderer]:
    state = request.app.state
    return state.settings, state.evidence_storage, state.document_renderer


Deps = Annotated[tuple[Settings, Storage, Renderer], Depends(_state)]


def out(doc: IssuedDocument, office_code: str) -> DocumentOut:
    href = f"/v1/documents/{doc.id}/content"
    renditions = [
        Rendition(
            format="pdf", media_type=service.MEDIA_TYPES["pdf"], sha256=doc.sha256,
            size=doc.size, href=href,
        ),
        *(
            Rendition.model_validate({
                "format": fmt, "media_type": service.MEDIA_TYPES[fmt], "sha256": r["sha256"],
                "size": r["size"], "href": f"{href}?format={fmt}",
            })
            for fmt, r in sorted(doc.renditions.items())
        ),
    ]  # fmt: skip
    scan = None
    if doc.signed_scan_id is not None:
        assert doc.signed_scan_by is not None
        assert doc.signed_scan_at is not None
        scan = SignedScan(
            evidence_id=doc.signed_scan_id,
            linked_by=doc.signed_scan_by,
            linked_at=doc.signed_scan_at,
        )
    return DocumentOut(
        id=doc.id, report_id=doc.report_id, office=office_code, kind=doc.kind,
        form_code=doc.form_code, form_verified=doc.form_verified, title=doc.title,
        number=doc.number, subject_id=doc.subject_id, data_class=doc.data_class,  # type: ignore[arg-type]
        template=doc.template, template_sha256=doc.template_sha256, sha256=doc.sha256,
        size=doc.size, renditions=renditions, facts=doc.facts, issued_by=doc.issued_by,
        issued_at=doc.issued_at, supersedes=doc.supersedes_id, superseded_at=doc.superseded_at,
        reason=doc.reason, signed_scan=scan,
    )  # fmt: skip


def _filename(doc: IssuedDocument, fmt: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]+", "_", f"{doc.form_code}_{doc.number}") + f".{fmt}"


def _pdf(content: bytes, *, filename: str, etag: str, public: bool) -> Response:
    return Response(
        content,
        media_type="application/pdf",
        headers={
            "ETag": f'"{etag}"',
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": "public, max-age=300" if public else "private, no-store",
        },
    )


# ---------------------------------------------------------------- a case's documents


@router.get(
    "/v1/reports/{report_id}/documents",
    summary="The documents issued for a case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def documents_list(
    report_id: uuid.UUID, session: DbSession, principal: Staff
) -> DocumentList:
    """Every document issued for the case, superseded ones included (`superseded_at`),
    oldest first. Metadata only (number, form, SHA-256, facts): reading a document with
    personal data needs a reason. Any staff member of the case's jurisdiction."""
    loaded = await cases.load(session, report_id, principal)
    docs = await service.listing(session, report_id)
    return DocumentList(items=[out(d, loaded.office.code) for d in docs])


@router.post(
    "/v1/reports/{report_id}/documents",
    status_code=201,
    summary="Issue an official document of a case",
    responses={**problem_responses(*ISSUE_ERRORS, validation=True), 201: headers("Location")},
)
async def documents_issue(
    report_id: uuid.UUID,
    body: IssueIn,
    session: DbSession,
    principal: Issuer,
    request: Request,
    response: Response,
    deps: Deps,
    if_match: IfMatchOptional = None,
    idempotency_key: IdempotencyKey = None,
) -> DocumentOut:
    """Typesets the document from the case's data (A4, the office's letterhead, Indonesian
    dates, the signature block), gives it the next letter number of the office for that
    document and year (gap-free), stores the PDF under its SHA-256 and records
    `document_issued` on the timeline with the template's version. The same data and
    template give the same bytes.

    409 `document_not_issuable` when what the document records has not happened (minutes
    of a session not yet held, a forwarding letter before the decision); 422
    `document_subject_required` / `document_subject_not_found` for the invitee an
    invitation or minutes is about. A correction is a new document with `supersedes` and
    a `reason`; the old one keeps its number and bytes. Handlers."""
    settings, storage, renderer = deps

    async def create() -> DocumentOut:
        loaded = await cases.for_action(session, report_id, principal, if_match)
        doc = await service.issue(
            session, principal, loaded=loaded, office=loaded.office,
            regime=loaded.report.regime, slug=body.kind, subject_id=body.subject_id,
            options=body.model_dump(exclude={"kind", "subject_id", "supersedes", "reason"}),
            supersedes=body.supersedes, reason=body.reason,
            settings=settings, storage=storage, renderer=renderer,
        )  # fmt: skip
        return out(doc, loaded.office.code)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, DocumentOut,
        create, status_code=201, location=lambda o: f"/v1/documents/{o.id}",
    )  # fmt: skip


@router.get(
    "/v1/reports/{report_id}/documents/preview",
    summary="Preview a document before issuing it (unnumbered, marked PRATINJAU)",
    response_class=Response,
    responses={
        200: {"description": "The draft PDF.", "content": PDF},
        **problem_responses(*ISSUE_ERRORS, validation=True),
    },
)
async def documents_preview(
    report_id: uuid.UUID,
    session: DbSession,
    principal: Issuer,
    deps: Deps,
    kind: Kinds,
    subject_id: uuid.UUID | None = None,
    receipt_code: Annotated[str | None, Query(max_length=40)] = None,
    agency: Annotated[str | None, Query(max_length=300)] = None,
    reason: Reason = None,
) -> Response:
    """What `POST .../documents` would issue now, without a number, storage or timeline
    entry. Personal or confidential documents need a `reason` (access log). Handlers."""
    settings, storage, renderer = deps
    loaded = await cases.load(session, report_id, principal)
    pdf = await service.preview(
        session, principal, loaded=loaded, office=loaded.office, regime=loaded.report.regime,
        slug=kind, subject_id=subject_id, reason=reason,
        options={"receipt_code": receipt_code, "agency": agency},
        settings=settings, storage=storage, renderer=renderer,
    )  # fmt: skip
    return _pdf(pdf, filename=f"pratinjau-{kind}.pdf", etag="draft", public=False)


# ---------------------------------------------------------------- one document


@router.get(
    "/v1/documents/{document_id}",
    summary="An issued document's metadata",
    responses=problem_responses(*AUTH_ERRORS, DocumentNotFound, validation=True),
)
async def documents_get(
    document_id: uuid.UUID, session: DbSession, principal: Staff
) -> DocumentOut:
    """Number, form, template version, SHA-256, what supersedes it, its signed scan. Any
    staff member of the case's (or office's) jurisdiction."""
    doc, _ = await service.load_document(session, principal, document_id)
    return out(doc, await service.office_code(session, doc.office_id))


@router.get(
    "/v1/documents/{document_id}/content",
    summary="Download an issued document",
    response_class=Response,
    responses={
        200: {
            "description": "The PDF (or the spreadsheet with `format=xlsx`).",
            "content": {**PDF, service.MEDIA_TYPES["xlsx"]: {}},
        },
        **problem_responses(*AUTH_ERRORS, DocumentNotFound, ReasonRequired, validation=True),
    },
)
async def documents_content(
    document_id: uuid.UUID,
    session: DbSession,
    principal: Staff,
    deps: Deps,
    format: Literal["pdf", "xlsx"] = "pdf",
    reason: Reason = None,
) -> Response:
    """The stored bytes, checked against their SHA-256 before they leave (`ETag` is the
    SHA-256). A document with personal or confidential data: handlers, commissioners and
    admins only (404 for others), with a `reason`, recorded on the access log and the
    timeline (`document_read`). The public announcement: any staff member."""
    _, storage, _ = deps
    doc, data, sha = await service.read(
        session, principal, document_id, fmt=format, reason=reason, storage=storage
    )
    name = _filename(doc, format)
    if format == "pdf":
        return _pdf(data, filename=name, etag=sha, public=False)
    return Response(
        data,
        media_type=service.MEDIA_TYPES[format],
        headers={
            "ETag": f'"{sha}"',
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


@router.post(
    "/v1/documents/{document_id}/signed-scan",
    summary="Link the signed scan of an issued document",
    responses=problem_responses(
        *AUTH_ERRORS, DocumentNotFound, ScanNotLinkable, ScanAlreadyLinked, validation=True
    ),
)
async def documents_link_scan(
    document_id: uuid.UUID, body: SignedScanIn, session: DbSession, principal: Issuer
) -> DocumentOut:
    """Upload the signed paper's scan to the case's evidence first (PDF or image), then
    link it here; the issued PDF stays as it was. Timeline `document_signed_scan_linked`.
    Handlers."""
    doc = await service.link_scan(session, principal, document_id, body.evidence_id)
    return out(doc, await service.office_code(session, doc.office_id))


# ---------------------------------------------------------------- an office's documents


@router.post(
    "/v1/offices/{code}/register-books",
    status_code=201,
    summary="Issue the register book of an office for a year (PDF and XLSX)",
    responses=problem_responses(
        *AUTH_ERRORS, OfficeNotFound, DocumentNotFound, AlreadySuperseded, ReasonRequired,
        IdempotencyKeyReused, validation=True,
    ),
)  # fmt: skip
async def documents_register_book(
    code: str, body: RegisterBookIn, session: DbSession, principal: Issuer, deps: Deps,
    request: Request, response: Response, idempotency_key: IdempotencyKey = None,
) -> DocumentOut:  # fmt: skip
    """Every case the office registered or received in `year`, in register order, as of
    now: a numbered PDF and the same rows as XLSX. A later book supersedes an earlier one
    with `supersedes` and a `reason`. Handlers of the office or above."""
    return await _office_document(
        session, principal, deps, request, response, idempotency_key, code, body,
        slug="register_book", election=None, options={"year": body.year},
    )  # fmt: skip


async def _office_document(
    session: Any,
    principal: Principal,
    deps: tuple[Settings, Storage, Renderer],
    request: Request,
    response: Response,
    idempotency_key: str | None,
    code: str,
    body: RegisterBookIn | PeriodicReportIn,
    *,
    slug: str,
    election: str | None,
    options: dict[str, Any],
) -> DocumentOut:
    """Issue an office's document (register book, periodic report) under an optional
    Idempotency-Key, numbered in the regime of ``election`` (Pemilu when none)."""
    settings, storage, renderer = deps

    async def create() -> DocumentOut:
        office = await service.office_in_scope(session, principal, code)
        regime = await service.regime_of(session, election)
        doc = await service.issue(
            session, principal, loaded=None, office=office, regime=regime, slug=slug,
            subject_id=None, options=options, supersedes=body.supersedes, reason=body.reason,
            settings=settings, storage=storage, renderer=renderer,
        )  # fmt: skip
        return out(doc, office.code)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body, DocumentOut,
        create, status_code=201, location=lambda o: f"/v1/documents/{o.id}",
    )  # fmt: skip


@router.post(
    "/v1/offices/{code}/register-book-requests",
    status_code=202,
    summary="Queue the register book of an office for a year (issued by the worker)",
    responses={
        **problem_responses(
            *AUTH_ERRORS, OfficeNotFound, ReasonRequired, IdempotencyKeyReused, validation=True
        ),
        202: headers("Location"),
    },
)
async def documents_register_book_request(
    code: str, body: RegisterBookIn, session: DbSession, principal: Issuer, request: Request,
    response: Response, idempotency_key: IdempotencyKey = None,
) -> DocumentRequestOut:  # fmt: skip
    """`POST /v1/offices/{code}/register-books` off the request, for a large book: 202 and
    `Location: /v1/document-requests/{id}` at once; the worker issues the book as the
    caller (the same checks, number and files), and the request then names the document,
    or the problem that refused it. Handlers of the office or above."""

    async def create() -> DocumentRequestOut:
        row, office_code = await requests.ask(
            session, principal, code, slug="register_book", options={"year": body.year},
            supersedes=body.supersedes, reason=body.reason,
        )  # fmt: skip
        return request_out(row, office_code)

    return await idempotency.once(
        session, principal.subject, idempotency_key, request, response, body,
        DocumentRequestOut, create, status_code=202,
        location=lambda o: f"/v1/document-requests/{o.id}",
    )  # fmt: skip


@router.get(
    "/v1/document-requests/{request_id}",
    summary="A queued document: queued, done (its document) or failed (the problem)",
    responses=problem_responses(*AUTH_ERRORS, DocumentRequestNotFound),
)
async def documents_request(
    request_id: uuid.UUID, session: DbSession, principal: Issuer
) -> DocumentRequestOut:
    """Poll until `status` is `done` (read `/v1/documents/{document_id}`) or `failed`.
    Staff of the office or above who may issue documents; others get 404."""
    row, office_code = await requests.get(session, principal, request_id)
    return request_out(row, office_code)


def request_out(row: DocumentRequest, office_code: str) -> DocumentRequestOut:
    return DocumentRequestOut(
        id=row.id, kind=row.kind, office=office_code, status=row.status,  # type: ignore[arg-type]
        document_id=row.document_id,
        error=RequestError.model_validate(row.error) if row.error else None,
        requested_by=row.requested_by, created_at=row.created_at, finished_at=row.finished_at,
    )  # fmt: skip


@router.post(
    "/v1/offices/{code}/periodic-reports",
    status_code=201,
    summary="Issue the periodic report of an office (PDF with charts, and XLSX)",
    responses=problem_responses(
        *AUTH_ERRORS, OfficeNotFound, DocumentNotFound, AlreadySuperseded, ReasonRequired,
        UnknownDocumentKind, IdempotencyKeyReused, validation=True,
    ),
)  # fmt: skip
async def documents_periodic_report(
    code: str, body: PeriodicReportIn, session: DbSession, principal: Issuer, deps: Deps,
    request: Request, response: Response, idempotency_key: IdempotencyKey = None,
) -> DocumentOut:  # fmt: skip
    """The office's figures for a period (cases received from `from` to `to`, optionally
    one election, stage or subject) as the report it sends upward: cases by stage and
    subject, registration and time to decision (working days), compliance per deadline,
    the trend by week, per office below it; charts and tables in the PDF, the numbers as
    XLSX (`format=xlsx`). The same figures as `GET /v1/statistics` (docs/statistics.md).
    Handlers, commissioners and admins of the office or above."""
    options = body.model_dump(include={"to", "election", "stage", "subject"})
    return await _office_document(
        session, principal, deps, request, response, idempotency_key, code, body,
        slug="periodic_report", election=body.election, options={**options, "from": body.from_},
    )  # fmt: skip


@router.get(
    "/v1/offices/{code}/documents",
    summary="The documents an office issued for itself (register books, periodic reports)",
    responses=problem_responses(*AUTH_ERRORS, OfficeNotFound, validation=True),
)
async def documents_of_office(
    code: str,
    session: DbSession,
    principal: Staff,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
) -> DocumentList:
    """Register books and periodic reports (newest first). Any staff member of the office's
    jurisdiction."""
    office = await service.office_in_scope(session, principal, code)
    docs = await service.office_documents(session, office.id, year)
    return DocumentList(items=[out(d, office.code) for d in docs])


@router.get(
    "/v1/offices/{code}/letterhead",
    summary="The office's letterhead (kop surat)",
    responses=problem_responses(*AUTH_ERRORS, OfficeNotFound, validation=True),
)
async def letterhead_get(code: str, session: DbSession, principal: Staff) -> LetterheadOut:
    """Address, contacts, the city letters are signed in, the chair who signs, the logo.
    Any staff member of the office's jurisdiction."""
    office = await service.office_in_scope(session, principal, code)
    return await letterheads.get(session, office)


@router.put(
    "/v1/offices/{code}/letterhead",
    summary="Set the office's letterhead",
    responses=problem_responses(*AUTH_ERRORS, OfficeNotFound, StaleVersion, validation=True),
)
async def letterhead_put(
    code: str,
    body: LetterheadIn,
    session: DbSession,
    principal: Admin,
    if_match: IfMatchOptional = None,
) -> LetterheadOut:
    """Printed on every document issued after (issued ones keep theirs). Audited. Admins
    of the office or above."""
    office = await service.office_in_scope(session, principal, code)
    return await letterheads.put(session, principal, office, body, if_match)


@router.put(
    "/v1/offices/{code}/letterhead/logo",
    summary="Upload the office's logo for the letterhead",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "image/png": {"schema": {"type": "string", "format": "binary"}},
                "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                "image/svg+xml": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
    responses=problem_responses(*AUTH_ERRORS, OfficeNotFound, LogoRejected, validation=True),
)
async def letterhead_logo(
    code: str, request: Request, session: DbSession, principal: Admin, deps: Deps
) -> LetterheadOut:
    """PNG, JPEG or SVG up to 512 KiB, recognised by its bytes; it must typeset (a file
    the typesetter cannot read is 422 `logo_rejected`). Admins of the office or above."""
    _, storage, renderer = deps
    office = await service.office_in_scope(session, principal, code)
    data = await request.body()
    return await letterheads.put_logo(session, principal, office, data, storage, renderer)
