"""HTTP surface of bulk imports: JSON batches, the file template, CSV/XLSX import jobs."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import language, problem_responses
from bawaslu_api.http.declare import headers
from bawaslu_api.imports import columns, service
from bawaslu_api.imports.errors import ImportJobNotFound, TooManyRows, UnreadableFile
from bawaslu_api.imports.models import ImportJob
from bawaslu_api.imports.schemas import (
    ImportBatchIn,
    ImportBatchOut,
    ImportItemResult,
    ImportJobOut,
)
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff, require_roles
from bawaslu_api.security.principals import Principal, Role, Scope

router = APIRouter(prefix="/v1/imports", tags=["imports"])

# Staff who handle cases, and machine clients granted `imports:write`.
Importer = Annotated[
    Principal,
    Depends(
        require_roles(Role.handler, Role.commissioner, Role.admin, scopes=(Scope.imports_write,))
    ),
]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _batch_out(dry_run: bool, items: list[ImportItemResult]) -> ImportBatchOut:
    return ImportBatchOut(
        dry_run=dry_run,
        created=sum(i.status == "created" for i in items),
        duplicates=sum(i.status == "duplicate" for i in items),
        invalid=sum(i.status == "invalid" for i in items),
        valid=sum(i.status == "valid" for i in items),
        items=items,
    )


@router.post(
    "/reports",
    summary="Import a batch of up to 1,000 reports, idempotent per external_id",
    responses={
        **problem_responses(*AUTH_ERRORS, validation=True),
        200: headers("Content-Language", "Vary"),
    },
)
async def imports_reports_create(
    body: ImportBatchIn, session: DbSession, principal: Importer, request: Request
) -> ImportBatchOut:
    """Each item goes through the same intake as `POST /v1/reports` (jurisdiction,
    admissibility, deadlines): an invalid item is answered `invalid` with every problem,
    nothing of it is stored, and it does not affect the others. An `external_id` you sent before
    answers `duplicate` with the report it created, so a batch may be re-sent safely after
    any failure. The batch commits as one transaction before the response.
    Handlers, commissioners, admins, and clients with the `imports:write` scope."""
    items = await service.import_items(
        session, principal, body.items, dry_run=body.dry_run, lang=language(request)
    )
    return _batch_out(body.dry_run, items)


@router.get(
    "/template",
    summary="The column template of import files (CSV or XLSX)",
    response_class=Response,
    responses={
        200: {"content": {"text/csv": {}, XLSX: {}}, "description": "The template file."},
        **problem_responses(*AUTH_ERRORS, validation=True),
    },
)
async def imports_template(
    principal: Staff, format: Annotated[Literal["csv", "xlsx"], Query()] = "csv"
) -> Response:
    """The header row of an import file: dotted names for nested fields (`reporter.nik`),
    JSON arrays in `reported_parties`, `witnesses` and `evidence`. The XLSX template has a
    second sheet describing each column. Any staff role or `reports:read`."""
    if format == "xlsx":
        content, media = columns.template_xlsx(), XLSX
    else:
        content, media = columns.template_csv(), "text/csv; charset=utf-8"
    return Response(
        content,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="bawaslu-import.{format}"'},
    )


def _job_out(job: ImportJob) -> ImportJobOut:
    return ImportJobOut(
        id=job.id,
        filename=job.filename,
        format=job.format,  # type: ignore[arg-type]
        dry_run=job.dry_run,
        status=job.status.value,
        total=job.total,
        processed=job.processed,
        created=job.created,
        duplicates=job.duplicates,
        invalid=job.invalid,
        created_at=job.created_at,
        finished_at=job.finished_at,
        results=[ImportItemResult.model_validate(r) for r in job.results],
    )


@router.post(
    "/jobs",
    status_code=201,
    summary="Upload a CSV or XLSX file of up to 1,000 rows and import it",
    responses={
        **problem_responses(*AUTH_ERRORS, UnreadableFile, TooManyRows, validation=True),
        201: headers("Content-Language", "Vary"),
    },
)
async def imports_jobs_create(
    session: DbSession,
    principal: Importer,
    request: Request,
    file: Annotated[UploadFile, File(description="CSV (UTF-8) or XLSX, columns as the template.")],
    dry_run: Annotated[bool, Form()] = False,
) -> ImportJobOut:
    """The file is processed within this request (files are limited to the batch size,
    1,000 rows; larger imports go through `bawaslu-import`), so the job is `completed`
    when it is returned; `GET /v1/imports/jobs/{job_id}` shows it again later. Each row is
    taken in exactly as an item of `POST /v1/imports/reports`, with `external_id` from its
    column. The format follows the file name (`.xlsx`, else CSV)."""
    name = file.filename or "upload.csv"
    fmt = "xlsx" if name.lower().endswith(".xlsx") or file.content_type == XLSX else "csv"
    data = await file.read()
    job = await service.run_job(
        session, principal, filename=name, fmt=fmt, data=data, dry_run=dry_run,
        lang=language(request),
    )  # fmt: skip
    return _job_out(job)


@router.get(
    "/jobs/{job_id}",
    summary="An import job: progress and the result of every row",
    responses=problem_responses(*AUTH_ERRORS, ImportJobNotFound, validation=True),
)
async def imports_jobs_get(
    job_id: uuid.UUID, session: DbSession, principal: Importer
) -> ImportJobOut:
    """Only the caller's own jobs."""
    return _job_out(await service.get_job(session, principal, job_id))
