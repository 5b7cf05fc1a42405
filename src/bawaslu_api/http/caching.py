"""``Cache-Control`` of the public answers, so that a CDN (or a browser) can take the
election-night peaks (README, "Caching public answers").

Three kinds of answer, each named here and nowhere else:

- **live**: public reads that change as cases move (announcements, the open statistics):
  ``public``, ``max-age`` = ``BAWASLU_PUBLIC_CACHE_MAX_AGE_S``, with
  ``stale-while-revalidate`` and ``stale-if-error`` = ``BAWASLU_PUBLIC_CACHE_STALE_S``;
- **static**: public answers that change only with a release (labels, the data dictionary,
  the status page): ``public``, ``max-age`` = ``BAWASLU_PUBLIC_CACHE_STATIC_MAX_AGE_S``;
- **personal**: what belongs to one reporter (a receipt look-up, the receipt of an online
  filing): ``private, no-store``, never kept by anyone.

Every other response keeps the defaults of ``RequestContextMiddleware`` (``private,
no-cache`` for reads, ``no-store`` for writes), errors included, so a shared cache never
stores a 404, a 422 or a 429. Every response already varies on ``Origin`` and
``Accept-Encoding``; the public bodies do not depend on ``Accept-Language`` (they carry both
languages' labels), only their error problems do, and those are never shared.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import Request, Response

CacheKind = Literal["live", "static", "personal"]
PERSONAL = "private, no-store"


def cache_control(settings: Any, kind: CacheKind) -> str:
    """The ``Cache-Control`` value of an answer of ``kind`` under ``settings``."""
    if kind == "personal":
        return PERSONAL
    if kind == "static":
        return f"public, max-age={settings.public_cache_static_max_age_s}"
    stale = settings.public_cache_stale_s
    return (
        f"public, max-age={settings.public_cache_max_age_s}, "
        f"stale-while-revalidate={stale}, stale-if-error={stale}"
    )


def cached(kind: CacheKind) -> Any:
    """A route dependency that gives the route's successful answer the ``Cache-Control`` of
    ``kind`` (for routes that return a model; a route that builds its own ``Response`` puts
    :func:`cache_control` into its headers). Error answers keep the defaults."""

    async def set_cache_control(request: Request, response: Response) -> None:
        response.headers["Cache-Control"] = cache_control(request.app.state.settings, kind)

    return set_cache_control
