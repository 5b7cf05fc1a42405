"""Spreadsheet renditions of documents (XLSX), deterministic: the same rows give the same
bytes (fixed workbook dates, zip entries dated 1980-01-01 in the writer's order), so a
rendition's SHA-256 identifies it like the PDF's."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def xlsx_bytes(wb: Workbook, *, title: str, creator: str, dated: datetime) -> bytes:
    """``wb`` as XLSX bytes, its properties fixed (``dated`` naive, read as UTC)."""
    wb.properties.creator = creator
    wb.properties.title = title
    wb.properties.created = dated
    wb.properties.modified = dated
    raw = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook stamps "modified" with the clock.
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
