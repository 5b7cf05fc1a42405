"""What the evidence routers share (``router``: items and the JSON upload routes;
``tus_router``: the tus 1.0 protocol): the caller as an actor, the store, the short
sessions of the checks made before a body is read, the streamed body, and the tus shapes of
an upload session (its headers, a creation's ``Upload-Length`` and ``Upload-Metadata``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any, NoReturn

from fastapi import Depends, Header, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import ClientDisconnect

from bawaslu_api.evidence import service
from bawaslu_api.evidence.errors import ChecksumInvalid, TusVersionUnsupported
from bawaslu_api.evidence.files import Interrupted
from bawaslu_api.evidence.models import EvidenceUpload, UploadStatus
from bawaslu_api.evidence.schemas import UploadCreate
from bawaslu_api.evidence.storage import Storage
from bawaslu_api.http import tus
from bawaslu_api.i18n import Text
from bawaslu_api.ratelimit.service import client_address
from bawaslu_api.security.dependencies import Handler, Staff
from bawaslu_api.security.principals import Principal

RAW_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The file's bytes, as they are (no multipart). The type is sniffed "
        "from the bytes; `Content-Type` is only recorded.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
"""A route whose body is a file, as it is."""

_CHANNEL_OK = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


def _actor(request: Request, principal: Principal) -> service.Actor:
    channel = request.headers.get("x-client-channel", "api")
    return service.Actor(
        principal,
        client_address(request, request.app.state.settings.trusted_proxies),
        request.headers.get("user-agent", "")[:300],
        channel if _CHANNEL_OK.match(channel) else "api",
    )


async def _staff_actor(request: Request, principal: Staff) -> service.Actor:
    return _actor(request, principal)


async def _handler_actor(request: Request, principal: Handler) -> service.Actor:
    return _actor(request, principal)


Viewer = Annotated[service.Actor, Depends(_staff_actor)]
Worker = Annotated[service.Actor, Depends(_handler_actor)]


def _storage(request: Request) -> Storage:
    return request.app.state.evidence_storage  # type: ignore[no-any-return]


EvidenceStore = Annotated[Storage, Depends(_storage)]


def checks(request: Request) -> async_sessionmaker[AsyncSession]:
    """Where upload routes take the short sessions of the checks made before a body is
    read (they must not hold the unit of work while a file trickles in)."""
    return request.app.state.sessionmaker  # type: ignore[no-any-return]


async def body(request: Request) -> AsyncIterator[bytes]:
    try:
        async for chunk in request.stream():
            yield chunk
    except ClientDisconnect:
        raise Interrupted(Text("Klien terputus.", "The client disconnected.")) from None


def declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length")
    return int(value) if value is not None and value.isdigit() else None


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


# ---------------------------------------------------------------- tus


def upload_url(upload_id: uuid.UUID) -> str:
    return f"/v1/evidence/uploads/{upload_id}"


def evidence_url(evidence_id: uuid.UUID) -> str:
    return f"/v1/evidence/{evidence_id}"


async def _tus_version(
    tus_resumable: Annotated[
        str | None, Header(description="The protocol version: `1.0.0` (412 otherwise).")
    ] = None,
) -> None:
    check_tus_version(tus_resumable)


def check_tus_version(version: str | None) -> None:
    if version != tus.TUS_VERSION:
        raise TusVersionUnsupported(version, tus.TUS_VERSION)


TusResumable = Annotated[None, Depends(_tus_version)]
"""A tus-only route: ``Tus-Resumable: 1.0.0`` or 412 with ``Tus-Version``."""


def tus_headers(upload: EvidenceUpload, *, length: bool = True) -> dict[str, str]:
    """What a tus answer says of a session: its offset, its length and, while it is
    open, when it expires."""
    headers = {"Upload-Offset": str(upload.received)}
    if length:
        headers["Upload-Length"] = str(upload.size)
    if upload.status is UploadStatus.open:
        headers["Upload-Expires"] = tus.http_date(upload.expires_at)
    return headers


def part_checksum(header: str | None) -> tus.Checksum | None:
    """A part's ``Upload-Checksum``; 400 ``checksum_invalid`` for one that does not parse
    or names an algorithm outside ``Tus-Checksum-Algorithm``."""
    try:
        return tus.parse_checksum(header)
    except ValueError as exc:
        raise ChecksumInvalid(
            Text("Upload-Checksum: {error}.", "Upload-Checksum: {error}."), error=str(exc)
        ) from None


METADATA_MAX_CHARS = 16_384
"""Longest ``Upload-Metadata`` accepted (a 2,000-character description fits, base64'd)."""

_FIELDS = {
    # Upload-Metadata key -> UploadCreate field. tus-js-client's and Uppy's usual keys
    # (filename/name, filetype/type) and the fields of the JSON creation.
    "filename": "filename",
    "name": "filename",
    "filetype": "declared_type",
    "type": "declared_type",
    "description": "description",
    "provided_by": "provided_by",
    "channel": "channel",
    "sha256": "sha256",
}


def tus_creation(length: int | None, metadata: str | None) -> tuple[UploadCreate, dict[str, str]]:
    """A tus creation's announcement, and its metadata as sent (``HEAD`` gives it back).

    Problems are a 422 naming the header and the metadata key (``header.upload-length``,
    ``header.upload-metadata.description``), like any invalid input.
    """
    if metadata is not None and len(metadata) > METADATA_MAX_CHARS:
        _invalid(("upload-metadata",), f"longer than {METADATA_MAX_CHARS} characters")
    try:
        values = tus.parse_metadata(metadata)
    except tus.MetadataError as exc:
        _invalid(("upload-metadata", exc.key) if exc.key else ("upload-metadata",), str(exc))
    for key, value in values.items():
        if "\x00" in value:  # PostgreSQL text cannot hold it
            _invalid(("upload-metadata", key), "contains a NUL character")
    fields: dict[str, Any] = {"size": length}
    where: dict[str, tuple[str, ...]] = {"size": ("upload-length",)}
    for key, value in values.items():
        field = _FIELDS.get(key)
        if field is not None and field not in fields:
            fields[field] = value
            where[field] = ("upload-metadata", key)
    if fields["size"] is None:
        _invalid(("upload-length",), "required (deferred lengths are not supported)")
    where.setdefault("description", ("upload-metadata", "description"))
    try:
        return UploadCreate.model_validate(fields), values
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        raise RequestValidationError(
            [{**e, "loc": ("header", *where.get(_field(e["loc"]), e["loc"]))} for e in errors]
        ) from None


def _field(loc: tuple[int | str, ...]) -> str:
    return str(loc[0]) if loc else ""


def _invalid(loc: tuple[str, ...], message: str) -> NoReturn:
    raise RequestValidationError([{"loc": ("header", *loc), "msg": message, "type": "value_error"}])
