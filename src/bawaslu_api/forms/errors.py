"""Form registry errors."""

from __future__ import annotations

from bawaslu_api.errors import NotFound
from bawaslu_api.i18n import Text


class UnknownForm(NotFound):
    code = "form_not_found"
    title = Text("Formulir tidak ditemukan", "Form not found")
