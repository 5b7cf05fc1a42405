"""HTTP surface of resumable evidence uploads: tus 1.0 (core protocol, creation,
creation-with-upload, termination, expiration, checksum; https://tus.io/protocols/resumable-upload)
and the JSON routes of earlier clients, over the same sessions (``uploads``).

A tus request is one with ``Tus-Resumable`` (or a ``HEAD``, ``PATCH`` or ``OPTIONS`` on an
upload URL): ``http.tus.TusResumableMiddleware`` puts ``Tus-Resumable: 1.0.0`` on all of its
answers, refusals included. Parts are streamed to the store, never held in memory; the
routes that take them are exempt from the app's body cap (main.py) and hold the upload to
its announced length. docs/evidence.md.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from bawaslu_api.cases.errors import ReportNotFound
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import DomainError, domain_problem, problem_responses
from bawaslu_api.evidence import uploads
from bawaslu_api.evidence.errors import (
    CaseQuotaExceeded,
    ChecksumInvalid,
    ChecksumMismatch,
    EvidenceTooLarge,
    InvalidContentRange,
    StorageUnavailable,
    TusVersionUnsupported,
    TypeNotAllowed,
    UploadClosed,
    UploadGone,
    UploadMismatch,
    UploadNotFound,
    UploadOffsetMismatch,
    UploadPartType,
)
from bawaslu_api.evidence.models import EvidenceUpload
from bawaslu_api.evidence.schemas import UploadCreate, UploadOut
from bawaslu_api.evidence.web import (
    RAW_BODY,
    EvidenceStore,
    TusResumable,
    Worker,
    body,
    check_tus_version,
    checks,
    declared_length,
    evidence_url,
    media_type,
    part_checksum,
    tus_creation,
    tus_headers,
    upload_url,
)
from bawaslu_api.http import ranges, tus
from bawaslu_api.i18n import Text
from bawaslu_api.openapi import component
from bawaslu_api.security.dependencies import AUTH_ERRORS

router = APIRouter(tags=["evidence"])

_BINARY = {"schema": {"type": "string", "format": "binary"}}

UPLOAD_CREATION_PATH = r"^/v1/reports/[^/]+/evidence/uploads$"
"""A tus creation may carry the first part (``application/offset+octet-stream``): that
body is exempt from the cap too, its JSON creation is not (main.py)."""
TUS_PATHS = (UPLOAD_CREATION_PATH, r"^/v1/evidence/uploads/[^/]+$")
"""Where tus requests are answered with ``Tus-Resumable`` (main.py)."""


def _upload_out(upload: EvidenceUpload) -> UploadOut:
    return UploadOut(
        id=upload.id,
        report_id=upload.report_id,
        size=upload.size,
        offset=upload.received,
        sha256=upload.sha256,
        status=upload.status,
        expires_at=upload.expires_at,
        evidence_id=upload.evidence_id,
        upload_url=upload_url(upload.id),
    )


_CREATION_BODY: dict[str, Any] = {
    "requestBody": {
        "required": False,
        "description": "tus (`Tus-Resumable: 1.0.0`): no body, or the first part of the "
        "file as `application/offset+octet-stream` (creation-with-upload). JSON "
        "(earlier clients): the announcement.",
        "content": {
            "application/json": {"schema": component(UploadCreate)},
            tus.OFFSET_OCTET_STREAM: _BINARY,
        },
    }
}


def _header(description: str, type_: str = "string") -> dict[str, Any]:
    return {"description": description, "schema": {"type": type_}}


TUS_RESUMABLE_HEADER = _header("`1.0.0`, on every answer to a tus request.")
NO_STORE = _header("`no-store`: an offset is never cached.")
UPLOAD_OFFSET_HEADER = _header("Bytes stored so far; the next part starts here.", "integer")
EVIDENCE_LOCATION_HEADER = _header(
    "tus: the evidence item (`/v1/evidence/{id}`), on the answer whose part completed the upload."
)
UPLOAD_EXPIRES_HEADER = _header(
    "When the upload expires unless completed (an HTTP-date; `BAWASLU_EVIDENCE_UPLOAD_TTL_HOURS`)."
)


async def _json_announcement(request: Request) -> UploadCreate:
    """The JSON creation's body, validated as FastAPI would (422 naming the field): it is
    read here because the same route takes a tus creation's file bytes as a stream."""
    try:
        return UploadCreate.model_validate_json(await request.body())
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from None


