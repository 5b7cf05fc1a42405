"""Rules as a service: deadlines, admissibility and the rulesets, for frontends that want
to show a deadline or a missing requirement before anything is filed.

Every route requires a staff token for now (``Staff``). The engine is public law and
reveals nothing about cases, so opening it to anonymous callers is a product decision
still to take; it would then move under the rate-limited public routes. Until then the
same engine is available to anyone as the ``bawaslu-rules`` library and CLI.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from bawaslu_api.db.uow import DbSession
from bawaslu_api.elections.errors import UnknownRuleset
from bawaslu_api.errors import language, problem_responses
from bawaslu_api.http.declare import headers
from bawaslu_api.offices.errors import UnknownOffice
from bawaslu_api.rules_api import service
from bawaslu_api.rules_api.classification import (
    ELECTION_PATTERN,
    ClassificationOut,
    RegimeMismatch,
    RegimeName,
    taxonomy,
)
from bawaslu_api.rules_api.errors import (
    RulesInputInvalid,
    TriggerNeedsTimestamp,
    UnknownRule,
    ZoneConflict,
)
from bawaslu_api.rules_api.schemas import (
    AdmissibilityRequest,
    DeadlineRequest,
    RulesAdmissibilityOut,
    RulesDeadlineOut,
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
) -> RulesDeadlineOut:
    """One deadline of a regime's ruleset from a trigger date (or timestamp, for hours
    rules), counted in the office's time zone. Same keys as `bawaslu-rules deadline --json`;
    `explain: true` adds the trace of skipped and counted days. Any staff member."""
    del principal
    return await service.deadline(session, request)


@router.post(
    "/admissibility",
    summary="Check a report or finding against the formal and material requirements",
    responses={
        **problem_responses(
            UnknownRuleset,
            UnknownOffice,
            ZoneConflict,
            RulesInputInvalid,
            *AUTH_ERRORS,
            validation=True,
        ),
        200: headers("Content-Language", "Vary"),
    },
)
async def rules_admissibility(
    submission: AdmissibilityRequest, request: Request, session: DbSession, principal: Staff
) -> RulesAdmissibilityOut:
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


@router.get(
    "/classification",
    summary="The classification of cases: election stages and subjects",
    responses=problem_responses(*AUTH_ERRORS, RegimeMismatch, validation=True),
)
async def rules_classification(
    principal: Staff,
    regime: RegimeName | None = None,
    election: Annotated[
        str | None,
        Query(pattern=ELECTION_PATTERN, description="Election slug: its stage calendar."),
    ] = None,
) -> ClassificationOut:
    """The codes a case is classified with (docs/legal/classification.md): every stage
    with its labels; the election's stage calendar (each window with its source and
    confidence) and how a case's stage is derived from it; the regime's subjects with
    their labels, the provisions behind each and the grouping's source (our own, LOW).
    `regime` defaults to the election's, else `pemilu`. The labels are also in the public
    `GET /v1/reference/labels` (`stage`, `subject`). Any staff member, like the other
    `/v1/rules` routes."""
    del principal
    return taxonomy(regime, election)
