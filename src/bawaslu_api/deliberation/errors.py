"""Problems of the analysis and the plenary."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, PreconditionFailed, Unprocessable
from bawaslu_api.i18n import Text


class AnalysisConflict(Conflict):
    """The analysis is not in a state that allows this (none yet, one already, a final
    version edited, approval of a draft, supersession after the decision)."""

    code = "analysis_conflict"
    title = Text(
        "Tindakan tidak diizinkan pada kajian saat ini",
        "Action not allowed on the current analysis",
    )


class StaleAnalysis(PreconditionFailed):
    code = "stale_analysis"
    title = Text("Kajian telah diubah oleh orang lain", "The analysis was changed by someone else")


class AnalysisIncomplete(Unprocessable):
    """A draft finalised with a required part empty; ``errors`` names each."""

    code = "analysis_incomplete"
    title = Text("Kajian belum lengkap", "The analysis is incomplete")


class InvalidAnalysis(Unprocessable):
    """Content that cannot be right: evidence of another case, a protected person named."""

    code = "invalid_analysis"
    title = Text("Isi kajian tidak valid", "Invalid analysis content")


class InvalidPlenary(Unprocessable):
    """Minutes that cannot be right: no chair or two, a member twice, more members present
    than the office has, a violation without a category, a date in the future or before
    the registration; ``errors`` names each field."""

    code = "invalid_plenary"
    title = Text("Berita acara pleno tidak valid", "Invalid plenary record")


class QuorumNotMet(Unprocessable):
    """Fewer members present than the ``plenary_quorum`` policy requires."""

    code = "quorum_not_met"
    title = Text("Kuorum rapat pleno tidak terpenuhi", "The plenary quorum is not met")


class PlenaryRequired(Conflict):
    """A decision needs the plenary that decided it: none recorded, or its analysis was
    superseded since (docs/legal/procedure.md §1.1 row 8)."""

    code = "plenary_required"
    title = Text(
        "Penetapan status memerlukan rapat pleno",
        "A decision needs a plenary meeting",
    )


class PlenaryMismatch(Conflict):
    """The decision is not what the latest plenary decided."""

    code = "plenary_mismatch"
    title = Text(
        "Penetapan status berbeda dari hasil rapat pleno",
        "The decision differs from the plenary's outcome",
    )
