"""Problems of the case workflow's actions (the case's own problems: ``cases.errors``)."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, Unprocessable
from bawaslu_api.i18n import Text


class InvalidTransition(Conflict):
    code = "invalid_transition"
    title = Text(
        "Tindakan tidak diizinkan pada status laporan saat ini",
        "Action not allowed in the report's current status",
    )


class NotRegistrable(Conflict):
    code = "not_registrable"
    title = Text(
        "Laporan belum memenuhi syarat registrasi", "Report does not meet the requirements"
    )


class ImpossibleDate(Unprocessable):
    """A date or time that cannot be true: in the future (beyond the allowed clock skew),
    a date known before the incident happened, or a case step before the previous one.
    ``errors`` names each field (codes ``date_in_future``, ``known_before_incident``,
    ``before_previous_event``); nothing is stored."""

    code = "impossible_date"
    title = Text("Tanggal atau waktu tidak mungkin", "Impossible date or time")


class CompletionExpired(Conflict):
    """The report was not completed within ``report.completion`` (Perbawaslu 7/2022
    Art. 15(3)-(4)): it may not be completed nor registered; the office records it as not
    registered (rejection with reason ``completion_expired``), unless the clock is extended
    or waived by an audited override."""

    code = "completion_expired"
    title = Text("Batas waktu melengkapi laporan telah lewat", "The completion period has expired")
