"""The statistics of an office's subtree, in SQL (docs/statistics.md).

Every figure is about one cohort: the cases (reports and findings) whose office lies in the
scope office's subtree and which match the filters (election, ``received_on`` period, stage,
subject, kind). The cohort is read from ``report_stat`` (stats/models.py), the narrow copy
of each case that triggers on ``report`` keep in step (migration 0019), never from the wide
``report`` table. Statements (each a parallel scan of the cohort, a few hundred groups, no
sort):

1. the cohort grouped by office, every other dimension counted with ``FILTER`` clauses (one
   per value of stage, status, outcome, category, channel, kind, subject, addressee, age
   bucket); the offices' level and the office below the scope are folded in Python;
2. the histograms of ``registration_days`` / ``decision_days`` per office (the median and
   90th percentile are computed from them exactly as ``percentile_cont`` would, without a
   sort);
3. deadline compliance per rule (the ``deadline`` rows of the cohort);
4. the KPU forwardings by follow-up status;
5. the weekly trend (cases counted per received / registered / decided day, folded into ISO
   weeks);
6. the names of the offices counted.

The scope is matched as everywhere else (``offices.scope.within``: a province on
``province_code``, a lower office by path prefix; Bawaslu RI sees everything).

For the national and province scopes, whole months and no subject filter, statements 1-3 and
5 read the rollups of ``report_stat`` kept by triggers (stats/models.py, migrations
0020-0022: ``report_rollup``, ``report_rollup_days`` and ``report_rollup_events`` without a
stage or kind filter, ``deadline_rollup``) instead, with identical answers
(:func:`_rolls_up`; the conditions are still :func:`_conditions`, over the rollup's
``month``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Table, and_, any_, func, literal, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Channel, Outcome, ReportKind, ReportStatus, ViolationCategory
from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.elections.models import Election
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu.models import KpuForwarding
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.offices.models import Office
from bawaslu_api.reference import LABELS
from bawaslu_api.security.principals import Principal
from bawaslu_api.stats.errors import UnknownElection
from bawaslu_api.stats.models import (
    ROLLUP_COUNTS,
    ReportStat,
    deadline_rollup,
    report_rollup,
    report_rollup_days,
    report_rollup_events,
    rollup_column,
)
from bawaslu_api.stats.schemas import (
    Bucket,
    Durations,
    OfficeRow,
    RuleCompliance,
    Scope,
    Statistics,
    Totals,
    WeekPoint,
)
from bawaslu_rules import RULESETS, STAGES, SUBJECTS

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
DEFAULT_ZONE: Final = "Asia/Jakarta"

_UNCLASSIFIED_LABEL = ("Belum diklasifikasi", "Unclassified")
_LEVELS: Final = {
    "national": ("Bawaslu RI", "National"),
    "province": ("Bawaslu Provinsi", "Province"),
    "regency": ("Bawaslu Kabupaten", "Regency"),
    "city": ("Bawaslu Kota", "City"),
    "district": ("Panwaslu Kecamatan", "District"),
    "village": ("Panwaslu Kelurahan/Desa", "Village"),
    "polling_station": ("Pengawas TPS", "Polling station"),
    "overseas": ("Panwaslu Luar Negeri", "Overseas"),
}
_ADDRESSEES: Final = {
    "kpu": ("KPU", "KPU (election commission)"),
    "dkpp": ("DKPP", "DKPP (ethics council)"),
    "police": ("Kepolisian (Sentra Gakkumdu)", "Police (Sentra Gakkumdu)"),
    "agency": ("Instansi lain", "Other agency"),
}
_KPU_STATUSES: Final = {
    "pending": ("Belum diterima KPU", "Not yet acknowledged"),
    "acknowledged": ("Diterima KPU", "Acknowledged"),
    "followed_up": ("Ditindaklanjuti KPU", "Followed up"),
}


@dataclass(frozen=True, slots=True)
class Filters:
    """What the caller narrowed the cohort to (validated by the router)."""

    election: str | None = None
    from_: date | None = None
    to: date | None = None
    stage: str | None = None
    subject: str | None = None
    kind: ReportKind | None = None


# ------------------------------------------------------------------------- labels


def labels(dimension: str, key: str) -> tuple[str, str]:
    """Indonesian and English labels of a dimension's value (the key when none is known)."""
    if key == UNCLASSIFIED:
        return _UNCLASSIFIED_LABEL
    table: dict[str, tuple[str, str]] = {
        "stage": {s.code: (s.label_id, s.label_en) for s in STAGES},
        "subject": {s.code: (s.label_id, s.label_en) for s in SUBJECTS["pemilu"]},
        "status": LABELS["report_status"],
        "outcome": LABELS["outcome"],
        "category": LABELS["violation_category"],
        "channel": LABELS["channel"],
        "kind": LABELS["report_kind"],
        "office_level": _LEVELS,
        "forwarded_to": _ADDRESSEES,
        "kpu_followup": _KPU_STATUSES,
        "age": {k: (f"{k} hari", f"{k} days") for k, _, _ in AGE_BUCKETS},
    }.get(dimension, {})
    return table.get(key, (key, key))


