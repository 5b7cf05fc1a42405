"""The deadline monitor: due-soon and missed alerts exactly once, even with two workers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from tests.worker.conftest import Clock, Env

from bawaslu_api.db.engine import create_engine, create_sessionmaker
from bawaslu_api.deadlines.monitor import due_soon_from, run_once
from bawaslu_api.worker.runner import Worker
from bawaslu_rules import Calendar


async def _twice_with_two_workers(env: Env, clock: Clock) -> None:
    engines = [create_engine(env.database_url, env.settings) for _ in range(2)]
    try:
        workers = [
            Worker(create_sessionmaker(e), env.settings, clock=clock, periodic=False)
            for e in engines
        ]
        for _ in range(2):
            await asyncio.gather(*(w.monitor_once() for w in workers))
    finally:
        for e in engines:
            await e.dispose()


async def test_due_soon_and_missed_are_emitted_once_each_with_two_workers(env: Env) -> None:
    rid = await env.case(forward=False)  # report.initial_review is pending
    deadline = next(
        d
        for d in (await env.client.get(f"/v1/reports/{rid}/deadlines", headers=env.handler)).json()
        if d["status"] == "pending"
    )
    due_on = datetime.fromisoformat(deadline["due"]).date()
    due_at = datetime.fromisoformat(deadline["due_at"])
    # One working day before, in Kupang's time (WITA), by the rules' calendar.
    soon = due_soon_from(due_on, 1, Calendar.official())
    assert soon < due_on
    clock = Clock(datetime.combine(soon, time(9), ZoneInfo("Asia/Makassar")).astimezone(UTC))
    assert clock.now < due_at

    await _twice_with_two_workers(env, clock)  # the day before: due soon
    clock.now = datetime.now(UTC)  # long after (the case is from 2024): missed
    await _twice_with_two_workers(env, clock)

    pending = await env.scalar(
        "SELECT count(*) FROM deadline WHERE report_id = :r AND status = 'pending'", r=rid
    )
    for kind, event in (("due_soon", "deadline.due_soon"), ("missed", "deadline.missed")):
        alerts = await env.scalar(
            "SELECT count(*) FROM deadline_alert a JOIN deadline d ON d.id = a.deadline_id "
            "WHERE d.report_id = :r AND a.kind = :k",
            r=rid,
            k=kind,
        )
        events = await env.scalar(
            "SELECT count(*) FROM webhook_event WHERE report_id = :r AND type = :t",
            r=rid,
            t=event,
        )
        assert alerts == events, kind
        if kind == "missed":
            assert events == pending
        else:
            assert events >= 1
    # The initial-review clock itself: exactly one of each.
    for kind in ("due_soon", "missed"):
        assert (
            await env.scalar(
                "SELECT count(*) FROM deadline_alert WHERE deadline_id = :d AND kind = :k",
                d=deadline["id"],
                k=kind,
            )
            == 1
        )


async def test_a_day_before_the_lead_nothing_is_due_soon(env: Env) -> None:
    rid = await env.case(forward=False)
    deadline = next(
        d
        for d in (await env.client.get(f"/v1/reports/{rid}/deadlines", headers=env.handler)).json()
        if d["status"] == "pending"
    )
    due_on = datetime.fromisoformat(deadline["due"]).date()
    calendar = Calendar.official()
    before = calendar.add_working_days(due_soon_from(due_on, 1, calendar), -1)
    clock = Clock(datetime.combine(before, time(9), ZoneInfo("Asia/Makassar")).astimezone(UTC))
    async with Worker(
        env.app.state.sessionmaker, env.settings, clock=clock, periodic=False
    ) as worker:
        result = await worker.monitor_once()
    assert (
        await env.scalar(
            "SELECT count(*) FROM deadline_alert WHERE deadline_id = :d", d=deadline["id"]
        )
        == 0
    ), result


async def test_a_backlog_of_missed_clocks_is_alerted_a_batch_per_pass_earliest_first(
    env: Env,
) -> None:
    """After the worker was down (or old cases were imported), each pass alerts at most a
    batch, earliest due first, and the next pass goes on where it stopped."""
    for _ in range(3):
        await env.case(forward=False)
    engine = create_engine(env.database_url, env.settings)
    try:
        sessionmaker = create_sessionmaker(engine)
        now = datetime.now(UTC)
        backlog = await env.scalar(
            "SELECT count(*) FROM deadline d WHERE status = 'pending' AND due_at <= :now "
            "AND NOT EXISTS (SELECT 1 FROM deadline_alert a WHERE a.deadline_id = d.id "
            "AND a.kind = 'missed')",
            now=now,
        )
        assert backlog >= 3
        first = await run_once(sessionmaker, now=now, lead_working_days=1, batch=2)
        assert first.missed == 2
        earliest = await env.scalar(
            "SELECT min(due_at) FROM deadline d WHERE status = 'pending' AND due_at <= :now",
            now=now,
        )
        alerted = await env.scalar(
            "SELECT count(*) FROM deadline_alert a JOIN deadline d ON d.id = a.deadline_id "
            "WHERE a.kind = 'missed' AND d.due_at = :earliest",
            earliest=earliest,
        )
        assert alerted >= 1  # the longest overdue went first
        total = first.missed
        while (
            result := await run_once(sessionmaker, now=now, lead_working_days=1, batch=2)
        ).missed:
            assert result.missed <= 2
            total += result.missed
        assert total == backlog
    finally:
        await engine.dispose()
