"""HTTP surface of evidence: the one-request upload, physical items, reads with integrity
checks, custody, links, hand-overs, supersession and withdrawal. Resumable uploads (tus
1.0 and the JSON routes) are ``upload_router``'s.

Upload bodies are raw bytes (``application/octet-stream`` or the file's own type), read as
a stream: no multipart parsing, no spooling to memory or a temp file before the store. The
routes that take them are exempt from the app's body-size cap and enforce the evidence
limits themselves (docs/evidence.md).
"""

from __future__ import annotations

import base64
import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api import idempotency
from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import domain_problem, problem_responses
from bawaslu_api.evidence import service
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
    StorageUnavailable,
    TypeNotAllowed,
    UploadInterrupted,
)
from bawaslu_api.evidence.models import EvidenceChannel, EvidenceItem, ProvidedBy
from bawaslu_api.evidence.presenters import evidence_out as _out
from bawaslu_api.evidence.schemas import (
    Custody,
    CustodyEventOut,
    EvidenceLinkIn,
    EvidenceList,
    EvidenceOut,
    HandoverIn,
    PhysicalIn,
    SupersedeIn,
    WithdrawIn,
)
from bawaslu_api.evidence.web import (
    RAW_BODY,
    EvidenceStore,
    Viewer,
    Worker,
    evidence_url,
)
from bawaslu_api.evidence.web import body as _body
from bawaslu_api.evidence.web import checks as _checks
from bawaslu_api.evidence.web import declared_length as _declared_length
from bawaslu_api.http import ranges
from bawaslu_api.http.declare import headers
from bawaslu_api.idempotency import IdempotencyKey, IdempotencyKeyReused
from bawaslu_api.security.dependencies import AUTH_ERRORS

router = APIRouter(tags=["evidence"])

UPLOAD_PATHS = (r"^/v1/reports/[^/]+/evidence$", r"^/v1/evidence/uploads/[^/]+$")
"""Routes whose bodies are files: exempt from the app's body cap (main.py)."""


def _etag(sha256: str) -> str:
    """A file's ETag: its SHA-256, quoted."""
    return f'"{sha256}"'


def _if_range_sha256(if_range: str | None) -> str | None:
    """The SHA-256 an ``If-Range`` names (our ETags are quoted SHA-256s); "" when it names
    none (a date, a weak tag), so that the range applies to no file."""
    if if_range is None:
        return None
    tag = if_range.strip()
    return tag[1:-1] if len(tag) >= 2 and tag[0] == tag[-1] == '"' else ""


def _content_response(content: service.Content) -> StreamingResponse:
    item = content.item
    assert item.sha256 is not None
    assert item.size is not None
    headers = {
        "ETag": _etag(item.sha256),
        "Accept-Ranges": "bytes",
        "Content-Length": str(content.end - content.start),
        "Repr-Digest": f"sha-256=:{base64.b64encode(bytes.fromhex(item.sha256)).decode()}:",
        "Content-Disposition": "attachment; filename*=UTF-8''"
        + quote(item.filename or f"{item.id}", safe=""),
        "Cache-Control": "private, no-store",
    }
    if content.partial:
        headers["Content-Range"] = ranges.content_range(content.start, content.end, item.size)
    return StreamingResponse(
        content.body,
        status_code=206 if content.partial else 200,
        media_type=item.content_type,
        headers=headers,
    )


async def _item_out(session: AsyncSession, item: EvidenceItem) -> EvidenceOut:
    return _out(await service.present(session, item))


# ---------------------------------------------------------------- intake


