"""Document kinds (see ``kinds/__init__.py``)."""

from __future__ import annotations

from bawaslu_api.documents.gather import Kind

KINDS: tuple[Kind, ...] = ()
