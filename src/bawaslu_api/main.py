"""The application factory."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.exc import ProgrammingError
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from bawaslu_api import __version__, clock, tracing
from bawaslu_api.assignments.router import router as assignments_router
from bawaslu_api.auth.router import router as security_router
from bawaslu_api.changes.router import router as changes_router
from bawaslu_api.clarifications.router import agenda_router as clarifications_agenda_router
from bawaslu_api.clarifications.router import router as clarifications_router
from bawaslu_api.clients.router import router as clients_router
from bawaslu_api.db.engine import create_engine, create_sessionmaker
from bawaslu_api.db.migrations import head_revisions
from bawaslu_api.db.replica import Replica
from bawaslu_api.db.runtime import resolve_database_url
from bawaslu_api.deadlines.router import router as deadlines_router
from bawaslu_api.deliberation.router import router as deliberation_router
from bawaslu_api.documents.render import Renderer
from bawaslu_api.documents.router import router as documents_router
from bawaslu_api.elections.router import router as elections_router
from bawaslu_api.errors import install_error_handlers
from bawaslu_api.evidence import storage as evidence_storage
from bawaslu_api.evidence.router import UPLOAD_PATHS
from bawaslu_api.evidence.router import router as evidence_router
from bawaslu_api.evidence.upload_router import TUS_PATHS, UPLOAD_CREATION_PATH
from bawaslu_api.evidence.upload_router import router as evidence_upload_router
from bawaslu_api.exports.router import router as exports_router
from bawaslu_api.forms.router import router as forms_router
from bawaslu_api.gakkumdu.router import router as gakkumdu_router
from bawaslu_api.health import service as health_service
from bawaslu_api.health.router import router as health_router
from bawaslu_api.hearings.router import router as hearings_router
from bawaslu_api.holidays.router import router as calendar_router
from bawaslu_api.http import tus
from bawaslu_api.http.docs import install_docs
from bawaslu_api.http.middleware import (
    BodySizeLimitMiddleware,
    ETagMiddleware,
    NulCharacterMiddleware,
    RequestContextMiddleware,
    WhenHeader,
)
from bawaslu_api.imports.router import router as imports_router
from bawaslu_api.integrations.kpu.router import router as kpu_router
from bawaslu_api.links.router import router as links_router
from bawaslu_api.logs import configure_logging
from bawaslu_api.metrics import http as http_metrics
from bawaslu_api.metrics import pool as pool_metrics
from bawaslu_api.metrics.process import process_exited
from bawaslu_api.metrics.router import router as metrics_router
from bawaslu_api.offices.router import router as offices_router
from bawaslu_api.openapi import DESCRIPTION, install_openapi, operation_id
from bawaslu_api.persons.router import router as persons_router
from bawaslu_api.policies.router import router as policies_router
from bawaslu_api.public.router import router as public_router
from bawaslu_api.public.status_page import router as status_page_router
from bawaslu_api.ratelimit.headers import RateLimitHeadersMiddleware
from bawaslu_api.reports.router import router as reports_router
from bawaslu_api.rules_api.router import router as rules_router
from bawaslu_api.security import sealing, signing_keys
from bawaslu_api.settings import Settings, get_settings, secret_problems
from bawaslu_api.stats.router import public_router as stats_public_router
from bawaslu_api.stats.router import router as stats_router
from bawaslu_api.users.router import router as users_router
from bawaslu_api.webhooks.router import router as webhooks_router

logger = logging.getLogger(__name__)


def _match_first(app: FastAPI, *routers: APIRouter) -> None:
    """Try the routes of ``routers`` first when matching a request.

    A request is matched against the routes one after the other, about 3 microseconds
    each; the reports routes, the busiest, came after some thirty others. ``routers`` keep
    their order among themselves (exports' ``/v1/reports/export`` ahead of
    ``/v1/reports/{report_id}``), and no other router shares their paths, so every request
    still lands where it did. The API reference keeps the order of inclusion
    (``app.state.reference_routes``, read by :func:`bawaslu_api.openapi.build_openapi`).
    """
    routes = app.router.routes
    app.state.reference_routes = list(routes)
    first = [r for r in routes if getattr(r, "original_router", None) in routers]
    routes[:] = [*first, *(r for r in routes if all(r is not f for f in first))]


def create_app(
    settings: Settings | None = None,
    *,
    database_url: str | None = None,
    tracer_provider: Any = None,
) -> FastAPI:
    """Build the app. The lifespan opens the database pool and closes it on shutdown.

    ``database_url`` overrides the settings (tests); when neither names a database, the
    embedded server is started. ``tracer_provider`` (an OpenTelemetry SDK one) traces
    requests and SQL; without it, the ``OTEL_*`` environment decides (``tracing.py``).
    """
    settings = settings or get_settings()
    provider = tracer_provider if tracer_provider is not None else tracing.provider_from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Production refuses these when the settings load; elsewhere they are a warning.
        for problem in secret_problems(settings):
            logger.warning("weak secret (production refuses it): %s", problem)
        url = database_url or resolve_database_url(settings)
        engine = create_engine(url, settings)
        app.state.engine = engine
        app.state.sessionmaker = create_sessionmaker(engine)
        replica_url = settings.database_replica_url
        app.state.replica = (
            Replica.open(replica_url.get_secret_value(), engine, settings) if replica_url else None
        )
        engines = {"primary": engine}
        if app.state.replica is not None:
            engines["replica"] = app.state.replica.engine
        for name, each in engines.items():
            pool_metrics.instrument(each, name)
        if provider is not None:
            tracing.instrument_sql(provider)
        app.state.migration_heads = head_revisions()
        sealing.configure(settings)
        sealing.ring()  # a data key that is not 32 random bytes stops the start here
        app.state.key_ring = None
        try:
            await signing_keys.refresh(app.state, engine, settings.keys_dir)
        except Exception:  # database down or not migrated yet: keep_fresh retries
            logger.warning("signing keys not loaded yet", exc_info=True)
        keys_task = asyncio.create_task(
            signing_keys.keep_fresh(
                app.state, engine, settings.keys_dir, settings.jwt_keys_reload_s
            )
        )
        app.state.evidence_storage = evidence_storage.from_settings(settings)
        if getattr(app.state, "freeze_gc", False):
            # Everything alive now (modules, mappers, routes: ~160,000 objects) lives as long
            # as the process; leaving it out of the garbage collector's full passes saves
            # 50-90 ms per pass, which bulk intake used to trigger every batch.
            gc.freeze()
        try:
            yield
        finally:
            keys_task.cancel()
            if app.state.replica is not None:
                await app.state.replica.close()
            await engine.dispose()
            app.state.document_renderer.close()
            if provider is not None:
                tracing.uninstrument_sql()
            process_exited()

    app = FastAPI(
        title="Bawaslu Case Handling API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        # Served by install_docs from the app's own files; FastAPI's pages load a CDN.
        docs_url=None,
        redoc_url=None,
        telemetry=tracing.fastapi_telemetry(provider),
    )
    app.state.settings = settings
    app.state.document_renderer = Renderer(settings.document_templates_dir)
    clock.configure(skew_s=settings.clock_skew_s)
    install_error_handlers(app)
    # A database not migrated yet: 503 migrations_pending, not a 500 (health/service.py).
    app.add_exception_handler(ProgrammingError, health_service.not_migrated)
    install_openapi(app)
    app.include_router(health_router)
    app.include_router(security_router)
    app.include_router(users_router)
    app.include_router(clients_router)
    app.include_router(offices_router)
    app.include_router(elections_router)
    app.include_router(rules_router)
    app.include_router(policies_router)
    app.include_router(forms_router)
    # Before the reports router: /v1/reports/export must not match /v1/reports/{report_id}.
    app.include_router(exports_router)
    app.include_router(reports_router)
    app.include_router(links_router)
    app.include_router(imports_router)
    app.include_router(evidence_router)
    app.include_router(evidence_upload_router)
    app.include_router(deliberation_router)
    app.include_router(gakkumdu_router)
    app.include_router(hearings_router)
    app.include_router(deadlines_router)
    app.include_router(changes_router)
    app.include_router(public_router)
    app.include_router(calendar_router)
    app.include_router(kpu_router)
    app.include_router(webhooks_router)
    app.include_router(assignments_router)
    app.include_router(persons_router)
    app.include_router(clarifications_router)
    app.include_router(clarifications_agenda_router)
    app.include_router(documents_router)
    app.include_router(status_page_router)
    app.include_router(stats_router)
    app.include_router(stats_public_router)
    # Last: tried after every API route (scrapes and docs pages are rare).
    app.include_router(metrics_router)
    install_docs(app)
    _match_first(app, exports_router, reports_router)

    # Added innermost first: the request context wraps everything, ETags see raw JSON.
    app.add_middleware(RateLimitHeadersMiddleware)
    app.add_middleware(ETagMiddleware)
    app.add_middleware(
        WhenHeader,
        middleware=GZipMiddleware,
        header="accept-encoding",
        contains="gzip",
        minimum_size=settings.gzip_min_bytes,
        # Evidence downloads go out as stored (Content-Length, ranges, the SHA-256 ETag).
        exclude_content_types=(
            *DEFAULT_EXCLUDED_CONTENT_TYPES,
            *settings.evidence_allowed_types,
        ),
    )
    app.add_middleware(
        WhenHeader,
        middleware=CORSMiddleware,
        header="origin",
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"],
        allow_headers=[
            "Authorization",
            "Content-Type",
            "If-Match",
            "If-None-Match",
            "Idempotency-Key",
            "Accept-Language",
            "X-Request-ID",
            # Evidence uploads and downloads (docs/evidence.md)
            "Content-Range",
            "Range",
            "If-Range",
            "X-Client-Channel",
            # tus uploads (docs/evidence.md)
            "Tus-Resumable",
            "Upload-Length",
            "Upload-Offset",
            "Upload-Metadata",
            "Upload-Checksum",
        ],
        expose_headers=[
            "ETag",
            "Location",
            "X-Request-ID",
            "Retry-After",
            "Upload-Offset",
            "Content-Range",
            "Accept-Ranges",
            "Repr-Digest",
            "Content-Disposition",
            "RateLimit",
            "RateLimit-Policy",
            # tus uploads (docs/evidence.md)
            "Upload-Length",
            "Upload-Expires",
            "Upload-Metadata",
            "Tus-Resumable",
            "Tus-Version",
            "Tus-Extension",
            "Tus-Max-Size",
            "Tus-Checksum-Algorithm",
            "Evidence-Location",
            "Idempotent-Replayed",
            "Content-Language",
        ],
        max_age=600,
    )
    # Inside the size limit: a NUL check buffers JSON and form bodies, never large ones.
    app.add_middleware(NulCharacterMiddleware, exempt_paths=UPLOAD_PATHS)
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        exempt_paths=UPLOAD_PATHS,
        exempt_streams=[(UPLOAD_CREATION_PATH, tus.OFFSET_OCTET_STREAM)],
    )
    # Outside the limits and the token check: their refusals of a tus request say the
    # protocol version too.
    app.add_middleware(tus.TusResumableMiddleware, paths=TUS_PATHS)
    app.add_middleware(RequestContextMiddleware, observe=http_metrics.observe)
    return app


def app_factory() -> FastAPI:
    """Entry point for uvicorn (``--factory``): settings from the environment.

    Each process of ``serve --workers N`` starts afresh and calls this: without setting up
    its logs here, its records (every access line, every warning) would be lost or printed
    as plain text by Python's last-resort handler, not as the command's JSON lines.
    """
    settings = get_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    app = create_app(settings)
    app.state.freeze_gc = True
    return app
