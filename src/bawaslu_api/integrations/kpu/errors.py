"""Errors of the KPU integration."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound
from bawaslu_api.i18n import Text


class ForwardingNotFound(NotFound):
    code = "kpu_forwarding_not_found"
    title = Text("Penerusan ke KPU tidak ditemukan", "Forwarding to KPU not found")


class ForwardingState(Conflict):
    code = "kpu_forwarding_state"
    title = Text(
        "Tindakan tidak sesuai dengan status penerusan",
        "Action not possible in the forwarding's status",
    )
