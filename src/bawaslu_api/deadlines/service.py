"""Deadlines across cases: the view that tells an office what is due, overrides, and the
explicit recomputation of open clocks after a calendar change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.errors import OutsideJurisdiction, UnknownReference
from bawaslu_api.cases.models import Report
from bawaslu_api.deadlines import clocks
from bawaslu_api.deadlines.errors import DeadlineNotFound, InvalidOverride
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.deadlines.schemas import (
    DeadlineOverrideIn,
    RecomputedClock,
    RecomputeIn,
    RecomputeOut,
    SkippedClock,
)
from bawaslu_api.errors import FieldError
from bawaslu_api.holidays.service import current_calendar
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.models import Office
from bawaslu_api.pagination import encode_cursor, keyset_after
from bawaslu_api.policies.service import current_policies
from bawaslu_api.security.audit import audit
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline.service import append_event
from bawaslu_rules import Calendar, PolicySet, RulesError
from bawaslu_rules import Deadline as Computed


@dataclass(frozen=True, slots=True)
class DeadlineFilter:
    office: str | None = None
    status: DeadlineStatus | None = None
    rule: str | None = None
    due_before: datetime | None = None
    due_after: datetime | None = None
    overdue: bool | None = None


async def list_deadlines(
    session: AsyncSession,
    principal: Principal,
    filters: DeadlineFilter,
    *,
    cursor: str | None,
    limit: int,
) -> tuple[list[Deadline], str | None]:
    """Deadlines in the caller's subtree, soonest first (keyset on due time and id)."""
    path = principal.office_path
    if filters.office is not None:
        path = await scope.office_path_by_code(session, filters.office, error=UnknownReference)
        if not scope.sees(principal, path):
            return [], None
    stmt = select(Deadline).where(scope.within(path, Deadline.office_path))
    if filters.status is not None:
        stmt = stmt.where(Deadline.status == filters.status)
    if filters.rule is not None:
        stmt = stmt.where(Deadline.rule_id == filters.rule)
    if filters.due_before is not None:
        stmt = stmt.where(Deadline.due_at < filters.due_before)
    if filters.due_after is not None:
        stmt = stmt.where(Deadline.due_at >= filters.due_after)
    if filters.overdue is not None:
        late = and_(Deadline.status == DeadlineStatus.pending, Deadline.due_at < func.now())
        stmt = stmt.where(late if filters.overdue else ~late)
    after = keyset_after((Deadline.due_at, Deadline.id), cursor, descending=False)
    if after is not None:
        stmt = stmt.where(after)
    rows = list(
        (await session.execute(stmt.order_by(Deadline.due_at, Deadline.id).limit(limit + 1)))
        .scalars()
        .all()
    )
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor([rows[-1].due_at.isoformat(), str(rows[-1].id)])
    return rows, next_cursor


async def override(
    session: AsyncSession, principal: Principal, deadline_id: uuid.UUID, body: DeadlineOverrideIn
) -> Deadline:
    """Set a clock's status, or move a pending clock's due time later, by hand, with a
    reason, as an event on the case's timeline (old and new status and due time)."""
    row = await session.get(Deadline, deadline_id)
    if row is None or not scope.sees(principal, row.office_path):
        raise DeadlineNotFound(Text("Tenggat {id} tidak ada.", "No deadline {id}."), id=deadline_id)
    # The case first, then its clock: the order every case action locks them in.
    loaded = await cases.load(session, row.report_id, principal, for_update=True)
    await session.refresh(row, with_for_update=True)
    before, due_before, due_at_before = row.status, row.due_on, row.due_at
    if body.status is not None:
        row.status = DeadlineStatus(body.status)
        row.met_at = None if row.status is DeadlineStatus.pending else datetime.now(UTC)
    changes: dict[str, Any] = {
        "deadline": str(row.id),
        "rule": row.rule_id,
        "from": before.value,
        "to": row.status.value,
        "reason": body.reason,
    }
    if body.due_at is not None:
        if row.status is not DeadlineStatus.pending:
            raise InvalidOverride(
                Text(
                    "Tenggat berstatus {status}; buka kembali dengan status pending.",
                    "The clock is {status}; reopen it with status pending to move it.",
                ),
                fields=[_field("due_at", "clock_not_pending", _NOT_PENDING, status=row.status)],
                status=row.status.value,
            )
        if body.due_at <= due_at_before:
            raise InvalidOverride(
                _NOT_LATER,
                fields=[
                    _field("due_at", "not_later", _NOT_LATER, new=body.due_at, old=due_at_before)
                ],
                new=_iso(body.due_at),
                old=_iso(due_at_before),
            )
        due_on = body.due_at.astimezone(ZoneInfo(loaded.office.timezone)).date()
        await clocks.move(row, body.due_at, due_on, session)
        changes["due"] = {"from": due_before.isoformat(), "to": due_on.isoformat()}
        changes["due_at"] = {"from": _iso(due_at_before), "to": _iso(body.due_at)}
    row.override_reason = body.reason
    await session.flush()
    await append_event(session, row.report_id, principal.subject, "deadline_overridden", changes)
    return row


