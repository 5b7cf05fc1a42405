"""Errors of the elections domain."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound, Unprocessable
from bawaslu_api.i18n import Text


class ElectionNotFound(NotFound):
    code = "election_not_found"
    title = Text("Pemilihan tidak ditemukan", "Election not found")


class ElectionSlugTaken(Conflict):
    code = "election_slug_taken"
    title = Text("Slug pemilihan sudah dipakai", "Election slug already in use")


class VotingStageMismatch(Unprocessable):
    code = "voting_stage_mismatch"
    title = Text(
        "Tahap pemungutan suara tidak sesuai dengan hari pemungutan suara",
        "The voting stage does not match the voting day",
    )


class AreaOfficeUnknown(Unprocessable):
    code = "area_office_unknown"
    title = Text("Kantor wilayah pemilihan tidak dikenal", "Unknown area office")


class UnknownRuleset(Unprocessable):
    code = "unknown_ruleset"
    title = Text("Versi aturan tidak dikenal", "Unknown ruleset")
