"""Errors of the rules endpoints (an unknown ruleset: ``elections.errors``)."""

from __future__ import annotations

from bawaslu_api.errors import Unprocessable
from bawaslu_api.i18n import Text


class UnknownRule(Unprocessable):
    code = "unknown_rule"
    title = Text("Aturan tidak dikenal", "Unknown rule")


class ZoneConflict(Unprocessable):
    code = "zone_conflict"
    title = Text(
        "Zona waktu bertentangan dengan zona kantor", "Zone contradicts the office's time zone"
    )


class TriggerNeedsTimestamp(Unprocessable):
    code = "trigger_needs_timestamp"
    title = Text("Aturan berhitung jam memerlukan waktu lengkap", "An hours rule needs a timestamp")


class RulesInputInvalid(Unprocessable):
    """Input the engine cannot evaluate (e.g. a date outside the supported years)."""

    code = "rules_input_invalid"
    title = Text(
        "Masukan tidak dapat dihitung oleh mesin aturan", "The rules engine cannot evaluate this"
    )
