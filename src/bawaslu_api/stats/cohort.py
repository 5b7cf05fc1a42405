"""The cohort of the statistics: the filters, the conditions over ``report_stat`` or its
rollups (one home), the dimensions counted (stats/service.py, docs/statistics.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, Table, any_, func, literal

from bawaslu_api.cases.models import Channel, Outcome, ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.offices import scope
from bawaslu_api.stats.models import (
    ROLLUP_DOMAINS,
    ReportStat,
    deadline_rollup,
    report_rollup,
    report_rollup_days,
    report_rollup_events,
)
from bawaslu_rules import STAGES, SUBJECTS

UNCLASSIFIED: Final = "unclassified"
OPEN_STATUSES: Final = (
    ReportStatus.received,
    ReportStatus.completion_requested,
    ReportStatus.registered,
)
"""Not final: the case still awaits its registration or its decision."""
REVIEW_STATUSES: Final = (ReportStatus.received, ReportStatus.completion_requested)
"""Still under the initial review (kajian awal): not counted in the registration rate."""
AGE_BUCKETS: Final = (("0-7", 0, 7), ("8-14", 8, 14), ("15-30", 15, 30), ("31+", 31, None))
"""Open cases by calendar days since ``received_on`` (inclusive bounds)."""
STAGE_CODES: Final = (*(s.code for s in STAGES), UNCLASSIFIED)
SUBJECT_CODES: Final = (*(s.code for s in SUBJECTS["pemilu"]), UNCLASSIFIED)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the caller narrowed the cohort to (validated by the router)."""

    election: str | None = None
    from_: date | None = None
    to: date | None = None
    stage: str | None = None
    subject: str | None = None
    kind: ReportKind | None = None


S = ReportStat
"""The cohort is read from ``report_stat`` (stats/models.py), never from ``report``."""
R = report_rollup
"""Its counts per office, election, month, kind and stage (stats/models.py)."""
D = report_rollup_days
"""Its duration histograms per office, election and month."""
E = report_rollup_events
"""Its received / registered / decided days per province, election and month."""
DL = deadline_rollup
"""The clocks of the cases per province, election, month, rule, status (stats/models.py)."""


def conditions(
    path: str, f: Filters, election_id: Any, rollup: Table | None = None
) -> list[ColumnElement[bool]]:
    """The one home of the cohort's conditions (scope and filters), over ``report_stat``,
    or over a ``rollup`` of it (stats/models.py: whole months, no subject; see
    :func:`rolls_up`), whose ``month`` is the first day of the month received."""
    t: Any = S if rollup is None else rollup.c
    where = [scope.within(path, getattr(t, "office_path", None), t.province_code)]
    if election_id is not None:
        where.append(t.election_id == election_id)
    day = t.received_on if rollup is None else t.month
    if f.from_ is not None:
        where.append(day >= f.from_)
    if f.to is not None:
        where.append(day <= f.to)
    if f.stage == UNCLASSIFIED:
        where.append(t.stage.is_(None))
    elif f.stage is not None:
        where.append(t.stage == f.stage)
    if f.subject == UNCLASSIFIED:
        where.append(no_subject())
    elif f.subject is not None:
        where.append(S.subjects.contains([f.subject]))
    if f.kind is not None:
        where.append(t.kind == f.kind.value)
    return where


def rolls_up(f: Filters, path: str | None = None, *, by_stage: bool = True) -> bool:
    """Whether the rollups answer the cohort: no subject filter and a period of whole months
    (``from`` a first day, ``to`` a last day); ``by_stage`` False: a rollup without the
    stage and kind (no such filter); ``path``: a rollup by province (national or province
    scope only)."""
    return (
        f.subject is None
        and (f.from_ is None or f.from_.day == 1)
        and (f.to is None or (f.to + timedelta(days=1)).day == 1)
        and (by_stage or (f.stage is None and f.kind is None))
        and (path is None or scope.scope_kind(path) != "office")
    )


def no_subject() -> ColumnElement[bool]:
    return func.coalesce(func.cardinality(S.subjects), 0) == 0


COUNTED: Final[dict[str, tuple[tuple[str, Any], ...]]] = {
    # dimension -> (key, the condition that counts a case in its bucket)
    "stage": (
        *((s.code, S.stage == s.code) for s in STAGES),
        (UNCLASSIFIED, S.stage.is_(None)),
    ),
    "status": tuple((v.value, S.status == v.value) for v in ReportStatus),
    "outcome": tuple((v.value, S.outcome == v.value) for v in Outcome),
    "category": tuple((v.value, S.category == v.value) for v in ViolationCategory),
    "channel": tuple((v.value, S.channel == v.value) for v in Channel),
    "kind": tuple((v.value, S.kind == v.value) for v in ReportKind),
    "subject": (
        *(
            (code, S.subjects.contains([code]))
            for code in dict.fromkeys(s.code for group in SUBJECTS.values() for s in group)
        ),
        (UNCLASSIFIED, no_subject()),
    ),
    "forwarded_to": tuple(
        (to, literal(to) == any_(S.forwarded_to)) for to in ROLLUP_DOMAINS["forwarded_to"]
    ),
}
"""The dimensions counted in the main scan, each value with a ``FILTER`` condition: the
domains are closed (the enumerations, ``STAGES``, ``SUBJECTS``, the four addressees)."""


def age_between(day: Any, today: date, lo: int, hi: int | None) -> list[ColumnElement[bool]]:
    """``day`` is between ``lo`` and ``hi`` (inclusive, None: no bound) days before today."""
    return [
        day <= today - timedelta(days=lo),
        *([day >= today - timedelta(days=hi)] if hi is not None else []),
    ]


def filtered(f: Filters) -> bool:
    return any(v is not None for v in (f.election, f.from_, f.to, f.stage, f.subject, f.kind))
