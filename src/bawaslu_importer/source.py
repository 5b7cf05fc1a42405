"""Reading an input file as numbered rows: the raw row (to write back on failure) and the
import item it stands for."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bawaslu_api.imports import columns

Format = Literal["csv", "xlsx", "jsonl"]


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # 0-based position among the file's data rows
    raw: dict[str, Any]  # as read: flat columns (CSV/XLSX) or the JSON object
    item: dict[str, Any]  # what is sent


def detect(path: Path, fmt: str | None) -> Format:
    if fmt:
        if fmt not in ("csv", "xlsx", "jsonl"):
            raise ValueError(f"unknown format {fmt!r}: csv, xlsx or jsonl")
        return fmt  # type: ignore[return-value]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return "csv"


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        yield from csv.DictReader(handle, dialect=dialect)


def _xlsx_rows(path: Path) -> Iterator[dict[str, Any]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        for values in rows:
            if all(v is None or v == "" for v in values):
                continue
            yield dict(zip(header, values, strict=False))
    finally:
        workbook.close()


def _jsonl_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                value = json.loads(line)
                yield value if isinstance(value, dict) else {"item": value}


def rows(path: Path, fmt: Format) -> Iterator[Row]:
    """The file's data rows in order."""
    if fmt == "jsonl":
        for number, raw in enumerate(_jsonl_rows(path)):
            item = {k: v for k, v in raw.items() if not k.startswith("_")}
            yield Row(number, raw, item)
        return
    reader = _xlsx_rows(path) if fmt == "xlsx" else _csv_rows(path)
    for number, raw in enumerate(reader):
        yield Row(number, raw, columns.row_to_item(raw))


def count(path: Path, fmt: Format) -> int:
    """How many data rows the file has (a first pass, for the progress bar)."""
    if fmt == "jsonl":
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    return sum(1 for _ in (_xlsx_rows(path) if fmt == "xlsx" else _csv_rows(path)))


class FailedRows:
    """Rows the API answered ``invalid``, written in the input's shape plus a ``_problems``
    column, so the file can be corrected and sent again as it is (CSV for CSV and XLSX
    input, JSON Lines for JSON Lines)."""

    def __init__(self, path: Path, fmt: Format) -> None:
        self.path = path
        self.jsonl = fmt == "jsonl"
        self.count = 0
        self._handle: io.TextIOWrapper | None = None
        self._writer: Any = None

    def write(self, row: Row, problems: list[dict[str, Any]]) -> None:
        text = "; ".join(
            f"{p.get('location') or '-'}: {p.get('message')} ({p.get('code')})" for p in problems
        )
        if self.jsonl:
            if self._handle is None:
                self._handle = self.path.open("a", encoding="utf-8")
            self._handle.write(
                json.dumps({**row.raw, "_row": row.number + 1, "_problems": text}, default=str)
                + "\n"
            )
        else:
            import csv

            if self._handle is None:
                new = not self.path.exists() or self.path.stat().st_size == 0
                self._handle = self.path.open("a", encoding="utf-8", newline="")
                names = ["_row", "_problems", *columns.COLUMN_NAMES]
                extra = [k for k in row.raw if k and k not in names]
                self._writer = csv.DictWriter(
                    self._handle, fieldnames=names + extra, extrasaction="ignore"
                )
                if new:
                    self._writer.writeheader()
            raw = {k: ("" if v is None else v) for k, v in row.raw.items() if k}
            self._writer.writerow({**raw, "_row": row.number + 2, "_problems": text})
        self._handle.flush()
        self.count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
