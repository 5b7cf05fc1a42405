"""Errors of bulk imports."""

from __future__ import annotations

from bawaslu_api.errors import DomainError, NotFound, Unprocessable
from bawaslu_api.i18n import Text


class ImportJobNotFound(NotFound):
    code = "import_job_not_found"
    title = Text("Pekerjaan impor tidak ditemukan", "Import job not found")


class UnreadableFile(Unprocessable):
    code = "import_file_unreadable"
    title = Text("Berkas impor tidak dapat dibaca", "The import file cannot be read")


class TooManyRows(DomainError):
    status = 413
    code = "import_too_many_rows"
    title = Text("Terlalu banyak baris dalam satu berkas", "Too many rows in one file")
