"""The register book (Buku Register Penanganan Pelanggaran) of an office for a year: every
case the office registered or received in that year (in the office's zone), in register
order, as a landscape PDF table and the same rows as XLSX.

The book is personal: it names the reporter, and nothing else of them (never NIK,
address, phone or e-mail). The XLSX is deterministic: the same rows give the same bytes
(fixed workbook dates, fixed zip entry dates, stable entry order).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlalchemy import or_, select

from bawaslu_api.cases.models import Report, ReportIdentity, ReportKind
from bawaslu_api.documents import idn
from bawaslu_api.documents.gather import Gathered, Kind, Source, label, parties
from bawaslu_api.documents.sheets import xlsx_bytes
from bawaslu_api.errors import FieldError, Unprocessable
from bawaslu_api.i18n import Text

SUMMARY_CHARS = 160
"""How much of the case's description the book prints."""

RECIPIENTS = {"kpu": "KPU", "dkpp": "DKPP", "police": "Kepolisian", "agency": "Instansi lain"}

HEAD = (
    "No.",
    "Nomor register",
    "Tanggal registrasi",
    "Tanggal diterima",
    "Jenis",
    "Pelapor/penemu",
    "Terlapor",
    "Ringkasan",
    "Status/hasil",
    "Penerusan",
)


class BadYear(Unprocessable):
    code = "validation_failed"
    title = Text("Tahun tidak valid", "Invalid year")


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The text on one line, cut at a word before ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return f"{cut}…"


def _seq(number: str | None) -> int:
    m = re.match(r"\s*(\d+)", number or "")
    return int(m.group(1)) if m else 0


def _year(src: Source) -> int:
    year = src.options.get("year")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise BadYear(
            Text("Sebutkan tahun buku register.", "Give the register book's year."),
            fields=[FieldError(("year",), "invalid", Text("Tahun 2000-2100.", "Year 2000-2100."))],
        )
    return year


async def rows_of(src: Source, year: int) -> list[dict[str, Any]]:
    """The book's rows: the office's cases registered or received in ``year`` (its zone),
    by register number, then by time received (unregistered cases last)."""
    zone = ZoneInfo(src.zone)
    start, end = datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)
    found = (
        await src.session.execute(
            select(Report, ReportIdentity.name)
            .outerjoin(ReportIdentity, ReportIdentity.report_id == Report.id)
            .where(
                Report.office_id == src.office.id,
                or_(
                    (Report.registered_at >= start) & (Report.registered_at < end),
                    (Report.received_at >= start) & (Report.received_at < end),
                ),
            )
        )
    ).all()
    ordered = sorted(
        found,
        key=lambda rn: (
            rn[0].register_number is None,
            _seq(rn[0].register_number),
            rn[0].register_number or "",
            rn[0].received_at,
            str(rn[0].id),
        ),
    )
    rows = []
    for n, (report, name) in enumerate(ordered, start=1):
        if report.kind is ReportKind.finding:
            who = f"{(name or '').strip() or src.office.name} (temuan)"
        else:
            who = (name or "").strip() or "-"
        status = label("report_status", report.status)
        if report.outcome is not None:
            status += f": {label('outcome', report.outcome)}"
            if report.outcome_category is not None:
                status += f" ({label('violation_category', report.outcome_category).lower()})"
        forwarded = [
            RECIPIENTS.get(str(f.get("to")), str(f.get("to")))
            + (f" ({f['agency_name']})" if f.get("to") == "agency" and f.get("agency_name") else "")
            + (f", {src.date(datetime.fromisoformat(f['sent_at']))}" if f.get("sent_at") else "")
            for f in report.forwardings or []
        ]
        rows.append(
            {
                "no": n,
                "register_number": report.register_number or "-",
                "registered": src.date(report.registered_at) or "-",
                "received": src.date(report.received_at),
                "kind": label("report_kind", report.kind),
                "reporter": who,
                "parties": "; ".join(parties(report)) or "-",
                "summary": shorten(report.description or ""),
                "status": status,
                "forwarding": "; ".join(forwarded) or "-",
            }
        )
    return rows


KEYS = ("no", "register_number", "registered", "received", "kind", "reporter", "parties",
        "summary", "status", "forwarding")  # fmt: skip
WIDTHS = (5, 30, 16, 16, 9, 24, 24, 50, 28, 24)


def xlsx(office: str, year: int, rows: list[dict[str, Any]]) -> bytes:
    """The rows as a spreadsheet, deterministic: the workbook's dates are 1 January of
    ``year``, the zip entries dated 1980-01-01 in the writer's order (no letter number:
    two books over the same rows are the same bytes)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"Register {year}"
    ws.append([f"Buku Register Penanganan Pelanggaran {office} Tahun {year}"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(list(HEAD))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row[k] for k in KEYS])
    for col, width in zip("ABCDEFGHIJ", WIDTHS, strict=True):
        ws.column_dimensions[col].width = width
    for line in ws.iter_rows(min_row=4):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    # openpyxl writes naive datetimes as UTC.
    fixed = datetime(year, 1, 1, tzinfo=UTC).replace(tzinfo=None)
    return xlsx_bytes(wb, title=f"Buku Register {year}", creator=office, dated=fixed)


async def register_book(src: Source) -> Gathered:
    """The office's register book for ``options["year"]``."""
    year = _year(src)
    rows = await rows_of(src, year)
    registered = sum(1 for r in rows if r["register_number"] != "-")
    return Gathered(
        body={
            "year": year,
            "rows": rows,
            "count": len(rows),
            "registered_count": registered,
            "as_of": src.when(src.now),
            "zone": idn.ZONES.get(src.zone, src.zone),
        },
        signers=[
            {"role": f"Kepala Sekretariat {src.office.name}", "name": ""},
            {
                "role": src.chair.get("role") or f"Ketua {src.office.name}",
                "name": src.chair.get("name") or "",
            },
        ],
        facts={"year": year, "cases": len(rows), "registered": registered},
        xlsx=xlsx(src.office.name, year, rows),
    )


KINDS: tuple[Kind, ...] = (Kind("register_book", register_book),)
