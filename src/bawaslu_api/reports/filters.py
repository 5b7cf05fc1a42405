"""The query parameters of the report list, declared once: ``GET /v1/reports`` and the
exports (``GET /v1/reports/export``) take them through :func:`report_filter`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Query

from bawaslu_api.cases.models import ReportKind, ReportStatus, ViolationCategory, nik_indexes
from bawaslu_api.reports.reads import ReportFilter
from bawaslu_rules import STAGES, SUBJECTS

STAGE_PATTERN = "^(" + "|".join([*(s.code for s in STAGES), "none"]) + ")$"
SUBJECT_PATTERN = (
    "^(" + "|".join(sorted({s.code for regime in SUBJECTS.values() for s in regime})) + ")$"
)


def report_filter(
    election: str | None = None,
    office: Annotated[str | None, Query(description="Office code: that office's subtree.")] = None,
    kind: ReportKind | None = None,
    status: ReportStatus | None = None,
    outcome_category: ViolationCategory | None = None,
    received_from: datetime | None = None,
    received_to: datetime | None = None,
    overdue: bool | None = None,
    awaiting_plenary: Annotated[
        bool | None,
        Query(description="true: registered cases with no plenary meeting recorded yet."),
    ] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Full-text search in the description.")
    ] = None,
    stage: Annotated[
        str | None,
        Query(
            pattern=STAGE_PATTERN,
            description="Election stage code (`GET /v1/rules/classification`): cases in that "
            "stage; `none`: cases without a stage.",
        ),
    ] = None,
    subject: Annotated[
        str | None,
        Query(
            pattern=SUBJECT_PATTERN,
            description="Subject code: cases having that subject (among others).",
        ),
    ] = None,
    nik: Annotated[
        str | None,
        Query(
            pattern=r"^[0-9]{16}$",
            description="The reporter's NIK, exactly (found through a keyed hash: the NIK "
            "itself is stored encrypted).",
        ),
    ] = None,
) -> ReportFilter:
    """The filters of `GET /v1/reports`, as query parameters."""
    return ReportFilter(
        election=election,
        office=office,
        kind=kind,
        status=status,
        outcome_category=outcome_category,
        received_from=received_from,
        received_to=received_to,
        overdue=overdue,
        awaiting_plenary=awaiting_plenary,
        q=q,
        stage=stage,
        subject=subject,
        nik_indexes=tuple(nik_indexes(nik)) if nik else None,
    )
