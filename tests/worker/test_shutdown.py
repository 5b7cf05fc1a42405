"""`bawaslu-api worker` stops cleanly on SIGTERM and SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_worker_process_exits_cleanly_on_a_signal(database_url: str, sig: int) -> None:
    env = {
        **os.environ,
        "BAWASLU_DATABASE_URL": database_url,
        "BAWASLU_LOG_JSON": "false",
        "BAWASLU_WORKER_POLL_INTERVAL_S": "0.2",
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", "from bawaslu_api.cli import app; app(['worker'])"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        started = time.monotonic()
        seen = ""
        while "worker started" not in seen and time.monotonic() - started < 30:
            seen += proc.stdout.readline()
        assert "worker started" in seen, seen
        time.sleep(0.5)  # let it reach its idle wait
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    assert "worker stopped" in out
