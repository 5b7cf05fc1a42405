"""The read replica against a real streaming replica (issue 16).

A primary and a standby made from the bundled PostgreSQL binaries (``pg_basebackup -R``,
``pg_ctl``). The standby's replay is paused to tell the two apart: what the replica serves
lacks what the primary has since. Bounded: every wait polls with a deadline.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from tests.api.reports.conftest import complete_report

from bawaslu_api.db import embedded
from bawaslu_api.settings import Settings

pytestmark = pytest.mark.slow

WAIT_S = 60.0


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[embedded.EmbeddedServer, embedded.EmbeddedServer]]:
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.seed import seed_reference

    # A short path: the standby's socket lives in its data directory (107-byte limit).
    root = Path(tempfile.mkdtemp(prefix="bw-replica-"))
    primary = embedded.start(root / "primary", delete_on_exit=True)
    standby: embedded.EmbeddedServer | None = None
    try:
        primary.ensure_database()
        upgrade(primary.url())
        asyncio.run(seed_reference(primary.url()))
        standby = embedded.start_standby(primary, root / "standby")
        assert standby.psql("SELECT pg_is_in_recovery()", embedded.DATABASE_NAME).strip() == "t"
        yield primary, standby
    finally:
        if standby is not None:
            standby.stop()
        primary.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
async def app(servers: Any, test_settings: Settings) -> AsyncIterator[Any]:
    from bawaslu_api.main import create_app

    primary, standby = servers
    settings = test_settings.model_copy(
        update={
            "database_replica_url": SecretStr(standby.url()),
            # The paused replay below must not count as lag: only the caller's writes do.
            "database_replica_max_lag_s": 300.0,
            "database_replica_check_interval_s": 0.2,
        }
    )
    application = create_app(settings, database_url=primary.url())
    async with application.router.lifespan_context(application):
        yield application


async def _caught_up(app: Any, primary: embedded.EmbeddedServer) -> None:
    """Until the replica has replayed everything the primary has now."""
    target = int(
        primary.psql(
            "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint",
            embedded.DATABASE_NAME,
        )
    )
    deadline = time.monotonic() + WAIT_S
    while not (app.state.replica.covers(target) and app.state.replica.fresh()):
        assert time.monotonic() < deadline, "the replica did not catch up"
        await asyncio.sleep(0.1)
        await app.state.replica.refresh()


async def _token(app: Any, subject: str) -> dict[str, str]:
    from bawaslu_api.auth.service import mint_staff_token
    from bawaslu_api.security.principals import Role

    async with app.state.sessionmaker() as session:
        token = await mint_staff_token(
            session,
            app.state.key_ring,
            app.state.settings,
            subject=subject,
            role=Role.handler,
            office_code="52.03",
        )
    return {"Authorization": f"Bearer {token}"}


async def _listed(c: httpx.AsyncClient, headers: dict[str, str]) -> set[str]:
    answer = await c.get("/v1/reports", params={"limit": 200}, headers=headers)
    assert answer.status_code == 200, answer.text
    return {item["id"] for item in answer.json()["items"]}


async def _announced(c: httpx.AsyncClient) -> set[str]:
    answer = await c.get("/v1/public/announcements", params={"limit": 200})
    assert answer.status_code == 200, answer.text
    return {item["id"] for item in answer.json()["items"]}


async def _exported(c: httpx.AsyncClient, headers: dict[str, str]) -> str:
    answer = await c.get("/v1/reports/export", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.text


async def test_reads_from_the_replica_own_writes_from_the_primary_and_fallback(
    app: Any, servers: Any
) -> None:
    primary, standby = servers
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        writer = await _token(app, f"writer.{uuid.uuid4().hex[:6]}@52.03")
        reader = await _token(app, f"reader.{uuid.uuid4().hex[:6]}@52.03")
        # A case filed online, replicated, then announced on the primary only.
        yesterday = (date.today() - timedelta(days=1)).isoformat()
        filing = complete_report(
            known_on=yesterday, incident={"date": yesterday, "office": "52.03", "address": "x"}
        )
        for key in ("kind", "channel", "received_at", "signature"):
            filing.pop(key)
        assert (await c.post("/v1/public/reports", json=filing)).status_code == 201
        filed = primary.psql(
            "SELECT id FROM report ORDER BY received_at DESC LIMIT 1", embedded.DATABASE_NAME
        ).strip()
        await _caught_up(app, primary)
        standby.psql("SELECT pg_wal_replay_pause()", embedded.DATABASE_NAME)
        primary.psql(
            f"UPDATE report SET announced_at = now() WHERE id = '{filed}'",
            embedded.DATABASE_NAME,
        )

        # The public list is the replica's: the announcement is not there yet.
        assert filed not in await _announced(c)

        # A case created by the writer: the writer's own list and export show it at once
        # (the primary); the reader's are the replica's, without it.
        created = await c.post("/v1/reports", json=complete_report(), headers=writer)
        assert created.status_code == 201, created.text
        case = created.json()["id"]
        assert case in await _listed(c, writer)
        assert case in await _exported(c, writer)
        assert case not in await _listed(c, reader)
        assert case not in await _exported(c, reader)

        # Lagging beyond the bound: everyone's reads go to the primary.
        app.state.replica.max_lag_s = 0.0
        await app.state.replica.refresh()
        assert filed in await _announced(c)
        assert case in await _listed(c, reader)
        app.state.replica.max_lag_s = 300.0

        # Replay resumes: the replica catches up and serves everyone, the writer included.
        standby.psql("SELECT pg_wal_replay_resume()", embedded.DATABASE_NAME)
        await _caught_up(app, primary)
        assert filed in await _announced(c)
        assert case in await _listed(c, reader)
        assert case in await _listed(c, writer)

        # The replica stops: reads go to the primary at once, before any measurement.
        standby.stop()
        assert filed in await _announced(c)
        assert case in await _listed(c, reader)
        assert case in await _exported(c, reader)
        await app.state.replica.refresh()
        assert not app.state.replica.fresh()
        assert case in await _listed(c, reader)
