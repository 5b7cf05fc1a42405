"""The tus 1.0 resumable upload protocol (https://tus.io/protocols/resumable-upload), its
headers parsed into plain values and written back: ``Upload-Metadata``, ``Upload-Checksum``,
``Upload-Expires``, the server's capabilities, and the middleware that puts
``Tus-Resumable`` on every answer to a tus request.

The evidence routes use it the way they use ``ranges``: the protocol stays here, the use
cases see offsets, lengths, names and digests.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TUS_VERSION = "1.0.0"
"""The only protocol version served (``Tus-Version``, ``Tus-Resumable``)."""

EXTENSIONS = ("creation", "creation-with-upload", "termination", "expiration", "checksum")
CHECKSUM_ALGORITHMS = ("sha1", "sha256", "md5")
"""``sha1`` is the one every client speaks (the extension requires it)."""

OFFSET_OCTET_STREAM = "application/offset+octet-stream"
"""The media type of a tus part (``PATCH``, and a creation ``POST`` that carries data)."""

_KEY = re.compile(r"^[\x21-\x2b\x2d-\x7e]{1,128}$")
"""A metadata key: printable ASCII, no space, no comma (tus 1.0, creation)."""


class MetadataError(ValueError):
    """``Upload-Metadata`` does not parse; ``key`` is the pair at fault ("" when unknown)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def parse_metadata(header: str | None) -> dict[str, str]:
    """``key base64value`` pairs, comma-separated; a key alone means an empty value.

    Values must be UTF-8 text (every key the service reads is text). A key given twice, a
    key with characters outside a token, or a value that is not base64 is refused.
    """
    result: dict[str, str] = {}
    if header is None or not header.strip():
        return result
    for pair in header.split(","):
        key, _, encoded = pair.strip().partition(" ")
        encoded = encoded.strip()
        if not _KEY.match(key):
            raise MetadataError(key, "a key is 1-128 printable ASCII characters, no space or comma")
        if key in result:
            raise MetadataError(key, "the key is given twice")
        try:
            raw = base64.b64decode(encoded, validate=True) if encoded else b""
            result[key] = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            raise MetadataError(key, "the value is not base64 of UTF-8 text") from None
    return result


def format_metadata(values: dict[str, str]) -> str:
    """The ``Upload-Metadata`` of ``values`` (for ``HEAD``), keys in order."""
    return ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}" if value else key
        for key, value in values.items()
    )


@dataclass(frozen=True, slots=True)
class Checksum:
    """``Upload-Checksum: <algorithm> <base64 digest>`` of one part."""

    algorithm: str
    digest: bytes

    def hasher(self) -> Any:
        return hashlib.new(self.algorithm)


def parse_checksum(header: str | None) -> Checksum | None:
    """The part's checksum; None without the header. ``ValueError`` for a header that
    does not parse or names an algorithm outside ``CHECKSUM_ALGORITHMS``."""
    if header is None:
        return None
    algorithm, _, encoded = header.strip().partition(" ")
    if algorithm.lower() not in CHECKSUM_ALGORITHMS:
        raise ValueError(f"unsupported algorithm {algorithm!r}")
    try:
        digest = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise ValueError("the digest is not base64") from None
    if len(digest) != hashlib.new(algorithm.lower()).digest_size:
        raise ValueError("the digest has the wrong length for its algorithm")
    return Checksum(algorithm.lower(), digest)


def http_date(moment: datetime) -> str:
    """``Upload-Expires``: an RFC 9110 HTTP-date (``Sun, 06 Nov 1994 08:49:37 GMT``)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return format_datetime(aware.astimezone(UTC), usegmt=True)


def capabilities(max_size: int) -> dict[str, str]:
    """The headers of an ``OPTIONS`` answer: what this server speaks."""
    return {
        "Tus-Resumable": TUS_VERSION,
        "Tus-Version": TUS_VERSION,
        "Tus-Extension": ",".join(EXTENSIONS),
        "Tus-Max-Size": str(max_size),
        "Tus-Checksum-Algorithm": ",".join(CHECKSUM_ALGORITHMS),
    }


def is_tus_request(headers: Headers, method: str) -> bool:
    """Whether a request on an upload URL speaks tus: it says so (``Tus-Resumable``), or it
    is a method only tus uses there."""
    return "tus-resumable" in headers or method in ("HEAD", "PATCH", "OPTIONS")


class TusResumableMiddleware:
    """``Tus-Resumable: 1.0.0`` on every answer to a tus request on ``paths`` (regular
    expressions), errors and refusals included (a 401 from the token check, a 413 from a
    limit), as the protocol requires of every response but ``OPTIONS``'s (where it is
    harmless)."""

    def __init__(self, app: ASGIApp, *, paths: Sequence[str]) -> None:
        self.app = app
        self.paths = re.compile("|".join(f"(?:{p})" for p in paths))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or not self.paths.match(scope["path"])
            or not is_tus_request(Headers(scope=scope), scope["method"])
        ):
            await self.app(scope, receive, send)
            return

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = [(k, v) for k, v in message.get("headers", ()) if k != b"tus-resumable"]
                message["headers"] = [*raw, (b"tus-resumable", TUS_VERSION.encode())]
            await send(message)

        await self.app(scope, receive, send_with_version)
