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
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import receipts
from bawaslu_api.cases.errors import OutsideJurisdiction, RuleNotApplicable, UnknownReference
from bawaslu_api.cases.models import Report, ReportIdentity, ReportKind, ReportStatus
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.clock import utcnow
from bawaslu_api.db import bulk
from bawaslu_api.db.base import uuid7
from bawaslu_api.deadlines.clocks import deadline_row, row_of, rules_in_force, settle
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.elections.models import Election
from bawaslu_api.errors import DomainError
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.policies import service as policy_service
from bawaslu_api.reports import classification
from bawaslu_api.reports.admissibility import assessment, election_area, election_stages
from bawaslu_api.reports.dates import check_case_dates
from bawaslu_api.reports.schemas import CompletionIn, ReportCreate
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.models import CaseEvent
from bawaslu_api.timeline.service import GENESIS, new_event, occurred_iso
from bawaslu_api.webhooks import outbox
from bawaslu_rules import Calendar, ElectionStages, PolicySet, RulesError, filing_rule_id

YIELD_EVERY = 50
"""Items prepared between two yields to the event loop."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A new case, decided but not stored: what :func:`store` writes."""

    loaded: Loaded
    event: CaseEvent
    verdict: str
    receipt_code: str | None
    """The reporter's receipt code, shown once (reports only)."""
    deadlines: tuple[Deadline, ...]
    """The clocks the case starts."""


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
        e.slug: _Election(e, election_stages(e), area)
        for e, area in (
            await session.execute(
                select(Election, Office.code)
                .join(Office, Office.id == Election.area_office_id)
                .where(Election.slug.in_(slugs))
            )
        ).all()
    }
    rules = _Rules(*await rules_in_force(session), utcnow())
    results: list[Prepared | DomainError] = []
    for n, body in enumerate(bodies, start=1):
        if n % YIELD_EVERY == 0:
            # A batch is ~0.3 s of CPU: let the worker's other requests through meanwhile.
            await asyncio.sleep(0)
        try:
            results.append(_prepare_one(principal, body, offices, elections, rules))
        except DomainError as exc:
            results.append(exc)
    return results


@dataclass(frozen=True, slots=True)
class _Election:
    """An election of the batch: the row, the stages the rules use, its area's office."""

    row: Election
    stages: ElectionStages
    area_office_code: str


@dataclass(frozen=True, slots=True)
class _Rules:
    """What every item of a batch is decided with: one calendar, one policy set, one now."""

    calendar: Calendar
    policies: PolicySet
    now: datetime


def _prepare_one(
    principal: Principal,
    body: ReportCreate,
    offices: dict[str, Office],
    elections: dict[str, _Election],
    rules: _Rules,
) -> Prepared:
    office = offices.get(body.office)
    if office is None:
        raise scope.unknown_office(body.office, UnknownReference)
    if not scope.sees(principal, office.path):
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
    check_case_dates(
        zone=office.timezone,
        now=rules.now,
        received_at=body.received_at,
        known_on=body.known_on,
        incident_date=body.incident.date,
    )
    classification.check(election.row.regime.value, subjects=body.subjects, stage=body.stage)
    try:
        return _build(principal, body, office, election, rules)
    except RulesError as exc:
        raise RuleNotApplicable.to_report(exc) from exc


def _build(
    principal: Principal, body: ReportCreate, office: Office, item: _Election, rules: _Rules
) -> Prepared:
    election, calendar, now = item.row, rules.calendar, rules.now
    received_at = body.received_at or now
    case, person = details(body, {})
    # The case keeps the ruleset in force on the day it was received, in the office's
    # time zone (docs/legal/rules.md §1; the effective dates are policies).
    local_day = received_at.astimezone(ZoneInfo(office.timezone)).date()
    rs = policy_service.in_force(election.regime.value, local_day, rules.policies)
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
        **classification.initial(
            election.slug, case.get("incident_date"), stage=body.stage, subjects=body.subjects
        ),
        **{"description": "", "admissibility": {}, **case},
    )
    identity = bulk.new(ReportIdentity, report_id=report.id, **person)
    receipt_code = receipts.new_code() if body.kind is ReportKind.report else None
    report.receipt_hash = receipts.digest(receipt_code) if receipt_code else None
    area = election_area(election, item.area_office_code, office)
    result = assessment(report, identity, item.stages, area, office.timezone, calendar, rs)
    verdict = result.verdict.value

    deadlines = []
    if report.known_on is not None:
        # The admissibility check computed the filing clock (report.filing / finding.set);
        # a TSM report is checked against its window instead, and gets the clock here.
        filing: Deadline | None
        if result.filing_deadline is not None:
            filing = row_of(report, result.filing_deadline, report.known_on)
        else:
            rule_id = filing_rule_id(report.kind.value)
            filing = deadline_row(
                report, office.timezone, rule_id, report.known_on, calendar, rules.policies
            )
        if filing is not None:
            # Filing (or setting a finding) happened at receipt: the clock closes at once,
            # met when the effective receipt date is on or before the due date.
            on_time = report.received_on <= filing.due_on
            settle(
                filing, report.received_at, DeadlineStatus.met if on_time else DeadlineStatus.missed
            )
            deadlines.append(filing)
    if report.kind is ReportKind.report:
        review = deadline_row(
            report, office.timezone, "report.initial_review", report.received_on, calendar,
            rules.policies,
        )  # fmt: skip
        if review is not None:
            deadlines.append(review)

    changes: dict[str, Any] = {
        "kind": body.kind.value,
        "office": office.code,
        "channel": body.channel.value,
        "verdict": verdict,
    }
    if body.stage is not None or body.subjects:
        changes["classification"] = classification.view(report)
    if body.received_at is not None:
        # A case entered after the fact (a paper case) happened when it was received; later
        # steps may be backdated to any moment from then on.
        changes["occurred_at"] = occurred_iso(body.received_at)
    event = new_event(report.id, 1, GENESIS, principal.subject, "received", changes, now)
    loaded = Loaded(report, identity, office, election)
    return Prepared(loaded, event, verdict, receipt_code, tuple(deadlines))


