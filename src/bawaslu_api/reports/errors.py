"""Problems of the case workflow's actions (the case's own problems: ``cases.errors``)."""

from __future__ import annotations

# Moved to cases (the steps of the investigation raise them too); re-exported.
from bawaslu_api.cases.errors import ImpossibleDate as ImpossibleDate
from bawaslu_api.cases.errors import InvalidTransition as InvalidTransition
from bawaslu_api.errors import Conflict, Unprocessable
from bawaslu_api.i18n import Text


class NotRegistrable(Conflict):
    code = "not_registrable"
    title = Text(
        "Laporan belum memenuhi syarat registrasi", "Report does not meet the requirements"
    )


class CompletionExpired(Conflict):
    """The report was not completed within ``report.completion`` (Perbawaslu 7/2022
    Art. 15(3)-(4)): it may not be completed nor registered; the office records it as not
    registered (rejection with reason ``completion_expired``), unless the clock is extended
    or waived by an audited override."""

    code = "completion_expired"
    title = Text("Batas waktu melengkapi laporan telah lewat", "The completion period has expired")


class NothingToCorrect(Unprocessable):
    """A correction whose fields all equal what is recorded (nothing goes on the
    timeline)."""

    code = "nothing_to_correct"
    title = Text("Tidak ada yang dikoreksi", "Nothing to correct")
