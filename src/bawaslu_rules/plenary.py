"""The plenary meeting (rapat pleno) that decides a case's status (docs/legal/procedure.md
§1.1 rows 8-9): how many of the office's members make a quorum.

The quorum rule is in a separate Perbawaslu on plenary meetings that was not read
(docs/legal/procedure.md §1.1 row 8, §6 question 5), so the engine does not claim one: the
rule is the named policy ``plenary_quorum`` (:mod:`bawaslu_rules.policies`), LOW, and this
module only counts what each of its choices means.
"""

from __future__ import annotations

import enum
from typing import Final

__all__ = ["PLENARY_QUORUM_BASIS", "PlenaryQuorum", "quorum_needed"]


class PlenaryQuorum(enum.StrEnum):
    """The choices of the ``plenary_quorum`` policy."""

    MAJORITY = "majority"
    """More than half of the office's members (the default)."""
    TWO_THIRDS = "two_thirds"
    """At least two thirds of the office's members."""
    ALL = "all"
    """Every member of the office."""


PLENARY_QUORUM_BASIS: Final = (
    "docs/legal/procedure.md §1.1 row 8: the status is decided in a plenary of the office's "
    "members (MED); quorum and signatories are in a separate Perbawaslu on plenary meetings "
    "(5/2018 is cited by trainers), not read: the quorum is not found"
)


def quorum_needed(members_in_office: int, rule: PlenaryQuorum | str) -> int:
    """How many of the office's ``members_in_office`` members must be present under
    ``rule``: ``majority`` n//2 + 1, ``two_thirds`` ceil(2n/3), ``all`` n."""
    if members_in_office < 1:
        raise ValueError(f"an office has at least one member, not {members_in_office}")
    quorum = PlenaryQuorum(rule)
    if quorum is PlenaryQuorum.MAJORITY:
        return members_in_office // 2 + 1
    if quorum is PlenaryQuorum.TWO_THIRDS:
        return -(-2 * members_in_office // 3)
    return members_in_office