@router.post(
    "/v1/reports/{report_id}/evidence",
    status_code=201,
    summary="Upload an evidence file (one request, streamed)",
    openapi_extra=RAW_BODY,
    responses={
        **problem_responses(
            *AUTH_ERRORS,
            ReportNotFound,
            EvidenceTooLarge,
            CaseQuotaExceeded,
            TypeNotAllowed,
            DescriptionRequired,
            UploadInterrupted,
            StorageUnavailable,
            validation=True,
        ),
        201: headers("Location"),
    },
)
async def evidence_upload(
    report_id: uuid.UUID,
    request: Request,
    response: Response,
    actor: Worker,
    session: DbSession,
    storage: EvidenceStore,
    description: Annotated[
        str | None,
        Query(
            max_length=2000,
            description="What the file shows (required; checked after the "
            "case, so that a case outside your jurisdiction is a plain 404).",
        ),
    ] = None,
    filename: Annotated[str | None, Query(max_length=255)] = None,
    provided_by: ProvidedBy = ProvidedBy.reporter,
    channel: EvidenceChannel = EvidenceChannel.walk_in,
) -> EvidenceOut:
    """The body is the file. It is streamed to the store while its SHA-256 and size are
    computed and its type is sniffed from the bytes (the allow-list of
    `BAWASLU_EVIDENCE_ALLOWED_TYPES`); a `Content-Length` over the per-file or per-case
    limit is refused before a byte is read, a body that grows past it as soon as it does.
    For large files on poor connections use the resumable `.../evidence/uploads`.
    Handlers (and clients with `reports:write`) of the case's jurisdiction."""
    declared = request.headers.get("content-type")
    presented = await service.upload_file(
        _checks(request),
        session,
        actor,
        report_id,
        _body(request),
        service.FileMeta(
            description=description or "",
            filename=filename,
            declared_type=declared[:127] if declared else None,
            provided_by=provided_by,
            channel=channel,
        ),
        declared_size=_declared_length(request),
        storage=storage,
        settings=request.app.state.settings,
    )
    response.headers["Location"] = evidence_url(presented.item.id)
    return _out(presented)


@router.post(
    "/v1/reports/{report_id}/evidence/physical",
    status_code=201,
    summary="Record physical evidence received in person",
    responses={
        **problem_responses(*AUTH_ERRORS, ReportNotFound, IdempotencyKeyReused, validation=True),
        201: headers("Location"),
    },
)
async def evidence_record_physical(
    report_id: uuid.UUID,
    body: PhysicalIn,
    request: Request,
    response: Response,
    actor: Worker,
    session: DbSession,
    idempotency_key: IdempotencyKey = None,
) -> EvidenceOut:
    """Documents (handed in three copies), objects and storage media: an item without a
    file, with its receipt (who received it, when, how many copies, where it is kept).
    Link a digitised copy later with `POST /v1/evidence/{id}/links`."""

    async def create() -> EvidenceOut:
        return await _item_out(
            session, await service.create_physical(session, actor, report_id, body)
        )

    return await idempotency.once(
        session, actor.subject, idempotency_key, request, response, body, EvidenceOut,
        create, status_code=201, location=lambda created: f"/v1/evidence/{created.id}",
    )  # fmt: skip


@router.get(
    "/v1/reports/{report_id}/evidence",
    summary="List the evidence of a case",
    responses=problem_responses(*AUTH_ERRORS, ReportNotFound, validation=True),
)
async def evidence_list(report_id: uuid.UUID, actor: Viewer, session: DbSession) -> EvidenceList:
    """Every item, oldest first, including superseded and withdrawn ones (nothing is ever
    removed). Any staff role of the case's jurisdiction."""
    return EvidenceList(
        items=[_out(p) for p in await service.list_items(session, actor.principal, report_id)]
    )


# ---------------------------------------------------------------- reads


@router.get(
    "/v1/evidence/{evidence_id}",
    summary="Read an evidence item's metadata",
    responses=problem_responses(*AUTH_ERRORS, EvidenceNotFound, validation=True),
)
async def evidence_get(evidence_id: uuid.UUID, actor: Viewer, session: DbSession) -> EvidenceOut:
    """Recorded as a view on the item's chain of custody. Any staff role of the case's
    jurisdiction (404 outside it)."""
    return _out(await service.view(session, actor, evidence_id))


_BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.get(
    "/v1/evidence/{evidence_id}/content",
    summary="Download an evidence file",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The file, as its `Content-Type` the media type sniffed from its "
            "bytes at upload (one of `BAWASLU_EVIDENCE_ALLOWED_TYPES`: `image/png`, "
            "`application/pdf`, `video/mp4`, ...), or `application/octet-stream`.",
            "content": {"*/*": _BINARY},
        },
        206: {"description": "One byte range of the file.", "content": {"*/*": _BINARY}},
        **problem_responses(
            *AUTH_ERRORS,
            EvidenceNotFound,
            NotDigital,
            EvidenceCorrupted,
            EvidenceQuarantined,
            RangeNotSatisfiable,
            validation=True,
        ),
    },
)
async def evidence_content(
    evidence_id: uuid.UUID,
    request: Request,
    actor: Viewer,
    session: DbSession,
    storage: EvidenceStore,
    purpose: Annotated[
        str, Query(pattern="^(view|export)$", description="`export`: recorded as an export.")
    ] = "view",
    range_: Annotated[str | None, Header(alias="Range")] = None,
    if_range: Annotated[str | None, Header(alias="If-Range")] = None,
) -> Response:
    """The stored file, after its whole content was hashed again and found equal to the
    SHA-256 taken at upload (`ETag`). A file that changed in the store is answered
    `evidence_corrupted`, flagged, and never served again. One `Range` (`bytes=a-b`,
    `a-`, `-n`) gives 206; several ranges give the whole file. Recorded on the chain of
    custody as a download (or an export)."""
    result = await service.open_content(
        session,
        actor,
        evidence_id,
        storage=storage,
        byte_range=ranges.parse_range(range_),
        if_range_sha256=_if_range_sha256(if_range),
        purpose=purpose,
    )
    if isinstance(result, service.CorruptedRead):
        return domain_problem(request, result.error)
    return _content_response(result)


@router.get(
    "/v1/evidence/{evidence_id}/custody",
    summary="Chain of custody of an evidence item",
    responses=problem_responses(*AUTH_ERRORS, EvidenceNotFound, validation=True),
)
async def evidence_custody(evidence_id: uuid.UUID, actor: Viewer, session: DbSession) -> Custody:
    """Every upload, view, download, export, hand-over, link, supersession and withdrawal,
    oldest first: who, when, from which address and channel, and the event's place in the
    case's hash-chained timeline (`GET /v1/reports/{id}/timeline/verify` proves it)."""
    events = await service.view_custody(session, actor, evidence_id)
    return Custody(
        evidence_id=evidence_id,
        items=[
            CustodyEventOut(
                at=e.at,
                actor=e.actor,
                action=e.action,
                channel=e.channel,
                client_address=e.client_address,
                user_agent=e.user_agent,
                details=e.details,
                case_seq=e.case_seq,
            )
            for e in events
        ],
    )


# ---------------------------------------------------------------- custody actions

_ACTION_ERRORS = (*AUTH_ERRORS, EvidenceNotFound, InvalidLink, EvidenceImmutable)


@router.post(
    "/v1/evidence/{evidence_id}/links",
    summary="Link a physical item to its digitised copy",
    responses=problem_responses(*_ACTION_ERRORS, validation=True),
)
async def evidence_link(
    evidence_id: uuid.UUID, body: EvidenceLinkIn, actor: Worker, session: DbSession
) -> EvidenceOut:
    """`digital_id` (a file of the same case) becomes the digitised copy of this physical
    item; recorded on both items' custody."""
    return _out(await service.link(session, actor, evidence_id, body))


@router.post(
    "/v1/evidence/{evidence_id}/handovers",
    summary="Hand a physical item over to a new custodian",
    responses=problem_responses(*_ACTION_ERRORS, validation=True),
)
async def evidence_handover(
    evidence_id: uuid.UUID, body: HandoverIn, actor: Worker, session: DbSession
) -> EvidenceOut:
    """Who holds the item now and where it is kept; the previous custodian is recorded."""
    return _out(await service.hand_over(session, actor, evidence_id, body))


@router.post(
    "/v1/evidence/{evidence_id}/supersession",
    summary="Supersede an evidence item by a newer one",
    responses=problem_responses(*_ACTION_ERRORS, validation=True),
)
async def evidence_supersede(
    evidence_id: uuid.UUID, body: SupersedeIn, actor: Worker, session: DbSession
) -> EvidenceOut:
    """Evidence is never overwritten or deleted: a newer item of the same case replaces
    this one, with a reason. Both stay readable."""
    return _out(await service.supersede(session, actor, evidence_id, body))


@router.post(
    "/v1/evidence/{evidence_id}/withdrawal",
    summary="Withdraw a reporter's item before registration",
    responses=problem_responses(*_ACTION_ERRORS, validation=True),
)
async def evidence_withdraw(
    evidence_id: uuid.UUID, body: WithdrawIn, actor: Worker, session: DbSession
) -> EvidenceOut:
    """Only items the reporter provided, only while the case is not registered (after
    registration evidence is immutable: supersede it instead). The item is kept, marked."""
    return _out(await service.withdraw(session, actor, evidence_id, body))
