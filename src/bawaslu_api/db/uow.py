"""The unit of work: one transaction per request, committed before the response is sent.

Services only ``flush()``; this dependency is the one place that commits. It is declared
with ``scope="function"`` so that FastAPI runs the commit after the path operation returns
and before the response leaves: a client never sees a success whose data was not stored.

``ReadSession`` is the same for the reads that may be served by the read replica (public
endpoints, the report list, exports; ``db/replica.py``); without a replica it is a unit
of work on the primary.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.db.replica import read_session, record_write


async def unit_of_work(request: Request) -> AsyncIterator[AsyncSession]:
    """Open a session and a transaction; commit on success, roll back on any error."""
    sessionmaker = request.app.state.sessionmaker
    async with sessionmaker() as session, session.begin():
        yield session
    await record_write(request)


async def read_unit(request: Request) -> AsyncIterator[AsyncSession]:
    """A session on the replica when it may serve this caller, else on the primary."""
    async with read_session(request) as session:
        yield session


DbSession = Annotated[AsyncSession, Depends(unit_of_work, scope="function")]
ReadSession = Annotated[AsyncSession, Depends(read_unit, scope="function")]
