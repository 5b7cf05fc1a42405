"""Errors of the deadline views."""

from __future__ import annotations

from bawaslu_api.errors import NotFound
from bawaslu_api.i18n import Text


class DeadlineNotFound(NotFound):
    code = "deadline_not_found"
    title = Text("Tenggat tidak ditemukan", "Deadline not found")
