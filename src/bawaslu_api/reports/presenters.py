"""Turning stored rows into response models, with personal data masked."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bawaslu_api.i18n import Lang
from bawaslu_api.reports.models import Deadline, DeadlineStatus
from bawaslu_api.reports.schemas import (
    STATUS_LABELS_ID,
    AdmissibilityOut,
    DeadlineOut,
    EvidenceIn,
    FailureOut,
    IncidentIn,
    ReportedPartyIn,
    ReporterOut,
    ReportOut,
)
from bawaslu_api.reports.service import Loaded
from bawaslu_api.rules_api.messages import message
from bawaslu_rules import Code


def mask(value: str, *, keep_start: int = 0, keep_end: int = 0) -> str:
    """``3201********0001``: keep a few characters so staff can tell records apart."""
    if not value:
        return ""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return (
        value[:keep_start]
        + "*" * (len(value) - keep_start - keep_end)
        + value[len(value) - keep_end :]
    )


def mask_name(name: str) -> str:
    """``S*** A*****``: each word keeps its first letter (a one-letter word is hidden).
    :func:`mask` with ``keep_start=1`` per word, spelled out: lists mask 50 names a page."""
    return " ".join(
        "*" if len(part) == 1 else part[0] + "*" * (len(part) - 1) for part in name.split()
    )


def _failure_message(code: str, lang: Lang) -> str:
    try:
        return message(Code(code), lang)
    except ValueError:  # a code from a newer rules engine than this service knows
        return code


def failures(admissibility: dict[str, Any], lang: Lang) -> list[FailureOut]:
    return [
        FailureOut(
            code=f["code"],
            kind=f["kind"],
            basis=f["basis"],
            message=_failure_message(f["code"], lang),
        )
        for f in admissibility.get("failures", [])
    ]


def deadline_out(row: Deadline, now: datetime | None = None) -> DeadlineOut:
    """Times in UTC, as the database gives them back, also for a clock opened in this very
    request (whose times are still in the office's zone, as the rules engine computed them)."""
    now = now or datetime.now(UTC)
    return DeadlineOut(
        id=row.id,
        report_id=row.report_id,
        rule=row.rule_id,
        regime=row.regime,
        ruleset_version=row.ruleset_version,
        trigger=row.trigger,
        due=row.due_on,
        due_at=row.due_at.astimezone(UTC),
        amount=row.amount,
        unit=row.unit,
        basis=row.basis,
        confidence=row.confidence,
        provisional=row.provisional,
        status=row.status,
        met_at=None if row.met_at is None else row.met_at.astimezone(UTC),
        overdue=row.status is DeadlineStatus.pending and row.due_at < now,
        override_reason=row.override_reason,
    )


def report_out(loaded: Loaded, lang: Lang) -> ReportOut:
    r, identity = loaded.report, loaded.identity
    reporter = None
    if identity is not None and identity.reporter_category:
        reporter = ReporterOut(
            category=identity.reporter_category,
            name=identity.name,
            nik=mask(identity.nik, keep_start=4, keep_end=4),
            address=mask(identity.address, keep_start=0),
            phone=mask(identity.phone, keep_end=3),
            email=mask(identity.email.split("@")[0], keep_start=1)
            + ("@" + identity.email.split("@")[1] if "@" in identity.email else ""),
        )
    adm = r.admissibility
    return ReportOut(
        id=r.id,
        kind=r.kind,
        status=r.status,
        status_label=STATUS_LABELS_ID[r.status],
        election=loaded.election.slug,
        regime=r.regime,
        ruleset_version=r.ruleset_version,
        office=loaded.office.code,
        channel=r.channel,
        received_at=r.received_at,
        received_on=r.received_on,
        known_on=r.known_on,
        register_number=r.register_number,
        registered_at=r.registered_at,
        description=r.description,
        violation_type=r.violation_type,
        tsm=r.tsm,
        incident=IncidentIn(
            date=r.incident_date,
            time=r.incident_time,
            office=r.incident_office_code,
            address=r.incident_address,
            lat=r.incident_lat,
            lng=r.incident_lng,
        ),
        reported_parties=[ReportedPartyIn(**p) for p in r.reported_parties],
        evidence=[EvidenceIn(**e) for e in r.evidence_items],
        reporter=reporter,
        outcome=r.outcome,
        outcome_category=r.outcome_category,
        decision_extended=r.decision_extended,
        announced_at=r.announced_at,
        admissibility=AdmissibilityOut(
            verdict=adm.get("verdict", "unknown"),
            failures=failures(adm, lang),
            ruleset=adm.get("ruleset", r.ruleset_version),
            received_on=r.received_on,
        ),
        sensitive=r.sensitive,
        version=r.version,
    )
