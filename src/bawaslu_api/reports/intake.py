"""Intake of reports and findings, one or a thousand at a time, by one code path.

:func:`prepare` does everything that decides what a new case is, without writing: it
resolves the offices and elections of all items with one query each, checks jurisdiction,
takes the calendar in force once, and then, per item and in memory, builds the case, runs
the admissibility check of bawaslu_rules, computes the clocks it starts and the first
event of its hash chain. :func:`store` writes prepared cases with one ``COPY`` per table
(cases, reporters' data, deadlines, timeline events, the webhook outbox) inside the
caller's transaction. :func:`intake` (``POST /v1/reports``, online filing, demo data) is
the batch of one; bulk import (``imports/service.py``) prepares a batch, claims its
external ids, and stores the items it claimed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db import bulk
from bawaslu_api.db.base import uuid7
from bawaslu_api.elections.models import Election
from bawaslu_api.errors import DomainError
from bawaslu_api.holidays.service import current_calendar
from bawaslu_api.i18n import Text
from bawaslu_api.offices.models import Office
from bawaslu_api.reports import receipts
from bawaslu_api.reports.errors import OutsideJurisdiction, RuleNotApplicable, UnknownReference
from bawaslu_api.reports.models import (
    CaseEvent,
    DeadlineStatus,
    Report,
    ReportIdentity,
    ReportKind,
    ReportStatus,
)
from bawaslu_api.reports.schemas import ReportCreate
from bawaslu_api.reports.service import (
    GENESIS,
    Loaded,
    assessment,
    deadline_row,
    details,
    election_stages,
    new_event,
    unknown_office,
    utcnow,
)
from bawaslu_api.security.principals import Principal
from bawaslu_api.webhooks import outbox
from bawaslu_rules import Calendar, ElectionStages, RulesError, ruleset_for

YIELD_EVERY = 50
"""Items prepared between two yields to the event loop."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A new case, decided but not stored: what :func:`store` writes."""

    loaded: Loaded
    event: CaseEvent
    verdict: str


async def prepare(
    session: AsyncSession, principal: Principal, bodies: Sequence[ReportCreate]
) -> list[Prepared | DomainError]:
    """For each body, the case it makes, or the problem that stops it (nothing written)."""
    office_codes = {b.office for b in bodies}
    offices = {
        o.code: o
        for o in (
            await session.execute(select(Office).where(Office.code.in_(office_codes)))
        ).scalars()
    }
    slugs = {b.election for b in bodies}
    elections = {
        e.slug: (e, election_stages(e))
        for e in (await session.execute(select(Election).where(Election.slug.in_(slugs)))).scalars()
    }
    calendar = await current_calendar(session)
    now = utcnow()
    results: list[Prepared | DomainError] = []
    for n, body in enumerate(bodies, start=1):
        if n % YIELD_EVERY == 0:
            # A batch is ~0.3 s of CPU: let the worker's other requests through meanwhile.
            await asyncio.sleep(0)
        try:
            results.append(_prepare_one(principal, body, offices, elections, calendar, now))
        except DomainError as exc:
            results.append(exc)
    return results


def _prepare_one(
    principal: Principal,
    body: ReportCreate,
    offices: dict[str, Office],
    elections: dict[str, tuple[Election, ElectionStages]],
    calendar: Calendar,
    now: datetime,
) -> Prepared:
    office = offices.get(body.office)
    if office is None:
        raise unknown_office(body.office)
    if not principal.sees(office.path):
        raise OutsideJurisdiction(
            Text(
                "Kantor {code} di luar wilayah Anda.", "Office {code} is outside your jurisdiction."
            ),
            code=body.office,
        )
    election = elections.get(body.election)
    if election is None:
        raise UnknownReference(
            Text("Pemilihan {slug} tidak ada.", "No election {slug}."), slug=body.election
        )
    try:
        return _build(principal, body, office, *election, calendar, now)
    except RulesError as exc:
        raise RuleNotApplicable(
            Text(
                "Aturan tidak dapat diterapkan pada laporan ini: {error}",
                "The rules cannot be applied to this report: {error}",
            ),
            error=str(exc),
        ) from exc


def _build(
    principal: Principal,
    body: ReportCreate,
    office: Office,
    election: Election,
    stages: ElectionStages,
    calendar: Calendar,
    now: datetime,
) -> Prepared:
    received_at = body.received_at or now
    case, person = details(body, {})
    # The case keeps the ruleset in force on the day it was received (rules-spec §1).
    rs = ruleset_for(election.regime.value, on=received_at.date())
    report = bulk.new(
        Report,
        id=uuid7(),
        kind=body.kind,
        election_id=election.id,
        regime=election.regime.value,
        ruleset_version=rs.version,
        office_id=office.id,
        office_path=office.path,
        province_code=office.province_code,
        status=ReportStatus.received,
        channel=body.channel,
        received_at=received_at,
        received_on=received_at.date(),
        violation_type=body.violation_type,
        tsm=body.tsm,
        forwardings=[],
        **{"description": "", "admissibility": {}, **case},
    )
    identity = bulk.new(ReportIdentity, report_id=report.id, **person)
    receipt_code = receipts.new_code() if body.kind is ReportKind.report else None
    report.receipt_hash = receipts.digest(receipt_code) if receipt_code else None
    verdict = assessment(report, identity, stages, office.timezone, calendar)["verdict"]

    deadlines = []
    filing_rule = "report.filing" if report.kind is ReportKind.report else "finding.set"
    if report.known_on is not None:
        filing = deadline_row(report, office.timezone, filing_rule, report.known_on, calendar)
        if filing is not None:
            # Filing (or setting a finding) happened at receipt: the clock closes at once.
            filing.status = (
                DeadlineStatus.met if report.received_on <= filing.due_on else DeadlineStatus.missed
            )
            filing.met_at = report.received_at
            deadlines.append(filing)
    if report.kind is ReportKind.report:
        review = deadline_row(
            report, office.timezone, "report.initial_review", report.received_on, calendar
        )
        if review is not None:
            deadlines.append(review)

    event = new_event(
        report.id,
        1,
        GENESIS,
        principal.subject,
        "received",
        {
            "kind": body.kind.value,
            "office": office.code,
            "channel": body.channel.value,
            "verdict": verdict,
        },
        now,
    )
    loaded = Loaded(report, identity, office, election, receipt_code, tuple(deadlines))
    return Prepared(loaded, event, verdict)


async def store(session: AsyncSession, prepared: Sequence[Prepared]) -> None:
    """Write prepared cases in the caller's transaction: one ``COPY`` per table."""
    if not prepared:
        return
    await bulk.copy_objects(session, [p.loaded.report for p in prepared])
    await bulk.copy_objects(
        session, [p.loaded.identity for p in prepared if p.loaded.identity is not None]
    )
    await bulk.copy_objects(session, [d for p in prepared for d in p.loaded.deadlines])
    await bulk.copy_objects(session, [p.event for p in prepared])
    await outbox.emit_many(
        session,
        "report.created",
        [(p.loaded.report, {"verdict": p.verdict}) for p in prepared],
    )


async def intake(session: AsyncSession, principal: Principal, body: ReportCreate) -> Loaded:
    """Receive a report or record a finding: store it, check admissibility, start clocks."""
    (result,) = await prepare(session, principal, [body])
    if isinstance(result, DomainError):
        raise result
    await store(session, [result])
    return result.loaded
