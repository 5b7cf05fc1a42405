"""Response models of the changes feed."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from bawaslu_api.deadlines.schemas import DeadlineOut
from bawaslu_api.evidence.schemas import EvidenceOut
from bawaslu_api.reports.schemas import ReportOut, TimelineEvent


class ChangeKind(enum.StrEnum):
    case = "case"
    clock = "clock"
    event = "event"
    evidence = "evidence"


class ChangeOperation(enum.StrEnum):
    upsert = "upsert"  # the thing as it is now: store it (replacing what you hold)
    deleted = "deleted"  # the thing no longer exists: drop it
    gone = "gone"  # the case left your jurisdiction: drop it and everything of it


class ChangeItem(BaseModel):
    """One change: the thing as the normal reads present it now (personal data masked), or
    that it is deleted, or (a case) that it is gone from your view."""

    kind: ChangeKind
    id: str = Field(
        description="The thing's id: a UUID (case, clock, evidence), a timeline event's "
        "number (event)."
    )
    case_id: uuid.UUID
    op: ChangeOperation
    changed_at: datetime = Field(description="When the change was made (its transaction).")
    case: ReportOut | None = Field(None, description="`kind: case`, `op: upsert`.")
    clock: DeadlineOut | None = Field(None, description="`kind: clock`, `op: upsert`.")
    event: TimelineEvent | None = Field(None, description="`kind: event`, `op: upsert`.")
    evidence: EvidenceOut | None = Field(None, description="`kind: evidence`, `op: upsert`.")


class ChangesPage(BaseModel):
    items: list[ChangeItem]
    next_cursor: str = Field(
        description="Where to continue (`since`): never null; keep it with your cache, also "
        "when `items` is empty."
    )
    more: bool = Field(
        description="True: more changes are waiting now (ask again at once); false: you are "
        "up to date (ask again later with `next_cursor`)."
    )
