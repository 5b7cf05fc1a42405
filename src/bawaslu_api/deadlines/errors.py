"""Errors of the deadline views."""

from __future__ import annotations

from bawaslu_api.errors import NotFound, Unprocessable
from bawaslu_api.i18n import Text


class DeadlineNotFound(NotFound):
    code = "deadline_not_found"
    title = Text("Tenggat tidak ditemukan", "Deadline not found")


class InvalidOverride(Unprocessable):
    """A deadline override that cannot be carried out (``errors`` names the field): a due
    time that is not later than the current one, or moving a clock that is not pending."""

    code = "invalid_deadline_override"
    title = Text("Koreksi tenggat tidak dapat dilakukan", "The deadline override is not possible")
