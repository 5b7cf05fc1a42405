"""HTTP requests counted and timed by route template (``/v1/reports/{report_id}``, never
the raw path: no ids in labels), method and status.

:func:`observe` is the request context middleware's observer (``http/middleware.py``): it
already times every request, so no second middleware wraps the app. The route is the one
the router matched (``scope["route"]``); a path no route matches is ``unmatched``.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram
from starlette.types import Scope

UNMATCHED = "unmatched"

REQUESTS = Counter(
    "bawaslu_http_requests",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
DURATION = Histogram(
    "bawaslu_http_request_duration_seconds",
    "Time from receiving a request to its last byte sent, by method, route template and status.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)

_children: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}
"""The labelled series already made (``labels()`` costs more than the observation)."""


def route_of(scope: Scope) -> str:
    """The template of the route that handled the request: the route's own, or for a
    mounted app (the docs assets) its mount point followed by ``/{path}``."""
    template = getattr(scope.get("route"), "path_format", None)
    if isinstance(template, str) and template:
        return template
    app_root = scope.get("app_root_path")
    if isinstance(app_root, str):
        mount = str(scope.get("root_path", ""))[len(app_root) :]
        if mount:
            return mount + "/{path}"
    return UNMATCHED


def observe(scope: Scope, status: int, seconds: float) -> None:
    """Count and time one answered request."""
    key = (scope["method"], route_of(scope), status)
    children = _children.get(key)
    if children is None:
        labels = (key[0], key[1], str(status))
        children = _children[key] = (REQUESTS.labels(*labels), DURATION.labels(*labels))
    children[0].inc()
    children[1].observe(seconds)
