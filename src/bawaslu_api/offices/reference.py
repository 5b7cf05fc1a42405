"""The shipped region lists (Kemendagri codes) and their loading into ``office`` rows:
provinces and kabupaten/kota with every installation, kecamatan (Panwaslu Kecamatan, the
ad hoc level below; docs/legal/rules.md §6) on demand."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.base import uuid7
from bawaslu_api.offices.models import Office, OfficeLevel

NATIONAL_CODE = "ID"
NATIONAL_NAME = "Badan Pengawas Pemilihan Umum Republik Indonesia"


@dataclass(frozen=True, slots=True)
class Region:
    """One row of ``offices/data/regions.csv``."""

    code: str
    name: str
    level: OfficeLevel
    parent_code: str | None
    timezone: str


def shipped_regions() -> list[Region]:
    """Provinces and kabupaten/kota as shipped (see ``offices/data/SOURCE.md``)."""
    text = resources.files("bawaslu_api.offices").joinpath("data/regions.csv").read_text("utf-8")
    return [
        Region(
            code=row["code"],
            name=row["name"],
            level=OfficeLevel(row["level"]),
            parent_code=row["parent_code"] or None,
            timezone=row["timezone"],
        )
        for row in csv.DictReader(io.StringIO(text))
    ]


def shipped_districts() -> list[Region]:
    """Kecamatan as shipped (``offices/data/districts.csv``, same source as the regions)."""
    text = resources.files("bawaslu_api.offices").joinpath("data/districts.csv").read_text("utf-8")
    return [
        Region(
            code=row["code"],
            name=row["name"],
            level=OfficeLevel.district,
            parent_code=row["parent_code"],
            timezone=row["timezone"],
        )
        for row in csv.DictReader(io.StringIO(text))
    ]


def office_name(region: Region) -> str:
    """The office's name: Bawaslu Provinsi X, Bawaslu Kabupaten Y, Bawaslu Kota Z."""
    if region.level is OfficeLevel.province:
        return f"Bawaslu Provinsi {region.name}"
    if region.level is OfficeLevel.district:
        return f"Panwaslu Kecamatan {region.name}"
    return f"Bawaslu {region.name}"


async def load_reference_offices(session: AsyncSession) -> int:
    """Insert Bawaslu RI, the provinces and the kabupaten/kota that are missing.

    Existing offices are left as they are (an operator may have edited register codes).
    Returns the number of offices inserted.
    """
    regions = shipped_regions()
    existing = {
        code: (office_id, path)
        for code, office_id, path in (
            await session.execute(select(Office.code, Office.id, Office.path))
        ).all()
    }
    rows: list[dict[str, object]] = []
    if NATIONAL_CODE not in existing:
        national_id = uuid7()
        rows.append(
            {
                "id": national_id,
                "code": NATIONAL_CODE,
                "level": OfficeLevel.national,
                "parent_id": None,
                "name": NATIONAL_NAME,
                "timezone": "Asia/Jakarta",
                "register_code": "RI",
                "path": f"/{NATIONAL_CODE}/",
                "province_code": None,
            }
        )
        existing[NATIONAL_CODE] = (national_id, f"/{NATIONAL_CODE}/")
    return await _insert_regions(session, regions, existing, rows)


async def load_district_offices(session: AsyncSession, *, within: str | None = None) -> int:
    """Insert the Panwaslu Kecamatan offices that are missing, under their kabupaten/kota
    (all of them, or those whose code starts with ``within``, e.g. ``52`` or ``52.03``).

    Idempotent: existing offices are left as they are. A kecamatan whose kabupaten/kota is
    not loaded is skipped. Returns the number of offices inserted.
    """
    existing = {
        code: (office_id, path)
        for code, office_id, path in (
            await session.execute(select(Office.code, Office.id, Office.path))
        ).all()
    }
    regions = [
        r
        for r in shipped_districts()
        if (within is None or r.code == within or r.code.startswith(f"{within}."))
        and r.parent_code in existing
    ]
    return await _insert_regions(session, regions, existing, [])


async def _insert_regions(
    session: AsyncSession,
    regions: list[Region],
    existing: dict[str, tuple[uuid.UUID, str]],
    rows: list[dict[str, object]],
) -> int:
    """Insert ``regions`` missing from ``existing`` (parents first: sorted by code) after
    ``rows``; ``existing`` learns the new offices."""
    for region in regions:
        if region.code in existing:
            continue
        parent_id, parent_path = existing[region.parent_code or NATIONAL_CODE]
        office_id = uuid7()
        path = f"{parent_path}{region.code}/"
        rows.append(
            {
                "id": office_id,
                "code": region.code,
                "level": region.level,
                "parent_id": parent_id,
                "name": office_name(region),
                "timezone": region.timezone,
                "register_code": region.code,
                "path": path,
                "province_code": region.code[:2],
            }
        )
        existing[region.code] = (office_id, path)
    inserted = 0
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        result = await session.execute(
            insert(Office).values(chunk).on_conflict_do_nothing(index_elements=["code"])
        )
        inserted += result.rowcount or 0  # type: ignore[attr-defined]
    await session.flush()
    return inserted
