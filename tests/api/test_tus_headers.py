"""tus header values (http.tus): Upload-Metadata both ways, Upload-Checksum, Upload-Expires."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bawaslu_api.http.tus import (
    MetadataError,
    format_metadata,
    http_date,
    parse_checksum,
    parse_metadata,
)


def test_metadata_round_trips_including_empty_values_and_unicode() -> None:
    values = {
        "filename": "bukti TPS 7.jpg",
        "description": "Pembagian uang, Desa Sembalun",
        "x": "",
    }
    assert parse_metadata(format_metadata(values)) == values
    assert parse_metadata(None) == {} == parse_metadata("  ")
    # tuspy and tus-js-client separate pairs with "," (some clients add a space)
    assert parse_metadata("a YQ==, b Yg==") == {"a": "a", "b": "b"}


@pytest.mark.parametrize(
    ("header", "key"),
    [("a YQ==,a Yg==", "a"), ("a !!!", "a"), ("a /w==", "a"), (",a YQ==", "")],
)
def test_bad_metadata_names_the_pair_at_fault(header: str, key: str) -> None:
    with pytest.raises(MetadataError) as raised:
        parse_metadata(header)
    assert raised.value.key == key


def test_checksums_name_a_known_algorithm_and_a_digest_of_its_length() -> None:
    digest = hashlib.sha1(b"part").digest()
    parsed = parse_checksum("sha1 " + base64.b64encode(digest).decode())
    assert parsed is not None
    assert (parsed.algorithm, parsed.digest) == ("sha1", digest)
    assert parse_checksum(None) is None
    for bad in ("crc32 AAAA", "sha1 !!!", "sha1 " + base64.b64encode(b"short").decode(), "sha1"):
        with pytest.raises(ValueError):
            parse_checksum(bad)


def test_expiry_is_an_http_date_in_gmt() -> None:
    moment = datetime(2026, 12, 7, 20, 0, tzinfo=timezone(timedelta(hours=8)))
    assert http_date(moment) == "Mon, 07 Dec 2026 12:00:00 GMT"
    assert http_date(datetime(2026, 12, 7, 12, 0, tzinfo=UTC)) == http_date(moment)
