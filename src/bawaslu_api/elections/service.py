"""Election use cases: list, read, create and edit (national admins)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from bawaslu_api.elections.errors import (
    AreaOfficeUnknown,
    ElectionNotFound,
    ElectionSlugTaken,
    UnknownRuleset,
    VotingStageMismatch,
)
from bawaslu_api.elections.models import Election, Regime
from bawaslu_api.elections.schemas import (
    ElectionCreate,
    ElectionList,
    ElectionOut,
    ElectionUpdate,
    StageIn,
    StageName,
    stages_json,
)
from bawaslu_api.errors import PreconditionFailed
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.policies.service import current_policies
from bawaslu_rules import (
    PolicySet,
    RulesetNotFoundError,
    get_ruleset,
    list_rulesets,
    ruleset_for,
)

_NOT_FOUND = Text("Pemilihan {slug} tidak ada.", "No election {slug}.")
_STALE = Text(
    "Pemilihan {slug} sudah berubah (versi {current}); muat ulang lalu ulangi.",
    "Election {slug} has changed (version {current}); reload and retry.",
)


def _with_area_code() -> Select[Election, str]:
    return select(Election, Office.code).join(Office, Election.area_office_id == Office.id)


async def list_elections(session: AsyncSession, *, regime: Regime | None) -> ElectionList:
    """Every election, the most recent voting day first."""
    query = _with_area_code().order_by(Election.voting_day.desc(), Election.slug)
    if regime is not None:
        query = query.where(Election.regime == regime)
    rows = (await session.execute(query)).all()
    return ElectionList(items=[ElectionOut.of(election, code) for election, code in rows])


async def get_election(session: AsyncSession, slug: str) -> ElectionOut:
    """One election by slug."""
    row = (await session.execute(_with_area_code().where(Election.slug == slug))).one_or_none()
    if row is None:
        raise ElectionNotFound(_NOT_FOUND, slug=slug)
    return ElectionOut.of(row[0], row[1])


def checked_ruleset_version(
    regime: Regime, version: str | None, *, voting_day: date, policies: PolicySet
) -> str:
    """``version`` if bawaslu_rules has it for ``regime``; by default the one in force on
    voting day (under the deployment's ``effective_from.*`` settings). :class:`UnknownRuleset`
    (422) otherwise."""
    try:
        if version is None:
            return ruleset_for(regime.value, on=voting_day, policies=policies).version
        return get_ruleset(regime.value, version).version
    except RulesetNotFoundError as exc:
        raise UnknownRuleset(
            Text(
                "Tidak ada versi aturan {version} untuk {regime}; yang ada: {known}.",
                "No ruleset {version} for {regime}; known: {known}.",
            ),
            version=version or f"in force on {voting_day.isoformat()}",
            regime=regime.value,
            known=", ".join(rs.version for rs in list_rulesets(regime.value)),
        ) from exc


def check_voting_stage(stages: list[dict[str, Any]], voting_day: date) -> None:
    """The stages must hold one `voting` stage on exactly the voting day."""
    voting = [StageIn.model_validate(s) for s in stages if s["stage"] == StageName.voting]
    if len(voting) != 1 or not (voting[0].start == voting[0].end == voting_day):
        raise VotingStageMismatch(
            Text(
                "Tahapan harus memuat tahap voting tepat pada hari pemungutan suara {day}.",
                "The stages must include a voting stage on exactly the voting day {day}.",
            ),
            day=voting_day.isoformat(),
        )


async def _area_office_id(session: AsyncSession, code: str) -> uuid.UUID:
    return (await scope.office_by_code(session, code, error=AreaOfficeUnknown)).id


async def create_election(session: AsyncSession, data: ElectionCreate) -> ElectionOut:
    """Create an election after checking its ruleset and voting stage."""
    stages = stages_json(data.stages)
    check_voting_stage(stages, data.voting_day)
    version = checked_ruleset_version(
        data.regime,
        data.ruleset_version,
        voting_day=data.voting_day,
        policies=await current_policies(session),
    )
    area_id = await _area_office_id(session, data.area_office_code)
    taken = (
        await session.execute(select(Election.id).where(Election.slug == data.slug))
    ).scalar_one_or_none()
    if taken is not None:
        raise ElectionSlugTaken(
            Text("Slug {slug} sudah dipakai.", "Slug {slug} is already in use."), slug=data.slug
        )
    election = Election(
        slug=data.slug,
        regime=data.regime,
        name=data.name,
        voting_day=data.voting_day,
        stages=stages,
        area_office_id=area_id,
        ruleset_version=version,
    )
    session.add(election)
    await session.flush()
    return ElectionOut.of(election, data.area_office_code)


async def update_election(
    session: AsyncSession,
    slug: str,
    changes: ElectionUpdate,
    *,
    expected_versions: Collection[int] | None,
) -> ElectionOut:
    """Apply ``changes``; the result must still pass the create checks."""
    row = (
        await session.execute(
            _with_area_code().where(Election.slug == slug).with_for_update(of=Election)
        )
    ).one_or_none()
    if row is None:
        raise ElectionNotFound(_NOT_FOUND, slug=slug)
    election, area_code = row
    if expected_versions is not None and election.version not in expected_versions:
        raise PreconditionFailed(_STALE, slug=slug, current=election.version)
    voting_day = changes.voting_day or election.voting_day
    stages = election.stages if changes.stages is None else stages_json(changes.stages)
    check_voting_stage(stages, voting_day)
    version = checked_ruleset_version(
        election.regime,
        changes.ruleset_version or election.ruleset_version,
        voting_day=voting_day,
        policies=await current_policies(session),
    )
    if changes.area_office_code is not None:
        election.area_office_id = await _area_office_id(session, changes.area_office_code)
        area_code = changes.area_office_code
    if changes.name is not None:
        election.name = changes.name
    election.voting_day = voting_day
    election.stages = stages
    election.ruleset_version = version
    try:
        await session.flush()
    except StaleDataError as exc:  # lost a race despite the row lock (defensive)
        raise PreconditionFailed(_STALE, slug=slug, current="?") from exc
    return ElectionOut.of(election, area_code)
