"""``bawaslu-api serve --workers N`` (the production shape: compose runs four) logs from
every worker process as it does from one: each request one JSON line with its request id,
and an unhandled error one JSON record with its traceback, not Python's bare fallback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from tests.ops.test_embedded_after_crash import _free_port


def test_every_worker_process_logs_json_lines(tmp_path: Path, database_url: str) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
    env.update(
        BAWASLU_DATABASE_URL=database_url,
        BAWASLU_DATA_KEYS=os.environ["BAWASLU_DATA_KEYS"],
        BAWASLU_DATA_DIR=str(tmp_path / "data"),
        BAWASLU_LOG_JSON="true",
        BAWASLU_LOG_LEVEL="INFO",
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from bawaslu_api.cli import main; sys.argv[0] = 'bawaslu-api'; main()",
            *("serve", "--port", str(port), "--workers", "2", "--no-migrate", "--no-seed-demo"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ids: set[str] = set()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(ids) < 6:
            assert proc.poll() is None, proc.communicate()[0]
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/public/announcements", timeout=5)
            except httpx.TransportError:
                time.sleep(0.3)
                continue
            assert answer.status_code == 200, answer.text
            ids.add(answer.headers["x-request-id"])
        assert len(ids) == 6
    finally:
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=60)
    records = []
    for line in output.splitlines():
        if line.strip():
            records.append(json.loads(line))  # every line JSON, whichever process wrote it
    logged = {r.get("request_id") for r in records if r.get("message") == "request"}
    assert ids <= logged, (ids - logged, output[-3000:])
    assert "\x1b[" not in output  # no terminal colours
    assert not any("color_message" in r for r in records)
