"""Optional OpenTelemetry tracing, switched on by the standard ``OTEL_*`` environment
(docs/operations.md, "Metrics and tracing").

Off unless ``OTEL_TRACES_EXPORTER`` names an exporter or ``OTEL_EXPORTER_OTLP_ENDPOINT`` /
``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`` is set (and ``OTEL_SDK_DISABLED`` is not ``true``);
then the ``otel`` extra must be installed (``pip install 'bawaslu-api[otel]'``). While off,
no OpenTelemetry SDK module is imported and FastAPI's own telemetry is switched off, so a
request pays nothing for it.

When on: a tracer provider of the SDK with the exporters of ``OTEL_TRACES_EXPORTER``
(``otlp``, the default: OTLP over HTTP/protobuf, configured by the SDK's own
``OTEL_EXPORTER_OTLP_*`` variables; ``console``), batched (``OTEL_BSP_*``), sampled as
``OTEL_TRACES_SAMPLER`` says, named ``bawaslu-api`` unless ``OTEL_SERVICE_NAME`` or
``OTEL_RESOURCE_ATTRIBUTES`` say otherwise. FastAPI traces each request (its native
OpenTelemetry support: a span per request named by route template, with the dependency,
endpoint and serialization steps); the asyncpg instrumentation adds a span per statement,
the ORM's and the fast read path's alike (the SQLAlchemy instrumentation does not support
SQLAlchemy 2.1). Probes and scrapes are not traced, and neither is a statement outside a
traced request (the probes' own, the background refresh of the signing keys, the replica's
lag checks): every second a trace of one statement would drown the useful ones.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi.telemetry import TelemetryConfig

from bawaslu_api import __version__

UNTRACED_PATHS = ("/v1/health/", "/metrics", "/docs", "/redoc", "/openapi.json")

_provider: Any = None


class TracingUnavailable(RuntimeError):
    """OTEL_* asks for traces but the ``otel`` extra is not installed."""


def requested() -> bool:
    """Whether the environment asks for traces."""
    env = os.environ
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    exporters = env.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if exporters == "none":
        return False
    endpoint = env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or env.get(
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
    )
    return bool(exporters or endpoint)


def provider_from_env() -> Any:
    """The process's tracer provider as ``OTEL_*`` describe it (made once, and made the
    global one), or None when tracing is not requested."""
    global _provider
    if not requested():
        return None
    if _provider is None:
        _provider = _make_provider()
        from opentelemetry import trace

        trace.set_tracer_provider(_provider)
    return _provider


def _make_provider() -> Any:
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
    except ImportError as exc:
        raise TracingUnavailable(
            "OTEL_* asks for traces but the OpenTelemetry SDK is not installed: "
            "pip install 'bawaslu-api[otel]'"
        ) from exc
    named = os.environ.get("OTEL_SERVICE_NAME") or "service.name=" in os.environ.get(
        "OTEL_RESOURCE_ATTRIBUTES", ""
    )
    attributes = {"service.version": __version__}
    if not named:
        attributes["service.name"] = "bawaslu-api"
    provider = TracerProvider(resource=Resource.create(attributes), sampler=sampler())
    names = os.environ.get("OTEL_TRACES_EXPORTER", "").strip().lower() or "otlp"
    for name in (n.strip() for n in names.split(",") if n.strip()):
        if name == "otlp":
            exporter: Any = _otlp_exporter()
        elif name == "console":
            exporter = ConsoleSpanExporter()
        else:
            raise TracingUnavailable(
                f"OTEL_TRACES_EXPORTER={name!r}: this service exports traces with otlp or console"
            )
        provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


def sampler() -> Any:
    """The sampler of ``OTEL_TRACES_SAMPLER`` (default: every trace, or as the caller's
    ``traceparent`` says), except that a SQL statement with no request around it is not
    traced."""
    from opentelemetry import trace
    from opentelemetry.sdk.trace import sampling

    from_env = getattr(sampling, "_get_from_env_or_default", None)
    base = from_env() if from_env is not None else sampling.ParentBased(sampling.ALWAYS_ON)

    class StatementsInRequests(sampling.Sampler):
        def should_sample(  # type: ignore[no-untyped-def]
            self, parent_context, trace_id, name, kind=None, attributes=None, links=None,
            trace_state=None,
        ) -> sampling.SamplingResult:  # fmt: skip
            sql = attributes is not None and (
                "db.system" in attributes or "db.system.name" in attributes
            )
            if sql and not trace.get_current_span(parent_context).get_span_context().is_valid:
                return sampling.SamplingResult(sampling.Decision.DROP)
            return base.should_sample(
                parent_context, trace_id, name, kind, attributes, links, trace_state
            )

        def get_description(self) -> str:
            return f"StatementsInRequests{{{base.get_description()}}}"

    return StatementsInRequests()


def _otlp_exporter() -> Any:
    protocol = (
        os.environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
        or os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
        or "http/protobuf"
    )
    if protocol != "http/protobuf":
        raise TracingUnavailable(
            f"OTEL_EXPORTER_OTLP_PROTOCOL={protocol!r}: the otel extra exports OTLP over "
            "http/protobuf (port 4318 of a collector)"
        )
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()


def _untraced(scope: Any) -> bool:
    path = scope.get("path", "")
    return isinstance(path, str) and path.startswith(UNTRACED_PATHS)


def fastapi_telemetry(provider: Any) -> TelemetryConfig:
    """FastAPI's telemetry settings: request spans with ``provider``, or nothing at all.
    FastAPI's own metrics and logs stay off (Prometheus and our JSON logs have them), and
    it never configures exporters itself."""
    if provider is None:
        return {"tracing": False, "metrics": False, "logs": False, "auto_configure": False}
    return {
        "tracer_provider": provider,
        "tracing": True,
        "metrics": False,
        "logs": False,
        "auto_configure": False,
        "exclude": _untraced,
    }


def instrument_sql(provider: Any) -> None:
    """A span per SQL statement sent with asyncpg (every engine of the process), with
    ``provider``."""
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor

    AsyncPGInstrumentor().instrument(tracer_provider=provider)  # type: ignore[no-untyped-call]


def uninstrument_sql() -> None:
    """Undo :func:`instrument_sql` (the app's shutdown)."""
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor

    AsyncPGInstrumentor().uninstrument()  # type: ignore[no-untyped-call]
