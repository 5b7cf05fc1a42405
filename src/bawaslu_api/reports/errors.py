"""Problems of the case workflow's actions (the case's own problems: ``cases.errors``)."""

from __future__ import annotations

from bawaslu_api.errors import Conflict
from bawaslu_api.i18n import Text


class InvalidTransition(Conflict):
    code = "invalid_transition"
    title = Text(
        "Tindakan tidak diizinkan pada status laporan saat ini",
        "Action not allowed in the report's current status",
    )


class NotRegistrable(Conflict):
    code = "not_registrable"
    title = Text(
        "Laporan belum memenuhi syarat registrasi", "Report does not meet the requirements"
    )
