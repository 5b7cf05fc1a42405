"""The register book off the request: 202 and a request resource at once; the worker
issues the book as the requester; a refusal is kept on the request."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from tests.worker.conftest import OFFICE, Env

from bawaslu_api.auth.service import mint_staff_token
from bawaslu_api.documents import requests
from bawaslu_api.security.principals import Role


@pytest.fixture
async def office_env(env: Env) -> AsyncIterator[Env]:
    try:
        yield env
    finally:
        async with env.app.state.engine.begin() as conn:
            office = "(SELECT id FROM office WHERE code = :c)"
            for table in ("document_request", "issued_document"):
                await conn.execute(
                    text(f"DELETE FROM {table} WHERE office_id = {office}"),
                    {"c": OFFICE},
                )


async def _drain_documents(env: Env) -> None:
    async with env.worker() as worker:
        await worker.drain(queues=[requests.QUEUE])


async def test_a_queued_register_book_is_issued_by_the_worker(office_env: Env) -> None:
    env = office_env
    await env.case(forward=False)
    asked = await env.client.post(
        f"/v1/offices/{OFFICE}/register-book-requests", json={"year": 2024},
        headers={**env.handler, "Idempotency-Key": "book-2024"},
    )  # fmt: skip
    assert asked.status_code == 202, asked.text
    queued = asked.json()
    assert queued["status"] == "queued"
    assert queued["document_id"] is None
    assert queued["office"] == OFFICE
    location = asked.headers["location"]
    assert location == f"/v1/document-requests/{queued['id']}"
    again = await env.client.post(
        f"/v1/offices/{OFFICE}/register-book-requests", json={"year": 2024},
        headers={**env.handler, "Idempotency-Key": "book-2024"},
    )  # fmt: skip
    assert again.status_code == 202
    assert again.json()["id"] == queued["id"]  # a retry queues nothing more

    await _drain_documents(env)
    done = (await env.client.get(location, headers=env.handler)).json()
    assert done["status"] == "done", done
    assert done["finished_at"]
    doc = await env.client.get(f"/v1/documents/{done['document_id']}", headers=env.handler)
    assert doc.status_code == 200, doc.text
    issued = doc.json()
    assert issued["kind"] == "register_book"
    assert issued["number"].startswith("001/")
    assert issued["facts"]["year"] == 2024
    assert issued["facts"]["cases"] >= 1
    assert issued["issued_by"] == "worker-test-handler"  # as the requester

    # Staff of another office do not see the request.
    async with env.app.state.sessionmaker() as session:
        token = await mint_staff_token(
            session, env.app.state.key_ring, env.settings, subject="elsewhere",
            role=Role.handler, office_code="52.03",
        )  # fmt: skip
    other = await env.client.get(location, headers={"Authorization": f"Bearer {token}"})
    assert other.status_code == 404
    assert other.json()["code"] == "document_request_not_found"


async def test_a_refused_request_keeps_the_problem(office_env: Env) -> None:
    env = office_env
    asked = await env.client.post(
        f"/v1/offices/{OFFICE}/register-book-requests",
        json={"year": 2024, "supersedes": "0190a0b0-0000-7000-8000-000000000000",
              "reason": "Koreksi data register."},
        headers=env.handler,
    )  # fmt: skip
    assert asked.status_code == 202, asked.text
    await _drain_documents(env)
    failed = (await env.client.get(asked.headers["location"], headers=env.handler)).json()
    assert failed["status"] == "failed"
    assert failed["document_id"] is None
    assert failed["error"]["status"] == 404
    assert failed["error"]["code"] == "document_not_found"
    numbered = await env.scalar(
        "SELECT count(*) FROM issued_document WHERE office_id = "
        "(SELECT id FROM office WHERE code = :c)",
        c=OFFICE,
    )
    assert numbered == 0  # nothing issued


async def test_a_request_is_checked_before_it_is_queued(office_env: Env) -> None:
    env = office_env
    no_reason = await env.client.post(
        f"/v1/offices/{OFFICE}/register-book-requests",
        json={"year": 2024, "supersedes": "0190a0b0-0000-7000-8000-000000000000"},
        headers=env.handler,
    )
    assert no_reason.status_code == 422, no_reason.text
    outside = await env.client.post(
        "/v1/offices/52.03/register-book-requests", json={"year": 2024}, headers=env.handler
    )
    assert outside.status_code == 404
    assert (
        await env.scalar(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = :t", t=requests.TASK
        )
        == 0
    )
