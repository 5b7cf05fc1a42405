"""Reading the persons of a case (the case itself is loaded in the caller's jurisdiction
first: a person is found only through its case)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.i18n import Text
from bawaslu_api.persons.errors import PersonNotFound
from bawaslu_api.persons.models import CasePerson


async def of_case(session: AsyncSession, report_id: uuid.UUID) -> list[CasePerson]:
    """The case's persons, in the order they were added."""
    return list(
        (
            await session.execute(
                select(CasePerson)
                .where(CasePerson.report_id == report_id)
                .order_by(CasePerson.created_at, CasePerson.id)
            )
        ).scalars()
    )


async def get(session: AsyncSession, report_id: uuid.UUID, person_id: uuid.UUID) -> CasePerson:
    """The person ``person_id`` of the case; 404 ``person_not_found`` otherwise."""
    person = (
        await session.execute(
            select(CasePerson).where(CasePerson.id == person_id, CasePerson.report_id == report_id)
        )
    ).scalar_one_or_none()
    if person is None:
        raise PersonNotFound(
            Text("Tidak ada orang {id} pada laporan ini.", "No person {id} in this case."),
            id=person_id,
        )
    return person


async def by_intake_witness(
    session: AsyncSession, report_id: uuid.UUID, index: int
) -> CasePerson | None:
    """The person made of intake's witness ``index``, if any."""
    return (
        await session.execute(
            select(CasePerson).where(
                CasePerson.report_id == report_id, CasePerson.intake_witness == index
            )
        )
    ).scalar_one_or_none()
