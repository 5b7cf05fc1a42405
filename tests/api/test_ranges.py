"""Range and Content-Range values (http.ranges): parsed without the size, checked with it."""

from __future__ import annotations

import pytest

from bawaslu_api.http.ranges import (
    ByteRange,
    ContentRange,
    content_range,
    parse_content_range,
    parse_range,
    unsatisfied_range,
)


@pytest.mark.parametrize(
    ("header", "size", "span"),
    [
        ("bytes=0-9", 100, (0, 10)),
        ("bytes=90-", 100, (90, 100)),
        ("bytes=90-500", 100, (90, 100)),
        ("bytes=-10", 100, (90, 100)),
        ("bytes=-500", 100, (0, 100)),
        ("bytes=100-", 100, None),
        ("bytes=5-4", 100, None),
    ],
)
def test_a_range_is_parsed_then_resolved_against_the_size(
    header: str, size: int, span: tuple[int, int] | None
) -> None:
    byte_range = parse_range(header)
    assert byte_range is not None
    assert byte_range.span(size) == span


@pytest.mark.parametrize(
    "header", [None, "", "items=0-1", "bytes=0-1,5-6", "bytes=a-b", "bytes=-0", "bytes=--1"]
)
def test_an_ignorable_range_is_none(header: str | None) -> None:
    assert parse_range(header) is None


def test_suffix_and_open_ranges() -> None:
    assert parse_range("bytes=-10") == ByteRange(None, 10)
    assert parse_range("bytes=7-") == ByteRange(7, None)


@pytest.mark.parametrize(
    ("header", "parsed"),
    [
        ("bytes 0-9/100", ContentRange(0, 10, 100)),
        ("bytes 10-19/*", ContentRange(10, 20, None)),
        ("bytes 0-9/0100", None),
        ("bytes 0-9/", None),
        ("bytes a-9/100", None),
        ("0-9/100", None),
        (None, None),
    ],
)
def test_content_range(header: str | None, parsed: ContentRange | None) -> None:
    assert parse_content_range(header) == parsed


def test_content_range_values() -> None:
    assert content_range(0, 10, 100) == "bytes 0-9/100"
    assert unsatisfied_range(100) == "bytes */100"
