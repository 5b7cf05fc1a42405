"""Logs an operator reads: probes and scrapes do not fill them, JSON lines stay clean."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bawaslu_api.logs import JsonFormatter


async def test_probes_and_scrapes_are_not_logged_at_info(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        for path in ("/v1/health/ready", "/v1/health/live", "/metrics"):
            assert (await client.get(path)).status_code == 200
        server = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
        assert not server, [(r.name, r.getMessage()) for r in server]
        # Any other request keeps its access line.
        await client.get("/v1/reference/labels")
    lines = [r for r in caplog.records if r.name == "bawaslu_api.access"]
    assert [r.path for r in lines] == ["/v1/reference/labels"]  # type: ignore[attr-defined]


async def test_a_probe_is_logged_at_debug(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="bawaslu_api.access"):
        await client.get("/v1/health/ready")
    probe = [r for r in caplog.records if r.name == "bawaslu_api.access"]
    assert [(r.levelno, r.path, r.status) for r in probe] == [  # type: ignore[attr-defined]
        (logging.DEBUG, "/v1/health/ready", 200)
    ]


def test_uvicorn_colour_codes_stay_out_of_json_lines() -> None:
    # What uvicorn logs when it starts: the message, and the same with ANSI colours for
    # its own terminal formatter in ``color_message``.
    record = logging.LogRecord(
        "uvicorn.error", logging.INFO, __file__, 1, "Started server process [%d]", (42,), None
    )
    record.color_message = "Started server process [\x1b[36m%d\x1b[0m]"
    line = JsonFormatter().format(record)
    assert "\x1b" not in line
    payload = json.loads(line)
    assert payload["message"] == "Started server process [42]"
    assert "color_message" not in payload


def test_each_uvicorn_worker_process_logs_json_lines() -> None:
    """``serve --workers N`` starts each process afresh at ``app_factory``: its access
    lines and uvicorn's own records come out as JSON, like the command's."""
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "BAWASLU_LOG_JSON": "true", "BAWASLU_LOG_LEVEL": "INFO"}
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    code = (
        "import logging\n"
        "from bawaslu_api.main import app_factory\n"
        "app_factory()\n"
        "logging.getLogger('bawaslu_api.access').info('request', extra={'path': '/x'})\n"
        "logging.getLogger('uvicorn.error').info('Started server process [%d]', 7, "
        "extra={'color_message': 'Started server process [\\x1b[36m%d\\x1b[0m]'})\n"
    )
    err = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stderr
    lines = [json.loads(line) for line in err.splitlines()]
    assert [(r["logger"], r["message"]) for r in lines] == [
        ("bawaslu_api.access", "request"),
        ("uvicorn.error", "Started server process [7]"),
    ]
    assert "\x1b" not in err
