"""Type sniffing from magic numbers (no libmagic)."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from bawaslu_api.evidence.sniff import OLE2, sniff


def _zip(entries: dict[str, bytes], *, stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            kind = zipfile.ZIP_STORED if stored_first and name == "mimetype" else None
            z.writestr(name, data, compress_type=kind)
    return buffer.getvalue()


def _ftyp(brand: bytes, *compatible: bytes) -> bytes:
    body = brand + b"\x00\x00\x02\x00" + b"".join(compatible)
    return (8 + len(body)).to_bytes(4, "big") + b"ftyp" + body + b"\x00" * 64


ODT = _zip(
    {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
    stored_first=True,
)
XLSX = _zip({"[Content_Types].xml": b"<T/>", "xl/workbook.xml": b"<w/>"})
BIG_DOCX = _zip(
    {
        "[Content_Types].xml": b"<T/>",
        "customXml/item1.xml": os.urandom(200_000),  # pushes word/ beyond the first 64 KiB
        "word/document.xml": b"<d/>",
    }
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xd8\xff\xe1\x00\x10Exif", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio/wav"),
        (_ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
        (_ftyp(b"mif1", b"heic"), "image/heic"),
        (_ftyp(b"isom", b"isom", b"avc1"), "video/mp4"),
        (_ftyp(b"qt  ", b"qt  "), "video/quicktime"),
        (_ftyp(b"M4A ", b"isom"), "audio/mp4"),
        (_ftyp(b"3gp5", b"3gp5"), "video/3gpp"),
        (b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat", "video/quicktime"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
        (b"\xff\xfb\x90\x64\x00", "audio/mpeg"),
        (b"\xff\xf1\x50\x80", None),  # AAC ADTS, not MP3
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis", "audio/ogg"),
        (b"#!AMR\n", "audio/amr"),
        (b"%PDF-1.4\n", "application/pdf"),
        (b"\xef\xbb\xbf\r\n%PDF-1.7\n", "application/pdf"),
        (ODT, "application/vnd.oasis.opendocument.text"),
        (XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (_zip({"a.txt": b"hi"}), "application/zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", OLE2),
        (b"MZ\x90\x00", None),
        (b"#!/bin/sh\n", None),
        (b"<html>", None),
        (b"", None),
    ],
)
def test_sniff(data: bytes, expected: str | None) -> None:
    assert sniff(data[: 64 * 1024], data[-64 * 1024 :]) == expected


def test_docx_is_told_apart_by_its_central_directory() -> None:
    assert sniff(BIG_DOCX[: 64 * 1024], BIG_DOCX[-64 * 1024 :]) == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
