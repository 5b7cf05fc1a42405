"""/metrics: what an operator's Prometheus scrapes, and who may scrape it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from tests.api.reports.conftest import complete_report

from bawaslu_api.db.queue import defer

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def samples(exposition: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(exposition)
        for s in family.samples
    }


def value(found: Samples, name: str, **labels: str) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


async def scrape(client: httpx.AsyncClient) -> Samples:
    response = await client.get("/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return samples(response.text)


@pytest.fixture
def settings_of(rollback_app: FastAPI) -> Iterator[Any]:
    """Change the app's settings for one test."""
    original = rollback_app.state.settings

    def change(**update: Any) -> None:
        rollback_app.state.settings = original.model_copy(update=update)

    try:
        yield change
    finally:
        rollback_app.state.settings = original


@pytest.fixture
async def remote(rollback_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A client connecting from an address on the internet."""
    transport = httpx.ASGITransport(app=rollback_app, client=("203.0.113.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def test_requests_are_counted_and_timed_by_route_template_not_raw_path(
    client: httpx.AsyncClient, auth: Any
) -> None:
    handler = await auth("handler", "52.03")
    missing = uuid.uuid4()
    before = await scrape(client)
    labels = {"method": "GET", "route": "/v1/reports/{report_id}", "status": "404"}
    for _ in range(2):
        response = await client.get(f"/v1/reports/{missing}", headers=handler)
        assert response.status_code == 404
    response = await client.get(f"/no/such/{missing}")
    assert response.status_code == 404
    text_after = (await client.get("/metrics")).text
    after = samples(text_after)
    assert value(after, "bawaslu_http_requests_total", **labels) == (
        value(before, "bawaslu_http_requests_total", **labels) + 2
    )
    count = "bawaslu_http_request_duration_seconds_count"
    assert value(after, count, **labels) == value(before, count, **labels) + 2
    inf = value(after, "bawaslu_http_request_duration_seconds_bucket", **labels, le="+Inf")
    assert inf == value(after, count, **labels)
    unmatched = {"method": "GET", "route": "unmatched", "status": "404"}
    assert value(after, "bawaslu_http_requests_total", **unmatched) >= 1
    assert str(missing) not in text_after  # no id in any label


async def test_pool_use_is_reported(client: httpx.AsyncClient, test_settings: Any) -> None:
    found = await scrape(client)
    assert value(found, "bawaslu_db_pool_size", pool="primary") >= test_settings.db_pool_size
    assert (
        value(found, "bawaslu_db_pool_max_overflow", pool="primary")
        >= test_settings.db_max_overflow
    )
    # The test's own transaction holds a connection while the scrape runs.
    assert value(found, "bawaslu_db_pool_checked_out", pool="primary") >= 1
    assert value(found, "bawaslu_db_pool_connections", pool="primary") >= 1
    assert ("bawaslu_db_pool_overflow", frozenset({("pool", "primary")})) in found


async def _failed_delivery(db: AsyncSession, report_id: str) -> None:
    office = (await db.execute(text("SELECT id, path FROM office WHERE code = '52.03'"))).one()
    subscription = await db.scalar(
        text(
            "INSERT INTO webhook_subscription (id, url, events, office_id, office_path, "
            "secret, description, created_by) VALUES (gen_random_uuid(), "
            "'https://receiver.example/hook', ARRAY['report.created'], :office, :path, "
            "'x', '', 'test') RETURNING id"
        ),
        {"office": office.id, "path": office.path},
    )
    event = (
        await db.execute(
            text(
                "INSERT INTO webhook_event (id, type, report_id, office_path, payload, "
                "occurred_at) VALUES (gen_random_uuid(), 'report.created', :report, :path, "
                "'{}', now()) RETURNING id, seq"
            ),
            {"report": report_id, "path": office.path},
        )
    ).one()
    await db.execute(
        text(
            "INSERT INTO webhook_delivery (id, subscription_id, event_id, report_id, "
            "event_seq, status, attempts, next_attempt_at, give_up_at) VALUES "
            "(gen_random_uuid(), :sub, :event, :report, :seq, 'failed', 9, now(), now())"
        ),
        {"sub": subscription, "event": event.id, "report": report_id, "seq": event.seq},
    )


async def test_queue_deliveries_and_clocks_are_counted_in_the_database(
    client: httpx.AsyncClient, auth: Any, db: AsyncSession
) -> None:
    handler = await auth("handler", "52.03")  # a kabupaten: level "regency"
    before = await scrape(client)
    assert value(before, "bawaslu_metrics_database_up") == 1
    # Received in January 2024: its initial review is long overdue.
    response = await client.post("/v1/reports", json=complete_report(), headers=handler)
    assert response.status_code == 201, response.text
    report_id = response.json()["id"]
    await defer(db, task="metrics.test", queue="metrics-test", args={}, lock=None)
    await _failed_delivery(db, report_id)
    await db.commit()

    after = await scrape(client)
    opened = value(after, "bawaslu_clocks_open", level="regency") - value(
        before, "bawaslu_clocks_open", level="regency"
    )
    overdue = value(after, "bawaslu_clocks_overdue", level="regency") - value(
        before, "bawaslu_clocks_overdue", level="regency"
    )
    assert opened >= 1
    assert overdue == 1
    # Every level is reported, with 0 where no clock runs.
    assert ("bawaslu_clocks_open", frozenset({("level", "polling_station")})) in after
    job = {"queue": "metrics-test", "task": "metrics.test", "status": "todo"}
    assert value(after, "bawaslu_jobs", **job) == 1
    assert value(after, "bawaslu_webhook_deliveries", status="failed") == (
        value(before, "bawaslu_webhook_deliveries", status="failed") + 1
    )


async def test_only_allowed_scrapers_see_the_metrics(
    remote: httpx.AsyncClient, client: httpx.AsyncClient, settings_of: Any
) -> None:
    # The default: this host only. From elsewhere the route does not exist.
    refused = await remote.get("/metrics")
    assert refused.status_code == 404
    assert refused.headers["content-type"] == "application/problem+json"
    assert "bawaslu_" not in refused.text
    assert (await client.get("/metrics")).status_code == 200
    # Through a reverse proxy on this host, the address proves nothing.
    proxied = await client.get("/metrics", headers={"X-Forwarded-For": "198.51.100.4"})
    assert proxied.status_code == 404

    settings_of(metrics_token=SecretStr("scrape-token-0123456789"), metrics_allow=[])
    assert (await client.get("/metrics")).status_code == 404
    wrong = {"Authorization": "Bearer not-the-token"}
    assert (await remote.get("/metrics", headers=wrong)).status_code == 404
    right = {"Authorization": "Bearer scrape-token-0123456789"}
    assert (await remote.get("/metrics", headers=right)).status_code == 200

    settings_of(metrics_allow=["203.0.113.0/24"])
    assert (await remote.get("/metrics")).status_code == 200


async def test_a_dual_stack_socket_s_local_address_is_local(rollback_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=rollback_app, client=("::ffff:127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        assert (await c.get("/metrics")).status_code == 200


def test_several_processes_are_reported_as_one(tmp_path: Path) -> None:
    """``serve --workers N``: each process counts in prometheus_client's multiprocess
    files; the one answering a scrape reports the sum, and a stopped process's pool is no
    longer counted."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    worker = (
        "from bawaslu_api.metrics import http, pool\n"
        "http.observe({'method': 'GET', 'route': None}, 200, 0.02)\n"
        "pool.SIZE.labels('primary').inc(10)\n"
        "import sys\n"
        "if sys.argv[1] == 'stops':\n"
        "    from bawaslu_api.metrics.process import process_exited\n"
        "    process_exited()\n"
    )
    for role in ("runs", "runs", "stops"):
        subprocess.run([sys.executable, "-c", worker, role], env=env, check=True)
    scraper = (
        "from prometheus_client import CollectorRegistry, generate_latest\n"
        "from bawaslu_api.metrics.process import process_families\n"
        "class C:\n"
        "    def collect(self):\n"
        "        return process_families()\n"
        "r = CollectorRegistry(auto_describe=False)\n"
        "r.register(C())\n"
        "print(generate_latest(r).decode())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", scraper], env=env, check=True, capture_output=True, text=True
    ).stdout
    found = samples(out)
    labels = {"method": "GET", "route": "unmatched", "status": "200"}
    assert value(found, "bawaslu_http_requests_total", **labels) == 3
    # livesum: the pool of the process that stopped is gone.
    assert value(found, "bawaslu_db_pool_size", pool="primary") == 20


