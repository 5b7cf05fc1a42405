"""Housekeeping: expired rate-limit windows, idempotency records and finished deliveries
are deleted; what is still in use is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from tests.api.reports.conftest import complete_report
from tests.worker.conftest import OFFICE, Clock, Env, Receiver

from bawaslu_api.worker.runner import Worker


async def _execute(env: Env, sql: str, **params: Any) -> None:
    async with env.app.state.engine.begin() as conn:
        await conn.execute(text(sql), params)


async def test_the_worker_prunes_what_has_expired_and_keeps_the_rest(
    env: Env, receiver: Receiver
) -> None:
    now = datetime.now(UTC)
    await _execute(
        env,
        "INSERT INTO rate_limit_bucket (key, window_start, count) VALUES "
        "('prune-test:old', :old, 5), ('prune-test:now', :now, 5)",
        old=now - timedelta(days=2),
        now=now,
    )
    # An idempotent creation now, and one whose record is older than the retention.
    subscription = await env.subscribe(receiver.url, ["report.created"])
    assert subscription["id"]
    body = complete_report(
        office=OFFICE, incident={"date": "2024-01-10", "office": OFFICE, "address": "Oelamasi"}
    )
    for key in ("prune-old", "prune-new"):
        created = await env.client.post(
            "/v1/reports", json=body, headers={**env.handler, "Idempotency-Key": key}
        )
        assert created.status_code == 201, created.text
    await _execute(
        env,
        "UPDATE idempotency_record SET created_at = now() - interval '25 hours' "
        "WHERE key = 'prune-old'",
    )
    # Deliveries: those so far delivered, then dated 31 days back; one more still pending.
    worker = Worker(env.app.state.sessionmaker, env.settings, clock=Clock(), periodic=False)
    async with worker:
        assert await worker.drain() >= 1
    await _execute(
        env,
        "UPDATE webhook_delivery SET delivered_at = now() - interval '31 days' "
        "WHERE status = 'delivered'",
    )
    receiver.down = True
    await env.case(forward=False)
    pending_before = await env.scalar(
        "SELECT count(*) FROM webhook_delivery WHERE status = 'pending'"
    )
    assert pending_before >= 1

    result = await worker.prune_once()

    assert result.rate_limit_buckets >= 1
    assert result.idempotency_records >= 1
    assert result.webhook_deliveries >= 1
    remaining_buckets = await env.scalar(
        "SELECT string_agg(key, ',') FROM rate_limit_bucket WHERE key LIKE 'prune-test:%'"
    )
    assert remaining_buckets == "prune-test:now"
    keys = await env.scalar(
        "SELECT string_agg(key, ',') FROM idempotency_record WHERE key LIKE 'prune-%'"
    )
    assert keys == "prune-new"
    assert await env.scalar("SELECT count(*) FROM webhook_delivery WHERE status = 'delivered'") == 0
    assert (
        await env.scalar("SELECT count(*) FROM webhook_delivery WHERE status = 'pending'")
        == pending_before
    )
    # The events stay with their cases.
    assert await env.scalar("SELECT count(*) FROM webhook_event WHERE type = 'report.created'")

    # A retry with the pruned key is a new request; with the kept one, a replay.
    for key, replayed in (("prune-old", None), ("prune-new", "true")):
        again = await env.client.post(
            "/v1/reports", json=body, headers={**env.handler, "Idempotency-Key": key}
        )
        assert again.status_code == 201
        assert again.headers.get("idempotent-replayed") == replayed
