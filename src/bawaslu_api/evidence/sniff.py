"""The real type of a file, from its bytes (magic numbers), never from its name or header.

Written here rather than taken from libmagic (a C library the deployment would have to
carry) or a PyPI package (those we looked at read only the first bytes and cannot tell a
.docx from any zip). ``sniff(head, tail)`` looks at the first and last 64 KiB, which the
upload keeps while streaming: zip-based office documents are told apart by the names in
their central directory (at the end of the file) or, failing that, their first local
headers.
"""

from __future__ import annotations

import struct

SNIFF_BYTES = 64 * 1024

OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
ODF_PREFIX = b"application/vnd.oasis.opendocument."
OLE2 = "application/x-ole-storage"  # Office 97-2003 .doc/.xls/.ppt (subtype not told apart)

# ISO base media file format brands (ftyp box).
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_GENERIC = {b"mif1", b"msf1", b"avif"}
_MP4_AUDIO_BRANDS = {b"M4A ", b"M4B "}
_3GP_PREFIXES = (b"3gp", b"3g2")

CATEGORY_BY_PREFIX = (
    ("image/", "photo"),
    ("video/", "video"),
    ("audio/", "audio"),
)


def category_of(content_type: str) -> str:
    """photo, video, audio or document."""
    for prefix, category in CATEGORY_BY_PREFIX:
        if content_type.startswith(prefix):
            return category
    return "document"


def sniff(head: bytes, tail: bytes = b"") -> str | None:
    """The media type of a file from its first (and last) bytes; None when unknown."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}.get(
            head[8:12]
        )
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _iso_bmff(head)
    if len(head) >= 8 and head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"pnot"):
        return "video/quicktime"  # QuickTime files without an ftyp box (old cameras)
    if head.startswith(b"OggS"):
        return "video/ogg" if b"\x80theora" in head[:512] else "audio/ogg"
    if head.startswith(b"ID3") or _mpeg_audio_frame(head):
        return "audio/mpeg"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_document(head, tail)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE2
    return None


def _iso_bmff(head: bytes) -> str:
    box_size = struct.unpack(">I", head[:4])[0]
    major = head[8:12]
    brands = {major}
    end = min(box_size, len(head)) if box_size >= 16 else 16
    brands.update(head[i : i + 4] for i in range(16, end - 3, 4))
    if major in _HEIF_BRANDS or (brands & _HEIF_BRANDS):
        return "image/heic"
    if major in _HEIF_GENERIC:
        return "image/avif" if major == b"avif" else "image/heif"
    if major == b"qt  ":
        return "video/quicktime"
    if major in _MP4_AUDIO_BRANDS:
        return "audio/mp4"
    if major.startswith(_3GP_PREFIXES):
        return "video/3gpp"
    return "video/mp4"


def _mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG-1/2 layer III frame header (an MP3 without an ID3 tag)."""
    if len(head) < 4 or head[0] != 0xFF or (head[1] & 0xE0) != 0xE0:
        return False
    version = (head[1] >> 3) & 0x3
    layer = (head[1] >> 1) & 0x3
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0x3
    return version != 1 and layer == 1 and bitrate not in (0, 15) and sample_rate != 3


def _zip_document(head: bytes, tail: bytes) -> str:
    # ODF: the first entry is "mimetype", stored uncompressed, holding the media type.
    name_len, extra_len = struct.unpack("<HH", head[26:30]) if len(head) >= 30 else (0, 0)
    if head[30 : 30 + name_len] == b"mimetype":
        start = 30 + name_len + extra_len
        value = head[start : start + 80].split(b"PK", 1)[0]
        if value.startswith(ODF_PREFIX):
            return value.decode("ascii", "replace").strip()
    names = _central_directory_names(tail) or _local_header_names(head)
    if "[Content_Types].xml" in names:
        for prefix, media_type in OOXML.items():
            if any(n.startswith(prefix) for n in names):
                return media_type
    return "application/zip"


def _local_header_names(data: bytes) -> set[str]:
    names: set[str] = set()
    at = 0
    while at + 30 <= len(data) and data[at : at + 4] == b"PK\x03\x04":
        flags = struct.unpack("<H", data[at + 6 : at + 8])[0]
        compressed = struct.unpack("<I", data[at + 18 : at + 22])[0]
        name_len, extra_len = struct.unpack("<HH", data[at + 26 : at + 30])
        names.add(data[at + 30 : at + 30 + name_len].decode("utf-8", "replace"))
        if flags & 0x08:  # sizes follow the data: the next header cannot be found cheaply
            break
        at += 30 + name_len + extra_len + compressed
    return names


def _central_directory_names(tail: bytes) -> set[str]:
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return set()
    cd_size = struct.unpack("<I", tail[end + 12 : end + 16])[0]
    start = end - cd_size
    if start < 0:
        return set()
    names: set[str] = set()
    at = start
    while at + 46 <= end and tail[at : at + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack("<HHH", tail[at + 28 : at + 34])
        names.add(tail[at + 46 : at + 46 + name_len].decode("utf-8", "replace"))
        at += 46 + name_len + extra_len + comment_len
    return names
