"""Rules as a service: deadlines, admissibility and the rulesets, for frontends that want
to show a deadline or a missing requirement before anything is filed.

Every route requires a staff token for now (``Staff``). The engine is public law and
reveals nothing about cases, so opening it to anonymous callers is a product decision
still to take; it would then move under the rate-limited public routes. Until then the
same engine is available to anyone as the ``bawaslu-rules`` library and CLI.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from bawaslu_api.db.uow import DbSession
from bawaslu_api.elections.errors import UnknownRuleset
from bawaslu_api.errors import language, problem_responses
from bawaslu_api.offices.errors import UnknownOffice
from bawaslu_api.rules_api import service
from bawaslu_api.rules_api.errors import (
    RulesInputInvalid,
    TriggerNeedsTimestamp,
    UnknownRule,
    ZoneConflict,
)
from bawaslu_api.rules_api.schemas import (
    AdmissibilityOut,
    AdmissibilityRequest,
    DeadlineOut,
    DeadlineRequest,
    RulesetList,
)
from bawaslu_api.security.dependencies import AUTH_ERRORS, Staff

router = APIRouter(prefix="/v1/rules", tags=["rules"])


@router.post(
    "/deadline",
    summary="Compute a statutory deadline",
    responses=problem_responses(
        UnknownRule,
        UnknownRuleset,
        UnknownOffice,
        ZoneConflict,
        TriggerNeedsTimestamp,
        RulesInputInvalid,
        *AUTH_ERRORS,
        validation=True,
    ),
)
async def rules_deadline(
    request: DeadlineRequest, session: DbSession, principal: Staff
) -> DeadlineOut:
    """One deadline of a regime's ruleset from a trigger date (or timestamp, for hours
    rules), counted in the office's time zone. Same keys as `bawaslu-rules deadline --json`;
    `explain: true` adds the trace of skipped and counted days. Any staff member."""
    del principal
    return await service.deadline(session, request)


@router.post(
    "/admissibility",
    summary="Check a report or finding against the formal and material requirements",
    responses=problem_responses(
        UnknownRuleset,
        UnknownOffice,
        ZoneConflict,
        RulesInputInvalid,
        *AUTH_ERRORS,
        validation=True,
    ),
)
async def rules_admissibility(
    submission: AdmissibilityRequest, request: Request, session: DbSession, principal: Staff
) -> AdmissibilityOut:
    """The initial-review verdict of a submission (the JSON `bawaslu-rules check` reads):
    every failed requirement with its citation and a message in the request's language
    (Indonesian; `Accept-Language: en` for English), the filing deadline, and the
    completion deadline when the report is incomplete. Nothing is stored. Any staff member."""
    del principal
    return await service.admissibility(session, submission, language(request))


@router.get(
    "/rulesets",
    summary="List every ruleset version",
    responses=problem_responses(*AUTH_ERRORS),
)
async def rules_rulesets_list(session: DbSession, principal: Staff) -> RulesetList:
    """Every shipped ruleset version per regime, with its effective dates and its rules
    (amount, unit, legal basis, confidence), as this deployment applies them (its settings
    of the named policies, `GET /v1/rules/policies`). Any staff member."""
    del principal
    return await service.rulesets(session)
