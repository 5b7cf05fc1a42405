"""Document errors."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound, Unprocessable
from bawaslu_api.i18n import Text


class DocumentNotFound(NotFound):
    code = "document_not_found"
    title = Text("Dokumen tidak ditemukan", "Document not found")


class UnknownDocumentKind(Unprocessable):
    """No such document for the case's regime (the form registry)."""

    code = "unknown_document_kind"
    title = Text("Jenis dokumen tidak dikenal", "Unknown document kind")


class NotIssuable(Conflict):
    """What the document records has not happened (minutes of a session not yet held)."""

    code = "document_not_issuable"
    title = Text("Dokumen belum dapat diterbitkan", "The document cannot be issued yet")


class SubjectRequired(Unprocessable):
    code = "document_subject_required"
    title = Text("Dokumen ini memerlukan subject_id", "This document needs a subject_id")


class SubjectNotFound(Unprocessable):
    """The ``subject_id`` names nothing of this kind in this case."""

    code = "document_subject_not_found"
    title = Text("Subjek dokumen tidak ditemukan", "Document subject not found")


class ReceiptCodeMismatch(Unprocessable):
    code = "receipt_code_mismatch"
    title = Text("Kode tanda terima tidak cocok", "The receipt code does not match")


class AlreadySuperseded(Conflict):
    code = "document_already_superseded"
    title = Text("Dokumen sudah digantikan", "The document was already superseded")


class ReasonRequired(Unprocessable):
    """Reading a document with personal or confidential data needs a stated reason."""

    code = "reason_required"
    title = Text("Alasan wajib diisi", "A reason is required")


class ScanNotLinkable(Unprocessable):
    code = "scan_not_linkable"
    title = Text("Pindaian tidak dapat ditautkan", "The scan cannot be linked")


class LogoRejected(Unprocessable):
    code = "logo_rejected"
    title = Text("Logo tidak dapat dipakai", "The logo cannot be used")


class ScanAlreadyLinked(Conflict):
    code = "scan_already_linked"
    title = Text("Pindaian bertanda tangan sudah ditautkan", "A signed scan is already linked")


class DocumentRequestNotFound(NotFound):
    code = "document_request_not_found"
    title = Text("Permintaan dokumen tidak ditemukan", "Document request not found")
