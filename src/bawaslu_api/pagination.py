"""Opaque keyset cursors, one codec for every list: a cursor is the sort key of the last
row of a page (e.g. its time and id), JSON in URL-safe base64."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, literal, tuple_

from bawaslu_api.errors import Unprocessable
from bawaslu_api.i18n import Text

WHOLE_LIST = (
    "The cursor of the next page: always null here, this collection is answered whole. "
    "Every collection has this `{items, next_cursor}` envelope, so that clients page all of "
    "them with one loop."
)
"""Description of ``next_cursor`` on a collection answered in one piece (docs/architecture.md,
"Declaring a route")."""


class InvalidCursor(Unprocessable):
    code = "invalid_cursor"
    title = Text("Kursor halaman tidak valid", "Invalid page cursor")


_USE_NEXT_CURSOR = Text(
    "Gunakan next_cursor dari halaman sebelumnya.", "Use a previous page's next_cursor."
)


def encode_cursor(values: Sequence[str]) -> str:
    """The cursor after a row whose sort key is ``values``."""
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, *, size: int) -> list[str]:
    """The ``size`` sort-key values of a cursor; :class:`InvalidCursor` when it is not ours."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidCursor(_USE_NEXT_CURSOR) from exc
    if (
        not isinstance(values, list)
        or len(values) != size
        or not all(isinstance(v, str) and 0 < len(v) <= 64 for v in values)
    ):
        raise InvalidCursor(_USE_NEXT_CURSOR)
    return values


def invalid_cursor() -> InvalidCursor:
    """For a cursor that decodes but whose values do not parse (a bad date or id)."""
    return InvalidCursor(_USE_NEXT_CURSOR)


def encode_id_cursor(row_id: uuid.UUID) -> str:
    """The cursor after the row ``row_id`` (lists ordered by their UUIDv7 key)."""
    return encode_cursor([str(row_id)])


def decode_id_cursor(cursor: str) -> uuid.UUID:
    """The row id an id cursor points after."""
    try:
        return uuid.UUID(decode_cursor(cursor, size=1)[0])
    except ValueError as exc:
        raise invalid_cursor() from exc


def keyset_after(
    columns: tuple[Any, Any], cursor: str | None, *, descending: bool
) -> ColumnElement[bool] | None:
    """The condition for rows after ``cursor`` in (time, id) order, as one row comparison,
    so that PostgreSQL starts the index scan at the cursor: page 10,000 costs what page 1
    does."""
    if not cursor:
        return None
    at_raw, id_raw = decode_cursor(cursor, size=2)
    try:
        key = tuple_(literal(datetime.fromisoformat(at_raw)), literal(uuid.UUID(id_raw)))
    except ValueError as exc:
        raise invalid_cursor() from exc
    pair = tuple_(*columns)
    return pair < key if descending else pair > key
