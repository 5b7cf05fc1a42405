"""Errors of the statistics."""

from __future__ import annotations

from bawaslu_api.errors import Unprocessable
from bawaslu_api.i18n import Text


class UnknownElection(Unprocessable):
    """The ``election`` query parameter names no election."""

    code = "unknown_election"
    title = Text("Pemilihan tidak dikenal", "Unknown election")
