"""Optional OpenTelemetry tracing: spans for requests and SQL when switched on, nothing at
all (not even an import) when the OTEL_* environment does not ask for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from bawaslu_api import tracing
from bawaslu_api.main import create_app

pytest.importorskip("opentelemetry.sdk", reason="the otel extra is not installed")
pytest.importorskip("opentelemetry.instrumentation.asyncpg")

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
    InMemorySpanExporter,
)
from opentelemetry.trace import SpanKind


async def test_requests_and_their_sql_are_traced(database_url: str, test_settings: Any) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider(sampler=tracing.sampler())
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    app = create_app(test_settings, database_url=database_url, tracer_provider=provider)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            exporter.clear()  # the start's own statements (signing keys)
            response = await client.get("/v1/public/announcements")
            assert response.status_code == 200
            probe = await client.get("/v1/health/ready")
            assert probe.status_code == 200
    spans = exporter.get_finished_spans()
    requests = [s for s in spans if s.kind == SpanKind.SERVER]
    assert [s.name for s in requests] == ["GET /v1/public/announcements"]  # no probe
    request = requests[0]
    assert request.attributes is not None
    assert request.attributes["http.route"] == "/v1/public/announcements"
    statements = [
        s
        for s in spans
        if s.attributes
        and "postgresql" in (s.attributes.get("db.system"), s.attributes.get("db.system.name"))
    ]
    assert statements, [s.name for s in spans]
    # Every statement belongs to the request: the probe's own are not traced.
    assert all(s.context.trace_id == request.context.trace_id for s in statements)


def _imports_sdk(**env: str) -> bool:
    src = str(Path(__file__).resolve().parents[2] / "src")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    environ.update(env, PYTHONPATH=os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]))
    code = (
        "import sys\n"
        "from bawaslu_api.main import create_app\n"
        "app = create_app()\n"
        "print('opentelemetry.sdk' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=environ, check=True, capture_output=True, text=True
    )
    return out.stdout.strip().splitlines()[-1] == "True"


def test_tracing_is_off_and_not_imported_unless_otel_asks() -> None:
    assert not _imports_sdk()
    assert _imports_sdk(OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:4318")


@pytest.mark.parametrize(
    ("env", "on"),
    [
        ({}, False),
        ({"OTEL_SERVICE_NAME": "x"}, False),
        ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, False),
        ({"OTEL_SDK_DISABLED": "true", "OTEL_TRACES_EXPORTER": "console"}, False),
        ({"OTEL_TRACES_EXPORTER": "console"}, True),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://c:4318/v1/traces"}, True),
    ],
)
def test_which_otel_environment_switches_tracing_on(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], on: bool
) -> None:
    for key in list(os.environ):
        if key.startswith("OTEL_"):
            monkeypatch.delenv(key)
    for key, val in env.items():
        monkeypatch.setenv(key, val)
    assert tracing.requested() is on