@router.post(
    "/v1/reports/{report_id}/evidence/uploads",
    status_code=201,
    summary="Start a resumable upload (tus creation, or JSON)",
    openapi_extra=_CREATION_BODY,
    responses={
        201: {
            "description": "The upload; `Location` is its URL (tus: `Upload-Offset` says how "
            "much of a creation-with-upload's body was kept).",
            "headers": {
                "Location": _header("The upload's URL (`upload_url`)."),
                "Upload-Offset": UPLOAD_OFFSET_HEADER,
                "Upload-Expires": UPLOAD_EXPIRES_HEADER,
                "Tus-Resumable": TUS_RESUMABLE_HEADER,
                "Evidence-Location": EVIDENCE_LOCATION_HEADER,
            },
        },
        **problem_responses(
            *AUTH_ERRORS,
            ReportNotFound,
            EvidenceTooLarge,
            CaseQuotaExceeded,
            TusVersionUnsupported,
            UploadPartType,
            ChecksumInvalid,
            ChecksumMismatch,
            TypeNotAllowed,
            UploadMismatch,
            StorageUnavailable,
            validation=True,
        ),
    },
)
async def evidence_upload_create(
    report_id: uuid.UUID,
    request: Request,
    response: Response,
    background: BackgroundTasks,
    actor: Worker,
    session: DbSession,
    storage: EvidenceStore,
    tus_resumable: Annotated[
        str | None, Header(description="`1.0.0`: a tus creation (otherwise a JSON body).")
    ] = None,
    upload_length: Annotated[
        int | None, Header(ge=1, description="tus: the file's total size in bytes.")
    ] = None,
    upload_metadata: Annotated[
        str | None,
        Header(
            description="tus: `key base64(value)` pairs, comma-separated: `description` "
            "(required: what the file shows), `filename` (or `name`), `filetype` (or "
            "`type`), `provided_by`, `channel`, `sha256` (hex; optional)."
        ),
    ] = None,
    upload_checksum: Annotated[
        str | None, Header(description="tus: `sha1 <base64>` of the body, if it has one.")
    ] = None,
) -> Any:
    """**tus 1.0** (`Tus-Resumable: 1.0.0`, the creation extension): `Upload-Length` and
    `Upload-Metadata` announce the file; a body (`application/offset+octet-stream`) is its
    first part (creation-with-upload). Then `PATCH` the rest to `Location`, `HEAD` it to
    learn the offset after an interruption. The server computes the SHA-256.

    **JSON** (earlier clients): announce `size` (and, if known, `sha256`) in the body; then
    `PUT` parts with `Content-Range`.

    Either way the size is reserved against the case's quota. Handlers (and clients with
    `reports:write`) of the case's jurisdiction."""
    settings = request.app.state.settings
    streamed = media_type(request) == tus.OFFSET_OCTET_STREAM
    if tus_resumable is None and not streamed:
        upload = await uploads.create_upload(
            session, actor, report_id, await _json_announcement(request), settings
        )
        response.headers["Location"] = upload_url(upload.id)
        response.headers["Upload-Offset"] = "0"
        return _upload_out(upload)
    check_tus_version(tus_resumable)
    announced, metadata = tus_creation(upload_length, upload_metadata)
    if not streamed:
        if declared_length(request) or "transfer-encoding" in request.headers:
            raise UploadPartType(Text("Kirim tanpa isi.", "Send it without a body."))
        upload = await uploads.create_upload(
            session, actor, report_id, announced, settings, metadata=metadata
        )
        return _tus_created(response, upload)
    # Creation-with-upload: the upload is committed first (it exists whatever becomes of
    # its first part), then the part is received as a PATCH's would be.
    checksum = part_checksum(upload_checksum)
    async with checks(request)() as early:
        created = await uploads.create_upload(
            early, actor, report_id, announced, settings, metadata=metadata
        )
        await early.commit()
    try:
        outcome = await uploads.receive_part(
            checks(request), session, actor, created.id, None, body(request),
            storage=storage, settings=settings, offset=0, checksum=checksum, tus=True,
        )  # fmt: skip
    except DomainError as exc:
        exc.headers = {**(exc.headers or {}), "Location": upload_url(created.id)}
        raise
    if outcome.cleanup is not None:
        background.add_task(outcome.cleanup)
    if outcome.error is not None:
        outcome.error.headers = {"Location": upload_url(created.id)}
        return domain_problem(request, outcome.error)
    if outcome.item is not None:
        response.headers["Evidence-Location"] = evidence_url(outcome.item.id)
    return _tus_created(response, outcome.upload)


