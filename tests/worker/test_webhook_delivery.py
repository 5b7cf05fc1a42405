"""Webhook deliveries through the worker, against a real receiver on 127.0.0.1."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict

from sqlalchemy import text
from tests.worker.conftest import (
    Clock,
    Env,
    Receiver,
    drain,
    message_ids,
    payload,
    verify_signature,
)  # fmt: skip

from bawaslu_api.db.engine import create_engine, create_sessionmaker
from bawaslu_api.worker.runner import Worker


async def _seq_by_event(env: Env, subscription: str) -> dict[str, tuple[str, int]]:
    async with env.app.state.engine.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT e.id, e.report_id, e.seq FROM webhook_delivery d "
                "JOIN webhook_event e ON e.id = d.event_id WHERE d.subscription_id = :s"
            ),
            {"s": subscription},
        )
        return {str(i): (str(r), int(s)) for i, r, s in rows}


def _in_order_per_case(ids: list[str], seqs: dict[str, tuple[str, int]]) -> bool:
    by_case: dict[str, list[int]] = defaultdict(list)
    for i in ids:
        case, seq = seqs[i]
        by_case[case].append(seq)
    return all(s == sorted(s) for s in by_case.values())


async def _pending(env: Env, subscription: str) -> int:
    return int(
        await env.scalar(
            "SELECT count(*) FROM webhook_delivery WHERE subscription_id = :s "
            "AND status = 'pending'",
            s=subscription,
        )
    )


async def test_a_receiver_down_for_ten_minutes_gets_every_event_afterwards_in_order_once(
    env: Env, receiver: Receiver
) -> None:
    sub = await env.subscribe(receiver.url)
    cases = [await env.case() for _ in range(3)]
    seqs = await _seq_by_event(env, sub["id"])
    assert len(seqs) == 3 * 5  # created, registered, decided, forwarded, announced

    receiver.down = True
    clock = Clock()
    clock.advance(seconds=1)
    async with env.worker(clock, rng=random.Random(7)) as worker:
        for _ in range(10):  # ten minutes of a dead receiver, one look a minute
            await drain(env, worker, clock)
            clock.advance(minutes=1)
        refused = len(receiver.hits)
        assert refused > 3
        assert not receiver.accepted()
        # While down, only the first event of each case was tried: order holds.
        first_ids = {h.headers["webhook-id"] for h in receiver.hits}
        assert len(first_ids) == 3

        receiver.down = False
        for _ in range(200):
            await drain(env, worker, clock)
            if not await _pending(env, sub["id"]):
                break
            clock.advance(minutes=5)

    accepted = receiver.accepted()
    ids = message_ids(accepted)
    assert sorted(ids) == sorted(seqs)  # every event
    assert len(ids) == len(set(ids))  # none twice
    assert _in_order_per_case(ids, seqs)  # in order per case
    assert {payload(h)["data"]["report"]["id"] for h in accepted} == set(cases)
    for hit in receiver.hits:
        assert verify_signature(sub["secret"], hit.headers, hit.body)
        assert abs(int(hit.headers["webhook-timestamp"]) - clock.now.timestamp()) < 24 * 3600
    first = payload(accepted[0])
    assert first["type"] == "report.created"
    assert "nik" not in accepted[0].body.decode()
    assert "Siti" not in accepted[0].body.decode()

    # Every attempt is visible, with its status code and duration.
    listed = await env.client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=env.admin)
    assert listed.status_code == 200, listed.text
    items = listed.json()["items"]
    assert len(items) == 15
    assert all(i["status"] == "delivered" for i in items)
    retried = [i for i in items if i["attempts"] > 1]
    assert len(retried) == 3
    log = retried[0]["attempt_log"]
    assert [a["status_code"] for a in log[:-1]] == [503] * (len(log) - 1)
    assert log[-1]["status_code"] == 200
    assert all(a["duration_ms"] >= 0 and a["worker"] for a in log)
    assert log[0]["error"] == "HTTP 503"


async def test_backoff_grows_and_a_day_later_the_delivery_is_given_up_then_redelivered(
    env: Env, receiver: Receiver
) -> None:
    sub = await env.subscribe(receiver.url, ["report.created"])
    await env.case(forward=False)
    receiver.down = True
    clock = Clock()
    clock.advance(seconds=1)
    async with env.worker(clock, rng=random.Random(1)) as worker:
        for _ in range(24 * 12 + 12):  # 25 hours in five-minute steps
            await drain(env, worker, clock)
            clock.advance(minutes=5)
        hits = len(receiver.hits)
        # 30 s, 1, 2, 4 ... 60 min capped: about thirty attempts in a day, not hundreds.
        assert 20 <= hits <= 40, hits
    items = (
        await env.client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=env.admin)
    ).json()["items"]
    assert [i["status"] for i in items] == ["failed"]
    assert items[0]["attempts"] == hits
    log = items[0]["attempt_log"]
    assert log[-1]["at"] > log[0]["at"]

    redo = await env.client.post(
        f"/v1/webhooks/{sub['id']}/deliveries/{items[0]['id']}/redeliver", headers=env.admin
    )
    assert redo.status_code == 202, redo.text
    assert redo.json()["status"] == "pending"
    receiver.down = False
    async with env.worker() as worker:
        assert await drain(env, worker) == 1
    assert len(receiver.accepted()) == 1
    again = (
        await env.client.get(f"/v1/webhooks/{sub['id']}/deliveries", headers=env.admin)
    ).json()["items"][0]
    assert again["status"] == "delivered"
    assert again["attempts"] == hits + 1


async def test_two_workers_never_send_the_same_delivery_twice(env: Env, receiver: Receiver) -> None:
    sub = await env.subscribe(receiver.url)
    for _ in range(4):
        await env.case()
    seqs = await _seq_by_event(env, sub["id"])
    receiver.delay_s = 0.02  # widen the window in which a second worker could collide
    engines = [create_engine(env.database_url, env.settings) for _ in range(2)]
    try:
        workers = [
            Worker(create_sessionmaker(e), env.settings, name=f"w{i}", periodic=False)
            for i, e in enumerate(engines)
        ]
        async with workers[0], workers[1]:
            for _ in range(100):
                await asyncio.gather(*(w.drain() for w in workers))
                if not await _pending(env, sub["id"]):
                    break
    finally:
        for e in engines:
            await e.dispose()

    ids = message_ids(receiver.hits)
    assert len(ids) == len(seqs) == 20
    assert len(set(ids)) == len(ids)  # no attempt was sent twice
    assert _in_order_per_case(ids, seqs)
    by_worker = await env.scalar(
        "SELECT count(DISTINCT a.worker) FROM webhook_attempt a "
        "JOIN webhook_delivery d ON d.id = a.delivery_id WHERE d.subscription_id = :s",
        s=sub["id"],
    )
    assert by_worker == 2  # both took part
