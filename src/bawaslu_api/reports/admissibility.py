"""The bridge to bawaslu_rules' admissibility check (the initial review, kajian awal).

The service turns a stored case into the engine's ``Submission``, runs
``check_admissibility`` under the case's own ruleset, and keeps what it returns (verdict,
failures with their citations, the effective receipt date) on the case. No requirement is
decided here: the engine decides, with its citations.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report, ReportIdentity, ReportKind
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.deadlines.clocks import ruleset_of
from bawaslu_api.elections.models import Election
from bawaslu_api.holidays.service import current_calendar
from bawaslu_rules import (
    Admissibility,
    Calendar,
    ElectionStages,
    Evidence,
    ReportedParty,
    Reporter,
    ReporterCategory,
    Submission,
    check_admissibility,
    stages_from_windows,
)


def election_stages(election: Election) -> ElectionStages:
    """The stage dates of ``election`` that the admissibility check needs (which stages
    count is bawaslu_rules' choice: ``stages_from_windows``)."""
    return stages_from_windows(
        (
            (w["stage"], date.fromisoformat(w["start"]), date.fromisoformat(w["end"]))
            for w in election.stages
        ),
        voting_day=election.voting_day,
    )


def _submission(
    report: Report, identity: ReportIdentity | None, stages: ElectionStages
) -> Submission:
    reporter = None
    if report.kind is ReportKind.report and identity is not None and identity.reporter_category:
        # Standing facts (age, accreditation, ...) are kept with the admissibility input.
        facts = report.admissibility.get("reporter_facts", {})
        reporter = Reporter(
            category=ReporterCategory(identity.reporter_category),
            name=identity.name,
            address=identity.address,
            nik=identity.nik,
            age=facts.get("age"),
            married=facts.get("married"),
            registered_voter=facts.get("registered_voter"),
            accredited=facts.get("accredited"),
            power_of_attorney=facts.get("power_of_attorney"),
        )
    party = report.reported_parties[0] if report.reported_parties else {}
    return Submission(
        kind=report.kind.value,
        regime=report.regime,
        received_at=report.received_at,
        reporter=reporter,
        reported_party=ReportedParty(
            name=party.get("name", ""), address=party.get("address", ""), type=party.get("type")
        ),
        violation_type=report.violation_type,
        tsm=report.tsm,
        known_on=report.known_on,
        incident_date=report.incident_date,
        incident_time=report.incident_time,
        incident_place=report.incident_address,
        description=report.description,
        evidence=tuple(
            Evidence(kind=e["kind"], description=e.get("description", ""), copies=e.get("copies"))
            for e in report.evidence_items
        ),
        witnesses=tuple(w.get("name", "") for w in (identity.witnesses if identity else [])),
        signature_present=report.signature_present,
        signature_matches=report.admissibility.get("signature_matches"),
        stages=stages,
    )


def assessment(
    report: Report,
    identity: ReportIdentity | None,
    stages: ElectionStages,
    zone: str,
    calendar: Calendar,
) -> Admissibility:
    """Run the rules' admissibility check and keep its result on the report."""
    result = check_admissibility(
        _submission(report, identity, stages), ruleset=ruleset_of(report), calendar=calendar,
        zone=zone,
    )  # fmt: skip
    data = result.to_dict()
    stored = {
        **{
            k: v
            for k, v in report.admissibility.items()
            if k in ("reporter_facts", "signature_matches")
        },
        "verdict": data["verdict"],
        "failures": data["failures"],
        "ruleset": result.ruleset,
        "received_on": result.received_on.isoformat(),
    }
    report.admissibility = stored
    report.received_on = result.received_on
    return result


async def assess(session: AsyncSession, loaded: Loaded) -> Admissibility:
    """:func:`assessment` with the calendar in force."""
    calendar = await current_calendar(session)
    stages = election_stages(loaded.election)
    return assessment(loaded.report, loaded.identity, stages, loaded.office.timezone, calendar)
