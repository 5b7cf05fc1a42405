"""Bulk intake: a batch goes through the same intake as a single report, in bulk.

Transactions: a batch is one request, hence one transaction (the unit of work commits it
before the response leaves). Each item is validated and prepared on its own
(``reports.intake.prepare``: jurisdiction, references, admissibility, clocks); an item
that fails is answered ``invalid`` with every problem and nothing of it is written; the
others are stored together (``reports.intake.store``: one ``COPY`` per table).

Exactly once: each item's ``(office, external id)`` (the caller's office: every officer and
client of one office shares the office's external ids) is claimed in ``import_key`` with
``INSERT ... ON CONFLICT DO NOTHING`` before its case is written, in the same transaction
(the key's foreign key to the case is checked at commit). If the process dies before the
commit, nothing of the batch is stored and re-sending it creates every report once; if it
dies after, re-sending answers ``duplicate`` for each. Two concurrent batches carrying the
same external id serialise on the key: the second waits for the first to commit, then
answers ``duplicate`` (or, if the first rolled back, claims it). Keys are claimed in sorted
order, so two batches never wait for each other in a cycle. A ``duplicate`` names who
imported the id first and when, and the case (its id and register number) only if the
caller still sees it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report
from bawaslu_api.clients.models import ApiClient
from bawaslu_api.db import bulk
from bawaslu_api.errors import DomainError, FieldProblem, field_problems
from bawaslu_api.i18n import Lang, Text
from bawaslu_api.imports import columns
from bawaslu_api.imports.errors import ImportJobNotFound, TooManyRows, UnreadableFile
from bawaslu_api.imports.models import ImportJob, ImportKey, JobStatus
from bawaslu_api.imports.schemas import MAX_BATCH, ExistingImport, ImportItem, ImportItemResult
from bawaslu_api.offices import scope
from bawaslu_api.reports import intake
from bawaslu_api.security.principals import Principal
from bawaslu_api.users.models import StaffUser


def _domain_problems(exc: DomainError, lang: Lang) -> list[FieldProblem]:
    """An item's problem: the fields it names (located in the item, as the validation
    problems of items are), or the whole item."""
    if exc.fields:
        return [f.problem(lang, prefix=()) for f in exc.fields]
    message = exc.detail.render(lang, **exc.params) if exc.detail else exc.title.render(lang)
    return [FieldProblem(location="", loc=[], code=exc.code, message=message)]


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
    """Validate and take in each item; one result per item, in order.

    An external id sent twice in one batch is stored once: by its first occurrence that
    is valid (occurrences before it that are not answer ``invalid``, those after it
    ``duplicate``, whatever their content, as a later batch would). In a dry run every
    occurrence is answered on its own (``valid`` or ``invalid``).
    """
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
                problems=field_problems(exc.errors(), lang),
            )

    ids = list(dict.fromkeys(item.external_id for _, item in parsed))
    known = await _known_keys(session, principal.office_id, ids)
    wanted = [(index, item) for index, item in parsed if item.external_id not in known]
    prepared = await intake.prepare(session, principal, [item for _, item in wanted])
    ready: dict[str, tuple[int, intake.Prepared]] = {}  # id -> its first valid occurrence
    failed: list[tuple[int, str, DomainError]] = []
    for (index, item), outcome in zip(wanted, prepared, strict=True):
        ext = item.external_id
        if isinstance(outcome, DomainError):
            failed.append((index, ext, outcome))
        elif dry_run:
            results[index] = ImportItemResult(
                index=index, external_id=ext, status="valid", verdict=outcome.verdict
            )
        elif ext not in ready:
            ready[ext] = (index, outcome)
    if ready:
        claimed = await _claim(session, principal, ready)
        taken = [ext for ext in ready if ext not in claimed]
        if taken:  # stored meanwhile by a concurrent batch that has now committed
            known.update(await _known_keys(session, principal.office_id, taken))
        await intake.store(session, [ready[ext][1] for ext in ready if ext in claimed])
        for ext in claimed:
            index, done = ready[ext]
            results[index] = ImportItemResult(
                index=index,
                external_id=ext,
                status="created",
                report_id=done.loaded.report.id,
                verdict=done.verdict,
                receipt_code=done.receipt_code,
            )
            report = done.loaded.report
            known[ext] = _Known(
                report.id, report.office_path, report.register_number, principal.subject,
                None, datetime.now(UTC),
            )  # fmt: skip
    for index, ext, error in failed:
        stored_before = ext in ready and ready[ext][0] < index and ext in known
        results[index] = (
            _duplicate(principal, index, ext, known)
            if stored_before
            else ImportItemResult(
                index=index,
                external_id=ext,
                status="invalid",
                problems=_domain_problems(error, lang),
            )
        )
    for index, item in parsed:
        if index not in results:  # known before, or a later occurrence of a stored id
            results[index] = _duplicate(principal, index, item.external_id, known)
    return [results[i] for i in range(len(items))]


@dataclass(frozen=True, slots=True)
class _Known:
    """An external id imported before for the office: its case and who imported it."""

    report_id: uuid.UUID
    office_path: str
    register_number: str | None
    subject: str
    name: str | None
    at: datetime


def _duplicate(
    principal: Principal, index: int, ext: str, known: dict[str, _Known]
) -> ImportItemResult:
    """A ``duplicate``: who imported it; the case only if the caller sees it (a case handed
    over outside the office's jurisdiction no longer exists for them)."""
    first = known[ext]
    visible = scope.sees(principal, first.office_path)
    return ImportItemResult(
        index=index,
        external_id=ext,
        status="duplicate",
        report_id=first.report_id if visible else None,
        existing=ExistingImport(
            imported_by=first.subject,
            imported_by_name=first.name,
            imported_at=first.at,
            by_you=first.subject == principal.subject,
            register_number=first.register_number if visible else None,
        ),
    )


async def _known_keys(
    session: AsyncSession, office_id: uuid.UUID, external_ids: list[str]
) -> dict[str, _Known]:
    """The external ids of ``external_ids`` imported before for the office."""
    if not external_ids:
        return {}
    rows = await session.execute(
        select(
            ImportKey.external_id,
            ImportKey.report_id,
            ImportKey.subject,
            ImportKey.created_at,
            Report.office_path,
            Report.register_number,
            StaffUser.display_name,
            ApiClient.name.label("client_name"),
        )
        .join(Report, Report.id == ImportKey.report_id)
        .outerjoin(StaffUser, StaffUser.username == ImportKey.subject)
        .outerjoin(ApiClient, literal("client:") + ApiClient.client_id == ImportKey.subject)
        .where(ImportKey.office_id == office_id, ImportKey.external_id.in_(set(external_ids)))
    )
    known: dict[str, _Known] = {}
    for row in rows:
        name = row.display_name or row.client_name
        known[row.external_id] = _Known(
            row.report_id, row.office_path, row.register_number, row.subject, name, row.created_at
        )
    return known


async def _claim(
    session: AsyncSession, principal: Principal, ready: dict[str, tuple[int, intake.Prepared]]
) -> set[str]:
    """Claim the external ids of ``ready`` for their new cases in the caller's office; the
    ids claimed."""
    ordered = sorted(ready)
    rows = await bulk.fetch(
        session,
        "INSERT INTO import_key (office_id, external_id, subject, report_id) "
        "SELECT $1, e, $2, r FROM unnest($3::text[], $4::uuid[]) WITH ORDINALITY AS t(e, r, n) "
        "ORDER BY n ON CONFLICT DO NOTHING RETURNING external_id",
        principal.office_id,
        principal.subject,
        ordered,
        [ready[ext][1].loaded.report.id for ext in ordered],
    )
    return {row["external_id"] for row in rows}


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
