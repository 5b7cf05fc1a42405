"""Problems of the Sentra Gakkumdu steps (the case's own problems: ``cases.errors``)."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, Unprocessable
from bawaslu_api.i18n import Text


class NotAGakkumduCase(Conflict):
    """The case was neither registered as a criminal violation nor decided as a crime
    (UU 7/2017 Art. 476; Perbawaslu 3/2023 Art. 1(2))."""

    code = "not_a_gakkumdu_case"
    title = Text(
        "Laporan ini bukan dugaan tindak pidana pemilu",
        "This case is not an alleged election crime",
    )


class DiscussionOutOfOrder(Conflict):
    """Discussion 2 before 1, a number held twice, a discussion after one that ended the
    handling, or a third one the deployment does not expect."""

    code = "discussion_out_of_order"
    title = Text("Urutan pembahasan tidak sesuai", "Discussion out of order")


class NoPoliceForwarding(Conflict):
    """A police report is recorded only for a case forwarded to the police."""

    code = "no_police_forwarding"
    title = Text(
        "Laporan belum diteruskan ke kepolisian", "The case was not forwarded to the police"
    )


class PoliceReportRecorded(Conflict):
    code = "police_report_recorded"
    title = Text("Laporan polisi sudah dicatat", "The police report is already recorded")


class GakkumduInputInvalid(Unprocessable):
    """A field the law constrains (members of every institution, the article of an indicated
    crime, an evidence item of this case, an impossible time); ``errors`` names each."""

    code = "gakkumdu_input_invalid"
    title = Text("Data Sentra Gakkumdu tidak valid", "Invalid Sentra Gakkumdu data")
