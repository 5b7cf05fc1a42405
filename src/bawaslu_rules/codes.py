"""The admissibility code vocabulary, in one place, each code with its kind and citation.

Codes are stable identifiers; the service translates them into messages. ``kind`` is
``formal`` (syarat formal, Perbawaslu 7/2022 Art. 15(3)) or ``material`` (syarat materiel,
Art. 15(4)); ``advisory`` codes are reported but never change the verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.rulesets import Confidence

__all__ = ["CODES", "Code", "CodeInfo", "Kind", "Verdict"]


class Verdict(StrEnum):
    """Outcome of the initial review of a report or finding (docs/legal/rules.md §4)."""

    REGISTRABLE = "registrable"
    INCOMPLETE = "incomplete"
    LATE = "late"
    OUTSIDE_WINDOW = "outside_window"
    REPORTER_NOT_ELIGIBLE = "reporter_not_eligible"
    NOT_ADMINISTRATIVE = "not_administrative"
    """The reported party is outside the closed list of administrative violations
    (Perbawaslu 8/2022 Art. 8): not an administrative case. The office may reclassify the
    report (another violation type) and review it again; nothing to complete. Since 1.2.0."""


class Kind(StrEnum):
    """Which group of requirements a code belongs to."""

    FORMAL = "formal"
    MATERIAL = "material"
    ADVISORY = "advisory"


class Code(StrEnum):
    """Every failed-requirement code :func:`check_admissibility` can return."""

    # Formal 1: reporter identity.
    REPORTER_NAME_MISSING = "reporter_name_missing"
    REPORTER_ADDRESS_MISSING = "reporter_address_missing"
    REPORTER_NIK_MISSING = "reporter_nik_missing"
    REPORTER_NIK_INVALID = "reporter_nik_invalid"
    # Formal 2: reporter standing.
    REPORTER_CATEGORY_NOT_ALLOWED = "reporter_category_not_allowed"
    REPORTER_UNDERAGE = "reporter_underage"
    REPORTER_VOTING_RIGHT_UNKNOWN = "reporter_voting_right_unknown"
    REPORTER_NOT_REGISTERED_VOTER = "reporter_not_registered_voter"
    MONITOR_NOT_ACCREDITED = "monitor_not_accredited"
    MONITOR_ACCREDITATION_UNKNOWN = "monitor_accreditation_unknown"
    POWER_OF_ATTORNEY_MISSING = "power_of_attorney_missing"
    REPORTER_NIK_OUTSIDE_ELECTION_AREA = "reporter_nik_outside_election_area"
    # Formal 3: reported party.
    REPORTED_NAME_MISSING = "reported_name_missing"
    REPORTED_ADDRESS_MISSING = "reported_address_missing"
    REPORTED_TYPE_MISSING = "reported_type_missing"
    REPORTED_TYPE_NOT_ALLOWED = "reported_type_not_allowed"
    # Formal 4: time limits.
    DATE_KNOWN_MISSING = "date_known_missing"
    FILING_LATE = "filing_late"
    TSM_OUTSIDE_WINDOW = "tsm_outside_window"
    # Formal 5: signature.
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_MISMATCH = "signature_mismatch"
    # Material 1-3.
    INCIDENT_TIME_MISSING = "incident_time_missing"
    INCIDENT_PLACE_MISSING = "incident_place_missing"
    DESCRIPTION_MISSING = "description_missing"
    EVIDENCE_MISSING = "evidence_missing"
    # Advisory (practice; never changes the verdict).
    WITNESSES_MISSING = "witnesses_missing"
    EVIDENCE_COPIES_SHORT = "evidence_copies_short"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """Kind, legal basis, the verdict a code leads to (``None``: no effect) and the
    confidence of the requirement."""

    kind: Kind
    basis: str
    verdict: Verdict | None
    confidence: Confidence = Confidence.HIGH

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "kind": self.kind.value,
            "basis": self.basis,
            "verdict": None if self.verdict is None else self.verdict.value,
            "confidence": self.confidence.value,
        }


_F3 = "Perbawaslu 7/2022 Art. 15(3)"
_F4 = "Perbawaslu 7/2022 Art. 15(4)"
_F = Kind.FORMAL
_M = Kind.MATERIAL
_INC = Verdict.INCOMPLETE
_NE = Verdict.REPORTER_NOT_ELIGIBLE
_HIGH = Confidence.HIGH
_MED = Confidence.MED
_LOW = Confidence.LOW
_VOTING_AGE = (
    "UU 7/2017 Art. 198(1) (17 or older on voting day, or married); UU 1/2015 Art. 56(1) "
    "(Pilkada: the same, on voting day)"
)

CODES: Final[Mapping[Code, CodeInfo]] = MappingProxyType({
    Code.REPORTER_NAME_MISSING: CodeInfo(_F, f"{_F3} item 1", _INC),
    Code.REPORTER_ADDRESS_MISSING: CodeInfo(_F, f"{_F3} item 1", _INC),
    Code.REPORTER_NIK_MISSING: CodeInfo(_F, f"{_F3} item 1", _INC),
    Code.REPORTER_NIK_INVALID: CodeInfo(_F, f"{_F3} item 1", _INC),
    Code.REPORTER_CATEGORY_NOT_ALLOWED: CodeInfo(
        _F,
        f"UU 7/2017 Art. 454(2); Perbawaslu 7/2022 Art. 8(2); UU 1/2015 Art. 134(2); "
        f"{_F3} item 2",
        _NE),
    Code.REPORTER_UNDERAGE: CodeInfo(
        _F, f"UU 7/2017 Art. 454(2); {_VOTING_AGE}; {_F3} item 2", _NE),
    Code.REPORTER_VOTING_RIGHT_UNKNOWN: CodeInfo(
        _F, f"UU 7/2017 Art. 454(2); {_VOTING_AGE}; {_F3} item 2 (not yet shown)", _INC),
    Code.REPORTER_NOT_REGISTERED_VOTER: CodeInfo(
        _F, "UU 1/2015 Art. 134(2) (a voter in that regional election)", _NE),
    Code.MONITOR_NOT_ACCREDITED: CodeInfo(
        _F, f"UU 7/2017 Art. 454(2); UU 1/2015 Art. 134(2); {_F3} item 2", _NE),
    Code.MONITOR_ACCREDITATION_UNKNOWN: CodeInfo(
        _F, f"UU 7/2017 Art. 454(2); UU 1/2015 Art. 134(2); {_F3} item 2 (accreditation "
        "not yet shown; can be completed)", _INC),
    Code.POWER_OF_ATTORNEY_MISSING: CodeInfo(
        _F, "Perbawaslu 7/2022 (special power of attorney; MED); Pilkada: Perbawaslu 8/2020 "
        "Art. 6 (MED); can be attached", _INC, _MED),
    Code.REPORTER_NIK_OUTSIDE_ELECTION_AREA: CodeInfo(
        _F, "UU 1/2015 Art. 134(2) (a voter in that regional election); the NIK region is "
        "where the NIK was issued, not the domicile: voter status not yet shown (policy "
        "nik_region_mismatch, LOW)", _INC, _LOW),
    Code.REPORTED_NAME_MISSING: CodeInfo(_F, f"{_F3} item 3", _INC),
    Code.REPORTED_ADDRESS_MISSING: CodeInfo(_F, f"{_F3} item 3", _INC),
    Code.REPORTED_TYPE_MISSING: CodeInfo(_F, "Perbawaslu 8/2022 Art. 8", _INC),
    Code.REPORTED_TYPE_NOT_ALLOWED: CodeInfo(
        _F, "Perbawaslu 8/2022 Art. 8", Verdict.NOT_ADMINISTRATIVE),
    Code.DATE_KNOWN_MISSING: CodeInfo(_F, f"{_F3} item 4", _INC),
    Code.FILING_LATE: CodeInfo(
        _F, f"{_F3} item 4; the regime's report.filing / finding.set rule", Verdict.LATE),
    Code.TSM_OUTSIDE_WINDOW: CodeInfo(
        _F, f"Perbawaslu 7/2022 Art. 8(4); {_F3} item 4", Verdict.OUTSIDE_WINDOW, _MED),
    Code.SIGNATURE_MISSING: CodeInfo(_F, f"{_F3} item 5 (practice, MED)", _INC, _MED),
    Code.SIGNATURE_MISMATCH: CodeInfo(_F, f"{_F3} item 5 (practice, MED)", _INC, _MED),
    Code.INCIDENT_TIME_MISSING: CodeInfo(_M, f"{_F4} item 1", _INC),
    Code.INCIDENT_PLACE_MISSING: CodeInfo(_M, f"{_F4} item 1", _INC),
    Code.DESCRIPTION_MISSING: CodeInfo(_M, f"{_F4} item 2", _INC),
    Code.EVIDENCE_MISSING: CodeInfo(_M, f"{_F4} item 3", _INC),
    Code.WITNESSES_MISSING: CodeInfo(Kind.ADVISORY, f"{_F4} (witnesses expected in practice)",
                                     None, _MED),
    Code.EVIDENCE_COPIES_SHORT: CodeInfo(
        Kind.ADVISORY, "Perbawaslu 7/2022 Art. 13 (documentary evidence in 3 copies; MED)", None,
        _MED),
})  # fmt: skip
"""Kind, citation and verdict of every :class:`Code`."""

# When several verdict-changing codes are present, the first verdict here wins.
VERDICT_PRECEDENCE: Final = (
    Verdict.REPORTER_NOT_ELIGIBLE,
    Verdict.OUTSIDE_WINDOW,
    Verdict.LATE,
    Verdict.NOT_ADMINISTRATIVE,
    Verdict.INCOMPLETE,
)
