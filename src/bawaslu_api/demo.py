"""Demo data for ``make run``: the demo cases of :mod:`bawaslu_api.demo_cases` (Bawaslu
Lombok Timur), the demo accounts and the demo office's letterhead.

Idempotent: nothing is added when the demo cases exist. Demo staff accounts (documented
in the README, all with :data:`DEMO_PASSWORD`) are created outside production only.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.models import Report
from bawaslu_api.demo_cases import DEMO_PREFIX, load_cases
from bawaslu_api.demo_spread import load_spread
from bawaslu_api.documents.models import OfficeLetterhead
from bawaslu_api.offices.models import Office
from bawaslu_api.security.principals import Principal, Role

# A published password: these accounts exist only where demo data is seeded, never when
# BAWASLU_ENVIRONMENT=production.
DEMO_PASSWORD = "demo-bawaslu-2024"  # noqa: S105
DEMO_USERS: tuple[tuple[str, str, str, tuple[Role, ...]], ...] = (
    ("handler.lotim", "Dewi Contoh Handayani", "52.03", (Role.handler,)),
    ("commissioner.lotim", "Lalu Contoh Wirawan", "52.03", (Role.commissioner,)),
    ("viewer.ntb", "Pemantau Bawaslu NTB", "52", (Role.viewer,)),
    ("admin.ri", "Admin Bawaslu RI", "ID", (Role.admin,)),
)


async def load_demo_users(session: AsyncSession) -> dict[str, int]:
    """Create the demo accounts that do not exist yet. Refuses in production."""
    from bawaslu_api.security.dependencies import utc_now
    from bawaslu_api.settings import get_settings
    from bawaslu_api.users.schemas import UserCreate
    from bawaslu_api.users.service import create_user, find_by_username

    if get_settings().environment == "production":
        return {"demo_users_inserted": 0}
    national = (await session.execute(select(Office).where(Office.code == "ID"))).scalar_one()
    seeder = Principal.staff(
        "demo-seed",
        {Role.admin},
        office_id=national.id,
        office_code=national.code,
        office_path=national.path,
    )
    created = 0
    for username, name, office, roles in DEMO_USERS:
        if await find_by_username(session, username) is not None:
            continue
        body = UserCreate(
            username=username,
            display_name=name,
            office=office,
            roles=list(roles),
            password=DEMO_PASSWORD,
        )
        await create_user(session, seeder, body, now=utc_now())
        created += 1
    return {"demo_users_inserted": created}


DEMO_LETTERHEADS = {
    "52.03": {
        "address": "Jl. Prof. M. Yamin No. 2, Selong, Kabupaten Lombok Timur",
        "phone": "(0376) 000000",
        "email": "contoh-lotim@bawaslu.example",
        "website": "lotim.bawaslu.example",
        "city": "Selong",
        "chair_name": "Ketua Contoh",
    },
}
"""Letterheads of the demo offices (invented contacts: ``.example`` addresses)."""


async def _load_demo_letterheads(session: AsyncSession) -> dict[str, int]:
    created = 0
    for code, fields in DEMO_LETTERHEADS.items():
        office = (await session.execute(select(Office).where(Office.code == code))).scalar_one()
        if await session.get(OfficeLetterhead, office.id) is not None:
            continue
        session.add(
            OfficeLetterhead(
                office_id=office.id, chair_title="", updated_by="demo-seed",
                updated_at=datetime.now(UTC), **fields,
            )
        )  # fmt: skip
        created += 1
    await session.flush()
    return {"demo_letterheads_inserted": created}


async def load_demo(session: AsyncSession) -> dict[str, int]:
    """Create the demo users and cases unless they exist; returns how many were created."""
    users = await load_demo_users(session)
    letterheads = await _load_demo_letterheads(session)
    return {**users, **letterheads, **await _load_demo_cases(session)}


async def _load_demo_cases(session: AsyncSession) -> dict[str, int]:
    existing = (
        await session.execute(
            select(func.count())
            .select_from(Report)
            .where(Report.description.startswith(DEMO_PREFIX))
        )
    ).scalar_one()
    if existing:
        return {"demo_reports_inserted": 0}
    office = (await session.execute(select(Office).where(Office.code == "52.03"))).scalar_one()

    def actor(role: Role) -> Principal:
        # The demo accounts of the office (DEMO_USERS): documents print their names.
        return Principal.staff(
            f"{role.value}.lotim",
            {role},
            office_id=office.id,
            office_code=office.code,
            office_path=office.path,
        )

    created = await load_cases(session, actor(Role.handler), actor(Role.commissioner))
    created += await load_spread(session, created)
    return {"demo_reports_inserted": created}
