"""Calendar errors."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound
from bawaslu_api.i18n import Text


class OverrideNotFound(NotFound):
    code = "calendar_override_not_found"
    title = Text("Koreksi kalender tidak ditemukan", "Calendar override not found")


class OverrideAlreadyRevoked(Conflict):
    code = "calendar_override_revoked"
    title = Text("Koreksi kalender sudah dicabut", "Calendar override already revoked")
