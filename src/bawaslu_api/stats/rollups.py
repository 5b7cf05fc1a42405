"""The statistics read from the rollups of ``report_stat`` (stats/models.py, migrations
0020-0022): for the national and province scopes, whole months, no subject filter
(``cohort.rolls_up``); the same figures as counted from ``report_stat`` (stats/service.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.deadlines.models import DeadlineStatus
from bawaslu_api.offices import scope
from bawaslu_api.stats.cohort import (
    AGE_BUCKETS,
    COUNTED,
    DL,
    OPEN_STATUSES,
    E,
    Filters,
    R,
    S,
    age_between,
    conditions,
    filtered,
)
from bawaslu_api.stats.models import ROLLUP_COUNTS, rollup_column
from bawaslu_api.stats.schemas import WeekPoint


async def rolled_up_counts(
    session: AsyncSession, path: str, f: Filters, election_id: Any, today: date
) -> Sequence[Any]:
    """:func:`_counts` from ``report_rollup`` (whole months, no subject filter). The open
    cases' ages: a month whose last day is 31 days or more before today counts its open
    cases in the oldest bucket; the later months are counted from ``report_stat`` (the
    cases received since the first day of the month of today - 30 days)."""
    recent = (today - timedelta(days=30)).replace(day=1)
    open_cols = [R.c[rollup_column("status", s.value)] for s in OPEN_STATUSES]
    oldest = len(AGE_BUCKETS) - 1
    rows = (
        (
            await session.execute(
                select(
                    R.c.office_id,
                    *(func.sum(R.c[c]).label(c) for c in ROLLUP_COUNTS),
                    func.sum(sum(open_cols[1:], open_cols[0]))
                    .filter(R.c.month < recent)
                    .label(f"age:{oldest}"),
                )
                .where(*conditions(path, f, election_id, R))
                .group_by(R.c.office_id)
            )
        )
        .mappings()
        .all()
    )
    is_open = S.status.in_([s.value for s in OPEN_STATUSES])
    young = (
        (
            await session.execute(
                select(
                    S.office_id,
                    *(
                        func.count()
                        .filter(and_(is_open, *age_between(S.received_on, today, lo, hi)))
                        .label(f"age:{i}")
                        for i, (_, lo, hi) in enumerate(AGE_BUCKETS)
                    ),
                )
                .where(*conditions(path, f, election_id), S.received_on >= recent)
                .group_by(S.office_id)
            )
        )
        .mappings()
        .all()
    )
    labels = {rollup_column(d, k): f"{d}:{k}" for d, values in COUNTED.items() for k, _ in values}
    out: dict[Any, dict[str, Any]] = {}
    for r in rows:
        out[r["office_id"]] = {
            "office_id": r["office_id"],
            **{labels.get(c, c): int(r[c] or 0) for c in ROLLUP_COUNTS},
            **{f"age:{i}": 0 for i in range(len(AGE_BUCKETS))},
            f"age:{oldest}": int(r[f"age:{oldest}"] or 0),
        }
    for y in young:
        row = out.setdefault(y["office_id"], {"office_id": y["office_id"]})
        for i in range(len(AGE_BUCKETS)):
            row[f"age:{i}"] += int(y[f"age:{i}"])
    return list(out.values())


async def rolled_up_deadlines(
    session: AsyncSession, path: str, f: Filters, election_id: Any, this_month: Any
) -> dict[str, list[int]]:
    """The counts of :func:`_deadlines` per rule from ``deadline_rollup``: total, met,
    missed, waived, pending, overdue (due before ``this_month``), overridden."""
    n, st = DL.c.n, DL.c.status
    if filtered(f):
        where = conditions(path, f, election_id, DL)
    elif scope.scope_kind(path) == "province":
        where = [DL.c.deadline_province == scope.scope_value(path)]
    else:
        where = []
    rows = await session.execute(
        select(
            DL.c.rule_id,
            func.sum(n),
            *(
                func.coalesce(func.sum(n).filter(st == s.value), 0)
                for s in (
                    DeadlineStatus.met,
                    DeadlineStatus.missed,
                    DeadlineStatus.waived,
                    DeadlineStatus.pending,
                )
            ),
            func.coalesce(
                func.sum(n).filter(
                    st == DeadlineStatus.pending.value, DL.c.due_month < func.date(this_month)
                ),
                0,
            ),
            func.coalesce(func.sum(n).filter(DL.c.overridden), 0),
        )
        .where(*where)
        .group_by(DL.c.rule_id)
        .order_by(DL.c.rule_id)
    )
    return {rule_id: [int(c) for c in counts] for rule_id, *counts in rows.all()}


async def rolled_up_weekly(
    session: AsyncSession, where: Sequence[ColumnElement[bool]]
) -> list[WeekPoint]:
    """:func:`_weekly` from ``report_rollup_events`` (the cases per event and day)."""
    rows = await session.execute(
        select(E.c.event, E.c.day, func.sum(E.c.n)).where(*where).group_by(E.c.event, E.c.day)
    )
    return weeks((event, day, n) for event, day, n in rows.all())


def weeks(counted: Iterable[tuple[str, date, int]]) -> list[WeekPoint]:
    """The cases counted per (event, day) folded into ISO weeks."""
    names = ("received", "registered", "decided")
    points: dict[date, dict[str, int]] = {}
    for name, day, n in counted:
        monday = day - timedelta(days=day.weekday())
        p = points.setdefault(monday, dict.fromkeys(names, 0))
        p[name] += int(n)
    out = []
    for wk in sorted(points):
        iso = wk.isocalendar()
        p = points[wk]
        out.append(
            WeekPoint(
                week=f"{iso.year}-W{iso.week:02d}", week_start=wk, received=p["received"],
                registered=p["registered"], decided=p["decided"],
            )
        )  # fmt: skip
    return out
