"""Exports of the report list: the list's own query, streamed page by page.

One code path: pages come from ``reports.reads.fetch_page`` / ``page_out``, the statement
and shaping of ``GET /v1/reports`` itself, with the caller's ``ReportFilter`` (so
jurisdiction, filters, ordering and masking are the list's), run on the driver connection
of the export's own session (``db.bulk.driver_connection``). The stream
walks the keyset pages (``EXPORT_PAGE`` rows each) in its own session, dropping each page
before the next: memory stays constant whatever the row count. Keyset paging on
(received_at, id) sees every row that existed when the export started exactly once;
rows received during the export may or may not appear.

CSV is written row by row as it is read. XLSX is built with openpyxl's write-only
workbook (rows are written to a temporary file as they come, not kept), saved to a
temporary file, then streamed from disk in chunks and deleted.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any

import anyio
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.db import bulk
from bawaslu_api.exports.models import ExportRecord
from bawaslu_api.reports import reads
from bawaslu_api.reports.schemas import ReportSummary
from bawaslu_api.security.principals import Principal

EXPORT_PAGE = 2000
CHUNK = 64 * 1024
COLUMNS = tuple(ReportSummary.model_fields)


def filters_json(filters: reads.ReportFilter) -> dict[str, Any]:
    return {
        k: (v.isoformat() if isinstance(v, datetime) else v)
        for k, v in dataclasses.asdict(filters).items()
        if v is not None
    }


async def start(
    session: AsyncSession, principal: Principal, fmt: str, filters: reads.ReportFilter
) -> ExportRecord:
    """Check the filters (an unknown office answers 422 before any byte is sent) and record
    who exports what; the request's unit of work commits the record."""
    await reads.fetch_page(
        await bulk.driver_connection(session), principal, filters, cursor=None, limit=1
    )
    record = ExportRecord(subject=principal.subject, format=fmt, filters=filters_json(filters))
    session.add(record)
    await session.flush()
    return record


Reader = Callable[[], AbstractAsyncContextManager[AsyncSession]]
"""Opens the session the rows are read in (``sessionmaker.begin``, or the read replica's
``db.replica.read_session``)."""


async def summaries(
    reader: Reader,
    principal: Principal,
    filters: reads.ReportFilter,
    *,
    page_size: int = EXPORT_PAGE,
) -> AsyncIterator[ReportSummary]:
    """Every report the list would show, masked, page by page."""
    async with reader() as session:
        conn = await bulk.driver_connection(session)
        cursor: str | None = None
        while True:
            rows = await reads.fetch_page(conn, principal, filters, cursor=cursor, limit=page_size)
            page = reads.page_out(rows, page_size)
            for summary in page.items:
                yield summary
            cursor = page.next_cursor
            if cursor is None:
                return


def _cell(value: Any) -> Any:
    """A cell: lists (``subjects``) as codes separated by ``;`` (as the import reads them)."""
    if value is None:
        return ""
    return ";".join(value) if isinstance(value, list) else value


def _cells(summary: ReportSummary) -> list[Any]:
    data = summary.model_dump(mode="json")
    return [_cell(data[c]) for c in COLUMNS]


async def finish(
    sessionmaker: async_sessionmaker[AsyncSession], record_id: uuid.UUID, rows: int
) -> None:
    """Fill in the row count once the last row is out (its own short transaction: the
    request's has committed before the first byte)."""
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(ExportRecord)
            .where(ExportRecord.id == record_id)
            .values(row_count=rows, finished_at=datetime.now(UTC))
        )


async def stream_csv(
    sessionmaker: async_sessionmaker[AsyncSession],
    reader: Reader,
    principal: Principal,
    filters: reads.ReportFilter,
    record_id: uuid.UUID,
) -> AsyncIterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    rows = 0
    async for summary in summaries(reader, principal, filters):
        writer.writerow(_cells(summary))
        rows += 1
        if buffer.tell() >= CHUNK:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()
    await finish(sessionmaker, record_id, rows)


async def stream_xlsx(
    sessionmaker: async_sessionmaker[AsyncSession],
    reader: Reader,
    principal: Principal,
    filters: reads.ReportFilter,
    record_id: uuid.UUID,
) -> AsyncIterator[bytes]:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("reports")
    sheet.append(list(COLUMNS))
    rows = 0
    async for summary in summaries(reader, principal, filters):
        sheet.append(_cells(summary))
        rows += 1
    with tempfile.TemporaryFile(suffix=".xlsx") as handle:
        await anyio.to_thread.run_sync(workbook.save, handle)
        handle.seek(0)
        while chunk := await anyio.to_thread.run_sync(handle.read, CHUNK):
            yield chunk
    await finish(sessionmaker, record_id, rows)