async def store(session: AsyncSession, prepared: Sequence[Prepared]) -> None:
    """Write prepared cases in the caller's transaction: one ``COPY`` per table."""
    if not prepared:
        return
    await bulk.copy_objects(session, [p.loaded.report for p in prepared])
    await bulk.copy_objects(
        session, [p.loaded.identity for p in prepared if p.loaded.identity is not None]
    )
    await bulk.copy_objects(session, [d for p in prepared for d in p.deadlines])
    await bulk.copy_objects(session, [p.event for p in prepared])
    await outbox.emit_many(
        session,
        "report.created",
        [(p.loaded.report, {"verdict": p.verdict}) for p in prepared],
    )


async def intake(session: AsyncSession, principal: Principal, body: ReportCreate) -> Prepared:
    """Receive a report or record a finding: store it, check admissibility, start clocks."""
    (result,) = await prepare(session, principal, [body])
    if isinstance(result, DomainError):
        raise result
    await store(session, [result])
    return result


# ---------------------------------------------------------------- body to columns


def details(
    body: ReportCreate | CompletionIn, admissibility: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The case's and the reporter's column values that ``body`` gives (intake, or the
    fields a completion changes), given the case's current ``admissibility`` record."""
    case: dict[str, Any] = {}
    person: dict[str, Any] = {}
    if body.reporter is not None:
        r = body.reporter
        person.update(
            reporter_category=r.category, name=r.name, nik=r.nik, address=r.address,
            phone=r.phone, email=r.email,
        )  # fmt: skip
        admissibility = {
            **admissibility,
            "reporter_facts": {
                "age": r.age,
                "married": r.married,
                "registered_voter": r.registered_voter,
                "accredited": r.accredited,
                "power_of_attorney": r.power_of_attorney,
            },
        }
        case["admissibility"] = admissibility
    if body.reported_parties is not None:
        case["reported_parties"] = [p.model_dump() for p in body.reported_parties]
    if body.witnesses is not None:
        person["witnesses"] = [w.model_dump() for w in body.witnesses]
    if body.incident is not None:
        i = body.incident
        case.update(
            incident_date=i.date, incident_time=i.time, incident_office_code=i.office,
            incident_address=i.address, incident_lat=i.lat, incident_lng=i.lng,
        )  # fmt: skip
    if body.known_on is not None:
        case["known_on"] = body.known_on
    if body.description is not None:
        case["description"] = body.description
    if body.evidence is not None:
        case["evidence_items"] = [e.model_dump() for e in body.evidence]
    if body.signature is not None:
        case["signature_present"] = body.signature.present
        case["admissibility"] = {**admissibility, "signature_matches": body.signature.matches}
    return case, person


def apply_details(report: Report, identity: ReportIdentity, body: CompletionIn) -> None:
    case, person = details(body, report.admissibility)
    for key, value in case.items():
        setattr(report, key, value)
    for key, value in person.items():
        setattr(identity, key, value)


def correction_view(report: Report) -> dict[str, Any]:
    """The facts a correction may change, JSON-ready (the timeline's before and after)."""
    return {
        "description": report.description,
        "known_on": None if report.known_on is None else report.known_on.isoformat(),
        "incident.date": None if report.incident_date is None else report.incident_date.isoformat(),
        "incident.time": None if report.incident_time is None else report.incident_time.isoformat(),
        "incident.office": report.incident_office_code,
        "incident.address": report.incident_address,
        "incident.lat": report.incident_lat,
        "incident.lng": report.incident_lng,
        "reported_parties": list(report.reported_parties),
    }
