"""The worker's job queue (procrastinate): periodic tasks, retries, jobs queued with the
event's transaction, redelivery, and the schema's pin."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy import select
from tests.worker.conftest import Env, Receiver, drain

from bawaslu_api.cases.models import Report
from bawaslu_api.db import queue
from bawaslu_api.webhooks import delivery, outbox
from bawaslu_api.webhooks.models import EventType
from bawaslu_api.worker import jobs
from bawaslu_api.worker.runner import Worker


async def _jobs(env: Env, task: str) -> int:
    return int(
        await env.scalar("SELECT count(*) FROM procrastinate_jobs WHERE task_name = :t", t=task)
    )


def test_the_deadline_monitor_pruning_and_recovery_are_scheduled_from_the_settings(
    env: Env,
) -> None:
    settings = env.settings.model_copy(
        update={"deadline_monitor_interval_s": 60.0, "prune_interval_s": 3600.0}
    )
    worker = Worker(env.app.state.sessionmaker, settings)
    scheduled = {
        task.task.name: task.cron for task in worker.app.periodic_registry.periodic_tasks.values()
    }
    assert scheduled == {
        jobs.MONITOR_TASK: "*/1 * * * *",
        jobs.PRUNE_TASK: "0 */1 * * *",
        jobs.RECOVER_TASK: "* * * * *",
    }
    unscheduled = Worker(env.app.state.sessionmaker, settings, periodic=False)
    assert not unscheduled.app.periodic_registry.periodic_tasks
    assert jobs.MONITOR_TASK in unscheduled.app.tasks  # still runnable when queued


@pytest.mark.parametrize(
    ("seconds", "cron"),
    [(1, "* * * * * */1"), (15, "* * * * * */15"), (60, "*/1 * * * *"),
     (300, "*/5 * * * *"), (7200, "0 */2 * * *"), (86400, "0 0 * * *")],
)  # fmt: skip
def test_intervals_become_cron_steps(seconds: float, cron: str) -> None:
    assert jobs.cron_every(seconds) == cron


async def test_queued_periodic_tasks_run_in_the_worker(env: Env, receiver: Receiver) -> None:
    rid = await env.case(forward=False)  # a 2024 case: its first clock is long missed
    sub = await env.subscribe(receiver.url, ["report.created"])
    await env.scalar(  # a secret stored in clear, as old versions did: pruning seals it
        "UPDATE webhook_subscription SET secret = :v WHERE id = :s RETURNING id",
        v=sub["secret"],
        s=sub["id"],
    )
    async with env.worker() as worker:
        for name in (jobs.MONITOR_TASK, jobs.PRUNE_TASK, jobs.RECOVER_TASK):
            await worker.app.configure_task(name).defer_async(timestamp=0)
        await drain(env, worker)
    missed = await env.scalar(
        "SELECT count(*) FROM webhook_event WHERE report_id = :r AND type = 'deadline.missed'",
        r=rid,
    )
    assert missed >= 1
    stored = await env.scalar("SELECT secret FROM webhook_subscription WHERE id = :s", s=sub["id"])
    assert str(stored).startswith("enc1:")
    for name in (jobs.MONITOR_TASK, jobs.PRUNE_TASK, jobs.RECOVER_TASK):
        assert await _jobs(env, name) == 0  # done (succeeded jobs are deleted)


async def test_a_periodic_run_waiting_in_the_queue_is_not_queued_twice(env: Env) -> None:
    async with env.worker() as worker:
        task = worker.app.configure_task(jobs.PRUNE_TASK)
        await task.defer_async(timestamp=0)
        with pytest.raises(AlreadyEnqueued):
            await task.defer_async(timestamp=1)
        assert await _jobs(env, jobs.PRUNE_TASK) == 1
        await drain(env, worker)
    assert await _jobs(env, jobs.PRUNE_TASK) == 0


def test_a_refused_attempt_retries_at_its_next_attempt_and_an_error_after_the_backoff(
    env: Env,
) -> None:
    worker = env.worker(rng=random.Random(3))
    strategy = jobs.BackoffRetry(worker.backoff, worker)
    job = worker.app.configure_task(delivery.TASK).job
    at = datetime.now(UTC) + timedelta(minutes=7)
    decision = strategy.get_retry_decision(exception=jobs.RetryAt(at), job=job)
    assert decision is not None
    assert decision.retry_at == at
    before = datetime.now(UTC)
    decision = strategy.get_retry_decision(exception=ConnectionError("db gone"), job=job)
    assert decision is not None
    assert decision.retry_at is not None
    # The first retry of the documented schedule: 30 s, ±20 %.
    assert before + timedelta(seconds=23) <= decision.retry_at
    assert decision.retry_at <= datetime.now(UTC) + timedelta(seconds=37)


async def test_jobs_are_queued_with_the_event_and_run_only_once_it_commits(
    env: Env, receiver: Receiver
) -> None:
    sub = await env.subscribe(receiver.url, ["report.created", "report.corrected"])
    rid = await env.case(forward=False)
    async with env.worker() as worker:
        await drain(env, worker)
        assert len(receiver.accepted()) == 1  # report.created
        sessionmaker = env.app.state.sessionmaker
        # A rolled-back change leaves neither event nor job.
        async with sessionmaker() as session, session.begin():
            report = (await session.execute(select(Report).where(Report.id == rid))).scalar_one()
            await outbox.emit(session, EventType.report_corrected, report, {"n": 1})
            await session.rollback()
        assert await _jobs(env, delivery.TASK) == 0
        # Queued but not committed: nothing is sent.
        async with sessionmaker() as session:
            await session.begin()
            report = (await session.execute(select(Report).where(Report.id == rid))).scalar_one()
            await outbox.emit(session, EventType.report_corrected, report, {"n": 2})
            assert await drain(env, worker) == 0
            await session.commit()
        assert await drain(env, worker) == 1
    assert [h for h in receiver.accepted() if b'"n":2' in h.body]
    assert len(receiver.accepted()) == 2
    assert sub["id"]


async def test_redelivering_a_pending_delivery_sends_it_now(env: Env, receiver: Receiver) -> None:
    sub = await env.subscribe(receiver.url, ["report.created"])
    await env.case(forward=False)
    receiver.down = True
    async with env.worker() as worker:
        assert await drain(env, worker) == 1  # refused: the next attempt is ~30 s away
        assert await drain(env, worker) == 0
        [item] = (
            await env.client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=env.admin)
        ).json()["items"]
        assert item["status"] == "pending"
        receiver.down = False
        redo = await env.client.post(
            f"/v1/webhooks/{sub['id']}/deliveries/{item['id']}/redeliver", headers=env.admin
        )
        assert redo.status_code == 202, redo.text
        assert await drain(env, worker) == 1
    assert await _jobs(env, delivery.TASK) == 0  # one job, moved up, not two
    [item] = (
        await env.client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=env.admin)
    ).json()["items"]
    assert item["status"] == "delivered"
    assert [a["status_code"] for a in item["attempt_log"]] == [503, 200]


def test_the_installed_procrastinate_ships_the_schema_migration_0025_installs() -> None:
    assert "CREATE TABLE procrastinate_jobs" in queue.schema_sql()


@pytest.mark.parametrize(
    ("url", "libpq"),
    [
        ("postgresql+asyncpg://postgres@/db?host=/tmp/s", "postgresql://postgres@/db?host=%2Ftmp%2Fs"),
        ("postgresql+asyncpg://u:p%40ss@h:5433/db?ssl=require", "postgresql://u:p%40ss@h:5433/db?sslmode=require"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
    ],
)  # fmt: skip
def test_the_queue_connects_where_the_service_does(url: str, libpq: str) -> None:
    assert queue.libpq_url(url) == libpq
