"""``GET /metrics``: the Prometheus text exposition. Not in the API reference (an
operator's route, like the docs pages); who may call it is ``access.py``'s."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from bawaslu_api.errors import NotFound
from bawaslu_api.metrics import access, service

router = APIRouter(tags=["operations"])

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
"""The classic text format, read by every Prometheus version (our metric names need none
of the 1.0.0 format's escaping)."""


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """The metrics of every process of this API and the database's counts. Only for the
    scrapers ``BAWASLU_METRICS_TOKEN`` / ``BAWASLU_METRICS_ALLOW`` let in; 404 otherwise."""
    if not access.may_scrape(request, request.app.state.settings):
        raise NotFound()
    body = await service.exposition(request.app.state.sessionmaker)
    return Response(body, media_type=CONTENT_TYPE)
