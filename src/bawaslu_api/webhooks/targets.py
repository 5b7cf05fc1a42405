"""Which receiver URLs are allowed: http(s) only, and no private, loopback, link-local or
otherwise internal addresses (SSRF), unless the operator allows them (tests, a lab)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class TargetRefused(ValueError):
    """The URL may not receive webhooks; the message says why (English)."""


def _is_internal(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


async def check(url: str, *, allow_private: bool) -> None:
    """Raise :class:`TargetRefused` unless ``url`` is an http(s) URL whose host resolves
    only to public addresses (every resolved address is checked, not just the first)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise TargetRefused("only http and https URLs are allowed")
    if not parts.hostname:
        raise TargetRefused("the URL has no host")
    if parts.username or parts.password:
        raise TargetRefused("credentials in the URL are not allowed")
    if allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
            type=socket.SOCK_STREAM,
        )  # fmt: skip
    except OSError as exc:
        raise TargetRefused(f"the host does not resolve: {exc}") from exc
    for info in infos:
        if _is_internal(str(info[4][0])):
            raise TargetRefused("the host resolves to a private or internal address")
