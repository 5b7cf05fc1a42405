"""Clocks as the API shows them, and overrides."""

import uuid
from datetime import date, datetime
from typing import Literal, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from bawaslu_api.deadlines.models import DeadlineStatus


class DeadlineOverrideIn(BaseModel):
    """A manual change of a clock's status or due time; always with a reason, always on the
    case's timeline."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["pending", "met", "missed", "waived"] | None = Field(
        None, description="The new status (leave out to only move `due_at`)."
    )
    due_at: AwareDatetime | None = Field(
        None,
        description="Extend a pending clock: its new due time, later than the current one "
        "(`due` becomes its local date in the office's zone). With `status: pending`, a "
        "closed clock is reopened and extended. A report completed before an extended "
        "`report.completion` is not expired.",
    )
    reason: str = Field(min_length=5, max_length=2000)

    @model_validator(mode="after")
    def _something_changes(self) -> Self:
        if self.status is None and self.due_at is None:
            raise ValueError("give status, due_at or both")
        if self.due_at is not None and self.status not in (None, "pending"):
            raise ValueError("due_at moves a pending clock: leave status out or set it pending")
        return self


class RecomputeIn(BaseModel):
    """Which open clocks to compute again with the calendar in force, and whether to apply
    the new due dates."""

    model_config = ConfigDict(extra="forbid")

    report_id: uuid.UUID | None = Field(None, description="One case.")
    office: str | None = Field(
        None, description="An office code: the open clocks of that office's subtree."
    )
    apply: bool = Field(
        False, description="`false` (default): only list what would change. `true`: change it."
    )
    reason: str | None = Field(
        None,
        min_length=5,
        max_length=2000,
        description="Required with `apply: true`; kept on each case's timeline and the audit "
        "log (e.g. the decree that added the holiday).",
    )

    @model_validator(mode="after")
    def _one_scope_and_a_reason(self) -> Self:
        if self.report_id is not None and self.office is not None:
            raise ValueError("give report_id or office, not both")
        if self.apply and not self.reason:
            raise ValueError("apply needs a reason")
        return self


class RecomputedClock(BaseModel):
    deadline_id: uuid.UUID
    report_id: uuid.UUID
    rule: str
    trigger: date = Field(
        description="The day the clock counts from, in the office's time zone (always a date)."
    )
    triggered_at: datetime | None = Field(
        description="The moment the clock counts from, in UTC, for a clock that starts at a "
        "time (hours, or a step taken at a time); null for a clock that starts on a day."
    )
    ruleset_version: str
    old_due: date
    old_due_at: datetime
    new_due: date
    new_due_at: datetime
    provisional: bool = Field(description="The new due date rests on provisional holiday data.")


class SkippedClock(BaseModel):
    deadline_id: uuid.UUID
    report_id: uuid.UUID
    rule: str
    due: date
    why: Literal["overridden", "not_computable"] = Field(
        description="`overridden`: its status or due time was set by an audited override, "
        "which a recomputation never undoes; `not_computable`: the rules engine cannot "
        "compute it under the settings in force (see `detail`)."
    )
    detail: str


class RecomputeOut(BaseModel):
    applied: bool = Field(description="Whether the new due dates were stored.")
    scope: str = Field(description="`report:<id>`, or `office:<code>` (that subtree).")
    reason: str | None
    checked: int = Field(description="Pending clocks computed again.")
    cases: int = Field(description="Cases with at least one changed clock.")
    changes: list[RecomputedClock] = Field(description="Clocks whose due date or time changes.")
    skipped: list[SkippedClock] = Field(
        description="Pending clocks in scope left as they are, and why."
    )


class DeadlineOut(BaseModel):
    """A statutory clock of a case (the rules calculator's answer is ``RulesDeadlineOut``)."""

    id: uuid.UUID
    report_id: uuid.UUID
    rule: str
    regime: str
    ruleset_version: str
    trigger: date = Field(
        description="The day the clock counts from, in the office's time zone (always a date)."
    )
    triggered_at: datetime | None = Field(
        description="The moment the clock counts from, in UTC, for a clock that starts at a "
        "time (hours, or a step taken at a time); null for a clock that starts on a day."
    )
    due: date
    due_at: datetime
    amount: int
    unit: str
    basis: str
    confidence: str
    provisional: bool
    status: DeadlineStatus
    met_at: datetime | None
    overdue: bool
    override_reason: str | None
    policy_overrides: dict[str, bool | int | str] = Field(
        description="The deployment's settings of the rules engine's named policies this "
        "due date was computed with (empty when every default applied; "
        "`GET /v1/rules/policies`)."
    )


class DeadlinePage(BaseModel):
    items: list[DeadlineOut]
    next_cursor: str | None
