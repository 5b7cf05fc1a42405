"""Liveness and readiness probes (no authentication: they reveal nothing about cases)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from bawaslu_api import __version__
from bawaslu_api.errors import problem_responses
from bawaslu_api.health import service
from bawaslu_api.health.errors import DatabaseUnreachable, MigrationsPending
from bawaslu_api.health.schemas import Liveness, Readiness
from bawaslu_api.http.declare import PUBLIC

router = APIRouter(prefix="/v1/health", tags=["health"])


@router.get("/live", openapi_extra=PUBLIC, summary="Liveness: the process answers")
async def health_live() -> Liveness:
    """Always 200 while the process can serve requests. Public."""
    return Liveness(version=__version__)


@router.get(
    "/ready",
    openapi_extra=PUBLIC,
    summary="Readiness: database reachable and schema at head",
    responses=problem_responses(DatabaseUnreachable, MigrationsPending),
)
async def health_ready(request: Request) -> Readiness:
    """200 when the database answers and its migrations are at head; 503 otherwise. Public."""
    return await service.readiness(request.app.state.engine, request.app.state.migration_heads)
