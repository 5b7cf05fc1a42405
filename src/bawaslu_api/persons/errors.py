"""Problems about the persons of a case."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound
from bawaslu_api.i18n import Text


class PersonNotFound(NotFound):
    code = "person_not_found"
    title = Text("Orang tidak ditemukan pada laporan ini", "No such person in this case")


class IntakeWitnessTaken(Conflict):
    """The witness named at intake is already a person of the case."""

    code = "intake_witness_taken"
    title = Text(
        "Saksi dari formulir laporan sudah dicatat", "The intake witness is already recorded"
    )
