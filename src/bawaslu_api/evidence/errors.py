"""Errors of the evidence domain."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, DomainError, NotFound, ServiceUnavailable, Unprocessable
from bawaslu_api.http.ranges import unsatisfied_range
from bawaslu_api.i18n import Text


class EvidenceNotFound(NotFound):
    code = "evidence_not_found"
    title = Text("Barang bukti tidak ditemukan", "Evidence not found")


class UploadNotFound(NotFound):
    code = "upload_not_found"
    title = Text("Sesi unggah tidak ditemukan", "Upload session not found")


class EvidenceTooLarge(DomainError):
    status = 413
    code = "evidence_too_large"
    title = Text("Berkas bukti terlalu besar", "Evidence file too large")


class CaseQuotaExceeded(DomainError):
    status = 413
    code = "case_quota_exceeded"
    title = Text(
        "Kapasitas bukti untuk perkara ini terlampaui", "The case's evidence quota is exhausted"
    )


class TypeNotAllowed(DomainError):
    status = 415
    code = "evidence_type_not_allowed"
    title = Text("Jenis berkas tidak diterima", "File type not accepted")


class EvidenceCorrupted(Conflict):
    code = "evidence_corrupted"
    title = Text(
        "Berkas bukti di penyimpanan tidak sesuai dengan yang diterima",
        "The stored evidence file no longer matches what was received",
    )


class EvidenceQuarantined(Conflict):
    code = "evidence_quarantined"
    title = Text("Berkas bukti dikarantina", "Evidence file is quarantined")


class EvidenceImmutable(Conflict):
    code = "evidence_immutable"
    title = Text("Barang bukti tidak dapat diubah", "Evidence cannot be changed")


class NotDigital(Conflict):
    code = "evidence_not_digital"
    title = Text("Barang bukti ini bukan berkas", "This evidence item has no file")


class UploadOffsetMismatch(Conflict):
    code = "upload_offset_mismatch"
    title = Text("Posisi bagian tidak sesuai", "Part does not start at the stored offset")

    def __init__(self, offset: int) -> None:
        super().__init__(
            Text(
                "Tersimpan {offset} byte; bagian berikut mulai di {offset}.",
                "{offset} bytes are stored; the next part starts there.",
            ),
            offset=offset,
        )
        self.headers = {"Upload-Offset": str(offset)}


class UploadClosed(Conflict):
    code = "upload_closed"
    title = Text("Sesi unggah sudah ditutup", "Upload session is closed")


class UploadMismatch(Unprocessable):
    code = "upload_mismatch"
    title = Text(
        "Ukuran atau SHA-256 tidak sesuai dengan yang diumumkan",
        "Size or SHA-256 differs from what was announced",
    )


class InvalidContentRange(DomainError):
    status = 400
    code = "invalid_content_range"
    title = Text("Content-Range tidak valid", "Invalid Content-Range")


class RangeNotSatisfiable(DomainError):
    status = 416
    code = "range_not_satisfiable"
    title = Text("Rentang tidak dapat dipenuhi", "Range not satisfiable")

    def __init__(self, size: int) -> None:
        super().__init__(
            Text("Berkas berukuran {size} byte.", "The file has {size} bytes."), size=size
        )
        self.headers = {"Content-Range": unsatisfied_range(size)}


class InvalidLink(Unprocessable):
    code = "invalid_evidence_link"
    title = Text("Tautan barang bukti tidak valid", "Invalid evidence link")


class StorageUnavailable(ServiceUnavailable):
    code = "evidence_storage_unavailable"
    title = Text("Penyimpanan bukti tidak tersedia", "Evidence storage unavailable")


class UploadInterrupted(DomainError):
    status = 400
    code = "upload_interrupted"
    title = Text("Unggahan terputus", "Upload interrupted")


class DescriptionRequired(Unprocessable):
    code = "description_required"
    title = Text("Keterangan bukti wajib diisi", "An evidence description is required")


# ---------------------------------------------------------------- tus (docs/evidence.md)


class TusVersionUnsupported(DomainError):
    """A tus request without ``Tus-Resumable: 1.0.0``: the version this server speaks is in
    ``Tus-Version``."""

    status = 412
    code = "tus_version_unsupported"
    title = Text("Versi tus tidak didukung", "Unsupported tus version")

    def __init__(self, version: str | None, supported: str) -> None:
        super().__init__(
            Text(
                "Kirim Tus-Resumable: {supported} (diterima: {version}).",
                "Send Tus-Resumable: {supported} (received: {version}).",
            ),
            supported=supported,
            version=version or "-",
        )
        self.headers = {"Tus-Version": supported}


class UploadPartType(DomainError):
    status = 415
    code = "upload_part_type"
    title = Text(
        "Bagian unggahan harus application/offset+octet-stream",
        "An upload part must be application/offset+octet-stream",
    )


class ChecksumInvalid(DomainError):
    status = 400
    code = "checksum_invalid"
    title = Text("Upload-Checksum tidak valid", "Invalid Upload-Checksum")


class ChecksumMismatch(DomainError):
    """The part's bytes do not hash to its ``Upload-Checksum``: the part is not kept."""

    status = 460
    code = "checksum_mismatch"
    title = Text(
        "Checksum bagian tidak sesuai; bagian tidak disimpan",
        "The part's checksum does not match; the part was not kept",
    )


class UploadGone(DomainError):
    """A tus upload that was terminated, expired or failed (the JSON routes answer
    ``upload_closed``)."""

    status = 410
    code = "upload_gone"
    title = Text("Sesi unggah sudah berakhir", "The upload has ended")
