"""The import file format: one row per report, dotted column names for nested fields.

Shared by the API (CSV/XLSX import jobs, the template) and the ``bawaslu-import`` command,
so that a file the command accepts is a file the API accepts. Pure: standard library,
plus openpyxl imported only when an XLSX file is read or written.

Columns named ``reporter.nik`` fill ``{"reporter": {"nik": ...}}``; the list columns
(``reported_parties``, ``witnesses``, ``evidence``) hold JSON arrays, ``subjects`` codes
separated by ``;``. Empty cells are left
out, so the API's defaults apply. Columns whose names start with ``_`` are ignored (the
importer's failed-rows file adds ``_problems``, so a fixed file can be sent as it is).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from typing import Any

# (column, description). The order is the template's.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("external_id", "Your unique id of this row (re-sending it never creates a second report)"),
    ("kind", "report (laporan) or finding (temuan)"),
    ("election", "Election slug, e.g. pemilu-2024"),
    ("office", "Code of the handling office, e.g. 52.03"),
    ("channel", "walk_in, online, mail, ... (default walk_in)"),
    ("received_at", "ISO 8601 with offset, e.g. 2024-01-12T10:00:00+08:00"),
    ("known_on", "YYYY-MM-DD: date known (report) or discovered (finding)"),
    ("description", "What happened"),
    ("violation_type", "administrative, criminal, ethics or other"),
    ("tsm", "true if structured, systematic and massive"),
    ("reporter.category", "voter, citizen, participant, candidate, monitor, representative"),
    ("reporter.name", "Reporter's name"),
    ("reporter.nik", "16-digit NIK (write it as text in spreadsheets)"),
    ("reporter.address", "Reporter's address"),
    ("reporter.phone", "Reporter's phone"),
    ("reporter.email", "Reporter's e-mail"),
    ("reporter.age", "Age in years"),
    ("reporter.married", "true/false"),
    ("reporter.registered_voter", "true/false"),
    ("reporter.accredited", "true/false (monitors)"),
    ("reporter.power_of_attorney", "true/false (representatives)"),
    ("incident.date", "YYYY-MM-DD"),
    ("incident.time", "HH:MM"),
    ("incident.office", "Office code of the place"),
    ("incident.address", "Where it happened"),
    ("incident.lat", "Latitude"),
    ("incident.lng", "Longitude"),
    ("signature.present", "true/false"),
    ("signature.matches", "true/false"),
    ("reported_parties", 'JSON array, e.g. [{"name": "Caleg X", "address": "Selong"}]'),
    ("witnesses", 'JSON array, e.g. [{"name": "Budi", "phone": "0811111111"}]'),
    ("evidence", 'JSON array, e.g. [{"kind": "photo", "description": "Foto"}]'),
    (
        "subjects",
        "What the violation is about: codes separated by ; (GET /v1/rules/classification), "
        "e.g. money_politics;neutrality_asn",
    ),
    (
        "stage",
        "Election stage code, e.g. campaign (empty: derived from incident.date and the "
        "election's stage calendar)",
    ),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)


def markdown_table() -> str:
    """The columns as the Markdown table of docs/integrations.md (a test keeps it equal)."""
    rows = [f"| `{name}` | {about.replace('|', '/')} |" for name, about in COLUMNS]
    return "\n".join(["| column | what it holds |", "|---|---|", *rows]) + "\n"


JSON_COLUMNS = frozenset({"reported_parties", "witnesses", "evidence"})
# Columns holding codes separated by ";" (a JSON Lines item may give a list instead).
LIST_COLUMNS = frozenset({"subjects"})
# Columns whose values are text even when a spreadsheet stored a number (NIK, phone).
TEXT_COLUMNS = frozenset(
    {
        "external_id",
        "office",
        "description",
        "reporter.name",
        "reporter.nik",
        "reporter.address",
        "reporter.phone",
        "reporter.email",
        "incident.office",
        "incident.address",
        "stage",
    }
)


def _cell(name: str, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if name in JSON_COLUMNS and value:
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value  # the API names the field: "must be a list"
        if name in LIST_COLUMNS:
            return [code.strip() for code in value.split(";") if code.strip()] or ""
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if name in TEXT_COLUMNS and isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    return value


def row_to_item(row: dict[str, Any]) -> dict[str, Any]:
    """A flat row (dotted column names) as a nested import item; empty cells left out."""
    item: dict[str, Any] = {}
    for name, raw in row.items():
        if name is None or name.startswith("_") or raw is None or raw == "":
            continue  # "_problems" and other "_" columns are notes (the importer's failures)
        value = _cell(name, raw)
        if value == "":
            continue
        target = item
        *parents, leaf = name.strip().split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return item


def read_csv(data: bytes | str) -> Iterator[dict[str, Any]]:
    """Rows of a CSV file (UTF-8, optional BOM; comma or semicolon, sniffed)."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    for row in csv.DictReader(io.StringIO(text, newline=""), dialect=dialect):
        yield row_to_item(row)


def read_xlsx(data: bytes) -> Iterator[dict[str, Any]]:
    """Rows of the first sheet of an XLSX workbook; the first row names the columns."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else None for h in next(rows, ())]
        for values in rows:
            if all(v is None or v == "" for v in values):
                continue
            yield row_to_item(dict(zip(header, values, strict=False)))  # type: ignore[arg-type]
    finally:
        workbook.close()


def read_jsonl(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Items of a JSON Lines file (one nested item per line); blank lines skipped."""
    for line in lines:
        if line.strip():
            value = json.loads(line)
            if isinstance(value, dict):
                yield {k: v for k, v in value.items() if not k.startswith("_")}
            else:
                yield {"item": value}  # the API answers: not an object


def template_csv() -> bytes:
    """The CSV template: the header row."""
    out = io.StringIO()
    csv.writer(out).writerow(COLUMN_NAMES)
    return ("\ufeff" + out.getvalue()).encode()


def template_xlsx() -> bytes:
    """The XLSX template: the header row (text cells) and a sheet describing each column."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "reports"
    sheet.append(list(COLUMN_NAMES))
    for index in range(1, len(COLUMN_NAMES) + 1):
        # Text format so that NIK and phone numbers keep their leading zeros and digits.
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].number_format = "@"
    help_sheet = workbook.create_sheet("columns")
    help_sheet.append(["column", "description"])
    for name, description in COLUMNS:
        help_sheet.append([name, description])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
