"""The bridge to bawaslu_rules' admissibility check (the initial review, kajian awal).

The service turns a stored case into the engine's ``Submission``, runs
``check_admissibility`` under the case's own ruleset, and keeps what it returns (verdict,
failures with their citations, the effective receipt date) on the case. No requirement is
decided here: the engine decides, with its citations.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.errors import RuleNotApplicable
from bawaslu_api.cases.models import Report, ReportIdentity, ReportKind
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.deadlines.clocks import rules_in_force, ruleset_of
from bawaslu_api.elections.models import Election, Regime
from bawaslu_api.offices.models import Office
from bawaslu_api.offices.reference import NATIONAL_CODE
from bawaslu_rules import (
    Admissibility,
    Calendar,
    ElectionStages,
    Evidence,
    ReportedParty,
    Reporter,
    ReporterCategory,
    RulesError,
    Ruleset,
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


def election_area(election: Election, area_office_code: str, office: Office) -> tuple[str, ...]:
    """The region codes a Pilkada reporter must be a voter of (UU 1/2015 Art. 134(2): "a
    voter in that regional election"): the election's own area; for a simultaneous
    election recorded with the whole country as its area (Pilkada serentak), the province
    of the office handling the case, the widest regional election held there (the
    governor's), so that no voter of it is turned away. Empty for pemilu, and for offices
    outside a province (abroad). A mismatch is judged by the policy
    ``nik_region_mismatch`` (docs/legal/open-questions.md)."""
    if election.regime is not Regime.pemilihan:
        return ()
    if area_office_code != NATIONAL_CODE:
        return (area_office_code,)
    return (office.province_code,) if office.province_code else ()


async def area_office_code(session: AsyncSession, election: Election) -> str:
    """The code of the office whose area the election covers."""
    code: str = (
        await session.execute(select(Office.code).where(Office.id == election.area_office_id))
    ).scalar_one()
    return code


def _submission(
    report: Report,
    identity: ReportIdentity | None,
    stages: ElectionStages,
    area: tuple[str, ...],
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
        election_area=area,
    )


def assessment(
    report: Report,
    identity: ReportIdentity | None,
    stages: ElectionStages,
    area: tuple[str, ...],
    zone: str,
    calendar: Calendar,
    ruleset: Ruleset,
) -> Admissibility:
    """Run the rules' admissibility check under the case's ``ruleset`` (policies applied)
    and keep its result on the report."""
    result = check_admissibility(
        _submission(report, identity, stages, area), ruleset=ruleset, calendar=calendar,
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
        "received_on_basis": data["received_on_basis"],
        "policy_overrides": data["policy_overrides"],
    }
    report.admissibility = stored
    report.received_on = result.received_on
    return result


async def assess(session: AsyncSession, loaded: Loaded) -> Admissibility:
    """:func:`assessment` with the calendar and the policy settings in force."""
    calendar, policies = await rules_in_force(session)
    ruleset = ruleset_of(loaded.report, policies)
    stages = election_stages(loaded.election)
    area = election_area(loaded.election, await area_office_code(session, loaded.election),
                         loaded.office)  # fmt: skip
    try:
        return assessment(
            loaded.report, loaded.identity, stages, area, loaded.office.timezone, calendar, ruleset
        )
    except RulesError as exc:
        # E.g. a TSM report in an election without the candidates' setting date: the
        # case cannot be reviewed as it stands (422, nothing changed).
        raise RuleNotApplicable.to_report(exc) from exc
