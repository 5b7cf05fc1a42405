"""Public errors."""

from __future__ import annotations

from bawaslu_api.errors import NotFound
from bawaslu_api.i18n import Text


class ReceiptNotFound(NotFound):
    code = "receipt_not_found"
    title = Text("Kode tanda terima tidak dikenal", "Unknown receipt code")


class AnnouncementDocumentNotFound(NotFound):
    """The case is not publicly announced, or no announcement document was issued."""

    code = "announcement_document_not_found"
    title = Text("Dokumen pengumuman tidak ditemukan", "Announcement document not found")
