"""Form registry errors."""

from __future__ import annotations

from bawaslu_api.errors import NotFound, Unprocessable
from bawaslu_api.i18n import Text


class UnknownForm(NotFound):
    code = "form_not_found"
    title = Text("Formulir tidak ditemukan", "Form not found")


class FormCorrectionRefused(Unprocessable):
    """A correction that would make a document with personal data public."""

    code = "form_correction_refused"
    title = Text("Koreksi formulir ditolak", "Form correction refused")
