"""Minting access tokens for staff (operators' CLI and demo users, until issue 5's login)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.errors import NotFound
from bawaslu_api.i18n import Text
from bawaslu_api.offices.models import Office
from bawaslu_api.security.principals import Role
from bawaslu_api.security.tokens import KeyRing
from bawaslu_api.settings import Settings


async def mint_staff_token(
    session: AsyncSession,
    ring: KeyRing,
    settings: Settings,
    *,
    subject: str,
    role: Role,
    office_code: str,
    ttl_s: int | None = None,
) -> str:
    """An access token for ``subject`` acting as ``role`` in the office ``office_code``."""
    office = (
        await session.execute(select(Office).where(Office.code == office_code))
    ).scalar_one_or_none()
    if office is None:
        raise NotFound(Text("Kantor {code} tidak ada.", "No office {code}."), code=office_code)
    return ring.issue(
        {
            "sub": subject,
            "role": role.value,
            "office": office.code,
            "office_id": str(office.id),
            "office_path": office.path,
        },
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_s=ttl_s or settings.jwt_access_ttl_s,
    )