_NOT_PENDING = Text(
    "Hanya tenggat yang masih berjalan dapat dipindahkan (status {status}).",
    "Only a pending clock can be moved (status {status}).",
)
_NOT_LATER = Text(
    "Tenggat baru {new} tidak lebih lambat dari tenggat sekarang {old}.",
    "The new due time {new} is not later than the current one {old}.",
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _field(name: str, code: str, message: Text, **params: object) -> FieldError:
    return FieldError(
        (name,),
        code,
        message,
        {k: _iso(v) if isinstance(v, datetime) else str(v) for k, v in params.items()},
    )


# ---------------------------------------------------------------- recomputation


async def recompute(session: AsyncSession, principal: Principal, body: RecomputeIn) -> RecomputeOut:
    """Compute the pending clocks in scope again with the calendar and the rules policy
    settings in force (docs/legal/rules.md §1: open cases keep their clocks until this
    explicit, audited action).

    Scope: one case (``report_id``), one office's subtree (``office``), or the caller's whole
    jurisdiction. Each clock keeps its rule, trigger and ruleset version; only the calendar
    and the policy settings may differ. A dry run lists the clocks whose due date or time
    would change; ``apply`` stores them, appends one ``deadlines_recomputed`` event per
    affected case (the changes and the reason) and one audit entry.
    """
    path, label = principal.office_path, f"office:{principal.office_code}"
    if body.report_id is not None:
        await cases.load(session, body.report_id, principal)  # 404 outside the jurisdiction
        label = f"report:{body.report_id}"
    elif body.office is not None:
        office = await scope.office_in_scope(
            session, principal, body.office, unknown=UnknownReference, outside=OutsideJurisdiction
        )
        path, label = office.path, f"office:{office.code}"
    calendar = await current_calendar(session)
    policies = await current_policies(session)
    checked, found, skipped = await _changed(session, path, body.report_id, calendar, policies)
    if body.apply and found:
        # Lock the cases first (the order of every case action), then compute again what
        # is still pending: a case action may have closed a clock meanwhile.
        ids = sorted({row.report_id for row, _ in found})
        await session.execute(
            select(Report.id).where(Report.id.in_(ids)).order_by(Report.id).with_for_update()
        )
        _, found, _ = await _changed(
            session, path, body.report_id, calendar, policies, report_ids=ids
        )
    changes = [_change_out(row, new) for row, new in found]
    if body.apply and found:
        by_case: dict[uuid.UUID, list[RecomputedClock]] = {}
        for (row, new), out in zip(found, changes, strict=True):
            await clocks.move(row, new.due_at, new.due, session)
            row.provisional = new.provisional
            row.policy_overrides = dict(new.policy_overrides)
            by_case.setdefault(row.report_id, []).append(out)
        await session.flush()
        for report_id, moved in by_case.items():
            await append_event(
                session, report_id, principal.subject, "deadlines_recomputed",
                {
                    "reason": body.reason,
                    "changes": [c.model_dump(mode="json", exclude={"report_id"}) for c in moved],
                },
            )  # fmt: skip
        await audit(
            session, actor=principal.subject, action="deadlines_recomputed", subject=label,
            reason=body.reason, cases=len(by_case), clocks=len(changes),
            deadlines=[str(c.deadline_id) for c in changes],
        )  # fmt: skip
    return RecomputeOut(
        applied=body.apply,
        scope=label,
        reason=body.reason,
        checked=checked,
        cases=len({c.report_id for c in changes}),
        changes=changes,
        skipped=skipped,
    )


async def _changed(
    session: AsyncSession,
    path: str,
    report_id: uuid.UUID | None,
    calendar: Calendar,
    policies: PolicySet,
    *,
    report_ids: list[uuid.UUID] | None = None,
) -> tuple[int, list[tuple[Deadline, Computed]], list[SkippedClock]]:
    """The pending clocks in scope, how many, and those whose due date or time the
    calendar or the policy settings change, with what bawaslu_rules computes now."""
    stmt = (
        select(Deadline, Office.timezone)
        .join(Report, Report.id == Deadline.report_id)
        .join(Office, Office.id == Report.office_id)
        .where(Deadline.status == DeadlineStatus.pending, scope.within(path, Deadline.office_path))
        .order_by(Deadline.report_id, Deadline.due_at, Deadline.id)
    )
    if report_id is not None:
        stmt = stmt.where(Deadline.report_id == report_id)
    if report_ids is not None:
        stmt = stmt.where(Deadline.report_id.in_(report_ids)).with_for_update(of=Deadline)
    rows = (await session.execute(stmt)).all()
    found = []
    skipped = []
    for row, zone in rows:
        if row.override_reason is not None:
            # Set by hand, with a reason, on the timeline (e.g. an extended completion):
            # a recomputation never undoes an audited override.
            skipped.append(_skipped(row, "overridden", row.override_reason))
            continue
        try:
            new = clocks.recomputed(row, zone, calendar, policies)
        except RulesError as exc:
            skipped.append(_skipped(row, "not_computable", str(exc)))
            continue
        if new.due != row.due_on or new.due_at != row.due_at:
            found.append((row, new))
    return len(rows), found, skipped


def _skipped(
    row: Deadline, why: Literal["overridden", "not_computable"], detail: str
) -> SkippedClock:
    return SkippedClock(
        deadline_id=row.id, report_id=row.report_id, rule=row.rule_id, due=row.due_on,
        why=why, detail=detail,
    )  # fmt: skip


def _change_out(row: Deadline, new: Computed) -> RecomputedClock:
    trigger_day, triggered_at = clocks.trigger_fields(row)
    return RecomputedClock(
        deadline_id=row.id,
        report_id=row.report_id,
        rule=row.rule_id,
        trigger=trigger_day,
        triggered_at=triggered_at,
        ruleset_version=row.ruleset_version,
        old_due=row.due_on,
        old_due_at=row.due_at.astimezone(UTC),
        new_due=new.due,
        new_due_at=new.due_at.astimezone(UTC),
        provisional=new.provisional,
    )
