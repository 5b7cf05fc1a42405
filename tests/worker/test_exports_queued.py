"""A large export off the request: 202 at once, the worker writes the file, the requester
reads it for a week; nobody else ever."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import text
from tests.worker.conftest import OFFICE, Clock, Env

from bawaslu_api.exports import service as exports


@pytest.fixture
async def export_env(env: Env) -> AsyncIterator[Env]:
    try:
        yield env
    finally:
        async with env.app.state.engine.begin() as conn:
            await conn.execute(text("DELETE FROM export_record WHERE subject LIKE 'worker-test-%'"))


async def test_a_queued_export_is_written_by_the_worker_for_its_requester_only(
    export_env: Env,
) -> None:
    env = export_env
    cases = {await env.case(forward=False) for _ in range(2)}
    asked = await env.client.post(
        "/v1/reports/exports", params={"office": OFFICE, "format": "csv"}, headers=env.handler
    )
    assert asked.status_code == 202, asked.text
    location = asked.headers["location"]
    queued = asked.json()
    assert location == f"/v1/reports/exports/{queued['id']}"
    assert queued["status"] == "queued"
    assert queued["content"] is None
    early = await env.client.get(f"{location}/content", headers=env.handler)
    assert early.status_code == 404

    async with env.worker() as worker:
        await worker.drain(queues=[exports.QUEUE])
        done = (await env.client.get(location, headers=env.handler)).json()
        assert done["status"] == "done", done
        assert done["row_count"] == len(cases)
        content = await env.client.get(done["content"], headers=env.handler)
        assert content.status_code == 200
        assert content.headers["content-type"].startswith("text/csv")
        assert len(content.content) == done["size"]
        rows = list(csv.DictReader(io.StringIO(content.text)))
        assert {r["id"] for r in rows} == cases
        assert all("Siti" not in value for r in rows for value in r.values())  # masked

        # Someone else (even of the same office) does not see it.
        for path in (location, f"{location}/content"):
            other = await env.client.get(path, headers=env.commissioner)
            assert other.status_code == 404
            assert other.json()["code"] == "export_not_found"

        # A week later housekeeping deletes the file; the record stays.
        clock = Clock()
        clock.advance(days=7, hours=1)
        worker.clock = clock
        assert await worker.expire_exports() >= 1
    gone = (await env.client.get(location, headers=env.handler)).json()
    assert gone["status"] == "expired"
    assert (await env.client.get(f"{location}/content", headers=env.handler)).status_code == 404
    assert timedelta(days=7) == exports.KEEP


async def test_an_unknown_office_is_refused_before_anything_is_queued(export_env: Env) -> None:
    env = export_env
    refused = await env.client.post(
        "/v1/reports/exports", params={"office": "99.99"}, headers=env.handler
    )
    assert refused.status_code == 422, refused.text
    assert (
        await env.scalar(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = :t", t=exports.TASK
        )
        == 0
    )
