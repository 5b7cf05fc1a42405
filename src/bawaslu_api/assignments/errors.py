"""Problems of the assignment of officers to a case."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, Unprocessable
from bawaslu_api.i18n import Text


class AssignmentNotAllowed(Conflict):
    """The case's status allows no assignment (bawaslu_rules' lifecycle), e.g. withdrawn."""

    code = "assignment_not_allowed"
    title = Text(
        "Penugasan tidak dapat dilakukan pada status ini",
        "No assignment is possible in this status",
    )


class AlreadyAssigned(Conflict):
    code = "already_assigned"
    title = Text("Petugas sudah ditugaskan", "The officer is already assigned")


class NotAssigned(Conflict):
    code = "not_assigned"
    title = Text("Petugas tidak sedang ditugaskan", "The officer is not assigned")


class IneligibleOfficer(Unprocessable):
    """No such active staff user, or one who may not hold the role from their office
    (bawaslu_rules.assignment)."""

    code = "ineligible_officer"
    title = Text("Petugas tidak dapat ditugaskan", "The officer cannot be assigned")


class AssignmentDate(Unprocessable):
    """``occurred_at`` in the future or before the case was received."""

    code = "impossible_date"
    title = Text("Tanggal atau waktu tidak mungkin", "Impossible date or time")