def rule_labels(rule_id: str) -> tuple[str, str]:
    """How long and from what, from the first ruleset that has the rule."""
    for group in RULESETS.values():
        for ruleset in group:
            rule = ruleset.rules.get(rule_id)
            if rule is not None:
                unit_id, unit_en = LABELS["deadline_unit"].get(
                    rule.unit.value, (rule.unit.value,) * 2
                )
                return (
                    f"{rule.amount} {unit_id} ({rule.basis})",
                    f"{rule.amount} {unit_en} from: {rule.trigger} ({rule.basis})",
                )
    return rule_id, rule_id


def _bucket(dimension: str, key: str, count: int) -> Bucket:
    label, label_en = labels(dimension, key)
    return Bucket(key=key, label=label, label_en=label_en, count=count)


# ------------------------------------------------------------------------- scope


async def staff_scope(session: AsyncSession, principal: Principal, code: str | None) -> Office:
    """The caller's office, or the office ``code`` inside the caller's jurisdiction: one
    outside it is as unknown (404) as one that does not exist."""
    office = await scope.office_by_code(
        session, code or principal.office_code, error=OfficeNotFound
    )
    if not scope.sees(principal, office.path):
        raise scope.unknown_office(office.code, OfficeNotFound)
    return office


async def public_scope(session: AsyncSession, code: str | None) -> Office:
    """The office ``code`` (default: Bawaslu RI, the whole country); 404 when unknown."""
    if code is None:
        national = (
            await session.execute(select(Office).where(Office.path == "/ID/"))
        ).scalar_one_or_none()
        if national is None:  # no reference data loaded
            raise scope.unknown_office("ID", OfficeNotFound)
        return national
    return await scope.office_by_code(session, code, error=OfficeNotFound)


async def _election_id(session: AsyncSession, slug: str) -> Any:
    found = (
        await session.execute(select(Election.id).where(Election.slug == slug))
    ).scalar_one_or_none()
    if found is None:
        raise UnknownElection(Text("Pemilihan {slug} tidak ada.", "No election {slug}."), slug=slug)
    return found


# ------------------------------------------------------------------------- the cohort

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


def _conditions(
    path: str, f: Filters, election_id: Any, rollup: Table | None = None
) -> list[ColumnElement[bool]]:
    """The one home of the cohort's conditions (scope and filters), over ``report_stat``,
    or over a ``rollup`` of it (stats/models.py: whole months, no subject; see
    :func:`_rolls_up`), whose ``month`` is the first day of the month received."""
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
        where.append(_no_subject())
    elif f.subject is not None:
        where.append(S.subjects.contains([f.subject]))
    if f.kind is not None:
        where.append(t.kind == f.kind.value)
    return where


def _rolls_up(f: Filters, path: str | None = None, *, by_stage: bool = True) -> bool:
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


def _no_subject() -> ColumnElement[bool]:
    return func.coalesce(func.cardinality(S.subjects), 0) == 0


