"""Office use cases: list, read, edit and create lower-level offices."""

from __future__ import annotations

import re
from collections.abc import Collection

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.orm.exc import StaleDataError

from bawaslu_api.errors import PreconditionFailed
from bawaslu_api.i18n import Text
from bawaslu_api.offices import scope
from bawaslu_api.offices.errors import (
    OfficeCodeInvalid,
    OfficeCodeTaken,
    OfficeNotFound,
    ParentLevelNotAllowed,
)
from bawaslu_api.offices.models import Office, OfficeLevel
from bawaslu_api.offices.schemas import OfficeCreate, OfficeOut, OfficePage, OfficeUpdate
from bawaslu_api.pagination import decode_cursor, encode_cursor
from bawaslu_api.security.principals import Principal

# The office level a new office gets under a parent of each level, and the shape of the
# segment its code adds (Kemendagri: kecamatan `52.03.01`, kelurahan/desa `52.03.01.2001`;
# the polling station's number under its kelurahan/desa: `52.03.01.2001.001`).
_CHILD_LEVEL: dict[OfficeLevel, tuple[OfficeLevel, re.Pattern[str]]] = {
    OfficeLevel.regency: (OfficeLevel.district, re.compile(r"\d{2}")),
    OfficeLevel.city: (OfficeLevel.district, re.compile(r"\d{2}")),
    OfficeLevel.district: (OfficeLevel.village, re.compile(r"\d{4}")),
    OfficeLevel.village: (OfficeLevel.polling_station, re.compile(r"\d{3}")),
}

_NOT_FOUND = Text("Kantor {code} tidak ada.", "No office {code}.")
_NOT_IN_JURISDICTION = Text(
    "Kantor {code} tidak ada di wilayah pengawasan Anda.", "No office {code} in your jurisdiction."
)
_STALE = Text(
    "Kantor {code} sudah berubah (versi {current}); muat ulang lalu ulangi.",
    "Office {code} has changed (version {current}); reload and retry.",
)


def _with_parent_code() -> Select[Office, str]:
    # Outer join: the parent code is None for Bawaslu RI despite the inferred `str`.
    parent = aliased(Office)
    return select(Office, parent.code).outerjoin(parent, Office.parent_id == parent.id)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def list_offices(
    session: AsyncSession,
    *,
    level: OfficeLevel | None,
    parent: str | None,
    q: str | None,
    cursor: str | None,
    limit: int,
) -> OfficePage:
    """A page of offices ordered by code (keyset: stable under concurrent inserts)."""
    query = _with_parent_code()
    if level is not None:
        query = query.where(Office.level == level)
    if parent is not None:
        parent_id = select(Office.id).where(Office.code == parent).scalar_subquery()
        query = query.where(Office.parent_id == parent_id)
    if q:
        query = query.where(Office.name.ilike(f"%{_escape_like(q)}%", escape="\\"))
    # Byte order ("C"), independent of the database's collation, so cursors are portable.
    if cursor is not None:
        query = query.where(Office.code.collate("C") > decode_cursor(cursor, size=1)[0])
    query = query.order_by(Office.code.collate("C")).limit(limit + 1)
    rows = (await session.execute(query)).all()
    items = [OfficeOut.of(office, parent_code) for office, parent_code in rows[:limit]]
    next_cursor = encode_cursor([items[-1].code]) if len(rows) > limit else None
    return OfficePage(items=items, next_cursor=next_cursor)


async def _load(session: AsyncSession, code: str, *, for_update: bool = False) -> Office:
    query = select(Office).where(Office.code == code)
    if for_update:
        query = query.with_for_update()
    office = (await session.execute(query)).scalar_one_or_none()
    if office is None:
        raise OfficeNotFound(_NOT_FOUND, code=code)
    return office


async def _parent_code(session: AsyncSession, office: Office) -> str | None:
    if office.parent_id is None:
        return None
    return (
        await session.execute(select(Office.code).where(Office.id == office.parent_id))
    ).scalar_one()


async def get_office(session: AsyncSession, code: str) -> OfficeOut:
    """One office by code."""
    row = (await session.execute(_with_parent_code().where(Office.code == code))).one_or_none()
    if row is None:
        raise OfficeNotFound(_NOT_FOUND, code=code)
    return OfficeOut.of(row[0], row[1])


async def update_office(
    session: AsyncSession,
    principal: Principal,
    code: str,
    changes: OfficeUpdate,
    *,
    expected_versions: Collection[int] | None,
) -> OfficeOut:
    """Edit name and/or register code of an office inside the admin's subtree.

    ``expected_versions`` are the versions the client accepts (``If-Match``; None: any).
    Outside the caller's jurisdiction the office is reported as not existing.
    """
    office = await _load(session, code, for_update=True)
    if not scope.sees(principal, office.path):
        raise OfficeNotFound(_NOT_IN_JURISDICTION, code=code)
    if expected_versions is not None and office.version not in expected_versions:
        raise PreconditionFailed(_STALE, code=code, current=office.version)
    if changes.name is not None:
        office.name = changes.name
    if changes.register_code is not None:
        office.register_code = changes.register_code
    try:
        await session.flush()
    except StaleDataError as exc:  # lost a race despite the row lock (defensive)
        raise PreconditionFailed(_STALE, code=code, current="?") from exc
    return OfficeOut.of(office, await _parent_code(session, office))


async def create_office(
    session: AsyncSession, principal: Principal, data: OfficeCreate
) -> OfficeOut:
    """Create a kecamatan, kelurahan/desa or polling-station (Pengawas TPS) office under
    ``data.parent_code``, inside the
    caller's jurisdiction; the code extends the parent's, level and zone follow from it."""
    parent = await _load(session, data.parent_code)
    if not scope.sees(principal, parent.path):
        raise OfficeNotFound(_NOT_IN_JURISDICTION, code=data.parent_code)
    child = _CHILD_LEVEL.get(parent.level)
    if child is None:
        raise ParentLevelNotAllowed(
            Text(
                "Kantor baru hanya dapat dibuat di bawah kabupaten/kota, kecamatan atau "
                "kelurahan/desa; {code} adalah {level}.",
                "New offices go under a regency/city, a district or a village; {code} is a "
                "{level}.",
            ),
            code=parent.code,
            level=parent.level.value,
        )
    level, segment = child
    prefix = parent.code + "."
    if not (data.code.startswith(prefix) and segment.fullmatch(data.code[len(prefix) :])):
        digits = {OfficeLevel.district: 2, OfficeLevel.village: 4}.get(level, 3)
        raise OfficeCodeInvalid(
            Text(
                "Kode harus berupa kode induk ditambah {digits} angka, misalnya {example}.",
                "The code must be the parent's code plus {digits} digits, e.g. {example}.",
            ),
            digits=digits,
            example=prefix + "0" * (digits - 1) + "1",
        )
    register_code = data.register_code or data.code
    taken = (
        await session.execute(select(Office.id).where(Office.code == data.code))
    ).scalar_one_or_none()
    if taken is not None:
        raise OfficeCodeTaken(
            Text("Kode {code} sudah dipakai kantor lain.", "Code {code} is already in use."),
            code=data.code,
        )
    office = Office(
        code=data.code,
        level=level,
        parent_id=parent.id,
        name=data.name,
        timezone=parent.timezone,
        register_code=register_code,
        path=f"{parent.path}{data.code}/",
        province_code=parent.province_code,
    )
    session.add(office)
    await session.flush()
    return OfficeOut.of(office, parent.code)
