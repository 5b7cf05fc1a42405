"""Problems about a case and the references it makes."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound, PreconditionFailed, Unprocessable
from bawaslu_api.i18n import Text


class ReportNotFound(NotFound):
    code = "report_not_found"
    title = Text("Laporan tidak ditemukan", "Report not found")


class StaleVersion(PreconditionFailed):
    code = "stale_version"
    title = Text("Laporan telah diubah oleh orang lain", "The report was changed by someone else")


class UnknownReference(Unprocessable):
    code = "unknown_reference"
    title = Text("Rujukan tidak dikenal", "Unknown reference")


class OutsideJurisdiction(Unprocessable):
    code = "outside_jurisdiction"
    title = Text("Di luar wilayah kewenangan Anda", "Outside your jurisdiction")


class RuleNotApplicable(Unprocessable):
    code = "rule_not_applicable"
    title = Text("Aturan tidak berlaku untuk rezim ini", "Rule does not apply to this regime")

    @classmethod
    def to_report(cls, error: Exception) -> RuleNotApplicable:
        """The rules engine cannot review this case as it stands (its ``RulesError``)."""
        return cls(
            Text(
                "Aturan tidak dapat diterapkan pada laporan ini: {error}",
                "The rules cannot be applied to this report: {error}",
            ),
            error=str(error),
        )


class ImpossibleDate(Unprocessable):
    """A date or time that cannot be true: in the future (beyond the allowed clock skew),
    a date known before the incident happened, or a case step before the previous one.
    ``errors`` names each field (codes ``date_in_future``, ``known_before_incident``,
    ``before_previous_event``, ...); nothing is stored."""

    code = "impossible_date"
    title = Text("Tanggal atau waktu tidak mungkin", "Impossible date or time")


class InvalidTransition(Conflict):
    """The case's status does not allow the action (``bawaslu_rules`` lifecycle)."""

    code = "invalid_transition"
    title = Text(
        "Tindakan tidak diizinkan pada status laporan saat ini",
        "Action not allowed in the report's current status",
    )
