"""Values as they will read back from a JSON(B) column."""

from __future__ import annotations

import json
from typing import Any


def _plain(value: Any) -> bool:
    kind = type(value)
    if value is None or kind is str or kind is int or kind is float or kind is bool:
        return True
    if kind is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if kind is list:
        return all(_plain(v) for v in value)
    return False


def json_ready(value: Any) -> Any:
    """``value`` as JSON gives it back: dates, UUIDs and other objects become strings
    (``str()``), tuples lists, enums their values. Values made only of plain JSON types,
    the usual case, are returned as they are, without the round trip."""
    if _plain(value):
        return value
    return json.loads(json.dumps(value, default=str))
