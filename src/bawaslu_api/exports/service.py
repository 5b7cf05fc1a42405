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

A large export can be queued instead (:func:`queue_export`, ``POST /v1/reports/exports``):
the worker (job ``exports.write``) runs the same stream as the requester and stores the
file under ``exports/`` in the evidence store; only the requester reads it, for
:data:`KEEP` (housekeeping deletes it then).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bawaslu_api.cases.models import ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.db import bulk, queue
from bawaslu_api.errors import NotFound
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.exports.models import ExportRecord
from bawaslu_api.i18n import Text
from bawaslu_api.reports import reads
from bawaslu_api.reports.schemas import ReportSummary
from bawaslu_api.security import principals
from bawaslu_api.security.principals import Principal

EXPORT_PAGE = 2000
TASK = "exports.write"
QUEUE = "exports"
PREFIX = "exports/"
KEEP = timedelta(days=7)
"""How long a queued export's file is kept after it is written."""
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


class ExportNotFound(NotFound):
    code = "export_not_found"
    title = Text("Ekspor tidak ditemukan", "Export not found")


_PARSERS: dict[str, Any] = {
    "kind": ReportKind,
    "status": ReportStatus,
    "outcome_category": ViolationCategory,
    "received_from": datetime.fromisoformat,
    "received_to": datetime.fromisoformat,
}


def filters_from_json(data: dict[str, Any]) -> reads.ReportFilter:
    """The filters of :func:`filters_json`."""
    return reads.ReportFilter(**{k: _PARSERS.get(k, lambda v: v)(v) for k, v in data.items()})


async def queue_export(
    session: AsyncSession, principal: Principal, fmt: str, filters: reads.ReportFilter
) -> ExportRecord:
    """Check and record an export as :func:`start` does, and queue the job that writes it
    (it runs once the request commits)."""
    record = await start(session, principal, fmt, filters)
    record.status = "queued"
    record.principal = principals.snapshot(principal)
    await session.flush()
    await queue.defer(
        session, task=TASK, queue=QUEUE, args={"export_id": str(record.id)}, lock=None
    )
    return record


async def queued(session: AsyncSession, principal: Principal, export_id: uuid.UUID) -> ExportRecord:
    """A queued export of the caller's own (anyone else's is 404, as one that does not
    exist)."""
    record = await session.get(ExportRecord, export_id)
    if record is None or record.status is None or record.subject != principal.subject:
        raise ExportNotFound(Text("Ekspor {id} tidak ada.", "No export {id}."), id=export_id)
    return record


async def write(
    sessionmaker: async_sessionmaker[AsyncSession], storage: Storage, export_id: uuid.UUID
) -> str | None:
    """Write a queued export to the store (the worker's job); its status after, ``None``
    when it is not queued. An error other than the database's marks it failed."""
    async with sessionmaker() as session:
        record = await session.get(ExportRecord, export_id)
        if record is None or record.status != "queued" or record.principal is None:
            return None
        principal = principals.from_snapshot(record.principal)
        filters = filters_from_json(record.filters)
        fmt = record.format
    stream = stream_xlsx if fmt == "xlsx" else stream_csv
    key = f"{PREFIX}{export_id}.{fmt}"
    values: dict[str, Any]
    try:
        rows = stream(sessionmaker, sessionmaker.begin, principal, filters, export_id)
        size = await storage.put_temp(rows, key=key)
    except (OSError, ValueError) as exc:
        values = {"status": "failed", "error": f"{type(exc).__name__}: {exc}"[:1000]}
    else:
        values = {"status": "done", "storage_key": key, "size": size}
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(ExportRecord).where(ExportRecord.id == export_id).values(**values)
        )
    return str(values["status"])


async def expire(
    sessionmaker: async_sessionmaker[AsyncSession], storage: Storage, *, now: datetime
) -> int:
    """Delete the files of queued exports written more than :data:`KEEP` ago (the record
    stays: who exported what); how many."""
    async with sessionmaker() as session, session.begin():
        rows = (
            await session.execute(
                update(ExportRecord)
                .where(
                    ExportRecord.storage_key.is_not(None),
                    ExportRecord.finished_at < now - KEEP,
                )
                .values(storage_key=None, status="expired")
                .returning(ExportRecord.id, ExportRecord.format)
            )
        ).all()
    for export_id, fmt in rows:
        await storage.delete(f"{PREFIX}{export_id}.{fmt}")
    return len(rows)
