"""Offices' letterheads (kop surat): address, contacts, the signing city and chair, the
logo. Printed on every document issued after a change; issued documents keep theirs."""

from __future__ import annotations

import hashlib
import re
import struct

from sqlalchemy.ext.asyncio import AsyncSession

from bawaslu_api.cases.errors import StaleVersion
from bawaslu_api.clock import utcnow
from bawaslu_api.documents.errors import LogoRejected
from bawaslu_api.documents.models import OfficeLetterhead
from bawaslu_api.documents.render import Renderer, TemplateError
from bawaslu_api.documents.schemas import LetterheadIn, LetterheadOut
from bawaslu_api.documents.service import letterhead, logo_key, store
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.http.conditional import parse_if_match
from bawaslu_api.i18n import Text
from bawaslu_api.offices.models import Office
from bawaslu_api.security.audit import audit
from bawaslu_api.security.principals import Principal

LOGO_MAX_BYTES = 512 * 1024
LOGO_MAX_PIXELS = 4096
"""Largest width or height of a PNG or JPEG logo (a small file may decode to gigabytes)."""
_SVG_REFERENCE = re.compile(rb"""(?:xlink:)?href\s*=\s*["']\s*(?!#|data:)""", re.IGNORECASE)
_SVG_FORBIDDEN = (b"<!doctype", b"<!entity", b"<script", b"<foreignobject")


def _out(office: Office, head: OfficeLetterhead | None) -> LetterheadOut:
    if head is None:
        return LetterheadOut(
            office=office.code, logo=None, logo_type=None, updated_by=None, updated_at=None,
            version=0,
        )  # fmt: skip
    return LetterheadOut(
        office=office.code, address=head.address, phone=head.phone, email=head.email,
        website=head.website, city=head.city, chair_name=head.chair_name,
        chair_title=head.chair_title, logo=head.logo_sha256, logo_type=head.logo_type,
        updated_by=head.updated_by, updated_at=head.updated_at, version=head.version,
    )  # fmt: skip


async def get(session: AsyncSession, office: Office) -> LetterheadOut:
    return _out(office, await letterhead(session, office))


async def _row(session: AsyncSession, principal: Principal, office: Office) -> OfficeLetterhead:
    head = await session.get(OfficeLetterhead, office.id, with_for_update=True)
    if head is None:
        head = OfficeLetterhead(
            office_id=office.id, address="", phone="", email="", website="", city="",
            chair_name="", chair_title="", updated_by=principal.subject, updated_at=utcnow(),
        )  # fmt: skip
        session.add(head)
    return head


async def put(
    session: AsyncSession,
    principal: Principal,
    office: Office,
    body: LetterheadIn,
    if_match: str | None,
) -> LetterheadOut:
    head = await _row(session, principal, office)
    versions = parse_if_match(if_match) if if_match else None
    if versions is not None and head.version not in versions:
        raise StaleVersion(
            Text("Versi saat ini {v}; muat ulang.", "Current version is {v}; reload it."),
            v=head.version,
        )
    changes = body.model_dump()
    for field, value in changes.items():
        setattr(head, field, value)
    head.updated_by, head.updated_at = principal.subject, utcnow()
    await session.flush()
    await audit(
        session, actor=principal.subject, action="letterhead_updated",
        subject=f"office:{office.code}", changes=changes,
    )  # fmt: skip
    return _out(office, head)


def _pixels(data: bytes, media: str) -> tuple[int, int] | None:
    """Width and height of a PNG (its IHDR) or JPEG (its first SOF marker)."""
    if media == "image/png":
        if len(data) < 24:
            return None
        return struct.unpack(">II", data[16:24])
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


def check_logo(data: bytes, media: str) -> None:
    """422 ``logo_rejected`` for what would cost or leak at every render: an SVG that
    refers to other files (only ``#fragment`` and ``data:`` references are allowed) or has
    scripts, entities or foreign content; a PNG or JPEG beyond LOGO_MAX_PIXELS."""
    if media == "image/svg+xml":
        lowered = data.lower()
        if _SVG_REFERENCE.search(data) or any(f in lowered for f in _SVG_FORBIDDEN):
            raise LogoRejected(
                Text(
                    "SVG logo tidak boleh merujuk berkas lain, memuat skrip atau entitas.",
                    "An SVG logo may not refer to other files or hold scripts or entities.",
                )
            )
        return
    size = _pixels(data, media)
    if size is None or max(size) > LOGO_MAX_PIXELS or min(size) < 1:
        raise LogoRejected(
            Text(
                "Ukuran logo tidak terbaca atau melebihi {n} piksel.",
                "The logo's size is unreadable or beyond {n} pixels.",
            ),
            n=LOGO_MAX_PIXELS,
        )


def sniff_logo(data: bytes) -> str | None:
    """The logo's media type from its bytes (PNG, JPEG, SVG), None otherwise."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    head = data[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096]):
        return "image/svg+xml"
    return None


async def put_logo(
    session: AsyncSession,
    principal: Principal,
    office: Office,
    data: bytes,
    storage: Storage,
    renderer: Renderer,
) -> LetterheadOut:
    if not data or len(data) > LOGO_MAX_BYTES:
        raise LogoRejected(
            Text("Logo harus 1 bita s.d. 512 KiB.", "A logo is 1 byte to 512 KiB."),
        )
    media = sniff_logo(data)
    if media is None:
        raise LogoRejected(Text("Logo harus PNG, JPEG atau SVG.", "A logo is PNG, JPEG or SVG."))
    check_logo(data, media)
    try:
        await renderer.check_image(data, media)
    except TemplateError:
        raise LogoRejected(
            Text("Logo tidak dapat dibaca penata huruf.", "The typesetter cannot read the logo.")
        ) from None
    sha = hashlib.sha256(data).hexdigest()
    await store(storage, logo_key(sha), data)
    head = await _row(session, principal, office)
    head.logo_sha256, head.logo_type = sha, media
    head.updated_by, head.updated_at = principal.subject, utcnow()
    await session.flush()
    await audit(
        session, actor=principal.subject, action="letterhead_logo_updated",
        subject=f"office:{office.code}", sha256=sha, content_type=media,
    )  # fmt: skip
    return _out(office, head)