def _tus_created(response: Response, upload: EvidenceUpload) -> UploadOut:
    response.headers["Location"] = upload_url(upload.id)
    response.headers.update(tus_headers(upload, length=False))
    return _upload_out(upload)


@router.get(
    "/v1/evidence/uploads/{upload_id}",
    summary="How much of a resumable upload is stored",
    responses={
        200: {
            "description": "The upload.",
            "headers": {"Upload-Offset": UPLOAD_OFFSET_HEADER, "Cache-Control": NO_STORE},
        },
        **problem_responses(*AUTH_ERRORS, UploadNotFound, validation=True),
    },
)
async def evidence_upload_status(
    upload_id: uuid.UUID, response: Response, actor: Worker, session: DbSession
) -> UploadOut:
    """`offset` is where the next part must start. Also in the `Upload-Offset` header."""
    upload = await uploads.load_upload(session, actor.principal, upload_id)
    response.headers["Upload-Offset"] = str(upload.received)
    response.headers["Cache-Control"] = "no-store"
    return _upload_out(upload)


@router.put(
    "/v1/evidence/uploads/{upload_id}",
    summary="Send a part of a resumable upload",
    response_model=UploadOut,
    openapi_extra=RAW_BODY,
    responses={
        200: {
            "description": "The upload after the part.",
            "headers": {
                "Upload-Offset": UPLOAD_OFFSET_HEADER,
                "Location": _header("The evidence item, when the part completed the upload."),
            },
        },
        **problem_responses(
            *AUTH_ERRORS,
            UploadNotFound,
            InvalidContentRange,
            EvidenceTooLarge,
            CaseQuotaExceeded,
            UploadOffsetMismatch,
            UploadClosed,
            TypeNotAllowed,
            UploadMismatch,
            StorageUnavailable,
            validation=True,
        ),
    },
)
async def evidence_upload_part(
    upload_id: uuid.UUID,
    request: Request,
    response: Response,
    background: BackgroundTasks,
    actor: Worker,
    session: DbSession,
    storage: EvidenceStore,
    content_range: Annotated[
        str | None, Header(description="`bytes first-last/total`, first = the stored offset.")
    ] = None,
) -> Any:
    """Appends the part at `first`, which must equal the stored offset (409 with
    `Upload-Offset` otherwise). If the connection drops midway, the bytes that arrived are
    kept and the offset advances by them. The part that brings the offset to the total
    completes the upload: size and SHA-256 are checked against the announcement, the type
    is sniffed, and the evidence item is created (`evidence_id`, `Location`)."""
    outcome = await uploads.receive_part(
        checks(request),
        session,
        actor,
        upload_id,
        ranges.parse_content_range(content_range),
        body(request),
        storage=storage,
        settings=request.app.state.settings,
    )
    if outcome.cleanup is not None:
        background.add_task(outcome.cleanup)
    if outcome.error is not None:
        return domain_problem(request, outcome.error)
    response.headers["Upload-Offset"] = str(outcome.upload.received)
    if outcome.item is not None:
        response.headers["Location"] = evidence_url(outcome.item.id)
    return _upload_out(outcome.upload)


