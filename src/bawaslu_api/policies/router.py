"""The named policies of the rules engine and this deployment's settings of them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import problem_responses
from bawaslu_api.policies import service
from bawaslu_api.policies.errors import PolicyNotSet, PolicyValueInvalid, UnknownPolicy
from bawaslu_api.policies.schemas import PolicyDetail, PolicyList, PolicyResetIn, PolicySetIn
from bawaslu_api.security.dependencies import AUTH_ERRORS, NationalAdmin, Staff

router = APIRouter(prefix="/v1/rules/policies", tags=["rules"])

PolicyName = Annotated[str, Path(max_length=200, description="e.g. `pemilihan.reception_days`")]


@router.get(
    "",
    summary="List the rules engine's named policies",
    responses=problem_responses(*AUTH_ERRORS),
)
async def rules_policies_list(session: DbSession, principal: Staff) -> PolicyList:
    """Every open legal question the engine answers with a named policy: the engine's
    default with its basis and confidence, and the value this deployment uses (set by an
    operator, with who, when and why). Any staff member."""
    del principal
    return PolicyList(items=await service.catalogue(session))


@router.get(
    "/{name}",
    summary="One policy with the history of its settings",
    responses=problem_responses(UnknownPolicy, *AUTH_ERRORS, validation=True),
)
async def rules_policies_get(
    name: PolicyName, session: DbSession, principal: Staff
) -> PolicyDetail:
    """The policy and every setting ever made to it, newest first. Any staff member."""
    del principal
    return await service.detail(session, name)


@router.put(
    "/{name}",
    summary="Set a policy for this deployment",
    responses=problem_responses(UnknownPolicy, PolicyValueInvalid, *AUTH_ERRORS, validation=True),
)
async def rules_policies_set(
    name: PolicyName, body: PolicySetIn, session: DbSession, principal: NationalAdmin
) -> PolicyDetail:
    """Deadlines and admissibility checks computed from now on use the value, and show it
    in their `policy_overrides`; clocks already running keep their dates (recompute them
    explicitly). The previous setting is revoked, not edited; the change is in the audit
    log. Admins of Bawaslu RI only."""
    return await service.set_policy(session, principal, name, body)


@router.post(
    "/{name}/reset",
    summary="Go back to the engine's default",
    responses=problem_responses(UnknownPolicy, PolicyNotSet, *AUTH_ERRORS, validation=True),
)
async def rules_policies_reset(
    name: PolicyName, body: PolicyResetIn, session: DbSession, principal: NationalAdmin
) -> PolicyDetail:
    """Revokes the deployment's setting, with the reason; the default applies again.
    Admins of Bawaslu RI only."""
    return await service.reset_policy(session, principal, name, body)