def _child(office_path: str, path: str) -> str:
    """The code of the office directly below the scope office (at ``path``) on an office's
    path ('' for the scope office itself)."""
    return office_path[len(path) :].split("/", 1)[0]


_FORWARD_TO: Final = tuple(_ADDRESSEES)
_COUNTED: Final[dict[str, tuple[tuple[str, Any], ...]]] = {
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
        (UNCLASSIFIED, _no_subject()),
    ),
    "forwarded_to": tuple((to, literal(to) == any_(S.forwarded_to)) for to in _FORWARD_TO),
}
"""The dimensions counted in the main scan, each value with a ``FILTER`` condition: the
domains are closed (the enumerations, ``STAGES``, ``SUBJECTS``, the four addressees)."""


def _value(v: Any) -> str:
    return str(v.value if hasattr(v, "value") else v)


async def statistics(
    session: AsyncSession,
    office: Office,
    filters: Filters,
    *,
    as_of: date | None = None,
    top: int = 50,
) -> Statistics:
    """The statistics of ``office``'s subtree for ``filters`` (docs/statistics.md).
    ``as_of``: the day open cases' ages are counted to (default: today in the office's
    zone)."""
    path = office.path
    today = as_of or datetime.now(ZoneInfo(office.timezone or DEFAULT_ZONE)).date()
    election_id = (
        await _election_id(session, filters.election) if filters.election is not None else None
    )
    where = _conditions(path, filters, election_id)
    # A few hundred groups per statement: JIT compilation would cost more than it saves.
    await session.execute(text("SET LOCAL jit = off"))

    # 1. one parallel scan grouped by office: every dimension counted with FILTER (or the
    # sums of report_rollup's counts, when it answers the filters)
    if _rolls_up(filters, path):
        per_office = await _rolled_up_counts(session, path, filters, election_id, today)
    else:
        per_office = await _counts(session, where, today)
    offices = {
        row.id: row
        for row in (
            await session.execute(
                select(Office.id, Office.code, Office.name, Office.level, Office.path).where(
                    Office.id.in_([r["office_id"] for r in per_office])
                )
            )
        ).all()
    }
    counts: dict[str, int] = {}
    children: dict[str, dict[str, int]] = {}
    for r in per_office:
        known = offices.get(r["office_id"])
        level = _value(known.level) if known is not None else UNCLASSIFIED
        child = _child(known.path, path) if known is not None else UNCLASSIFIED
        for name, n in r.items():
            if name != "office_id" and n:
                counts[name] = counts.get(name, 0) + int(n)
        counts[f"level:{level}"] = counts.get(f"level:{level}", 0) + int(r["n"])
        row = children.setdefault(child, {"n": 0, "registered": 0, "decided": 0})
        row["n"] += int(r["n"])
        row["registered"] += int(r["registered"])
        row["decided"] += int(r["status:decided"]) + int(r["status:forwarded"])

    def total(*names: str) -> int:
        return sum(counts.get(name, 0) for name in names)

    received = total("n")
    registered = total("registered")
    review = total(*(f"status:{s.value}" for s in REVIEW_STATUSES))
    settled = received - review

    def buckets(dimension: str, prefix: str | None = None) -> list[Bucket]:
        start = f"{prefix or dimension}:"
        items = [(k[len(start) :], n) for k, n in counts.items() if k.startswith(start)]
        items.sort(key=lambda kv: (-kv[1], kv[0]))
        return [_bucket(dimension, key, n) for key, n in items]

    # 2. the histograms of the durations per office below (percentiles computed exactly)
    count = func.count()
    histograms: dict[str, dict[str, dict[int, int]]] = {"registration_days": {},
                                                        "decision_days": {}}  # fmt: skip
    if _rolls_up(filters, path, by_stage=False):
        rows = await session.execute(
            select(D.c.office_id, D.c.which, D.c.days, func.sum(D.c.n))
            .where(*_conditions(path, filters, election_id, D))
            .group_by(D.c.office_id, D.c.which, D.c.days)
        )
        found = [(office_id, f"{which}_days", days, n) for office_id, which, days, n in rows.all()]
    else:
        rows = await session.execute(
            select(S.office_id, S.registration_days, S.decision_days, count)
            .where(*where, or_(S.registration_days.is_not(None), S.decision_days.is_not(None)))
            .group_by(S.office_id, S.registration_days, S.decision_days)
        )
        found = [
            (office_id, which, days, n)
            for office_id, reg_days, dec_days, n in rows.all()
            for which, days in (("registration_days", reg_days), ("decision_days", dec_days))
            if days is not None
        ]
    for office_id, which, days, n in found:
        known = offices.get(office_id)
        child = _child(known.path, path) if known is not None else UNCLASSIFIED
        per = histograms[which].setdefault(child, {})
        per[int(days)] = per.get(int(days), 0) + int(n)

    def durations_of(hist: dict[int, int]) -> Durations:
        n = sum(hist.values())
        return Durations(cases=n, median=_percentile(hist, 0.5, n), p90=_percentile(hist, 0.9, n))

    def summed(which: str) -> dict[int, int]:
        out: dict[int, int] = {}
        for per in histograms[which].values():
            for days, n in per.items():
                out[days] = out.get(days, 0) + n
        return out

    durations: dict[str | None, tuple[Durations, Durations]] = {
        key: (
            durations_of(histograms["registration_days"].get(key, {})),
            durations_of(histograms["decision_days"].get(key, {})),
        )
        for key in {*histograms["registration_days"], *histograms["decision_days"]}
    }
    durations[None] = (
        durations_of(summed("registration_days")),
        durations_of(summed("decision_days")),
    )
    empty = Durations(cases=0, median=None, p90=None)

    # 3.-5.
    deadlines = await _deadlines(session, path, filters, where, election_id)
    kpu = await _kpu_followups(session, where)
    if _rolls_up(filters, path, by_stage=False):
        weekly = await _weekly_rolled_up(session, _conditions(path, filters, election_id, E))
    else:
        weekly = await _weekly(session, where)

    # the offices below the scope office
    office_items = sorted(children.items(), key=lambda kv: (-kv[1]["n"], kv[0]))[:top]
    codes = [k for k, _ in office_items if k not in ("", UNCLASSIFIED)]
    names = {
        code: (name, _value(level))
        for code, name, level in (
            await session.execute(
                select(Office.code, Office.name, Office.level).where(Office.code.in_(codes))
            )
        ).all()
    }
    by_office = []
    for key, c in office_items:
        own = key in ("", UNCLASSIFIED)
        code = office.code if own else key
        name, level = (office.name, _value(office.level)) if own else names.get(key, (key, ""))
        reg, dec = durations.get(key if not own else "", (empty, empty))
        by_office.append(
            OfficeRow(
                code=code, name=name, level=level, received=c["n"],
                registered=c["registered"], decided=c["decided"],
                registration_days=reg, decision_days=dec,
            )
        )  # fmt: skip

    reg_all, dec_all = durations.get(None, (empty, empty))
    return Statistics(
        scope=Scope(
            office=office.code,
            office_name=office.name,
            election=filters.election,
            from_=filters.from_,
            to=filters.to,
            stage=filters.stage,
            subject=filters.subject,
            kind=filters.kind,
            as_of=today,
        ),
        totals=Totals(
            received=received,
            registered=registered,
            under_initial_review=review,
            settled=settled,
            registration_rate=round(registered / settled, 4) if settled else None,
            decided=total("status:decided", "status:forwarded"),
            open=total(*(f"status:{s.value}" for s in OPEN_STATUSES)),
        ),
        registration_days=reg_all,
        decision_days=dec_all,
        by_stage=buckets("stage"),
        by_subject=buckets("subject"),
        by_status=buckets("status"),
        by_outcome=buckets("outcome"),
        by_category=buckets("category"),
        by_channel=buckets("channel"),
        by_kind=buckets("kind"),
        by_office_level=buckets("office_level", "level"),
        by_office=by_office,
        deadlines=deadlines,
        open_by_age=[
            _bucket("age", key, total(f"age:{i}")) for i, (key, _, _) in enumerate(AGE_BUCKETS)
        ],
        forwarded_to=buckets("forwarded_to"),
        kpu_followups=kpu,
        weekly=weekly,
    )


