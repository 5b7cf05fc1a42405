"""Request and response shapes of bulk imports."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from bawaslu_api.errors import FieldProblem
from bawaslu_api.reports.schemas import ReportCreate, Strict

MAX_BATCH = 1000
"""Items in one batch request, and rows in one uploaded file."""

ItemStatus = Literal["created", "duplicate", "invalid", "valid"]


class ImportItem(ReportCreate):
    """One item of a batch: the fields of a single intake (`ReportCreate`) plus your id."""

    external_id: str = Field(
        min_length=1,
        max_length=200,
        description="Your unique id of this report. Sending it again (in any later batch) "
        "answers `duplicate` with the report it created; it never creates a second report.",
    )


class ImportBatchIn(Strict):
    items: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=MAX_BATCH,
        description="Up to 1,000 items, each an `ImportItem`: `external_id` plus the fields "
        "of `POST /v1/reports`. Each item is validated on its own, so one invalid item does "
        "not reject the batch.",
    )
    dry_run: bool = Field(
        False,
        description="Validate every item and decide it exactly as intake does (jurisdiction, "
        "admissibility, deadlines) without storing anything. Items answer `valid` instead of "
        "`created`.",
    )


class ImportItemResult(BaseModel):
    index: int = Field(description="Position of the item in the batch (or the file's row - 2).")
    external_id: str | None
    status: ItemStatus = Field(
        description="`created` (stored now), `duplicate` (stored before: `report_id` is that "
        "report), `invalid` (nothing stored: see `problems`), `valid` (dry run: would be "
        "created)."
    )
    report_id: uuid.UUID | None = None
    verdict: str | None = Field(None, description="Admissibility verdict of a created report.")
    receipt_code: str | None = Field(
        None,
        description="Reports created by a JSON batch only: the reporter's receipt code, "
        "shown once (not kept in import jobs).",
    )
    problems: list[FieldProblem] = Field(default_factory=list)


class ImportBatchOut(BaseModel):
    dry_run: bool
    created: int
    duplicates: int
    invalid: int
    valid: int
    items: list[ImportItemResult]


class ImportJobOut(BaseModel):
    id: uuid.UUID
    filename: str
    format: Literal["csv", "xlsx"]
    dry_run: bool
    status: Literal["processing", "completed"]
    total: int
    processed: int
    created: int
    duplicates: int
    invalid: int
    created_at: datetime
    finished_at: datetime | None
    results: list[ImportItemResult]
