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
        description="Your office's unique id of this report (ids are shared by everyone "
        "importing for your office, staff and clients). Sending it again (in any later batch, "
        "by you or a colleague of your office) answers `duplicate` with the report it "
        "created and who imported it; it never creates a second report.",
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


class ExistingImport(BaseModel):
    """Who imported an external id first, for an item answered `duplicate`."""

    imported_by: str = Field(
        description="The caller that imported it: a user name, or `client:<client_id>`."
    )
    imported_by_name: str | None = Field(
        None, description="That user's display name or that client's name, if it still exists."
    )
    imported_at: datetime
    by_you: bool = Field(description="Whether you imported it yourself (a re-run).")
    register_number: str | None = Field(
        None, description="The case's register number, once registered and if you see it."
    )


class ImportItemResult(BaseModel):
    index: int = Field(description="Position of the item in the batch (or the file's row - 2).")
    external_id: str | None
    status: ItemStatus = Field(
        description="`created` (stored now), `duplicate` (imported before for your office: "
        "`report_id` is that report, `existing` says who imported it and when), `invalid` "
        "(nothing stored: see `problems`), `valid` (dry run: would be created)."
    )
    report_id: uuid.UUID | None = Field(
        None,
        description="The report created, or for a `duplicate` the report imported before "
        "(null if it has since moved outside your jurisdiction).",
    )
    existing: ExistingImport | None = Field(
        None, description="For a `duplicate`: who imported it first, and when."
    )
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
