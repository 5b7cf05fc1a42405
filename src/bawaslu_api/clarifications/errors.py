"""Problems of clarification (Perbawaslu 7/2022 Art. 28-30)."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound, Unprocessable
from bawaslu_api.i18n import Text


class ClarificationNotFound(NotFound):
    code = "clarification_not_found"
    title = Text("Sesi klarifikasi tidak ditemukan", "No such clarification session")


class InvitationLeadTime(Unprocessable):
    """The invitation (Form B.9) cannot reach the person at least 1 Hari before the
    session (Perbawaslu 7/2022 Art. 29(1)-(4)), or was received after it. ``errors`` names
    each invitation's field (codes ``invitation_too_late``, ``received_too_late``,
    ``received_after_session``)."""

    code = "invitation_lead_time"
    title = Text(
        "Undangan klarifikasi tidak diterima paling lambat 1 hari sebelum klarifikasi",
        "The clarification invitation does not arrive at least 1 day before the session",
    )


class OutsideDecisionClock(Unprocessable):
    """The session would be held after the case's decision is due: every clarification runs
    inside the decision clock (UU 7/2017 Art. 454(7)-(8); UU 1/2015 Art. 134)."""

    code = "outside_decision_clock"
    title = Text(
        "Klarifikasi di luar tenggat penanganan", "Clarification after the decision is due"
    )


class OnlineNotAllowed(Unprocessable):
    """An online session needs a ground from the regulation's list (Perbawaslu 7/2022
    Art. 28(2)-(3)) and an audio-visual recording (Art. 29(4))."""

    code = "online_not_allowed"
    title = Text("Klarifikasi daring tidak memenuhi syarat", "Online clarification not allowed")


class InvalidOutcome(Unprocessable):
    """The session's outcome does not hold together: a person absent and sworn or with
    minutes, a person present without minutes (Form B.12), a result missing or twice.
    ``errors`` names each result's field."""

    code = "invalid_outcome"
    title = Text("Hasil klarifikasi tidak sesuai", "Invalid clarification outcome")


class ClarificationConflict(Conflict):
    """The step conflicts with the session's or the person's state: invited to a session
    not yet held, a receipt already recorded, an outcome already recorded."""

    code = "clarification_conflict"
    title = Text(
        "Langkah bertentangan dengan keadaan klarifikasi",
        "The step conflicts with the clarification's state",
    )
