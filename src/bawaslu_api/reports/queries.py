"""Reading a case and what hangs off it on the ORM path: the case after an action, its
clocks, its timeline and its access log (the busy reads, ``GET /v1/reports`` and
``GET /v1/reports/{id}``, are ``reads.py``). Each loads the case in the caller's
jurisdiction first: outside it, the case does not exist (404)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.assignments import repository as assignments
from bawaslu_api.cases import repository as cases
from bawaslu_api.cases.repository import Loaded
from bawaslu_api.deadlines import clocks
from bawaslu_api.deadlines.models import Deadline
from bawaslu_api.security.principals import Principal
from bawaslu_api.timeline import service as timeline
from bawaslu_api.timeline.models import CaseAccess, CaseEvent


async def get(session: AsyncSession, principal: Principal, report_id: uuid.UUID) -> Loaded:
    return await cases.load(session, report_id, principal)


async def _read(session: AsyncSession, principal: Principal, report_id: uuid.UUID) -> None:
    """Load the case in the caller's jurisdiction, or as its clarifier assigned from a
    lower office (Perbawaslu 7/2022 Art. 28(4): ``assignments.repository.read_grant``);
    a read of a sensitive case is recorded."""
    loaded = await cases.load(
        session, report_id, principal, grant=assignments.read_grant(principal)
    )
    await timeline.record_read(
        session, principal.subject, report_id, sensitive=loaded.report.sensitive
    )


async def deadlines(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> list[Deadline]:
    """Every clock of the case."""
    await _read(session, principal, report_id)
    return await clocks.deadlines_of(session, report_id)


async def events(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> list[CaseEvent]:
    """The case's timeline."""
    await _read(session, principal, report_id)
    return await timeline.events(session, report_id)


async def verify(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> tuple[int, tuple[bool, int | None, str | None]]:
    """How many events the case's chain has, and whether it holds (see
    :func:`timeline.service.verify_chain`)."""
    await cases.load(session, report_id, principal, grant=assignments.read_grant(principal))
    chain = await timeline.events(session, report_id)
    return len(chain), timeline.verify_chain(chain)


async def access_log(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> list[CaseAccess]:
    await cases.load(session, report_id, principal)
    return await timeline.access_log(session, report_id)