@router.delete(
    "/v1/evidence/uploads/{upload_id}",
    status_code=204,
    summary="Cancel a resumable upload (tus termination)",
    responses={
        204: {
            "description": "Cancelled.",
            "headers": {"Tus-Resumable": TUS_RESUMABLE_HEADER},
        },
        **problem_responses(
            *AUTH_ERRORS,
            UploadNotFound,
            UploadClosed,
            UploadGone,
            TusVersionUnsupported,
            validation=True,
        ),
    },
)
async def evidence_upload_cancel(
    upload_id: uuid.UUID,
    background: BackgroundTasks,
    actor: Worker,
    session: DbSession,
    storage: EvidenceStore,
    tus_resumable: Annotated[
        str | None, Header(description="`1.0.0` from a tus client (termination).")
    ] = None,
) -> Response:
    """Releases the reserved quota; the stored parts are removed. A tus client is answered
    410 `upload_gone` for an upload that had already ended, the JSON routes 409
    `upload_closed`."""
    if tus_resumable is not None:
        check_tus_version(tus_resumable)
    cleanup = await uploads.cancel_upload(
        session, actor, upload_id, storage=storage, tus=tus_resumable is not None
    )
    background.add_task(cleanup)
    return Response(status_code=204)


@router.head(
    "/v1/evidence/uploads/{upload_id}",
    summary="tus: how much of an upload is stored",
    response_class=Response,
    responses={
        200: {
            "description": "No body; the offset to resume from.",
            "headers": {
                "Upload-Offset": UPLOAD_OFFSET_HEADER,
                "Upload-Length": _header("The file's total size in bytes.", "integer"),
                "Upload-Expires": UPLOAD_EXPIRES_HEADER,
                "Upload-Metadata": _header("The creation's `Upload-Metadata`, as it was sent."),
                "Cache-Control": NO_STORE,
                "Tus-Resumable": TUS_RESUMABLE_HEADER,
            },
        },
        **problem_responses(
            *AUTH_ERRORS, UploadNotFound, UploadGone, TusVersionUnsupported, validation=True
        ),
    },
)
async def evidence_upload_head(
    upload_id: uuid.UUID, actor: Worker, session: DbSession, _: TusResumable
) -> Response:
    """`Upload-Offset` is where the next `PATCH` starts (equal to `Upload-Length` once the
    upload completed). An upload that was terminated, failed or expired is 410, one
    outside your jurisdiction 404 like one that never existed."""
    upload = await uploads.load_upload(session, actor.principal, upload_id)
    if uploads.ended(upload):
        raise UploadGone(Text("Sesi berstatus {status}.", "The upload is {status}."),
                         status=upload.status.value)  # fmt: skip
    headers = {**tus_headers(upload), "Cache-Control": "no-store"}
    if metadata := upload.meta.get("upload_metadata"):
        headers["Upload-Metadata"] = tus.format_metadata(metadata)
    return Response(status_code=200, headers=headers)


