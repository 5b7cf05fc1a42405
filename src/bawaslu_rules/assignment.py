"""Who may be assigned to a case, in which role, from which office (docs/legal/procedure.md
§1.1 row 3, §4).

A case is handled by its office (the office that received it, or took it over): one
officer handles it (``handler``), others may help (``team``). Bawaslu RI, a province or a
kabupaten/kota may assign a supervisor of a *lower* level to carry out a clarification
(Perbawaslu 7/2022 Art. 28(4), HIGH): the ``clarifier`` is the one role that may come from
an office below the case's office. Panwaslu Kecamatan, Kelurahan/Desa and Pengawas TPS
clarify only when so assigned (docs/legal/procedure.md §4).

The caller passes the relation of the officer's office to the case's office: ``same``,
``above`` (an ancestor of the case's office), ``below`` (in its subtree) or ``beside``
(anything else); the service works it out with its one jurisdiction rule
(``bawaslu_api.offices.scope.relation``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Literal

from bawaslu_rules.errors import UnknownRuleError
from bawaslu_rules.rulesets import Confidence

__all__ = [
    "ASSIGNMENT_ROLES",
    "ASSIGNMENT_RULES",
    "AssignmentRule",
    "assignment_rule",
    "may_assign",
]

Relation = Literal["same", "above", "below", "beside"]
"""Where the officer's office lies relative to the case's office."""

ASSIGNMENT_ROLES: Final = ("handler", "team", "clarifier")
"""The roles an officer may hold on a case, in the order a response lists them."""

_ASSIGNING_LEVELS: Final = frozenset({"national", "province", "regency", "city"})
"""Levels that may assign a lower-level supervisor (Perbawaslu 7/2022 Art. 28(4):
"Bawaslu, Bawaslu Provinsi, Bawaslu Kabupaten/Kota")."""


@dataclass(frozen=True, slots=True)
class AssignmentRule:
    """One role: from which offices its officer may come, and why."""

    role: str
    relations: frozenset[str]
    """Relations of the officer's office to the case's office that are allowed."""
    below_only_from: frozenset[str] | None
    """When ``below`` is allowed: the levels of the case's office that may assign below."""
    single: bool
    """Whether a case has at most one active officer in this role."""
    basis: str
    confidence: Confidence
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "role": self.role,
            "relations": sorted(self.relations),
            "below_only_from": sorted(self.below_only_from) if self.below_only_from else None,
            "single": self.single,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


ASSIGNMENT_RULES: Final[Mapping[str, AssignmentRule]] = MappingProxyType(
    {
        "handler": AssignmentRule(
            "handler", frozenset({"same", "above"}), None, True,
            "UU 7/2017 Art. 454; Perbawaslu 7/2022 Art. 28(4), 29(1) (the handling office, "
            "or one above it that takes the case over, handles it); docs/legal/procedure.md "
            "§1.1 row 3",
            Confidence.MED,
            "one handling officer per case; which member of the office handles it is the "
            "office's own organisation (practice)",
        ),
        "team": AssignmentRule(
            "team", frozenset({"same", "above"}), None, False,
            "as handler (the office's own organisation of its work: practice)",
            Confidence.LOW,
            "officers helping the handler; the law names no team",
        ),
        "clarifier": AssignmentRule(
            "clarifier", frozenset({"same", "above", "below"}), _ASSIGNING_LEVELS, False,
            "Perbawaslu 7/2022 Art. 28(4) (Bawaslu, Bawaslu Provinsi and Bawaslu "
            "Kabupaten/Kota may assign a supervisor one or more levels below to carry out "
            "the clarification); docs/legal/procedure.md §1.1 row 3, §4",
            Confidence.HIGH,
            "a clarifier from a lower office reads the case while assigned, nothing else of "
            "its office's jurisdiction",
        ),
    }
)  # fmt: skip
"""Every assignment role, by name."""


def assignment_rule(role: str) -> AssignmentRule:
    """The rule of ``role``; raises :class:`UnknownRuleError` for an unknown one."""
    try:
        return ASSIGNMENT_RULES[role]
    except KeyError:
        raise UnknownRuleError(
            f"no assignment role {role!r}; known: {', '.join(ASSIGNMENT_ROLES)}"
        ) from None


def may_assign(role: str, *, relation: Relation | str, case_level: str) -> bool:
    """Whether an officer whose office has ``relation`` to the case's office (of level
    ``case_level``) may hold ``role`` on the case."""
    rule = assignment_rule(role)
    if relation not in rule.relations:
        return False
    if relation == "below" and rule.below_only_from is not None:
        return case_level in rule.below_only_from
    return True