async def _counts(
    session: AsyncSession, where: Sequence[ColumnElement[bool]], today: date
) -> Sequence[Any]:
    """The cohort's counts per office from ``report_stat``: one ``FILTER`` per value."""
    count = func.count()
    is_open = S.status.in_([s.value for s in OPEN_STATUSES])
    aggregates = [
        count.label("n"),
        func.count(S.registered_on).label("registered"),
        *(
            count.filter(cond).label(f"{dim}:{key}")
            for dim, values in _COUNTED.items()
            for key, cond in values
        ),
        *(
            count.filter(and_(is_open, *_age(S.received_on, today, lo, hi))).label(f"age:{i}")
            for i, (_, lo, hi) in enumerate(AGE_BUCKETS)
        ),
    ]
    return (
        (
            await session.execute(
                select(S.office_id, *aggregates).where(*where).group_by(S.office_id)
            )
        )
        .mappings()
        .all()
    )


def _age(day: Any, today: date, lo: int, hi: int | None) -> list[ColumnElement[bool]]:
    """``day`` is between ``lo`` and ``hi`` (inclusive, None: no bound) days before today."""
    return [
        day <= today - timedelta(days=lo),
        *([day >= today - timedelta(days=hi)] if hi is not None else []),
    ]


async def _rolled_up_counts(
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
                .where(*_conditions(path, f, election_id, R))
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
                        .filter(and_(is_open, *_age(S.received_on, today, lo, hi)))
                        .label(f"age:{i}")
                        for i, (_, lo, hi) in enumerate(AGE_BUCKETS)
                    ),
                )
                .where(*_conditions(path, f, election_id), S.received_on >= recent)
                .group_by(S.office_id)
            )
        )
        .mappings()
        .all()
    )
    labels = {rollup_column(d, k): f"{d}:{k}" for d, values in _COUNTED.items() for k, _ in values}
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