@router.patch(
    "/v1/evidence/uploads/{upload_id}",
    status_code=204,
    summary="tus: send the next part of an upload",
    response_class=Response,
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "The part's bytes, from `Upload-Offset` on.",
            "content": {
                tus.OFFSET_OCTET_STREAM: {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
    responses={
        204: {
            "description": "The part is stored.",
            "headers": {
                "Upload-Offset": UPLOAD_OFFSET_HEADER,
                "Upload-Expires": UPLOAD_EXPIRES_HEADER,
                "Evidence-Location": EVIDENCE_LOCATION_HEADER,
                "Tus-Resumable": TUS_RESUMABLE_HEADER,
            },
        },
        **problem_responses(
            *AUTH_ERRORS,
            UploadNotFound,
            TusVersionUnsupported,
            UploadPartType,
            ChecksumInvalid,
            ChecksumMismatch,
            UploadOffsetMismatch,
            UploadClosed,
            UploadGone,
            EvidenceTooLarge,
            CaseQuotaExceeded,
            TypeNotAllowed,
            UploadMismatch,
            StorageUnavailable,
            validation=True,
        ),
    },
)
async def evidence_upload_patch(
    upload_id: uuid.UUID,
    request: Request,
    background: BackgroundTasks,
    actor: Worker,
    _: TusResumable,
    session: DbSession,
    storage: EvidenceStore,
    upload_offset: Annotated[
        int, Header(ge=0, description="Where the part starts: the stored offset (409 otherwise).")
    ],
    upload_checksum: Annotated[
        str | None,
        Header(description="`<algorithm> <base64 digest>` of the part (`sha1`, `sha256`, `md5`)."),
    ] = None,
) -> Response:
    """Appends the part at `Upload-Offset`, which must be the stored offset (409 with the
    stored one otherwise). If the connection drops midway, the bytes that arrived are kept
    (unless the part has an `Upload-Checksum`: then it is not kept, as when it does not
    match, 460). The part that reaches `Upload-Length` completes the upload: the server
    joins the parts, computes the SHA-256 (checked against a `sha256` the metadata
    announced), sniffs the type and creates the evidence item (`Evidence-Location`)."""
    if media_type(request) != tus.OFFSET_OCTET_STREAM:
        raise UploadPartType(
            Text("Kirim Content-Type: {type}.", "Send Content-Type: {type}."),
            type=tus.OFFSET_OCTET_STREAM,
        )
    outcome = await uploads.receive_part(
        checks(request), session, actor, upload_id, None, body(request),
        storage=storage, settings=request.app.state.settings, offset=upload_offset,
        checksum=part_checksum(upload_checksum), tus=True,
    )  # fmt: skip
    if outcome.cleanup is not None:
        background.add_task(outcome.cleanup)
    if outcome.error is not None:
        return domain_problem(request, outcome.error)
    headers = tus_headers(outcome.upload, length=False)
    if outcome.item is not None:
        headers["Evidence-Location"] = evidence_url(outcome.item.id)
    return Response(status_code=204, headers=headers)


_CAPABILITIES: dict[int | str, dict[str, Any]] = {
    204: {
        "description": "What this server speaks (no token needed).",
        "headers": {
            "Tus-Version": _header("`1.0.0`."),
            "Tus-Extension": _header(
                "`creation,creation-with-upload,termination,expiration,checksum`."
            ),
            "Tus-Max-Size": _header(
                "The largest file accepted (`BAWASLU_EVIDENCE_MAX_FILE_BYTES`).", "integer"
            ),
            "Tus-Checksum-Algorithm": _header("`sha1,sha256,md5`."),
            "Tus-Resumable": TUS_RESUMABLE_HEADER,
        },
    }
}


def _capabilities(request: Request) -> Response:
    settings = request.app.state.settings
    return Response(status_code=204, headers=tus.capabilities(settings.evidence_max_file_bytes))


@router.options(
    "/v1/reports/{report_id}/evidence/uploads",
    status_code=204,
    summary="tus: what the server speaks (creation URL)",
    response_class=Response,
    responses=_CAPABILITIES,
    openapi_extra={"security": []},
)
async def evidence_upload_options(report_id: uuid.UUID, request: Request) -> Response:
    """The protocol version, extensions, largest size and checksum algorithms. Public: it
    says nothing of the case (a browser's CORS preflight is answered before it)."""
    return _capabilities(request)


@router.options(
    "/v1/evidence/uploads/{upload_id}",
    status_code=204,
    summary="tus: what the server speaks (upload URL)",
    response_class=Response,
    responses=_CAPABILITIES,
    openapi_extra={"security": []},
)
async def evidence_upload_url_options(upload_id: uuid.UUID, request: Request) -> Response:
    """As on the creation URL; says nothing of the upload."""
    return _capabilities(request)
