"""The statistics of an office's subtree, in SQL (docs/statistics.md).

Every figure is about one cohort: the cases (reports and findings) whose office lies in the
scope office's subtree and which match the filters (election, ``received_on`` period, stage,
subject, kind). The cohort (``stats.cohort``: filters, conditions) is read from ``report_stat``
(stats/models.py), the narrow copy
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
(``stats.cohort.rolls_up``, read by ``stats.rollups``; the conditions are still
``cohort.conditions``, over the rollup's ``month``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.deadlines.models import Deadline, DeadlineStatus
from bawaslu_api.elections.models import Election
from bawaslu_api.i18n import Text
from bawaslu_api.integrations.kpu.models import KpuForwarding
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import OfficeNotFound
from bawaslu_api.offices.models import Office
from bawaslu_api.reference import LABELS
from bawaslu_api.security.principals import Principal
from bawaslu_api.stats import rollups
from bawaslu_api.stats.cohort import (
    AGE_BUCKETS,
    COUNTED,
    OPEN_STATUSES,
    REVIEW_STATUSES,
    UNCLASSIFIED,
    D,
    E,
    S,
    age_between,
    conditions,
    filtered,
    rolls_up,
)
from bawaslu_api.stats.cohort import STAGE_CODES as STAGE_CODES
from bawaslu_api.stats.cohort import SUBJECT_CODES as SUBJECT_CODES
from bawaslu_api.stats.cohort import Filters as Filters
from bawaslu_api.stats.errors import UnknownElection
from bawaslu_api.stats.schemas import (
    Bucket,
    Durations,
    OfficeRow,
    RuleCompliance,
    Statistics,
    StatsScope,
    Totals,
    WeekPoint,
)
from bawaslu_rules import RULESETS, STAGES, SUBJECTS

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


def _child(office_path: str, path: str) -> str:
    """The code of the office directly below the scope office (at ``path``) on an office's
    path ('' for the scope office itself)."""
    return office_path[len(path) :].split("/", 1)[0]


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
    where = conditions(path, filters, election_id)
    # A few hundred groups per statement: JIT compilation would cost more than it saves.
    await session.execute(text("SET LOCAL jit = off"))

    # 1. one parallel scan grouped by office: every dimension counted with FILTER (or the
    # sums of report_rollup's counts, when it answers the filters)
    if rolls_up(filters, path):
        per_office = await rollups.rolled_up_counts(session, path, filters, election_id, today)
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
    if rolls_up(filters, path, by_stage=False):
        rows = await session.execute(
            select(D.c.office_id, D.c.which, D.c.days, func.sum(D.c.n))
            .where(*conditions(path, filters, election_id, D))
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
    if rolls_up(filters, path, by_stage=False):
        weekly = await rollups.rolled_up_weekly(session, conditions(path, filters, election_id, E))
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
        scope=StatsScope(
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
            for dim, values in COUNTED.items()
            for key, cond in values
        ),
        *(
            count.filter(and_(is_open, *age_between(S.received_on, today, lo, hi))).label(
                f"age:{i}"
            )
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
    rolled = rolls_up(f, path, by_stage=False)
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
    if filtered(f):
        stmt = stmt.join(S, S.report_id == Deadline.report_id).where(*where)
    else:
        stmt = stmt.where(scope.within(path, Deadline.office_path))
    found: dict[str, list[int]] = {}
    if rolled:
        late = {rule_id: int(n) for rule_id, *_, n, _o in (await session.execute(stmt)).all()}
        found = await rollups.rolled_up_deadlines(session, path, f, election_id, this_month)
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
    return rollups.weeks(
        (name, day, n)
        for *days, n in rows.all()
        for name, day in zip(names, days, strict=True)
        if day is not None
    )
