"""Jurisdiction: the one rule that decides which offices, cases and records a caller sees,
and the one way to look an office up by its code.

Offices form a tree (docs/legal/rules.md §6); an office's ``path`` lists its
ancestors' codes (``/ID/52/52.03/``). A caller sees everything in the subtree of the office
they belong to: Bawaslu RI sees every office, a province its regencies and cities and their
districts, and so on. The rule is written here three ways that must agree:

- :func:`sees`, the Python check (is this office inside the caller's subtree?);
- :func:`within`, the SQL predicate over a row's ``office_path`` (and, where the table has
  one, its ``province_code``), for ORM and Core statements;
- :func:`bound_within`, the same predicate with the scope as a bind parameter, for the
  statements the read path compiles once per shape (``reports/reads.py``).

Everything outside the caller's subtree does not exist for them: services answer 404 for
it, exactly as for an id that was never issued.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import ColumnElement, String, and_, bindparam, literal, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.errors import DomainError
from bawaslu_api.i18n import Text
from bawaslu_api.offices.errors import UnknownOffice
from bawaslu_api.offices.models import Office
from bawaslu_api.security.principals import Principal

ScopeKind = Literal["national", "province", "office"]


def covers(outer: str, path: str) -> bool:
    """Whether the office at ``path`` lies in the subtree of the office at ``outer``."""
    return path.startswith(outer)


def sees(principal: Principal, path: str) -> bool:
    """Whether the office at ``path`` is inside ``principal``'s jurisdiction."""
    return covers(principal.office_path, path)


def relation(case_path: str, path: str) -> Literal["same", "above", "below", "beside"]:
    """Where the office at ``path`` lies relative to the office at ``case_path``: the same
    office, ``above`` it (its subtree holds ``case_path``), ``below`` it (in its subtree)
    or ``beside`` it (anything else)."""
    if path == case_path:
        return "same"
    if covers(path, case_path):
        return "above"
    if covers(case_path, path):
        return "below"
    return "beside"


def covering(path: str, outer: ColumnElement[str] | Any) -> ColumnElement[bool]:
    """Rows whose office (the ``outer`` path column) has the office at ``path`` in its
    subtree: :func:`covers` in SQL, e.g. the webhook subscriptions an event reaches."""
    return literal(path).startswith(outer)


def scope_kind(path: str) -> ScopeKind:
    """How the subtree of the office at ``path`` is matched: Bawaslu RI (``national``) sees
    everything; a ``province`` is matched on ``province_code`` where a table has it (an
    equality the (province_code, status, received_at, id) indexes serve); lower offices
    (``office``) by path prefix."""
    parts = path.strip("/").split("/")
    return "national" if parts == ["ID"] else "province" if len(parts) == 2 else "office"


def scope_value(path: str) -> str:
    """What :func:`scope_kind`'s match compares with: the province code, or the path."""
    return path.strip("/").split("/")[1] if scope_kind(path) == "province" else path


def regency_of(path: str) -> str | None:
    """The code of the kabupaten/kota the office at ``path`` lies in (None for Bawaslu RI
    and a province)."""
    parts = path.strip("/").split("/")
    return parts[2] if len(parts) > 2 else None


def within(
    path: str,
    office_path: ColumnElement[str] | Any,
    province_code: ColumnElement[str | None] | Any | None = None,
    regency_code: ColumnElement[str | None] | Any | None = None,
) -> ColumnElement[bool]:
    """Rows in the subtree of the office at ``path``, by their ``office_path`` column (and
    ``province_code`` column, when given, for a province: see :func:`scope_kind`).

    With a ``regency_code`` column, a kabupaten/kota's subtree is the rows of its code (a
    kecamatan's: those rows, by path prefix), an equality that a (regency_code, ...) index
    walks in order instead of a prefix scan of the whole province."""
    kind = scope_kind(path)
    if kind == "national" and province_code is not None:
        return true()
    if kind == "province" and province_code is not None:
        return province_code == scope_value(path)
    if regency_code is not None:
        regency = regency_code == regency_of(path)
        if len(path.strip("/").split("/")) == 3:  # /ID/52/52.03/: the kabupaten/kota itself
            return regency
        return and_(regency, office_path.startswith(path))
    return office_path.startswith(path)


def bound_within(
    kind: ScopeKind,
    office_path: ColumnElement[str] | Any,
    province_code: ColumnElement[str | None] | Any,
) -> ColumnElement[bool] | None:
    """:func:`within` for a statement compiled once per scope kind: the value compared is
    the bind parameter ``scope`` (bind :func:`scope_value` of the caller's path); None when
    the caller sees everything."""
    if kind == "national":
        return None
    scope = bindparam("scope", type_=String())
    if kind == "province":
        return province_code == scope
    return office_path.startswith(scope)


# ---------------------------------------------------------------- offices by code


def unknown_office(code: str, error: type[DomainError] = UnknownOffice) -> DomainError:
    """The problem for an office code that names no office."""
    return error(Text("Kantor {code} tidak ada.", "No office {code}."), code=code)


async def office_by_code(
    session: AsyncSession, code: str, *, error: type[DomainError] = UnknownOffice
) -> Office:
    """The office with ``code``, or ``error`` (422 ``unknown_office`` unless a domain's
    published contract names another problem type, e.g. the case workflow's
    ``unknown_reference``)."""
    office = (await session.execute(select(Office).where(Office.code == code))).scalar_one_or_none()
    if office is None:
        raise unknown_office(code, error)
    return office


OFFICE_PATHS: dict[str, str] = {}
"""Office code -> path, filled as offices are looked up (an office never moves in the tree:
its code is its place); shared by every path that scopes by an office code."""


async def office_path_by_code(
    session: AsyncSession, code: str, *, error: type[DomainError] = UnknownOffice
) -> str:
    """An office's path; cached per process, since an office never moves in the tree."""
    path = OFFICE_PATHS.get(code)
    if path is None:
        path = (await office_by_code(session, code, error=error)).path
        OFFICE_PATHS[code] = path
    return path


OFFICE_PATH_SQL = "SELECT office.path FROM office WHERE office.code = $1"
"""The statement of :func:`office_path_on`, for the read path's driver connections."""


async def office_path_on(conn: Any, code: str, *, error: type[DomainError] = UnknownOffice) -> str:
    """:func:`office_path_by_code` on a raw asyncpg connection (the read path)."""
    path = OFFICE_PATHS.get(code)
    if path is None:
        path = await conn.fetchval(OFFICE_PATH_SQL, code)
        if path is None:
            raise unknown_office(code, error)
        OFFICE_PATHS[code] = path
    return path


async def office_in_scope(
    session: AsyncSession,
    principal: Principal,
    code: str,
    *,
    unknown: type[DomainError] = UnknownOffice,
    outside: type[DomainError],
) -> Office:
    """The office ``code`` if ``principal``'s jurisdiction covers it: ``unknown`` when there
    is no such office, ``outside`` when it lies above or beside the caller's office."""
    office = await office_by_code(session, code, error=unknown)
    if not sees(principal, office.path):
        raise outside(
            Text(
                "Kantor {code} di luar wilayah Anda.", "Office {code} is outside your jurisdiction."
            ),
            code=code,
        )
    return office
