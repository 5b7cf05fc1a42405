"""The statistics of an office's subtree, in SQL (docs/statistics.md).

Every figure is about one cohort: the cases (reports and findings) whose office lies in the
scope office's subtree and which match the filters (election, ``received_on`` period, stage,
subject, kind). Five statements, four of them one scan each:

1. one ``GROUPING SETS`` aggregate of the cohort: the counts by every dimension, the totals
   (``FILTER`` clauses for registered, decided, open, the age buckets), the histograms of
   ``registration_days`` / ``decision_days`` per office below (the median and 90th
   percentile are computed from them exactly as ``percentile_cont`` would, without a sort)
   and the subject lists (expanded into per-subject counts in Python);
2. deadline compliance per rule (the ``deadline`` rows of the cohort);
3. forwardings by addressee (``report.forwardings``) and the KPU follow-ups;
4. the weekly trend (received / registered / decided per ISO week);
5. the names of the offices counted.

The scope is matched as everywhere else (``offices.scope.within``: a province on
``province_code``, a lower office by path prefix; Bawaslu RI sees everything).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Date,
    String,
    and_,
    cast,
    func,
    literal,
    literal_column,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report, ReportKind, ReportStatus
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


def _conditions(path: str, f: Filters, election_id: Any) -> list[ColumnElement[bool]]:
    where = [scope.within(path, Report.office_path, Report.province_code)]
    if election_id is not None:
        where.append(Report.election_id == election_id)
    if f.from_ is not None:
        where.append(Report.received_on >= f.from_)
    if f.to is not None:
        where.append(Report.received_on <= f.to)
    if f.stage == UNCLASSIFIED:
        where.append(Report.stage.is_(None))
    elif f.stage is not None:
        where.append(Report.stage == f.stage)
    if f.subject == UNCLASSIFIED:
        where.append(func.coalesce(func.cardinality(Report.subjects), 0) == 0)
    elif f.subject is not None:
        where.append(Report.subjects.contains([f.subject]))
    if f.kind is not None:
        where.append(Report.kind == f.kind)
    return where


def _child(path: str) -> ColumnElement[str]:
    """The code of the office directly below the scope office on the case's path ('' for
    the scope office itself)."""
    return func.split_part(func.substr(Report.office_path, len(path) + 1), "/", 1)


def _cohort(path: str, where: Sequence[ColumnElement[bool]]) -> Any:
    """The cohort with the columns the statistics read, as a subquery."""
    return (
        select(
            Report.id,
            Report.kind,
            Report.stage,
            Report.status,
            Report.outcome,
            Report.outcome_category.label("category"),
            Report.channel,
            Report.received_on,
            Report.registered_at,
            Report.registration_days,
            Report.decision_days,
            Report.subjects,
            Report.forwardings,
            Report.decision,
            Office.level.label("level"),
            Office.timezone,
            _child(path).label("child"),
        )
        .join(Office, Office.id == Report.office_id)
        .where(*where)
        .subquery("c")
    )


_DIMENSIONS: Final = ("stage", "status", "outcome", "category", "channel", "kind", "level", "child")


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
    c = _cohort(path, where)

    # 1. counts by every dimension and the totals: one scan
    dims = [c.c[name] for name in _DIMENSIONS]
    is_open = c.c.status.in_(OPEN_STATUSES)
    count = func.count()
    aggregates = [
        count.label("n"),
        count.filter(c.c.registered_at.is_not(None)).label("registered"),
        count.filter(c.c.status.in_((ReportStatus.decided, ReportStatus.forwarded))).label(
            "decided"
        ),
        count.filter(c.c.status.in_(REVIEW_STATUSES)).label("review"),
        count.filter(is_open).label("open"),
        *(
            count.filter(
                and_(
                    is_open,
                    c.c.received_on <= today - timedelta(days=lo),
                    *([c.c.received_on >= today - timedelta(days=hi)] if hi is not None else []),
                )
            ).label(f"age_{i}")
            for i, (_, lo, hi) in enumerate(AGE_BUCKETS)
        ),
    ]
    # The sets: one per dimension; the histograms of the durations per office below (the
    # percentiles are computed from them, exactly, in Python: one scan instead of a sort);
    # the subject lists as they are (expanded in Python); the total.
    extra = [c.c.registration_days, c.c.decision_days, c.c.subjects]
    labels_ = [*_DIMENSIONS, "registration_days", "decision_days", "subjects"]
    columns = [*dims, *extra]
    sets: list[tuple[str, ...]] = [
        *((d,) for d in _DIMENSIONS),
        ("child", "registration_days"),
        ("child", "decision_days"),
        ("subjects",),
        (),
    ]
    main = select(func.grouping(*columns).label("g"), *columns, *aggregates).group_by(
        func.grouping_sets(*(tuple_(*(c.c[n] for n in st)) for st in sets))
    )
    rows = (await session.execute(main)).mappings().all()
    mask_of = {
        sum(1 << (len(labels_) - 1 - i) for i, n in enumerate(labels_) if n not in st): st
        for st in sets
    }
    by: dict[str, list[tuple[str, dict[str, Any]]]] = {d: [] for d in _DIMENSIONS}
    histograms: dict[str, dict[str, dict[int, int]]] = {"registration_days": {},
                                                        "decision_days": {}}  # fmt: skip
    subject_counts: dict[str, int] = {}
    total: dict[str, Any] = {}
    for row in rows:
        st = mask_of[int(row["g"])]
        if not st:
            total = dict(row)
        elif st == ("subjects",):
            for code in set(row["subjects"] or []) or {UNCLASSIFIED}:
                subject_counts[code] = subject_counts.get(code, 0) + int(row["n"])
        elif len(st) == 2:
            days = row[st[1]]
            if days is not None:
                per = histograms[st[1]].setdefault(row["child"], {})
                per[int(days)] = int(row["n"])
        else:
            name = st[0]
            value = row[name]
            if name in ("outcome", "category") and value is None:
                continue  # no outcome (yet): not a bucket of these dimensions
            key = UNCLASSIFIED if value is None else _value(value)
            by[name].append((key, dict(row)))
    received = int(total.get("n") or 0)
    registered = int(total.get("registered") or 0)
    review = int(total.get("review") or 0)
    settled = received - review

    def buckets(dimension: str, name: str | None = None) -> list[Bucket]:
        items = sorted(by[name or dimension], key=lambda kv: (-int(kv[1]["n"]), kv[0]))
        return [_bucket(dimension, key, int(r["n"])) for key, r in items]

    # durations, for the scope (every office summed) and per office below it
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
    by_subject = sorted(subject_counts.items(), key=lambda kv: (-kv[1], kv[0]))

    # 2.-4.
    deadlines = await _deadlines(session, path, filters, where)
    forwarded, kpu = await _forwardings(session, c, where)
    weekly = await _weekly(session, c)

    # 5. the offices below the scope office
    office_items = sorted(by["child"], key=lambda kv: (-int(kv[1]["n"]), kv[0]))[:top]
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
    for key, r in office_items:
        own = key in ("", UNCLASSIFIED)
        code = office.code if own else key
        name, level = (office.name, _value(office.level)) if own else names.get(key, (key, ""))
        reg, dec = durations.get(key if not own else "", (empty, empty))
        by_office.append(
            OfficeRow(
                code=code, name=name, level=level, received=int(r["n"]),
                registered=int(r["registered"]), decided=int(r["decided"]),
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
            decided=int(total.get("decided") or 0),
            open=int(total.get("open") or 0),
        ),
        registration_days=reg_all,
        decision_days=dec_all,
        by_stage=buckets("stage"),
        by_subject=[_bucket("subject", k, n) for k, n in by_subject],
        by_status=buckets("status"),
        by_outcome=buckets("outcome"),
        by_category=buckets("category"),
        by_channel=buckets("channel"),
        by_kind=buckets("kind"),
        by_office_level=buckets("office_level", "level"),
        by_office=by_office,
        deadlines=deadlines,
        open_by_age=[
            _bucket("age", key, int(total.get(f"age_{i}") or 0))
            for i, (key, _, _) in enumerate(AGE_BUCKETS)
        ],
        forwarded_to=forwarded,
        kpu_followups=kpu,
        weekly=weekly,
    )


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
    session: AsyncSession, path: str, f: Filters, where: Sequence[ColumnElement[bool]]
) -> list[RuleCompliance]:
    """Compliance per rule over the clocks of the cohort. Without filters the clocks are
    scoped by their own ``office_path`` (no join with the cases)."""
    count = func.count()
    status = Deadline.status
    stmt = select(
        Deadline.rule_id,
        count,
        count.filter(status == DeadlineStatus.met),
        count.filter(status == DeadlineStatus.missed),
        count.filter(status == DeadlineStatus.waived),
        count.filter(status == DeadlineStatus.pending),
        count.filter(and_(status == DeadlineStatus.pending, Deadline.due_at < func.now())),
        count.filter(Deadline.override_reason.is_not(None)),
    ).group_by(Deadline.rule_id)
    if _filtered(f):
        stmt = stmt.join(Report, Report.id == Deadline.report_id).where(*where)
    else:
        stmt = stmt.where(scope.within(path, Deadline.office_path))
    out = []
    for rule_id, total, met, missed, waived, pending, overdue, overridden in (
        await session.execute(stmt.order_by(Deadline.rule_id))
    ).all():
        label, label_en = rule_labels(rule_id)
        out.append(
            RuleCompliance(
                rule_id=rule_id, label=label, label_en=label_en, total=total, met=met,
                missed=missed, waived=waived, pending=pending, overdue=overdue,
                overridden=overridden,
                compliance_rate=round(met / (met + missed), 4) if met + missed else None,
            )
        )  # fmt: skip
    return out


async def _forwardings(
    session: AsyncSession, c: Any, where: Sequence[ColumnElement[bool]]
) -> tuple[list[Bucket], list[Bucket]]:
    """Cases forwarded by addressee (a case forwarded twice to the same addressee counts
    once) and the KPU forwardings by follow-up status, in one round trip."""
    item = func.jsonb_array_elements(c.c.forwardings).table_valued("value").render_derived()
    to = item.c.value.op("->>")(literal_column("'to'"))
    addressees = (
        select(literal("to").label("d"), cast(to, String).label("k"),
               func.count(func.distinct(c.c.id)).label("n"))
        .select_from(c).join(item, literal(True))
        .where(func.jsonb_array_length(c.c.forwardings) > 0)
        .group_by(to)
    )  # fmt: skip
    kpu = (
        select(literal("kpu").label("d"), cast(KpuForwarding.status, String).label("k"),
               func.count().label("n"))
        .join(Report, Report.id == KpuForwarding.report_id)
        .where(*where)
        .group_by(KpuForwarding.status)
    )  # fmt: skip
    rows = (await session.execute(union_all(addressees, kpu))).all()
    forwarded = [_bucket("forwarded_to", str(k), int(n)) for d, k, n in rows if d == "to"]
    followups = [_bucket("kpu_followup", str(k), int(n)) for d, k, n in rows if d == "kpu"]
    forwarded.sort(key=lambda b: (-b.count, b.key))
    order = list(_KPU_STATUSES)
    followups.sort(key=lambda b: order.index(b.key) if b.key in order else len(order))
    return forwarded, followups


async def _weekly(session: AsyncSession, c: Any) -> list[WeekPoint]:
    """Per ISO week: cases received (``received_on``), registered (``registered_at``) and
    decided (the decision's ``at``), each day in the office's zone. One scan: each case's
    three weeks, counted by ``GROUPING SETS``."""

    def week(day: Any) -> Any:
        return cast(func.date_trunc(literal_column("'week'"), day), Date)

    def local(ts: Any) -> Any:
        return cast(func.timezone(c.c.timezone, ts), Date)

    decided_at = cast(c.c.decision.op("->>")(literal_column("'at'")), TIMESTAMP(timezone=True))
    w = select(
        week(c.c.received_on).label("received"),
        week(local(c.c.registered_at)).label("registered"),
        week(local(decided_at)).label("decided"),
    ).subquery("w")
    sets = (w.c.received, w.c.registered, w.c.decided)
    rows = (
        await session.execute(
            select(func.grouping(*sets), *sets, func.count()).group_by(
                func.grouping_sets(*(tuple_(s) for s in sets))
            )
        )
    ).all()
    points: dict[date, dict[str, int]] = {}
    names = ("received", "registered", "decided")
    for g, *keys, n in rows:
        for i, name in enumerate(names):
            if not int(g) & (1 << (len(names) - 1 - i)):
                wk = keys[i]
                if wk is not None:
                    points.setdefault(wk, dict.fromkeys(names, 0))[name] = int(n)
                break
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
