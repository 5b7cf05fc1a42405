"""Who is calling: a staff member of an office, holding one role."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass


class Role(enum.StrEnum):
    """Staff roles (issue 5 adds machine clients and reporters)."""

    admin = "admin"  # manages users and reference data for their subtree
    handler = "handler"  # works cases
    commissioner = "commissioner"  # decides, announces
    viewer = "viewer"  # reads


@dataclass(frozen=True, slots=True)
class Principal:
    """The verified caller. ``office_path`` is the office's path in the hierarchy
    (``/ID/52/52.03/``): the caller's jurisdiction is every office whose path starts with it."""

    subject: str
    role: Role
    office_id: uuid.UUID
    office_code: str
    office_path: str

    def sees(self, path: str) -> bool:
        """Whether an office (by path) is inside this caller's jurisdiction."""
        return path.startswith(self.office_path)
