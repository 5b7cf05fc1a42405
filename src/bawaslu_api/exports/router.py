"""HTTP surface of exports. Included before the reports router, so that
``/v1/reports/export`` is not taken for ``/v1/reports/{report_id}``."""

from __future__ import annotations

import uuid
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.db.replica import read_session
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.exports import service
from bawaslu_api.exports.models import ExportRecord
from bawaslu_api.exports.schemas import ExportOut
from bawaslu_api.http.declare import headers
from bawaslu_api.i18n import Text
from bawaslu_api.reports.filters import report_filter
from bawaslu_api.reports.reads import ReportFilter
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff

router = APIRouter(prefix="/v1/reports", tags=["exports"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get(
    "/export",
    summary="Export the report list as CSV or XLSX (streamed)",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/csv": {}, XLSX: {}}, "description": "The export file."},
        **problem_responses(*AUTH_ERRORS, UnknownReference, validation=True),
    },
)
async def reports_export(
    session: DbSession,
    principal: Staff,
    request: Request,
    filters: Annotated[ReportFilter, Depends(report_filter)],
    format: Literal["csv", "xlsx"] = "csv",
) -> StreamingResponse:
    """Every report the list shows for the same filters (your jurisdiction only), newest
    first, with the list's columns and masking (reporter names masked; no NIK, address or
    phone). Streamed in constant memory. Every export is recorded: who, the filters and
    the row count. Any staff role or `reports:read`."""
    record = await service.start(session, principal, format, filters)
    maker = request.app.state.sessionmaker

    def reader() -> AbstractAsyncContextManager[AsyncSession]:
        # The rows may come from the read replica (unless it lacks the caller's writes).
        return read_session(request)

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - a file name only
    if format == "xlsx":
        body, media = service.stream_xlsx(maker, reader, principal, filters, record.id), XLSX
    else:
        body = service.stream_csv(maker, reader, principal, filters, record.id)
        media = "text/csv; charset=utf-8"
    return StreamingResponse(
        body,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="reports-{stamp}.{format}"',
            "X-Export-Id": str(record.id),
        },
    )


def export_out(record: ExportRecord) -> ExportOut:
    done = record.status == "done"
    return ExportOut(
        id=record.id, format=record.format, status=record.status,  # type: ignore[arg-type]
        filters=record.filters, row_count=record.row_count, size=record.size,
        error=record.error, started_at=record.started_at, finished_at=record.finished_at,
        content=f"/v1/reports/exports/{record.id}/content" if done else None,
    )  # fmt: skip


@router.post(
    "/exports",
    status_code=202,
    summary="Queue an export of the report list (written by the worker)",
    responses={
        **problem_responses(*AUTH_ERRORS, UnknownReference, validation=True),
        202: headers("Location"),
    },
)
async def reports_export_queue(
    session: DbSession,
    principal: Staff,
    response: Response,
    filters: Annotated[ReportFilter, Depends(report_filter)],
    format: Literal["csv", "xlsx"] = "csv",
) -> ExportOut:
    """`GET /v1/reports/export` off the request, for a large list: the same filters,
    columns, masking and record; answers 202 and `Location: /v1/reports/exports/{id}` at
    once, and the worker writes the file. Any staff role or `reports:read`."""
    record = await service.queue_export(session, principal, format, filters)
    response.headers["Location"] = f"/v1/reports/exports/{record.id}"
    return export_out(record)


@router.get(
    "/exports/{export_id}",
    summary="A queued export: queued, done (its file) or failed",
    responses=problem_responses(*AUTH_ERRORS, service.ExportNotFound),
)
async def reports_export_status(
    export_id: uuid.UUID, session: DbSession, principal: Staff
) -> ExportOut:
    """Your own queued export; anyone else's is 404."""
    return export_out(await service.queued(session, principal, export_id))


@router.get(
    "/exports/{export_id}/content",
    summary="The file of a queued export",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/csv": {}, XLSX: {}}, "description": "The export file."},
        **problem_responses(*AUTH_ERRORS, service.ExportNotFound),
    },
)
async def reports_export_content(
    export_id: uuid.UUID, request: Request, session: DbSession, principal: Staff
) -> StreamingResponse:
    """The file, once `done`, for 7 days; 404 before, after, and for anyone else's."""
    record = await service.queued(session, principal, export_id)
    if record.status != "done" or record.storage_key is None:
        raise service.ExportNotFound(
            Text("Berkas ekspor {id} tidak tersedia.", "The file of export {id} is not there."),
            id=export_id,
        )
    storage = request.app.state.evidence_storage
    media = XLSX if record.format == "xlsx" else "text/csv; charset=utf-8"
    return StreamingResponse(
        storage.read(record.storage_key),
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="reports-{record.id}.{record.format}"'
        },
    )
