"""HTTP surface of exports. Included before the reports router, so that
``/v1/reports/export`` is not taken for ``/v1/reports/{report_id}``."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.errors import UnknownReference
from bawaslu_api.db.replica import read_session
from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.exports import service
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