def test_serve_with_several_workers_gives_them_a_fresh_shared_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bawaslu_api.cli import METRICS_DIR_ENV, _shared_metrics

    monkeypatch.delenv(METRICS_DIR_ENV, raising=False)
    with _shared_metrics(1):
        assert METRICS_DIR_ENV not in os.environ  # one process: nothing to share
    with _shared_metrics(4):
        shared = Path(os.environ[METRICS_DIR_ENV])
        assert shared.is_dir()
        assert not list(shared.iterdir())
    assert METRICS_DIR_ENV not in os.environ
    assert not shared.exists()  # removed when the API stops
    # A directory the operator chose is kept, emptied of an earlier run's values.
    chosen = tmp_path / "metrics"
    chosen.mkdir()
    (chosen / "counter_123.db").write_bytes(b"old")
    monkeypatch.setenv(METRICS_DIR_ENV, str(chosen))
    with _shared_metrics(4):
        assert os.environ[METRICS_DIR_ENV] == str(chosen)
        assert not list(chosen.iterdir())


async def test_pool_gauges_stay_exact_when_the_server_closes_pooled_connections(
    database_url: str, test_settings: Any
) -> None:
    """A pooled connection the server ended is refused by the engine's checkout check and
    replaced: the gauges count it neither as in use nor as open afterwards."""
    import asyncio

    from bawaslu_api.db.engine import create_engine
    from bawaslu_api.metrics import pool as pool_metrics

    def gauge(gauge: Any) -> float:
        return float(gauge.labels("exactness")._value.get())

    engine = create_engine(database_url, test_settings)
    killer = create_engine(database_url, test_settings)
    pool_metrics.instrument(engine, "exactness")
    try:
        async with engine.connect() as one, engine.connect() as two:
            pids = [await c.scalar(text("SELECT pg_backend_pid()")) for c in (one, two)]
            assert gauge(pool_metrics.CHECKED_OUT) == 2
        assert gauge(pool_metrics.CHECKED_OUT) == 0
        assert gauge(pool_metrics.OPEN) == 2
        async with killer.connect() as conn:
            for pid in pids:
                await conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        await asyncio.sleep(0.5)  # the driver notices the closed sockets
        for _ in range(3):
            async with engine.connect() as conn:
                assert await conn.scalar(text("SELECT 1")) == 1
                assert gauge(pool_metrics.CHECKED_OUT) == 1
        assert gauge(pool_metrics.CHECKED_OUT) == 0
        # Each dead one was replaced when its turn came: as many open as the pool holds.
        assert gauge(pool_metrics.OPEN) == engine.sync_engine.pool.checkedin() == 2  # type: ignore[attr-defined]
        assert gauge(pool_metrics.SIZE) == test_settings.db_pool_size
    finally:
        await engine.dispose()
        await killer.dispose()
    assert gauge(pool_metrics.OPEN) == 0
    assert gauge(pool_metrics.SIZE) == 0


async def test_pool_gauges_stay_exact_while_the_database_cannot_be_reached(
    test_settings: Any,
) -> None:
    """A connection that cannot be made is checked in without having been checked out."""
    from bawaslu_api.db.engine import create_engine
    from bawaslu_api.errors import DatabaseUnreachable
    from bawaslu_api.metrics import pool as pool_metrics

    engine = create_engine(
        "postgresql+asyncpg://postgres@/postgres?host=/nonexistent-socket-dir", test_settings
    )
    pool_metrics.instrument(engine, "unreachable")
    try:
        for _ in range(3):
            with pytest.raises(DatabaseUnreachable):
                async with engine.connect():
                    pass
        for gauge in (pool_metrics.CHECKED_OUT, pool_metrics.OPEN, pool_metrics.OVERFLOW):
            assert gauge.labels("unreachable")._value.get() == 0
    finally:
        await engine.dispose()
