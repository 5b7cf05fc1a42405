"""Malware scanning through clamd's INSTREAM command (TCP or Unix socket). Off by default.

Protocol (clamd(8)): send ``zINSTREAM\\0``, then the file as chunks each prefixed by its
length as a 4-byte big-endian integer, then a zero length; clamd answers one
NUL-terminated line, ``stream: OK`` or ``stream: <signature> FOUND``.
"""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_CHUNK = 1024 * 1024  # below clamd's default StreamMaxLength chunking limits


@dataclass(frozen=True, slots=True)
class ScanResult:
    infected: bool
    detail: str


class ScanError(Exception):
    """clamd could not be reached or gave an unexpected answer."""


async def scan(address: str, chunks: AsyncIterator[bytes], *, timeout_s: float) -> ScanResult:
    """Stream ``chunks`` to the clamd at ``address`` (``tcp://host:port``,
    ``unix:///path``) and return its verdict."""
    try:
        async with asyncio.timeout(timeout_s):
            return await _scan(address, chunks)
    except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
        raise ScanError(f"clamd at {address}: {exc!r}") from exc


async def _scan(address: str, chunks: AsyncIterator[bytes]) -> ScanResult:
    parts = urlsplit(address)
    if parts.scheme == "unix":
        reader, writer = await asyncio.open_unix_connection(parts.path)
    elif parts.scheme == "tcp" and parts.hostname and parts.port:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    else:
        raise ScanError(f"unsupported clamd address {address!r}")
    try:
        writer.write(b"zINSTREAM\0")
        async for chunk in chunks:
            for start in range(0, len(chunk), MAX_CHUNK):
                piece = chunk[start : start + MAX_CHUNK]
                writer.write(struct.pack(">I", len(piece)) + piece)
                await writer.drain()
        writer.write(struct.pack(">I", 0))
        await writer.drain()
        answer = (await reader.readuntil(b"\0")).rstrip(b"\0").decode("utf-8", "replace")
    finally:
        writer.close()
    verdict = answer.partition(": ")[2] or answer
    if verdict == "OK":
        return ScanResult(False, "OK")
    if verdict.endswith(" FOUND"):
        return ScanResult(True, verdict.removesuffix(" FOUND")[:200])
    raise ScanError(f"clamd answered {answer!r}")
