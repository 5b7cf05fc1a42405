"""Who may read ``/metrics``: a scraper presenting ``BAWASLU_METRICS_TOKEN`` as a bearer
token, or one connecting from an address of ``BAWASLU_METRICS_ALLOW`` (default: this host
only). Anyone else gets the 404 of a route that does not exist.

A request that came through a reverse proxy (it carries ``X-Forwarded-For`` or
``Forwarded``) is never let in by its address: a proxy on this host would make every
visitor from the internet look local. Prometheus scrapes the API directly.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Sequence

from starlette.requests import Request

from bawaslu_api.settings import Settings


def _address_allowed(request: Request, allow: Sequence[str]) -> bool:
    if not allow or request.client is None:
        return False
    if "x-forwarded-for" in request.headers or "forwarded" in request.headers:
        return False
    try:
        address = ipaddress.ip_address(request.client.host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # a dual-stack socket's ::ffff:127.0.0.1
    return any(address in ipaddress.ip_network(net, strict=False) for net in allow)


def _token_presented(request: Request, settings: Settings) -> bool:
    if settings.metrics_token is None:
        return False
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    expected = settings.metrics_token.get_secret_value().encode()
    return hmac.compare_digest(token.strip().encode(), expected)


def may_scrape(request: Request, settings: Settings) -> bool:
    """Whether this request may read the metrics."""
    return _token_presented(request, settings) or _address_allowed(request, settings.metrics_allow)
