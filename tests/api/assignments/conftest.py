"""Officers for the assignment tests: staff accounts in Lombok Timur (52.03), the
province (52), a sibling kabupaten (52.04) and a kecamatan below Lombok Timur (52.03.01)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from tests.api.reports.conftest import complete_report

from bawaslu_api.offices.models import Office, OfficeLevel
from bawaslu_api.users.models import StaffUser

OFFICERS = {
    # username: (office, roles)
    "ani": ("52.03", ["handler"]),
    "budi": ("52.03", ["handler"]),
    "citra": ("52.03", ["commissioner"]),
    "dewi": ("52", ["handler"]),
    "eko": ("52.04", ["handler"]),
    "fajar": ("52.03.01", ["handler"]),
    "gita": ("52.03", ["viewer"]),
}


@pytest.fixture
async def officers(db: Any) -> dict[str, str]:
    """The staff accounts above (and the kecamatan 52.03.01); username -> office code."""
    parent = (await db.execute(select(Office).where(Office.code == "52.03"))).scalar_one()
    kec = (await db.execute(select(Office).where(Office.code == "52.03.01"))).scalar_one_or_none()
    if kec is None:
        db.add(
            Office(
                code="52.03.01",
                level=OfficeLevel.district,
                parent_id=parent.id,
                name="Panwaslu Kecamatan Uji",
                timezone=parent.timezone,
                register_code="52.03.01",
                path=parent.path + "52.03.01/",
                province_code="52",
            )
        )
        await db.flush()
    offices = {
        o.code: o
        for o in (
            await db.execute(
                select(Office).where(Office.code.in_({v[0] for v in OFFICERS.values()}))
            )
        ).scalars()
    }
    for username, (code, roles) in OFFICERS.items():
        office = offices[code]
        db.add(
            StaffUser(
                username=username,
                display_name=username.title(),
                office_id=office.id,
                office_path=office.path,
                roles=roles,
                password_hash="x",
                password_changed_at=datetime.now(UTC),
                created_by="test",
            )
        )
    await db.commit()
    return {name: code for name, (code, _) in OFFICERS.items()}


@pytest.fixture
async def as_officer(auth: Any, officers: dict[str, str]) -> Any:
    """``await as_officer("ani")``: the headers of that staff user's token."""

    async def _headers(username: str) -> dict[str, str]:
        code, roles = OFFICERS[username]
        return await auth(roles[0], code, subject=username)  # type: ignore[no-any-return]

    return _headers


async def registered_case(
    client: httpx.AsyncClient, auth: Any, registered_at: str | None = None, **overrides: Any
) -> str:
    """A case of Lombok Timur, received and registered (now, or at ``registered_at``, the
    paper case entered after the fact: its decision clock is long overdue)."""
    handler = await auth("handler", "52.03")
    created = await client.post("/v1/reports", json=complete_report(**overrides), headers=handler)
    assert created.status_code == 201, created.text
    rid = str(created.json()["id"])
    registered = await client.post(
        f"/v1/reports/{rid}/registration",
        json={"occurred_at": registered_at} if registered_at else None,
        headers=handler,
    )
    assert registered.status_code == 200, registered.text
    return rid
