"""Human messages for every admissibility code of ``bawaslu_rules.CODES``.

The engine returns stable codes with citations; this is the one place that says them to
people, in Indonesian (default) and English. A test keeps it complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from bawaslu_api.i18n import Lang, Text
from bawaslu_rules import Code

MESSAGES: Final[Mapping[Code, Text]] = MappingProxyType(
    {
        Code.REPORTER_NAME_MISSING: Text(
            "Nama pelapor belum diisi.", "The reporter's name is missing."
        ),
        Code.REPORTER_ADDRESS_MISSING: Text(
            "Alamat pelapor belum diisi.", "The reporter's address is missing."
        ),
        Code.REPORTER_NIK_MISSING: Text(
            "NIK (nomor KTP-el) pelapor belum diisi.",
            "The reporter's NIK (KTP-el number) is missing.",
        ),
        Code.REPORTER_NIK_INVALID: Text(
            "NIK pelapor tidak valid (16 angka dengan kode wilayah dan tanggal lahir yang benar).",
            "The reporter's NIK is not valid (16 digits with a real region code and birth date).",
        ),
        Code.REPORTER_CATEGORY_NOT_ALLOWED: Text(
            "Pelapor tidak termasuk pihak yang berhak melapor untuk pemilihan ini.",
            "The reporter is not among those entitled to report in this election.",
        ),
        Code.REPORTER_UNDERAGE: Text(
            "Pelapor belum berusia 17 tahun dan belum menikah, sehingga belum memiliki hak pilih.",
            "The reporter is under 17 and not married, so has no right to vote yet.",
        ),
        Code.REPORTER_VOTING_RIGHT_UNKNOWN: Text(
            "Hak pilih pelapor belum dapat dipastikan: lengkapi usia, status perkawinan, "
            "atau status terdaftar sebagai pemilih.",
            "The reporter's right to vote cannot be established: give their age, marital "
            "status, or registration as a voter.",
        ),
        Code.REPORTER_NOT_REGISTERED_VOTER: Text(
            "Pelapor bukan pemilih dalam pemilihan di daerah ini.",
            "The reporter is not a voter in this regional election.",
        ),
        Code.MONITOR_NOT_ACCREDITED: Text(
            "Pemantau pemilihan yang melapor belum terakreditasi.",
            "The reporting election monitor is not accredited.",
        ),
        Code.MONITOR_ACCREDITATION_UNKNOWN: Text(
            "Akreditasi pemantau pemilihan yang melapor belum ditunjukkan (lampirkan "
            "bukti akreditasi dari Bawaslu atau KPU).",
            "The reporting election monitor's accreditation has not been shown yet (attach "
            "the accreditation from Bawaslu or KPU).",
        ),
        Code.REPORTER_NIK_OUTSIDE_ELECTION_AREA: Text(
            "Wilayah NIK pelapor berada di luar wilayah pemilihan ini; tunjukkan bahwa "
            "pelapor adalah pemilih di wilayah ini (misalnya DPT atau domisili).",
            "The reporter's NIK region is outside this election's area; show that the "
            "reporter is a voter here (e.g. the voter list or domicile).",
        ),
        Code.POWER_OF_ATTORNEY_MISSING: Text(
            "Kuasa pelapor harus melampirkan surat kuasa khusus.",
            "A representative must attach a special power of attorney.",
        ),
        Code.REPORTED_NAME_MISSING: Text(
            "Nama terlapor belum diisi.", "The reported party's name is missing."
        ),
        Code.REPORTED_ADDRESS_MISSING: Text(
            "Alamat terlapor belum diisi.", "The reported party's address is missing."
        ),
        Code.REPORTED_TYPE_MISSING: Text(
            "Jenis terlapor wajib diisi untuk pelanggaran administratif.",
            "The type of reported party is required for an administrative violation.",
        ),
        Code.REPORTED_TYPE_NOT_ALLOWED: Text(
            "Terlapor tidak termasuk pihak yang dapat dilaporkan atas pelanggaran "
            "administratif (Perbawaslu 8/2022 Pasal 8): ini bukan perkara administratif; "
            "kantor dapat mengubah jenis pelanggarannya.",
            "The reported party cannot be reported for an administrative violation "
            "(Perbawaslu 8/2022 Art. 8): this is not an administrative case; the office "
            "may reclassify it.",
        ),
        Code.DATE_KNOWN_MISSING: Text(
            "Tanggal diketahuinya dugaan pelanggaran belum diisi.",
            "The date the violation became known is missing.",
        ),
        Code.FILING_LATE: Text(
            "Laporan disampaikan melewati batas waktu pelaporan (kedaluwarsa).",
            "The report was filed after the filing deadline (time-barred).",
        ),
        Code.TSM_OUTSIDE_WINDOW: Text(
            "Laporan pelanggaran TSM disampaikan di luar masa pelaporannya (sejak penetapan "
            "calon sampai hari pemungutan suara).",
            "The TSM report was filed outside its window (from the setting of candidates "
            "to voting day).",
        ),
        Code.SIGNATURE_MISSING: Text(
            "Formulir laporan belum ditandatangani pelapor.",
            "The report form is not signed by the reporter.",
        ),
        Code.SIGNATURE_MISMATCH: Text(
            "Tanda tangan pada formulir tidak sesuai dengan tanda tangan pada kartu identitas.",
            "The signature on the form does not match the identity document.",
        ),
        Code.INCIDENT_TIME_MISSING: Text(
            "Waktu kejadian dugaan pelanggaran belum diisi.",
            "The time of the alleged violation is missing.",
        ),
        Code.INCIDENT_PLACE_MISSING: Text(
            "Tempat kejadian dugaan pelanggaran belum diisi.",
            "The place of the alleged violation is missing.",
        ),
        Code.DESCRIPTION_MISSING: Text(
            "Uraian kejadian belum diisi.", "The description of what happened is missing."
        ),
        Code.EVIDENCE_MISSING: Text(
            "Belum ada bukti yang dilampirkan (dokumen, foto, video, atau benda).",
            "No evidence is attached (documents, photos, video or objects).",
        ),
        Code.WITNESSES_MISSING: Text(
            "Belum ada saksi yang disebutkan; dalam praktik saksi diharapkan ada.",
            "No witnesses are named; in practice witnesses are expected.",
        ),
        Code.EVIDENCE_COPIES_SHORT: Text(
            "Bukti dokumen diserahkan kurang dari 3 rangkap.",
            "Documentary evidence is handed in fewer than 3 copies.",
        ),
    }
)
"""The message of every code, in both languages."""


def message(code: Code, lang: Lang) -> str:
    """The message for ``code`` in ``lang``; the code itself if a new one is not yet worded."""
    text = MESSAGES.get(code)
    return text.render(lang) if text is not None else code.value
