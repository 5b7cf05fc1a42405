"""Problems of the administrative hearing steps."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, Unprocessable
from bawaslu_api.i18n import Text


class NotAHearingCase(Conflict):
    """Not an administrative (or TSM administrative) case of a pemilu (Perbawaslu 8/2022)."""

    code = "not_a_hearing_case"
    title = Text(
        "Laporan ini tidak diperiksa dalam sidang pelanggaran administratif",
        "This case is not examined in an administrative hearing",
    )


class NoPanel(Conflict):
    code = "no_hearing_panel"
    title = Text("Majelis pemeriksa belum dibentuk", "No examining panel yet")


class AgendaOutOfOrder(Conflict):
    """A session whose agenda cannot follow the sessions held (e.g. the examination before
    an admitting preliminary decision, anything after the final decision)."""

    code = "agenda_out_of_order"
    title = Text("Urutan agenda sidang tidak sesuai", "Hearing agenda out of order")


class HearingInputInvalid(Unprocessable):
    """A field the regulation constrains; ``errors`` names each."""

    code = "hearing_input_invalid"
    title = Text("Data sidang tidak valid", "Invalid hearing data")
