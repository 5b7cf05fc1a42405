"""Request and response shapes of assignments, "my cases" and the workload view."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bawaslu_api.assignments.models import AssignmentRole
from bawaslu_api.cases.models import ReportKind, ReportStatus

OCCURRED_AT = (
    "When the step happened, for a paper case entered after the fact (default: now). "
    "Not in the future, not before the case was received; kept on the timeline event."
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssignmentIn(_Strict):
    """Assign an officer to the case in a role. Assigning a handler to a case that has one
    reassigns it: the previous handler is released with the same reason."""

    officer: str = Field(
        min_length=1, max_length=64, description="The staff user's username (their login)."
    )
    role: AssignmentRole = Field(
        AssignmentRole.handler,
        description="`handler` (one per case), `team`, or `clarifier` (may belong to an "
        "office below the case's office: Perbawaslu 7/2022 Art. 28(4)).",
    )
    reason: str = Field(min_length=1, max_length=2000)
    occurred_at: AwareDatetime | None = Field(None, description=OCCURRED_AT)


class ReleaseIn(_Strict):
    """Release an officer from the case (whatever their role)."""

    officer: str = Field(min_length=1, max_length=64)
    reason: str = Field(min_length=1, max_length=2000)
    occurred_at: AwareDatetime | None = Field(None, description=OCCURRED_AT)


class AssigneeOut(BaseModel):
    officer: str
    display_name: str | None
    office: str
    role: AssignmentRole
    reason: str
    assigned_by: str
    assigned_at: datetime


class AssignmentsOut(BaseModel):
    """Who works the case now (active assignments); the history is on the timeline."""

    report_id: uuid.UUID
    version: int
    handler: AssigneeOut | None
    team: list[AssigneeOut]
    clarifiers: list[AssigneeOut]


class NextDue(BaseModel):
    """The case's soonest pending clock."""

    deadline_id: uuid.UUID
    rule: str
    due_at: datetime
    overdue: bool


class MyCase(BaseModel):
    id: uuid.UUID
    kind: ReportKind
    status: ReportStatus
    office: str
    register_number: str | None
    received_at: datetime
    role: AssignmentRole
    assigned_at: datetime
    next_due: NextDue | None


class MyCasesPage(BaseModel):
    items: list[MyCase]
    next_cursor: str | None


class OfficerLoad(BaseModel):
    officer: str
    display_name: str | None
    office: str
    open_cases: int = Field(description="Open cases the officer is assigned to, in any role.")
    handling: int = Field(description="Of them, as the handling officer.")
    overdue_clocks: int = Field(description="Pending clocks past due on those cases.")
    next_due_at: datetime | None = Field(description="The soonest pending clock among them.")


class WorkloadOut(BaseModel):
    office: str
    officers: list[OfficerLoad]
    unassigned_open_cases: int = Field(
        description="Open cases of the office's subtree without an active handler."
    )
