"""Who is calling: a staff member holding roles, or a machine client holding scopes.

Both belong to an office; the office's subtree is the caller's jurisdiction.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal


class Role(enum.StrEnum):
    """Staff roles. A user holds a set of them."""

    admin = "admin"  # manages users, clients and reference data for their subtree
    handler = "handler"  # works cases
    commissioner = "commissioner"  # decides, announces
    viewer = "viewer"  # reads


class Scope(enum.StrEnum):
    """Scopes a machine client may be granted (OAuth2 client credentials)."""

    reports_read = "reports:read"
    reports_write = "reports:write"
    imports_write = "imports:write"
    kpu_followup = "kpu:followup"
    webhooks_manage = "webhooks:manage"


PrincipalKind = Literal["staff", "client"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Principal:
    """The verified caller. ``office_path`` is the office's path in the hierarchy
    (``/ID/52/52.03/``): the caller's jurisdiction is every office whose path starts with it.

    Staff carry ``roles`` and no scopes; clients carry ``scopes`` and no roles, so a client
    can never pass a role check by accident.
    """

    subject: str
    office_id: uuid.UUID
    office_code: str
    office_path: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    scopes: frozenset[str] = field(default_factory=frozenset)
    kind: PrincipalKind = "staff"

    @classmethod
    def staff(
        cls,
        subject: str,
        roles: Iterable[Role],
        *,
        office_id: uuid.UUID,
        office_code: str,
        office_path: str,
    ) -> Principal:
        """A staff member holding ``roles`` in the office."""
        return cls(
            subject=subject,
            roles=frozenset(roles),
            office_id=office_id,
            office_code=office_code,
            office_path=office_path,
        )

    def has_role(self, *roles: Role) -> bool:
        """Whether a staff caller holds any of ``roles`` (always false for clients)."""
        return self.kind == "staff" and not self.roles.isdisjoint(roles)

    def has_scope(self, *scopes: str) -> bool:
        """Whether a client caller holds any of ``scopes`` (always false for staff)."""
        return self.kind == "client" and not self.scopes.isdisjoint(scopes)


def snapshot(principal: Principal) -> dict[str, Any]:
    """The caller as JSON, kept with work done later on their behalf (a queued job)."""
    return {
        "subject": principal.subject,
        "office_id": str(principal.office_id),
        "office_code": principal.office_code,
        "office_path": principal.office_path,
        "roles": sorted(r.value for r in principal.roles),
        "scopes": sorted(principal.scopes),
        "kind": principal.kind,
    }


def from_snapshot(data: Mapping[str, Any]) -> Principal:
    """The caller of a :func:`snapshot`."""
    return Principal(
        subject=data["subject"],
        office_id=uuid.UUID(data["office_id"]),
        office_code=data["office_code"],
        office_path=data["office_path"],
        roles=frozenset(Role(r) for r in data["roles"]),
        scopes=frozenset(data["scopes"]),
        kind=data["kind"],
    )
