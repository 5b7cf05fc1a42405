"""Bulk intake: every item goes through ``reports.service.intake``, one savepoint each.

Transactions: a batch is one request, hence one transaction (the unit of work commits it
before the response leaves). Inside it each item runs in its own SAVEPOINT: an item that
fails (validation, an unknown office, outside the caller's jurisdiction, ...) rolls back
only its savepoint and is answered ``invalid``; the others are kept. The ``import_key`` row
(caller, external id) → report is written in the same savepoint as the report, so the two
are stored together or not at all. If the process dies before the commit, nothing of the
batch is stored and re-sending it creates every report once; if it dies after, re-sending
answers ``duplicate`` for each. Two concurrent batches carrying the same external id
serialise on the key's primary key: the second waits, then answers ``duplicate``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.errors import DomainError, FieldProblem, field_problems
from bawaslu_api.i18n import Lang, Text
from bawaslu_api.imports import columns
from bawaslu_api.imports.errors import ImportJobNotFound, TooManyRows, UnreadableFile
from bawaslu_api.imports.models import ImportJob, ImportKey, JobStatus
from bawaslu_api.imports.schemas import MAX_BATCH, ImportItem, ImportItemResult
from bawaslu_api.reports import service as reports
from bawaslu_api.security.principals import Principal


class _DryRun(Exception):
    """Raised inside a dry-run item's savepoint to roll it back after a successful intake."""


def _validation_problems(exc: ValidationError, lang: Lang) -> list[FieldProblem]:
    return field_problems(exc.errors(), lang)


def _domain_problem(exc: DomainError, lang: Lang) -> FieldProblem:
    message = exc.detail.render(lang, **exc.params) if exc.detail else exc.title.render(lang)
    return FieldProblem(location="", loc=[], code=exc.code, message=message)


def _external_id(raw: Any) -> str | None:
    value = raw.get("external_id") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else None


async def import_items(
    session: AsyncSession,
    principal: Principal,
    items: Sequence[Any],
    *,
    dry_run: bool,
    lang: Lang,
) -> list[ImportItemResult]:
    """Validate and take in each item; one result per item, in order."""
    results: dict[int, ImportItemResult] = {}
    parsed: list[tuple[int, ImportItem]] = []
    for index, raw in enumerate(items):
        try:
            parsed.append((index, ImportItem.model_validate(raw)))
        except ValidationError as exc:
            results[index] = ImportItemResult(
                index=index,
                external_id=_external_id(raw),
                status="invalid",
                problems=_validation_problems(exc, lang),
            )
    known = await _known_keys(session, principal.subject, [item.external_id for _, item in parsed])
    for index, item in parsed:
        results[index] = await _take_in(session, principal, index, item, known, dry_run, lang)
    return [results[i] for i in range(len(items))]


async def _known_keys(
    session: AsyncSession, subject: str, external_ids: list[str]
) -> dict[str, uuid.UUID]:
    if not external_ids:
        return {}
    rows = await session.execute(
        select(ImportKey.external_id, ImportKey.report_id).where(
            ImportKey.subject == subject, ImportKey.external_id.in_(set(external_ids))
        )
    )
    return {row.external_id: row.report_id for row in rows}


async def _take_in(
    session: AsyncSession,
    principal: Principal,
    index: int,
    item: ImportItem,
    known: dict[str, uuid.UUID],
    dry_run: bool,
    lang: Lang,
) -> ImportItemResult:
    ext = item.external_id
    if ext in known:
        return ImportItemResult(
            index=index, external_id=ext, status="duplicate", report_id=known[ext]
        )
    try:
        async with session.begin_nested():
            # The single-intake code path: jurisdiction, references, admissibility, clocks.
            loaded = await reports.intake(session, principal, item)
            session.add(
                ImportKey(subject=principal.subject, external_id=ext, report_id=loaded.report.id)
            )
            await session.flush()
            result = ImportItemResult(
                index=index,
                external_id=ext,
                status="valid" if dry_run else "created",
                report_id=None if dry_run else loaded.report.id,
                verdict=str(loaded.report.admissibility.get("verdict")),
                receipt_code=None if dry_run else loaded.receipt_code,
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
        return result
    except DomainError as exc:
        return ImportItemResult(
            index=index, external_id=ext, status="invalid", problems=[_domain_problem(exc, lang)]
        )
    except IntegrityError:
        # Another transaction stored this external id first (we waited for it to commit).
        existing = await _known_keys(session, principal.subject, [ext])
        if ext not in existing:
            raise
        known[ext] = existing[ext]
        return ImportItemResult(
            index=index, external_id=ext, status="duplicate", report_id=existing[ext]
        )
    known[ext] = loaded.report.id
    return result


# ---------------------------------------------------------------- files and jobs

FORMATS = ("csv", "xlsx")


def read_file(fmt: str, data: bytes) -> list[dict[str, Any]]:
    """The items of an uploaded file, at most ``MAX_BATCH``."""
    try:
        reader = columns.read_xlsx(data) if fmt == "xlsx" else columns.read_csv(data)
        rows: list[dict[str, Any]] = []
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_BATCH:
                raise TooManyRows(
                    Text(
                        "Paling banyak {max} baris per berkas; bagi berkasnya atau gunakan "
                        "bawaslu-import.",
                        "At most {max} rows per file; split it or use bawaslu-import.",
                    ),
                    max=MAX_BATCH,
                )
    except (UnicodeDecodeError, ValueError, KeyError, OSError) as exc:
        raise UnreadableFile(
            Text("Berkas {fmt} tidak valid: {error}.", "Invalid {fmt} file: {error}."),
            fmt=fmt.upper(),
            error=str(exc)[:200],
        ) from exc
    except Exception as exc:  # openpyxl raises zipfile.BadZipFile and others
        if isinstance(exc, DomainError):
            raise
        raise UnreadableFile(
            Text("Berkas {fmt} tidak valid: {error}.", "Invalid {fmt} file: {error}."),
            fmt=fmt.upper(),
            error=type(exc).__name__,
        ) from exc
    return rows


async def run_job(
    session: AsyncSession,
    principal: Principal,
    *,
    filename: str,
    fmt: str,
    data: bytes,
    dry_run: bool,
    lang: Lang,
) -> ImportJob:
    """Read the file, import its rows in this request (synchronously) and keep the job with
    its per-row results. Receipt codes are not kept: reporters of file imports get theirs
    through the office."""
    rows = read_file(fmt, data)
    job = ImportJob(
        subject=principal.subject,
        filename=filename[:300],
        format=fmt,
        dry_run=dry_run,
        status=JobStatus.processing,
        total=len(rows),
        processed=0,
        created=0,
        duplicates=0,
        invalid=0,
        results=[],
    )
    session.add(job)
    await session.flush()
    results = await import_items(session, principal, rows, dry_run=dry_run, lang=lang)
    job.results = [r.model_dump(mode="json", exclude={"receipt_code"}) for r in results]
    job.processed = len(results)
    job.created = sum(r.status in ("created", "valid") for r in results)
    job.duplicates = sum(r.status == "duplicate" for r in results)
    job.invalid = sum(r.status == "invalid" for r in results)
    job.status = JobStatus.completed
    job.finished_at = datetime.now(UTC)
    await session.flush()
    return job


async def get_job(session: AsyncSession, principal: Principal, job_id: uuid.UUID) -> ImportJob:
    """A job of the caller's own; 404 for anyone else's."""
    job = await session.get(ImportJob, job_id)
    if job is None or job.subject != principal.subject:
        raise ImportJobNotFound(Text("Tidak ada pekerjaan {id}.", "No job {id}."), id=job_id)
    return job
