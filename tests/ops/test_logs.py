"""Logs an operator reads: probes and scrapes do not fill them, JSON lines stay clean."""

from __future__ import annotations

import json
import logging

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
