"""Administrative violation hearings under Perbawaslu 8/2022 (docs/legal/procedure.md §1.4),
as data with citations.

- :data:`PANEL_BASIS`: the examining panel (majelis pemeriksa) and its helpers (HIGH).
- :data:`AGENDAS`: the sessions by agenda, in order, and :func:`agenda_refusal` (MED:
  the predecessor regulation's order, read second-hand).
- :data:`PRELIMINARY_GROUNDS`: what the preliminary decision tests (MED).
- :data:`FINAL_ORDERS`: what a final decision that finds the violation proven may order.
- :func:`is_hearing_case`: administrative (and TSM administrative) cases of a pemilu.

Whether a session proceeds without an absent party is the named policy
``hearings.adjourn_when_party_absent`` (MED: proceeded in 2019, adjourned in 2022). No
timetable for the intermediate sessions was found: they all run inside ``admin.decision``
(14 working days from registration, UU 7/2017 Art. 461), which keeps running; the KPU
follow-up (``admin.kpu_followup``, UU 7/2017 Art. 462) runs from the decision's reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from bawaslu_rules.rulesets import Confidence

__all__ = [
    "AGENDAS",
    "FINAL_ORDERS",
    "HEARINGS_APPLY",
    "PANEL_BASIS",
    "PRELIMINARY_GROUNDS",
    "Agenda",
    "agenda_refusal",
    "is_hearing_case",
]

HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW

HEARINGS_APPLY: Final = (
    "Perbawaslu 8/2022 (administrative violations of a pemilu, examined in hearings); "
    "Perbawaslu 7/2022 Art. 19 (a TSM administrative violation is handled under Perbawaslu "
    "8/2022); docs/legal/procedure.md §1.1 row 9, §1.4. Pilkada administrative cases follow "
    "their own regulation and are not heard here"
)


def is_hearing_case(regime: str, violation_type: str | None) -> bool:
    """Whether the hearing steps apply: an administrative (or TSM administrative) case
    under the pemilu regime (:data:`HEARINGS_APPLY`)."""
    return regime == "pemilu" and violation_type == "administrative"


PANEL_BASIS: Final = (
    "Perbawaslu 8/2022 Art. 13-15 (docs/legal/procedure.md §1.4): the examining panel "
    "(majelis pemeriksa) is the chair of the Bawaslu level, presiding, and its members, "
    "helped by a secretary (a secretariat official) and assistants; the secretary drafts "
    "and signs the minutes of every session (Form ADM.BA-SP), a clerk (perisalah) writes "
    "the transcript (Form ADM.RISALAH), Art. 14"
)
PANEL_CONFIDENCE: Final = HIGH


@dataclass(frozen=True, slots=True)
class Agenda:
    """One kind of hearing session."""

    code: str
    title: str
    after: tuple[str, ...]
    """Agendas that must have been held (not adjourned) before it."""
    repeatable: bool
    """Whether it may take more than one held session (evidence over several days)."""
    examination: bool
    """Held only once the preliminary decision admitted the report."""
    basis: str
    confidence: Confidence

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "code": self.code,
            "title": self.title,
            "after": list(self.after),
            "repeatable": self.repeatable,
            "examination": self.examination,
            "basis": self.basis,
            "confidence": self.confidence.value,
        }


_STAGES: Final = (
    "Perbawaslu 8/2018 Art. 41(1) (the predecessor) via secondary sources; 2022 practice "
    "(docs/legal/procedure.md §1.4)"
)

AGENDAS: Final[tuple[Agenda, ...]] = (
    Agenda("preliminary_examination", "Pemeriksaan pendahuluan", (), False, False, _STAGES, MED),
    Agenda(
        "preliminary_decision",
        "Pembacaan putusan pendahuluan",
        ("preliminary_examination",),
        False,
        False,
        _STAGES,
        MED,
    ),
    Agenda(
        "report_reading", "Pembacaan laporan", ("preliminary_decision",), False, True, _STAGES, MED
    ),
    Agenda("answer", "Jawaban terlapor", ("report_reading",), False, True, _STAGES, MED),
    Agenda("evidence", "Pembuktian", ("answer",), True, True, _STAGES, MED),
    Agenda(
        "witnesses_experts",
        "Keterangan saksi dan ahli",
        ("answer",),
        True,
        True,
        _STAGES,
        MED,
    ),
    Agenda("conclusions", "Kesimpulan", ("evidence",), False, True, _STAGES, MED),
    Agenda(
        "final_decision",
        "Pembacaan putusan",
        ("conclusions",),
        False,
        True,
        _STAGES + "; read in public",
        MED,
    ),
)
"""The sessions by agenda, in order (docs/legal/procedure.md §1.4). Witnesses and experts
are part of the evidence stage and optional; no timetable between sessions was found."""

AGENDA_CODES: Final = tuple(a.code for a in AGENDAS)

PRELIMINARY_GROUNDS: Final = (
    "formal_requirements",
    "material_requirements",
    "authority",
    "reporter_standing",
    "reported_standing",
    "filing_deadline",
)
"""What the preliminary decision (putusan pendahuluan) tests: formal and material
requirements, Bawaslu's authority, the standing of the reporter and of the reported party,
and the filing deadline (Perbawaslu 8/2018 Art. 41(1), predecessor, via secondary sources;
docs/legal/procedure.md §1.4, MED). The report is admitted only if every ground is met."""

FINAL_ORDERS: Final = (
    "corrective_order",
    "written_warning",
    "exclusion_from_stage",
    "other",
)
"""What a final decision that finds the violation proven may order: correction of the
administrative procedure, a written warning, exclusion from a stage, other
(docs/legal/procedure.md §1.4, MED; the list in the regulation is longer: ``other``)."""


def agenda_refusal(agenda: str, *, held: Sequence[str], admitted: bool | None) -> str | None:
    """Why a session with ``agenda`` cannot be held now, or None.

    ``held`` lists the agendas of the sessions already held (adjourned ones excluded), in
    order; ``admitted`` is the preliminary decision (None before it).
    """
    entry = next((a for a in AGENDAS if a.code == agenda), None)
    if entry is None:
        return f"unknown agenda {agenda}; known: {', '.join(AGENDA_CODES)}"
    if "final_decision" in held:
        return "the final decision was read: the hearing is over"
    if admitted is False:
        return "the preliminary decision did not admit the report: the hearing is over"
    if agenda in held and not entry.repeatable:
        return f"a session on {agenda} was already held"
    missing = [a for a in entry.after if a not in held]
    if missing:
        return f"{agenda} follows {', '.join(missing)}, not yet held"
    if entry.examination and admitted is not True:
        return f"{agenda} is part of the examination, held once the report is admitted"
    return None
