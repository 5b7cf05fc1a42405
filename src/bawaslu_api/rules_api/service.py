"""Rules use cases: call bawaslu_rules and translate its errors into domain errors.

Nothing here re-implements a rule: the engine counts, this module picks the ruleset, the
time zone and the calendar, and words the result for people. The calendar is the one the
case engine uses (the decrees plus operators' overrides, ``holidays.service``), so a
previewed deadline is the deadline a case would get.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.elections.errors import UnknownRuleset
from bawaslu_api.elections.models import Regime
from bawaslu_api.holidays.service import current_calendar
from bawaslu_api.i18n import Lang, Text
from bawaslu_api.offices import scope
from bawaslu_api.policies import service as policy_service
from bawaslu_api.policies.service import current_policies
from bawaslu_api.rules_api.errors import (
    RulesInputInvalid,
    TriggerNeedsTimestamp,
    UnknownRule,
    ZoneConflict,
)
from bawaslu_api.rules_api.messages import message
from bawaslu_api.rules_api.schemas import (
    AdmissibilityRequest,
    DeadlineRequest,
    Policies,
    RulesAdmissibilityOut,
    RulesDeadlineOut,
    RulesetList,
    RulesetOut,
    RulesFailureOut,
    Zone,
)
from bawaslu_rules import (
    Failure,
    PolicySet,
    RulesError,
    Ruleset,
    RulesetNotFoundError,
    Submission,
    Unit,
    apply_policies,
    check_admissibility,
    compute_deadline,
    list_rulesets,
)

DEFAULT_ZONE = Zone.wib
_ENGINE_REJECTED = Text(
    "Mesin aturan menolak masukan: {error}", "The rules engine rejected the input: {error}"
)


async def resolve_zone(session: AsyncSession, zone: Zone | None, office: str | None) -> Zone:
    """The zone to count in: the given one, else the office's, else Asia/Jakarta."""
    if office is None:
        return zone or DEFAULT_ZONE
    office_zone = Zone((await scope.office_by_code(session, office)).timezone)
    if zone is not None and zone is not office_zone:
        raise ZoneConflict(
            Text(
                "Kantor {code} berada di zona {office_zone}, bukan {zone}; kirim salah satu saja.",
                "Office {code} is in {office_zone}, not {zone}; send only one of them.",
            ),
            code=office,
            office_zone=office_zone.value,
            zone=zone.value,
        )
    return office_zone


