"""One transaction per request: committed before the response, nothing left on failure."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from sqlalchemy import delete, select

from bawaslu_api.db.uow import DbSession
from bawaslu_api.errors import Conflict
from bawaslu_api.main import create_app
from bawaslu_api.offices.models import Office, OfficeLevel
from bawaslu_api.settings import Settings

CODE = "99.97"


def _router() -> APIRouter:
    router = APIRouter()

    async def _add(session: DbSession) -> None:
        national = (await session.execute(select(Office).where(Office.code == "ID"))).scalar_one()
        session.add(
            Office(
                code=CODE,
                level=OfficeLevel.regency,
                parent_id=national.id,
                name="Uji",
                timezone="Asia/Jakarta",
                register_code=CODE,
                path=f"/ID/{CODE}/",
            )
        )
        await session.flush()

    @router.post("/probe/ok")
    async def probe_ok(session: DbSession) -> dict[str, bool]:
        await _add(session)
        return {"ok": True}

    @router.post("/probe/fail")
    async def probe_fail(session: DbSession) -> None:
        await _add(session)
        raise Conflict()

    return router


@pytest.fixture
async def committing(
    database_url: str, test_settings: Settings
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    app = create_app(test_settings, database_url=database_url)
    app.include_router(_router())
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            try:
                yield app, c
            finally:
                async with app.state.sessionmaker() as s, s.begin():
                    await s.execute(delete(Office).where(Office.code == CODE))


async def _count(app: FastAPI) -> int:
    async with app.state.sessionmaker() as s:
        return len((await s.execute(select(Office.id).where(Office.code == CODE))).all())


async def test_success_is_committed_before_the_response(committing) -> None:  # type: ignore[no-untyped-def]
    app, c = committing
    response = await c.post("/probe/ok")
    assert response.status_code == 200
    assert await _count(app) == 1


async def test_failed_request_leaves_nothing(committing) -> None:  # type: ignore[no-untyped-def]
    app, c = committing
    response = await c.post("/probe/fail")
    assert response.status_code == 409
    assert await _count(app) == 0


async def test_commit_failure_is_a_problem_not_a_success(committing) -> None:  # type: ignore[no-untyped-def]
    app, c = committing
    assert (await c.post("/probe/ok")).status_code == 200
    # The second insert violates the unique code: the client must not see a success.
    response = await c.post("/probe/ok")
    assert response.status_code >= 400
    assert response.headers["content-type"] == "application/problem+json"
    assert await _count(app) == 1