def _percentile(hist: dict[int, int], q: float, n: int) -> float | None:
    """``percentile_cont(q)`` of the values counted in ``hist`` (value -> cases): linear
    interpolation between the two values around position ``q * (n - 1)``."""
    if n == 0:
        return None
    position = q * (n - 1)
    low, high = int(position), min(int(position) + 1, n - 1)
    at: dict[int, int] = {}
    seen = 0
    for value in sorted(hist):
        for index in (low, high):
            if index not in at and seen <= index < seen + hist[value]:
                at[index] = value
        seen += hist[value]
    return _num(at[low] + (position - low) * (at[high] - at[low]))


def _num(value: Any) -> float | None:
    return None if value is None else round(float(value), 2)


def _filtered(f: Filters) -> bool:
    return any(v is not None for v in (f.election, f.from_, f.to, f.stage, f.subject, f.kind))


async def _deadlines(
    session: AsyncSession,
    path: str,
    f: Filters,
    where: Sequence[ColumnElement[bool]],
    election_id: Any,
) -> list[RuleCompliance]:
    """Compliance per rule over the clocks of the cohort. Without filters the clocks are
    scoped by their own ``office_path`` (no join with the cases). From ``deadline_rollup``
    when it answers (national or province scope, whole months, no stage, kind or subject):
    a pending clock due before this month (UTC) is overdue; those due from this month on
    are checked one by one in ``deadline``."""
    count = func.count()
    status = Deadline.status
    overdue = and_(status == DeadlineStatus.pending, Deadline.due_at < func.now())
    this_month = func.date_trunc("month", func.timezone("UTC", func.now()))
    rolled = _rolls_up(f, path, by_stage=False)
    stmt = select(
        Deadline.rule_id,
        count,
        count.filter(status == DeadlineStatus.met),
        count.filter(status == DeadlineStatus.missed),
        count.filter(status == DeadlineStatus.waived),
        count.filter(status == DeadlineStatus.pending),
        count.filter(overdue),
        count.filter(Deadline.override_reason.is_not(None)),
    ).group_by(Deadline.rule_id)
    if rolled:  # only the pending clocks due from this month on (the ix_deadline_status_due_at)
        stmt = stmt.where(
            status == DeadlineStatus.pending,
            Deadline.due_at >= func.timezone("UTC", this_month),
            Deadline.due_at < func.now(),
        )
    if _filtered(f):
        stmt = stmt.join(S, S.report_id == Deadline.report_id).where(*where)
    else:
        stmt = stmt.where(scope.within(path, Deadline.office_path))
    found: dict[str, list[int]] = {}
    if rolled:
        late = {rule_id: int(n) for rule_id, *_, n, _o in (await session.execute(stmt)).all()}
        found = await _rolled_up_deadlines(session, path, f, election_id, this_month)
        for rule_id, n in late.items():
            found.setdefault(rule_id, [0] * 7)[5] += n
    else:
        for rule_id, *counts in (await session.execute(stmt.order_by(Deadline.rule_id))).all():
            found[rule_id] = [int(c) for c in counts]
    out = []
    for rule_id in found:
        total, met, missed, waived, pending, overdue_n, overridden = found[rule_id]
        label, label_en = rule_labels(rule_id)
        out.append(
            RuleCompliance(
                rule_id=rule_id, label=label, label_en=label_en, total=total, met=met,
                missed=missed, waived=waived, pending=pending, overdue=overdue_n,
                overridden=overridden,
                compliance_rate=round(met / (met + missed), 4) if met + missed else None,
            )
        )  # fmt: skip
    return out