def local_date(moment: date | datetime, zone: Zone) -> date:
    """The date of ``moment`` in ``zone`` (a naive timestamp is already local)."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(ZoneInfo(zone.value)).date()
    return moment


def select_ruleset(
    regime: Regime, version: str | None, *, on: date, policies: PolicySet
) -> Ruleset:
    """Ruleset ``version`` of ``regime``, or the one in force ``on`` that date (under the
    deployment's ``effective_from.*`` settings), with the deployment's ``policies``."""
    try:
        if version is not None:
            return policy_service.ruleset(regime.value, version, policies)
        return policy_service.in_force(regime.value, on, policies)
    except RulesetNotFoundError as exc:
        known = ", ".join(rs.version for rs in list_rulesets(regime.value))
        if version is not None:
            raise UnknownRuleset(
                Text(
                    "Tidak ada versi aturan {version} untuk {regime}; yang ada: {known}.",
                    "No ruleset {version} for {regime}; known: {known}.",
                ),
                version=version,
                regime=regime.value,
                known=known,
            ) from exc
        raise UnknownRuleset(
            Text(
                "Tidak ada aturan {regime} yang berlaku pada {on}; yang ada: {known}.",
                "No {regime} ruleset in force on {on}; known: {known}.",
            ),
            regime=regime.value,
            on=on.isoformat(),
            known=known,
        ) from exc


async def deadline(session: AsyncSession, request: DeadlineRequest) -> RulesDeadlineOut:
    """Compute one deadline as the CLI's ``deadline --json`` would."""
    zone = await resolve_zone(session, request.zone, request.office)
    ruleset = select_ruleset(
        request.regime,
        request.ruleset,
        on=local_date(request.trigger, zone),
        policies=await current_policies(session),
    )
    rule = ruleset.rules.get(request.rule)
    if rule is None:
        raise UnknownRule(
            Text(
                "Tidak ada aturan {rule} dalam {ruleset}; yang ada: {known}.",
                "No rule {rule} in {ruleset}; known: {known}.",
            ),
            rule=request.rule,
            ruleset=ruleset.id,
            known=", ".join(ruleset.rules),
        )
    if rule.unit is Unit.HOURS and not isinstance(request.trigger, datetime):
        raise TriggerNeedsTimestamp(
            Text(
                "{rule} dihitung dalam jam: kirim trigger berupa waktu dengan zona, "
                "misalnya 2024-02-09T10:00:00+08:00.",
                "{rule} counts hours: send the trigger as a timestamp with offset, "
                "e.g. 2024-02-09T10:00:00+08:00.",
            ),
            rule=rule.id,
        )
    try:
        result = compute_deadline(
            rule.id,
            request.trigger,
            ruleset=ruleset,
            calendar=await current_calendar(session),
            zone=zone.value,
            explain=request.explain,
        )
    except RulesError as exc:
        raise RulesInputInvalid(_ENGINE_REJECTED, error=str(exc)) from exc
    return RulesDeadlineOut.of(result)


def _failure(failure: Failure, lang: Lang) -> RulesFailureOut:
    return RulesFailureOut(
        code=failure.code.value,
        kind=failure.kind,
        basis=failure.basis,
        message=message(failure.code, lang),
    )


async def admissibility(
    session: AsyncSession, request: AdmissibilityRequest, lang: Lang
) -> RulesAdmissibilityOut:
    """Check a submission as the CLI's ``check --json`` would, with messages in ``lang``."""
    zone = await resolve_zone(session, request.zone, request.office)
    try:
        submission = Submission.from_dict(request.submission_dict())
    except RulesError as exc:
        raise RulesInputInvalid(_ENGINE_REJECTED, error=str(exc)) from exc
    ruleset = select_ruleset(
        request.regime,
        request.ruleset,
        on=local_date(submission.received_at, zone),
        policies=await current_policies(session),
    )
    try:
        result = check_admissibility(
            submission,
            ruleset=ruleset,
            calendar=await current_calendar(session),
            zone=zone.value,
            notice_at=request.notice_at,
        )
    except RulesError as exc:
        raise RulesInputInvalid(_ENGINE_REJECTED, error=str(exc)) from exc
    filing, completion = result.filing_deadline, result.completion_deadline
    data = result.to_dict()
    return RulesAdmissibilityOut(
        verdict=result.verdict,
        failures=[_failure(f, lang) for f in result.failures],
        advisories=[_failure(f, lang) for f in result.advisories],
        received_on=result.received_on,
        received_on_basis=data["received_on_basis"],
        ruleset=result.ruleset,
        election=data["election"],
        policies=Policies.model_validate(data["policies"]),
        policy_overrides=data["policy_overrides"],
        filing_deadline=None if filing is None else filing.due,
        filing=None if filing is None else RulesDeadlineOut.of(filing),
        completion_deadline=None if completion is None else completion.due,
        completion_due_at=None if completion is None else completion.due_at,
        completion=None if completion is None else RulesDeadlineOut.of(completion),
        nik_failures=list(result.nik_failures),
    )


async def rulesets(session: AsyncSession) -> RulesetList:
    """Every shipped ruleset, per regime oldest first, with the day each stopped applying,
    as this deployment applies them (its policy settings, e.g. ``effective_from.*``)."""
    policies = await current_policies(session)
    items: list[RulesetOut] = []
    for regime in Regime:
        group = sorted(
            (apply_policies(rs, policies) for rs in list_rulesets(regime.value)),
            key=lambda rs: rs.effective_from,
        )
        for current, following in zip(group, [*group[1:], None], strict=True):
            until = None if following is None else following.effective_from - timedelta(days=1)
            items.append(RulesetOut.of(current, until))
    return RulesetList(items=items)
