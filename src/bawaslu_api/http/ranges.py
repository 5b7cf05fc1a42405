"""Byte ranges (RFC 9110 14): the ``Range`` a download asks for and the ``Content-Range``
a part of an upload announces, parsed into plain values, and ``Content-Range`` values.

Parsing needs no size: the values are checked against the representation's size where
that is known (``ByteRange.span``, and the upload's own checks).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ByteRange:
    """One range of ``Range: bytes=…``: ``first-last``, ``first-`` (``last`` None) or the
    final ``last`` bytes (``-last``: ``first`` None)."""

    first: int | None
    last: int | None

    def span(self, size: int) -> tuple[int, int] | None:
        """The range as ``[start, end)`` of a representation of ``size`` bytes; None when
        it is not satisfiable (416)."""
        if self.first is None:
            assert self.last is not None
            start, end = max(size - self.last, 0), size
        else:
            start = self.first
            end = size if self.last is None else min(self.last + 1, size)
        if start >= size or end <= start:
            return None
        return start, end


def parse_range(header: str | None) -> ByteRange | None:
    """One ``bytes=`` range; None for no (or an ignorable) header.

    Several ranges are answered with the whole representation (RFC 9110 14.2 lets a
    server ignore Range), and so is a header that does not parse.
    """
    if not header or not header.startswith("bytes=") or "," in header:
        return None
    first, _, last = header[6:].strip().partition("-")
    try:
        if first == "":
            length = int(last)
            if length <= 0:
                raise ValueError
            return ByteRange(None, length)
        return ByteRange(int(first), None if last == "" else int(last))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class ContentRange:
    """``Content-Range: bytes first-last/total`` as ``[start, end)`` of ``total`` bytes
    (None for ``*``)."""

    start: int
    end: int
    total: int | None


def parse_content_range(header: str | None) -> ContentRange | None:
    """The header's range; None when it is missing or does not parse. ``total`` is a
    number only as written by ``str(int)`` (no sign, no leading zeros)."""
    try:
        if header is None or not header.startswith("bytes "):
            raise ValueError(header)
        span, _, total = header[6:].partition("/")
        first, _, last = span.partition("-")
        start, end = int(first), int(last) + 1
        if total != "*" and str(int(total)) != total:
            raise ValueError(header)
    except ValueError:
        return None
    return ContentRange(start, end, None if total == "*" else int(total))


def content_range(start: int, end: int, size: int) -> str:
    """The ``Content-Range`` of ``[start, end)`` of ``size`` bytes."""
    return f"bytes {start}-{end - 1}/{size}"


def unsatisfied_range(size: int) -> str:
    """The ``Content-Range`` of a 416 answer about ``size`` bytes."""
    return f"bytes */{size}"
