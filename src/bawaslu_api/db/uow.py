"""The unit of work: one transaction per request, committed before the response is sent.

Services only ``flush()``; this dependency is the one place that commits. It is declared
with ``scope="function"`` so that FastAPI runs the commit after the path operation returns
and before the response leaves: a client never sees a success whose data was not stored.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession


async def unit_of_work(request: Request) -> AsyncIterator[AsyncSession]:
    """Open a session and a transaction; commit on success, roll back on any error."""
    sessionmaker = request.app.state.sessionmaker
    async with sessionmaker() as session, session.begin():
        yield session


DbSession = Annotated[AsyncSession, Depends(unit_of_work, scope="function")]
