"""Errors of the offices domain, and the generic optimistic-concurrency problems."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, DomainError, NotFound, Unprocessable
from bawaslu_api.i18n import Text


class OfficeNotFound(NotFound):
    """No such office, or (for writes) not inside the caller's jurisdiction."""

    code = "office_not_found"
    title = Text("Kantor tidak ditemukan", "Office not found")


class OfficeCodeTaken(Conflict):
    code = "office_code_taken"
    title = Text("Kode kantor sudah dipakai", "Office code already in use")


class OfficeCodeInvalid(Unprocessable):
    code = "office_code_invalid"
    title = Text("Kode kantor tidak sesuai aturan", "Office code breaks the code rule")


class ParentLevelNotAllowed(Unprocessable):
    code = "parent_level_not_allowed"
    title = Text(
        "Kantor induk tidak dapat membawahi kantor baru",
        "The parent office cannot have a new office under it",
    )


class UnknownOffice(Unprocessable):
    """An office code in a request that names no office (``offices.scope.office_by_code``)."""

    code = "unknown_office"
    title = Text("Kantor tidak dikenal", "Unknown office")


class OfficeOutsideJurisdiction(DomainError):
    status = 403
    code = "office_outside_jurisdiction"
    title = Text(
        "Kantor di luar wilayah administrasi Anda", "The office is outside your jurisdiction"
    )
