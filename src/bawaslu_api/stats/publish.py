"""Open data: the statistics as long-format rows, with the small-count rule applied
(docs/statistics.md, "Open data").

The rule, per **group** of figures that add up to something (the values of one dimension;
one measure of every office or week; the statuses of one deadline rule):

1. *primary*: a count from 1 to ``min_count - 1`` is not published (``value`` null,
   ``suppressed`` true); 0 is published;
2. *complementary*: when a group has suppressed counts, they must be at least two and add up
   to at least ``min_count``, so that the group's total minus the visible counts reveals
   no single suppressed count; the smallest visible non-zero counts of the group are
   suppressed too until that holds; when the group has too few counts for it, the whole
   group is suppressed;
3. a median or 90th percentile of working days is published only when computed over at
   least ``min_duration_cases`` cases; a rate only when its counts are published;
4. *rounding*: every published count is rounded to a multiple of ``round_to`` (5), up
   with probability remainder / ``round_to`` and down otherwise, the draw keyed by a
   secret and the true count (so a figure rounds the same in every query and on every
   host, and nobody can compute the rounding). The difference of two published figures,
   whatever the filters (a subject filter against the unfiltered month, a Kabupaten
   against its province), is then uncertain by up to ``round_to`` - 1 either way and no
   longer singles out a case. Rates are computed from the rounded counts.

Only aggregates are published: office codes and names, codes and labels of the taxonomy,
weeks, rule ids. Nothing about a person is selected by the statistics in the first place.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from bawaslu_api.stats.schemas import (
    Bucket,
    Dictionary,
    DictionaryEntry,
    Durations,
    PublicRow,
    PublicRules,
    PublicStatistics,
    Statistics,
)

CSV_COLUMNS: Final = (
    "dimension",
    "key",
    "label",
    "label_en",
    "measure",
    "value",
    "suppressed",
)
"""The CSV header (stable: journalists' scripts read it)."""


@dataclass
class _Cell:
    dimension: str
    key: str
    label: str
    label_en: str
    measure: str
    value: int | float | None
    count: bool = True
    """A count of cases (subject to the small-count rule); otherwise a duration or rate."""
    suppressed: bool = False
    depends: list[_Cell] = field(default_factory=list)
    """A rate: suppressed when any of these counts is."""


def _suppress_group(cells: list[_Cell], min_count: int) -> None:
    counts = [c for c in cells if c.count and c.value is not None]
    for c in counts:
        if 0 < c.value < min_count:  # type: ignore[operator]
            c.suppressed = True
    hidden = [c for c in counts if c.suppressed]
    if not hidden:
        return
    visible = sorted((c for c in counts if not c.suppressed and c.value), key=lambda c: c.value)  # type: ignore[arg-type,return-value]
    while len(hidden) < 2 or sum(c.value for c in hidden) < min_count:  # type: ignore[misc]
        if not visible:
            for c in counts:
                c.suppressed = True
            return
        nxt = visible.pop(0)
        nxt.suppressed = True
        hidden.append(nxt)


def rounded(value: int, *, key: bytes, base: int) -> int:
    """``value`` rounded to a multiple of ``base``: up with probability remainder / base,
    by a draw keyed by ``key`` and the value (unbiased; the same value always rounds the
    same way)."""
    remainder = value % base
    if value <= 0 or base <= 1 or remainder == 0:
        return value
    draw = hmac.new(key, str(value).encode(), hashlib.sha256).digest()
    up = int.from_bytes(draw[:8], "big") / 2**64 < remainder / base
    return value - remainder + (base if up else 0)


def _rate(cell: _Cell) -> float | None:
    """A rate from its (rounded) counts: registered / settled; met / (met + missed)."""
    a, b = (d.value for d in cell.depends)
    assert isinstance(a, int | float)
    assert isinstance(b, int | float)
    whole = b if cell.measure == "rate" else a + b
    return round(a / whole, 4) if whole else None


def _buckets(dimension: str, buckets: Iterable[Bucket]) -> list[_Cell]:
    return [_Cell(dimension, b.key, b.label, b.label_en, "cases", b.count) for b in buckets]


def _durations(
    dimension: str, key: str, label: str, label_en: str, d: Durations, min_cases: int
) -> list[_Cell]:
    few = d.cases < min_cases
    out = [_Cell(dimension, key, label, label_en, "cases", d.cases)]
    for measure, value in (("median_working_days", d.median), ("p90_working_days", d.p90)):
        cell = _Cell(dimension, key, label, label_en, measure, value, count=False)
        cell.suppressed = few
        out.append(cell)
    return out


def publish(
    stats: Statistics,
    *,
    min_count: int,
    min_duration_cases: int,
    round_to: int = 1,
    secret: bytes = b"",
) -> PublicStatistics:
    """The statistics as open data (module docstring)."""
    groups: list[list[_Cell]] = []
    t = stats.totals

    def total(key: str, label: str, en: str, value: int) -> _Cell:
        return _Cell("total", key, label, en, "cases", value)

    received = total("received", "Diterima", "Received", t.received)
    registered = total("registered", "Diregistrasi", "Registered", t.registered)
    review = total("under_initial_review", "Dalam kajian awal", "Under initial review",
                   t.under_initial_review)  # fmt: skip
    settled = total("settled", "Selesai kajian awal", "Initial review settled", t.settled)
    decided = total("decided", "Diputus", "Decided", t.decided)
    open_ = total("open", "Belum selesai", "Open", t.open)
    rate = _Cell(
        "total", "registration_rate", "Tingkat registrasi", "Registration rate", "rate",
        t.registration_rate, count=False, depends=[registered, settled],
    )  # fmt: skip
    groups += [[received], [review, settled], [registered], [decided], [open_], [rate]]
    for key, label, en, d in (
        ("registration_days", "Hari kerja sampai registrasi", "Working days to registration",
         stats.registration_days),
        ("decision_days", "Hari kerja sampai putusan", "Working days to decision",
         stats.decision_days),
    ):  # fmt: skip
        cells = _durations("duration", key, label, en, d, min_duration_cases)
        groups += [[cells[0]], cells[1:]]
    for dimension, buckets in (
        ("stage", stats.by_stage),
        ("subject", stats.by_subject),
        ("status", stats.by_status),
        ("outcome", stats.by_outcome),
        ("category", stats.by_category),
        ("channel", stats.by_channel),
        ("kind", stats.by_kind),
        ("office_level", stats.by_office_level),
        ("open_age", stats.open_by_age),
        ("forwarded_to", stats.forwarded_to),
        ("kpu_followup", stats.kpu_followups),
    ):
        groups.append(_buckets(dimension, buckets))
    # Offices: one group per measure (across offices), durations by the case threshold.
    by_measure: dict[str, list[_Cell]] = {}
    for o in stats.by_office:
        for measure, value in (
            ("received", o.received),
            ("registered", o.registered),
            ("decided", o.decided),
        ):
            by_measure.setdefault(measure, []).append(
                _Cell("office", o.code, o.name, o.name, measure, value)
            )
        for prefix, d in (("registration_days", o.registration_days),
                          ("decision_days", o.decision_days)):  # fmt: skip
            few = d.cases < min_duration_cases
            for name, amount in ((f"{prefix}_median", d.median), (f"{prefix}_p90", d.p90)):
                cell = _Cell("office", o.code, o.name, o.name, name, amount, count=False)
                cell.suppressed = few
                groups.append([cell])
    groups += list(by_measure.values())
    for r in stats.deadlines:
        statuses = [
            _Cell("deadline", r.rule_id, r.label, r.label_en, m, v)
            for m, v in (("met", r.met), ("missed", r.missed), ("waived", r.waived),
                         ("pending", r.pending))
        ]  # fmt: skip
        groups.append(statuses)
        groups.append([_Cell("deadline", r.rule_id, r.label, r.label_en, "total", r.total)])
        groups.append([_Cell("deadline", r.rule_id, r.label, r.label_en, "overdue", r.overdue)])
        groups.append(
            [_Cell("deadline", r.rule_id, r.label, r.label_en, "overridden", r.overridden)]
        )
        groups.append(
            [
                _Cell("deadline", r.rule_id, r.label, r.label_en, "compliance_rate",
                      r.compliance_rate, count=False, depends=statuses[:2])
            ]
        )  # fmt: skip
    weeks: dict[str, list[_Cell]] = {}
    for w in stats.weekly:
        label = w.week_start.isoformat()
        for measure, value in (
            ("received", w.received),
            ("registered", w.registered),
            ("decided", w.decided),
        ):
            weeks.setdefault(measure, []).append(
                _Cell("week", w.week, label, label, measure, value)
            )
    groups += list(weeks.values())

    for group in groups:
        _suppress_group(group, min_count)
    for group in groups:
        for c in group:
            if c.count and not c.suppressed and isinstance(c.value, int):
                c.value = rounded(c.value, key=secret, base=round_to)
    for group in groups:
        for c in group:
            if c.depends and not any(d.suppressed for d in c.depends):
                c.value = _rate(c)
    rows = []
    for group in groups:
        for c in group:
            if c.depends and any(d.suppressed for d in c.depends):
                c.suppressed = True
            rows.append(
                PublicRow(
                    dimension=c.dimension, key=c.key, label=c.label, label_en=c.label_en,
                    measure=c.measure, value=None if c.suppressed else c.value,
                    suppressed=c.suppressed,
                )
            )  # fmt: skip
    return PublicStatistics(
        scope=stats.scope,
        rules=PublicRules(
            min_count=min_count, min_duration_cases=min_duration_cases, round_to=round_to
        ),
        rows=rows,
    )


def to_csv(data: PublicStatistics) -> str:
    """The rows as CSV (RFC 4180, UTF-8, header :data:`CSV_COLUMNS`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in data.rows:
        value = "" if r.value is None else (int(r.value) if r.value == int(r.value) and r.measure
                                             not in _FRACTIONAL else r.value)  # fmt: skip
        writer.writerow(
            [r.dimension, r.key, r.label, r.label_en, r.measure, value,
             "true" if r.suppressed else "false"]
        )  # fmt: skip
    return out.getvalue()


_FRACTIONAL: Final = frozenset(
    {"rate", "compliance_rate", "median_working_days", "p90_working_days",
     "registration_days_median", "registration_days_p90", "decision_days_median",
     "decision_days_p90"}
)  # fmt: skip


_SOURCE_REPORT = "report (the case record): one row per report (laporan) or finding (temuan)"


def dictionary() -> Dictionary:
    """What every column, dimension and measure of the open data means."""
    e = DictionaryEntry
    entries = [
        e(name="dimension", kind="column", unit="code", source="-",
          description="What the row is broken down by (see the dimension entries).",
          description_id="Dimensi rincian baris."),
        e(name="key", kind="column", unit="code", source="-",
          description="Stable code of the value within the dimension (office code, stage "
          "code, ISO week `2024-W06`, deadline rule id...); `unclassified` when a case has none.",
          description_id="Kode nilai yang stabil; `unclassified` bila belum diklasifikasi."),
        e(name="label", kind="column", unit="text", source="-",
          description="Indonesian label of the key.", description_id="Label bahasa Indonesia."),
        e(name="label_en", kind="column", unit="text", source="-",
          description="English label of the key.", description_id="Label bahasa Inggris."),
        e(name="measure", kind="column", unit="code", source="-",
          description="What `value` is (see the measure entries).",
          description_id="Besaran yang diukur."),
        e(name="value", kind="column", unit="see measure", source="-",
          description="The figure; empty (CSV) or null (JSON) when suppressed.",
          description_id="Angka; kosong bila disembunyikan."),
        e(name="suppressed", kind="column", unit="boolean", source="-",
          description="true when the figure is withheld by the small-count rule "
          "(docs/statistics.md): counts below the minimum, and the counts withheld so that "
          "a total minus the visible counts reveals none of them.",
          description_id="true bila angka disembunyikan (aturan angka kecil)."),
        # dimensions
        e(name="total", kind="dimension", unit="-", source=_SOURCE_REPORT,
          description="Totals of the cohort: received, registered, under_initial_review, "
          "settled, decided, open, registration_rate (registered / settled).",
          description_id="Jumlah keseluruhan."),
        e(name="duration", kind="dimension", unit="working days",
          source="report.registration_days, report.decision_days",
          description="Working days from receipt to registration / to decision (the case's "
          "calendar: weekends and public holidays do not count): cases, median, p90.",
          description_id="Hari kerja dari penerimaan sampai registrasi / putusan."),
        e(name="stage", kind="dimension", unit="-", source="report.stage (bawaslu_rules STAGES)",
          description="Election stage (tahapan) of the incident.",
          description_id="Tahapan pemilu saat kejadian."),
        e(name="subject", kind="dimension", unit="-",
          source="report.subjects (bawaslu_rules SUBJECTS; the service's own grouping, LOW)",
          description="What the violation is about; a case with several subjects counts under "
          "each, so the subjects add up to more than the cases.",
          description_id="Pokok pelanggaran; satu kasus dapat dihitung pada beberapa pokok."),
        e(name="status", kind="dimension", unit="-", source="report.status",
          description="Current status of the case.", description_id="Status kasus saat ini."),
        e(name="outcome", kind="dimension", unit="-", source="report.outcome",
          description="Decision: violation or not (decided cases only).",
          description_id="Putusan: pelanggaran atau bukan."),
        e(name="category", kind="dimension", unit="-", source="report.outcome_category",
          description="Kind of violation decided (violations only).",
          description_id="Jenis pelanggaran yang diputus."),
        e(name="channel", kind="dimension", unit="-", source="report.channel",
          description="How the case reached the office.", description_id="Cara penyampaian."),
        e(name="kind", kind="dimension", unit="-", source="report.kind",
          description="report (laporan, from the public) or finding (temuan, by supervisors).",
          description_id="Laporan atau temuan."),
        e(name="office_level", kind="dimension", unit="-", source="office.level",
          description="Level of the office handling the case.",
          description_id="Tingkat kantor yang menangani."),
        e(name="office", kind="dimension", unit="-", source="office (code, name)",
          description="Each office directly below the office asked for (and that office itself "
          "for the cases it handles), with its whole subtree; largest first.",
          description_id="Kantor di bawah kantor yang diminta."),
        e(name="open_age", kind="dimension", unit="calendar days", source="report.received_on",
          description="Open cases (received, completion_requested, registered) by calendar "
          "days since receipt: 0-7, 8-14, 15-30, 31+.",
          description_id="Kasus belum selesai menurut umur (hari kalender)."),
        e(name="forwarded_to", kind="dimension", unit="-", source="report.forwardings[].to",
          description="Cases forwarded, by addressee: kpu, dkpp, police, agency.",
          description_id="Kasus yang diteruskan menurut penerima."),
        e(name="kpu_followup", kind="dimension", unit="-", source="kpu_forwarding.status",
          description="Forwardings to KPU by follow-up: pending, acknowledged, followed_up.",
          description_id="Penerusan ke KPU menurut tindak lanjut."),
        e(name="deadline", kind="dimension", unit="-", source="deadline (rule_id, status)",
          description="Statutory clocks of the cases by rule: met, missed, waived, pending, "
          "total, overdue (pending past due), overridden (by an officer), compliance_rate.",
          description_id="Tenggat menurut aturan: terpenuhi, terlewati, dan seterusnya."),
        e(name="week", kind="dimension", unit="ISO week", source="report.received_on, "
          "report.registered_at, report.decision.at",
          description="Cases received, registered and decided per ISO week (label: its Monday).",
          description_id="Tren mingguan."),
        # measures
        e(name="cases", kind="measure", unit="cases", source=_SOURCE_REPORT,
          description="Number of cases.", description_id="Jumlah kasus."),
        e(name="rate", kind="measure", unit="ratio 0-1", source=_SOURCE_REPORT,
          description="registered / settled.", description_id="Rasio."),
        e(name="median_working_days", kind="measure", unit="working days",
          source="report.registration_days / decision_days",
          description="Median (continuous) over the cases that have the value.",
          description_id="Median hari kerja."),
        e(name="p90_working_days", kind="measure", unit="working days",
          source="report.registration_days / decision_days",
          description="90th percentile (continuous).", description_id="Persentil ke-90."),
        e(name="compliance_rate", kind="measure", unit="ratio 0-1", source="deadline.status",
          description="met / (met + missed): clocks closed on time among those closed on time "
          "or late; waived and pending clocks are not in it.",
          description_id="Kepatuhan tenggat."),
    ]  # fmt: skip
    return Dictionary(csv_columns=list(CSV_COLUMNS), entries=entries)
