"""The deployment's named policies of the rules engine: which value each one has here.

``bawaslu_rules`` names every choice the law leaves open (a LOW-confidence value, an
ASSUMPTION, a conflict between sources) as a policy with a default and its basis
(``bawaslu_rules.POLICIES``). A deployment may set any of them; each setting is a row that
is never edited (a new value or a reset revokes the previous one), an entry in the audit
log, and, through ``bawaslu_rules.apply_policies``, a ``policy_overrides`` entry in every
deadline and admissibility result computed with it. Settings apply to what is computed
from then on; clocks already running keep their dates until an explicit recomputation.

Each process keeps the policy set it built (``db.snapshot``), so a change made through
any process is used by every process from its next request on.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.snapshot import Snapshot
from bawaslu_api.i18n import Text
from bawaslu_api.policies.errors import PolicyNotSet, PolicyValueInvalid, UnknownPolicy
from bawaslu_api.policies.models import RulesPolicy
from bawaslu_api.policies.schemas import (
    PolicyDetail,
    PolicyOut,
    PolicyResetIn,
    PolicySetIn,
    PolicySettingOut,
)
from bawaslu_api.security.audit import audit
from bawaslu_api.security.principals import Principal
from bawaslu_rules import (
    POLICIES,
    PolicySet,
    RulesError,
    Ruleset,
    get_ruleset,
    policy_catalog,
    ruleset_for,
)

logger = logging.getLogger(__name__)


async def _build_policies(session: AsyncSession) -> PolicySet:
    values: dict[str, Any] = {}
    for setting in await _active(session):
        try:
            PolicySet.from_dict({setting.name: setting.value})
        except RulesError as exc:
            # A setting an engine upgrade no longer accepts: the default applies, loudly
            # (the catalogue shows the default as the value in force).
            logger.error(
                "rules policy setting ignored",
                extra={"policy": setting.name, "value": setting.value, "error": str(exc)},
            )
            continue
        values[setting.name] = setting.value
    return PolicySet.from_dict(values)


SETTINGS = Snapshot("bawaslu.policies", RulesPolicy, _build_policies)
"""The policy settings in force (``db.snapshot``): :func:`current_policies`."""


async def current_policies(session: AsyncSession) -> PolicySet:
    """The deployment's policy settings in force, looked up once per unit of work."""
    return await SETTINGS.get(session)


async def _active(session: AsyncSession) -> list[RulesPolicy]:
    return list(
        (
            await session.execute(
                select(RulesPolicy)
                .where(RulesPolicy.revoked_at.is_(None))
                .order_by(RulesPolicy.created_at, RulesPolicy.id)
            )
        ).scalars()
    )


def ruleset(regime: str, version: str | None, policies: PolicySet) -> Ruleset:
    """Ruleset ``version`` of ``regime`` with the deployment's policies applied."""
    return get_ruleset(regime, version, policies=policies)


def in_force(regime: str, on: date, policies: PolicySet) -> Ruleset:
    """The ruleset in force for ``regime`` on ``on`` (the office-local date a case was
    received, docs/legal/rules.md §1), under the deployment's ``effective_from.*``
    settings, with its policies applied."""
    return ruleset_for(regime, on=on, policies=policies)


def _setting(row: RulesPolicy) -> PolicySettingOut:
    return PolicySettingOut.model_validate(row, from_attributes=True)


def _out(entry: dict[str, Any], active: RulesPolicy | None) -> dict[str, Any]:
    return {
        "name": entry["name"],
        "kind": entry["kind"],
        "choices": entry.get("choices") or None,
        "minimum": entry.get("minimum"),
        "maximum": entry.get("maximum"),
        "units": entry.get("units"),
        "default": entry["default"],
        "value": entry["value"],
        "source": "deployment" if entry["source"] == "override" else "default",
        "basis": entry["basis"],
        "confidence": entry["confidence"],
        "question": entry["question"],
        "note": entry.get("note", ""),
        "applies_to": entry.get("applies_to"),
        "setting": None if active is None or entry["source"] != "override" else _setting(active),
    }


async def catalogue(session: AsyncSession) -> list[PolicyOut]:
    """Every named policy with its default and the value in force here."""
    policies = await current_policies(session)
    active = {row.name: row for row in await _active(session)}
    return [
        PolicyOut.model_validate(_out(entry, active.get(entry["name"])))
        for entry in policy_catalog(policies)
    ]


def _known(name: str) -> None:
    if name not in POLICIES:
        raise UnknownPolicy(
            Text("Tidak ada kebijakan {name}.", "No policy {name}."),
            name=name,
        )


async def detail(session: AsyncSession, name: str) -> PolicyDetail:
    """One policy with every setting ever made to it."""
    _known(name)
    policies = await current_policies(session)
    rows = list(
        (
            await session.execute(
                select(RulesPolicy)
                .where(RulesPolicy.name == name)
                .order_by(RulesPolicy.created_at.desc(), RulesPolicy.id.desc())
            )
        ).scalars()
    )
    active = next((r for r in rows if r.revoked_at is None), None)
    entry = next(e for e in policy_catalog(policies) if e["name"] == name)
    return PolicyDetail.model_validate(
        {**_out(entry, active), "history": [_setting(r) for r in rows]}
    )


async def _revoke_active(
    session: AsyncSession, principal: Principal, name: str, reason: str, now: datetime
) -> RulesPolicy | None:
    row = (
        await session.execute(
            select(RulesPolicy)
            .where(RulesPolicy.name == name, RulesPolicy.revoked_at.is_(None))
            .with_for_update()
        )
    ).scalar_one_or_none()
    if row is not None:
        row.revoked_at, row.revoked_by, row.revoke_reason = now, principal.subject, reason
    return row


async def set_policy(
    session: AsyncSession, principal: Principal, name: str, body: PolicySetIn
) -> PolicyDetail:
    """Set ``name`` to ``body.value`` for this deployment (audited)."""
    _known(name)
    try:
        normalised = PolicySet.from_dict({name: body.value}).to_dict()[name]
    except RulesError as exc:
        raise PolicyValueInvalid(
            Text("Nilai {value!r} tidak sah untuk {name}: {error}",
                 "Value {value!r} is not valid for {name}: {error}"),
            value=body.value, name=name, error=str(exc),
        ) from exc  # fmt: skip
    now = datetime.now(UTC)
    previous = await _revoke_active(session, principal, name, body.reason, now)
    session.add(
        RulesPolicy(
            name=name,
            value=normalised,
            reason=body.reason,
            created_by=principal.subject,
            created_at=now,
        )
    )
    SETTINGS.forget(session)
    await session.flush()
    await audit(
        session, actor=principal.subject, action="rules_policy_set", subject=f"policy:{name}",
        value=normalised, previous=None if previous is None else previous.value,
        reason=body.reason,
    )  # fmt: skip
    return await detail(session, name)


async def reset_policy(
    session: AsyncSession, principal: Principal, name: str, body: PolicyResetIn
) -> PolicyDetail:
    """Go back to the engine's default for ``name`` (audited)."""
    _known(name)
    now = datetime.now(UTC)
    previous = await _revoke_active(session, principal, name, body.reason, now)
    if previous is None:
        raise PolicyNotSet(
            Text("{name} tidak diatur; nilai bawaan sudah berlaku.",
                 "{name} is not set; the default already applies."),
            name=name,
        )  # fmt: skip
    SETTINGS.forget(session)
    await session.flush()
    await audit(
        session, actor=principal.subject, action="rules_policy_reset", subject=f"policy:{name}",
        previous=previous.value, reason=body.reason,
    )  # fmt: skip
    return await detail(session, name)