async def _rolled_up_deadlines(
    session: AsyncSession, path: str, f: Filters, election_id: Any, this_month: Any
) -> dict[str, list[int]]:
    """The counts of :func:`_deadlines` per rule from ``deadline_rollup``: total, met,
    missed, waived, pending, overdue (due before ``this_month``), overridden."""
    n, st = DL.c.n, DL.c.status
    if _filtered(f):
        where = _conditions(path, f, election_id, DL)
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


async def _kpu_followups(
    session: AsyncSession, where: Sequence[ColumnElement[bool]]
) -> list[Bucket]:
    """The KPU forwardings of the cohort by follow-up status."""
    rows = await session.execute(
        select(KpuForwarding.status, func.count())
        .join(S, S.report_id == KpuForwarding.report_id)
        .where(*where)
        .group_by(KpuForwarding.status)
    )
    followups = [_bucket("kpu_followup", _value(k), int(n)) for k, n in rows.all()]
    order = list(_KPU_STATUSES)
    followups.sort(key=lambda b: order.index(b.key) if b.key in order else len(order))
    return followups


async def _weekly(session: AsyncSession, where: Sequence[ColumnElement[bool]]) -> list[WeekPoint]:
    """Per ISO week: cases received (``received_on``), registered and decided (the local
    days ``report_stat`` keeps, in the office's zone). One parallel scan counting the
    distinct (received, registered, decided) days; the weeks are folded here."""
    rows = await session.execute(
        select(S.received_on, S.registered_on, S.decided_on, func.count())
        .where(*where)
        .group_by(S.received_on, S.registered_on, S.decided_on)
    )
    names = ("received", "registered", "decided")
    return _weeks(
        (name, day, n)
        for *days, n in rows.all()
        for name, day in zip(names, days, strict=True)
        if day is not None
    )


async def _weekly_rolled_up(
    session: AsyncSession, where: Sequence[ColumnElement[bool]]
) -> list[WeekPoint]:
    """:func:`_weekly` from ``report_rollup_events`` (the cases per event and day)."""
    rows = await session.execute(
        select(E.c.event, E.c.day, func.sum(E.c.n)).where(*where).group_by(E.c.event, E.c.day)
    )
    return _weeks((event, day, n) for event, day, n in rows.all())


def _weeks(counted: Iterable[tuple[str, date, int]]) -> list[WeekPoint]:
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
