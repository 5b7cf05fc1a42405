"""Indonesian and English labels of enum values (the values themselves are stable English)."""

from __future__ import annotations

from bawaslu_rules import STAGES, subjects

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "report_kind": {"report": ("Laporan", "Report"), "finding": ("Temuan", "Finding")},
    "report_status": {
        "received": ("Diterima", "Received"),
        "completion_requested": ("Diminta melengkapi", "Completion requested"),
        "registered": ("Diregistrasi", "Registered"),
        "not_registered": ("Tidak diregistrasi", "Not registered"),
        "withdrawn": ("Dicabut", "Withdrawn"),
        "decided": ("Status ditetapkan", "Decided"),
        "forwarded": ("Diteruskan", "Forwarded"),
    },
    "outcome": {
        "violation": ("Pelanggaran", "Violation"),
        "not_violation": ("Bukan pelanggaran", "Not a violation"),
    },
    "violation_category": {
        "administrative": ("Pelanggaran administratif", "Administrative violation"),
        "ethics": ("Pelanggaran kode etik", "Code of ethics violation"),
        "crime": ("Tindak pidana pemilihan", "Election crime"),
        "other_law": ("Pelanggaran hukum lainnya", "Violation of other laws"),
    },
    "channel": {
        "walk_in": ("Datang langsung", "Walk-in"),
        "online": ("Daring", "Online"),
        "mobile": ("Aplikasi seluler", "Mobile app"),
        "import": ("Impor", "Import"),
    },
    "deadline_status": {
        "pending": ("Berjalan", "Pending"),
        "met": ("Terpenuhi", "Met"),
        "missed": ("Terlewati", "Missed"),
        "waived": ("Dikesampingkan", "Waived"),
    },
    "deadline_unit": {
        "working_day": ("hari kerja", "working days"),
        "calendar_day": ("hari", "calendar days"),
        "hours": ("jam", "hours"),
    },
}
LABELS["stage"] = {s.code: (s.label_id, s.label_en) for s in STAGES}
"""The election stages of the classification (``bawaslu_rules.STAGES``)."""
LABELS["subject"] = {s.code: (s.label_id, s.label_en) for s in subjects("pemilu")}
"""The subjects of the classification (the Pemilu labels; the Pilkada taxonomy has the
same codes, ``GET /v1/rules/classification?regime=pemilihan`` its own wording)."""
