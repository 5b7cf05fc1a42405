"""The periodic report an office sends upward (laporan periodik penanganan pelanggaran):
for a period (a month, a stage), the figures of ``stats.service.statistics`` for the
office's subtree, as tables and charts (cases by stage and subject, compliance per
deadline, the trend by week), and the same numbers as XLSX.

An office's document (like the register book); confidential: aggregates, but small counts
are not suppressed as on the public statistics (docs/statistics.md).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from bawaslu_api.documents import charts, idn
from bawaslu_api.documents.gather import Gathered, Kind, Source, chair_signer
from bawaslu_api.documents.sheets import xlsx_bytes
from bawaslu_api.elections.models import Election
from bawaslu_api.errors import FieldError, Unprocessable
from bawaslu_api.i18n import Text
from bawaslu_api.stats.schemas import Bucket, Durations, Statistics
from bawaslu_api.stats.service import Filters, statistics
from bawaslu_rules import STAGES, subjects

TOP_SUBJECTS = 10


class BadPeriod(Unprocessable):
    code = "validation_failed"
    title = Text("Periode tidak valid", "Invalid period")


def _period(src: Source) -> tuple[date, date]:
    start, end = src.options.get("from"), src.options.get("to")
    if not isinstance(start, date) or not isinstance(end, date) or end < start:
        raise BadPeriod(
            Text("Periode: from sampai to, to tidak sebelum from.", "Period: from..to, in order."),
            fields=[FieldError(("to",), "before_from", Text("Sebelum from.", "Before from."))],
        )
    return start, end


def _days(d: Durations) -> dict[str, str]:
    def fmt(v: float | None) -> str:
        return "-" if v is None else f"{v:.1f}".replace(".", ",")

    return {"cases": str(d.cases), "median": fmt(d.median), "p90": fmt(d.p90)}


def _rows(buckets: list[Bucket]) -> list[list[str]]:
    return [[b.label, str(b.count)] for b in buckets if b.count]


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _label_of(code: str | None, pairs: dict[str, str]) -> str:
    return "" if code is None else pairs.get(code, code)


async def _election_name(src: Source, slug: str | None) -> str:
    if slug is None:
        return "Semua pemilihan"
    name = await src.session.scalar(select(Election.name).where(Election.slug == slug))
    return name or slug


async def periodic_report(src: Source) -> Gathered:
    """The report of ``options``: ``from``, ``to`` (received dates), optionally
    ``election``, ``stage``, ``subject``."""
    start, end = _period(src)
    # Statuses, outcomes and clocks are as they stand now: the report says so ("keadaan
    # per" today), for the cases received in the period.
    as_of = idn.local(src.now, src.zone).date()
    filters = Filters(
        election=src.options.get("election"),
        from_=start,
        to=end,
        stage=src.options.get("stage"),
        subject=src.options.get("subject"),
    )
    stats: Statistics = await statistics(src.session, src.office, filters, as_of=as_of, top=20)
    t = stats.totals
    unclassified = {"unclassified": "Belum diklasifikasi"}
    stage_labels = {s.code: s.label_id for s in STAGES} | unclassified
    subject_labels = {s.code: s.label_id for s in subjects(src.regime)} | unclassified
    by_subject = [b for b in stats.by_subject if b.count][:TOP_SUBJECTS]
    deadlines = [d for d in stats.deadlines if d.total]
    images = {
        "stage_chart": charts.bars(
            [b.label for b in stats.by_stage if b.count] or ["(tidak ada)"],
            [b.count for b in stats.by_stage if b.count] or [0],
            title="Kasus menurut tahapan",
        ),
        "subject_chart": charts.bars(
            [b.label for b in by_subject] or ["(tidak ada)"],
            [b.count for b in by_subject] or [0],
            title="Kasus menurut pokok pelanggaran",
            color=charts.PALETTE[2],
        ),
        "compliance_chart": charts.stacked(
            [d.label for d in deadlines] or ["(tidak ada)"],
            {
                "Terpenuhi": [d.met for d in deadlines] or [0],
                "Terlewat": [d.missed for d in deadlines] or [0],
                "Berjalan": [d.pending for d in deadlines] or [0],
            },
            title="Kepatuhan batas waktu",
        ),
        "trend_chart": charts.trend(
            [w.week for w in stats.weekly] or ["-"],
            {
                "Diterima": [w.received for w in stats.weekly] or [0],
                "Diregistrasi": [w.registered for w in stats.weekly] or [0],
                "Diputus": [w.decided for w in stats.weekly] or [0],
            },
            title="Tren per minggu",
        ),
    }
    body: dict[str, Any] = {
        "period": f"{idn.tanggal(start)} s.d. {idn.tanggal(end)}",
        "as_of": idn.tanggal(as_of),
        "scope": src.office.name,
        "election": await _election_name(src, filters.election),
        "stage": _label_of(filters.stage, stage_labels),
        "subject": _label_of(filters.subject, subject_labels),
        "totals": [
            ["Diterima (laporan dan temuan)", str(t.received)],
            ["Diregistrasi", str(t.registered)],
            ["Masih dalam kajian awal", str(t.under_initial_review)],
            ["Tingkat registrasi", _rate(t.registration_rate)],
            ["Diputus", str(t.decided)],
            ["Masih berjalan", str(t.open)],
        ],
        "durations": [
            ["Diterima sampai diregistrasi", *_days(stats.registration_days).values()],
            ["Diterima sampai diputus", *_days(stats.decision_days).values()],
        ],
        "by_stage": _rows(stats.by_stage),
        "by_subject": _rows(stats.by_subject),
        "by_status": _rows(stats.by_status),
        "by_outcome": _rows(stats.by_outcome),
        "deadlines": [
            [
                d.label,
                str(d.total),
                str(d.met),
                str(d.missed),
                str(d.pending),
                str(d.overdue),
                _rate(d.compliance_rate),
            ]
            for d in deadlines
        ],
        "offices": [
            [o.name, str(o.received), str(o.registered), str(o.decided)] for o in stats.by_office
        ],
        "open_by_age": _rows(stats.open_by_age),
        "forwarded": _rows(stats.forwarded_to),
        **images,
    }
    return Gathered(
        body=body,
        signers=[chair_signer(src)],
        facts={
            "from": start.isoformat(),
            "to": end.isoformat(),
            "election": filters.election,
            "stage": filters.stage,
            "subject": filters.subject,
            "received": t.received,
            "registered": t.registered,
        },
        xlsx=_xlsx(src.office.name, start, end, stats),
    )


def _xlsx(office: str, start: date, end: date, stats: Statistics) -> bytes:
    """The report's numbers: one sheet per table, stable sheet and column names."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "Ringkasan"
    summary.append([f"Laporan periodik {office}", f"{start.isoformat()} s.d. {end.isoformat()}"])
    summary["A1"].font = Font(bold=True)
    t = stats.totals
    for key, value in (
        ("received", t.received), ("registered", t.registered),
        ("under_initial_review", t.under_initial_review), ("settled", t.settled),
        ("registration_rate", t.registration_rate), ("decided", t.decided), ("open", t.open),
        ("registration_days_median", stats.registration_days.median),
        ("registration_days_p90", stats.registration_days.p90),
        ("decision_days_median", stats.decision_days.median),
        ("decision_days_p90", stats.decision_days.p90),
    ):  # fmt: skip
        summary.append([key, value])
    tables: list[tuple[str, list[Bucket]]] = [
        ("Tahapan", stats.by_stage), ("Pokok", stats.by_subject), ("Status", stats.by_status),
        ("Hasil", stats.by_outcome), ("Kategori", stats.by_category),
        ("Cara", stats.by_channel), ("Usia kasus", stats.open_by_age),
        ("Penerusan", stats.forwarded_to),
    ]  # fmt: skip
    for title, buckets in tables:
        ws = wb.create_sheet(title)
        ws.append(["key", "label", "label_en", "count"])
        for b in buckets:
            ws.append([b.key, b.label, b.label_en, b.count])
    ws = wb.create_sheet("Kepatuhan")
    ws.append(["rule_id", "label", "total", "met", "missed", "waived", "pending", "overdue",
               "overridden", "compliance_rate"])  # fmt: skip
    for d in stats.deadlines:
        ws.append([d.rule_id, d.label, d.total, d.met, d.missed, d.waived, d.pending,
                   d.overdue, d.overridden, d.compliance_rate])  # fmt: skip
    ws = wb.create_sheet("Kantor")
    ws.append(["code", "name", "level", "received", "registered", "decided"])
    for o in stats.by_office:
        ws.append([o.code, o.name, o.level, o.received, o.registered, o.decided])
    ws = wb.create_sheet("Mingguan")
    ws.append(["week", "week_start", "received", "registered", "decided"])
    for w in stats.weekly:
        ws.append([w.week, w.week_start, w.received, w.registered, w.decided])
    dated = datetime(end.year, end.month, end.day, tzinfo=UTC).replace(tzinfo=None)
    return xlsx_bytes(wb, title=f"Laporan periodik {start}..{end}", creator=office, dated=dated)


KINDS: tuple[Kind, ...] = (Kind("periodic_report", periodic_report),)
