"""Two ``bawaslu-api worker`` processes on one database: every delivery once, in order per
case; each process answers its compose health check (``worker --check``) while it runs."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from tests.worker.conftest import Env, Receiver, message_ids

from bawaslu_api.worker import runner


def _start(env: Env, name: str, heartbeat: Path) -> subprocess.Popen[str]:
    environ = {
        **os.environ,
        "BAWASLU_DATABASE_URL": env.database_url,
        "BAWASLU_DATA_DIR": str(env.settings.data_dir),  # the same secret sealing key
        "BAWASLU_WEBHOOK_ALLOW_PRIVATE_TARGETS": "true",
        "BAWASLU_LOG_JSON": "false",
        "BAWASLU_WORKER_POLL_INTERVAL_S": "0.2",
    }
    code = (
        f"from bawaslu_api.cli import app; app(['worker', '--heartbeat-file', {str(heartbeat)!r}])"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _check(heartbeat: Path) -> int:
    args = ["worker", "--check", "--heartbeat-file", str(heartbeat)]
    code = f"from bawaslu_api.cli import app; app({args!r})"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    ).returncode


def _wait_started(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    seen, started = "", time.monotonic()
    while "worker started" not in seen and time.monotonic() - started < 30:
        seen += proc.stdout.readline()
    assert "worker started" in seen, seen
    return seen


async def test_two_worker_processes_send_each_delivery_once_in_order_per_case(
    env: Env, receiver: Receiver, tmp_path: Path
) -> None:
    events = ["report.created", "report.registered", "report.decided", "report.forwarded",
              "report.announced"]  # fmt: skip
    sub = await env.subscribe(receiver.url, events)
    beats = [tmp_path / "w0.alive", tmp_path / "w1.alive"]
    assert _check(beats[0]) == 1  # `bawaslu-api worker --check`: no worker yet
    procs = [_start(env, f"w{i}", beat) for i, beat in enumerate(beats)]
    try:
        for proc in procs:
            _wait_started(proc)
        receiver.delay_s = 0.01
        cases = [await env.case() for _ in range(4)]
        pending = -1
        for _ in range(600):  # at most a minute
            pending = int(
                await env.scalar(
                    "SELECT count(*) FROM webhook_delivery WHERE subscription_id = :s "
                    "AND status = 'pending'",
                    s=sub["id"],
                )
            )
            if not pending:
                break
            await asyncio.sleep(0.1)
        assert pending == 0
        for beat in beats:
            for _ in range(100):
                if beat.exists():
                    break
                await asyncio.sleep(0.1)
            assert runner.check(beat) is None
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        outs = [proc.communicate(timeout=30)[0] for proc in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all("worker stopped" in out for out in outs)
    assert all(runner.check(beat) for beat in beats)  # a stopped worker is not healthy

    ids = message_ids(receiver.hits)
    seqs = {
        str(i): (str(r), int(s))
        for i, r, s in (
            await env.scalar_rows(
                "SELECT e.id, e.report_id, e.seq FROM webhook_delivery d "
                "JOIN webhook_event e ON e.id = d.event_id WHERE d.subscription_id = :s",
                s=sub["id"],
            )
        )
    }
    assert len(seqs) == 4 * 5
    assert sorted(ids) == sorted(seqs)  # each delivery sent exactly once
    by_case: dict[str, list[int]] = defaultdict(list)
    for i in ids:
        case, seq = seqs[i]
        by_case[case].append(seq)
    assert set(by_case) == set(cases)
    assert all(s == sorted(s) for s in by_case.values())  # in order per case


def test_a_stale_heartbeat_is_unhealthy(tmp_path: Path) -> None:
    beat = tmp_path / "alive"
    assert runner.check(beat) == f"no worker heartbeat at {beat}"
    beat.write_text("w\n")
    assert runner.check(beat) is None
    later = beat.stat().st_mtime + runner.HEARTBEAT_STALE_S + 1
    assert "old" in str(runner.check(beat, now=later))
