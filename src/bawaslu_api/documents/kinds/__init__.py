"""Every document kind the service issues, by slug (``bawaslu_rules.DOCUMENT_KINDS``).

Each module lists its kinds in ``KINDS``; a kind's template is
``documents/templates/<slug>.typ``."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bawaslu_api.documents.gather import Kind
from bawaslu_api.documents.kinds import forwarding, intake, investigation, periodic, register

KINDS: Mapping[str, Kind] = MappingProxyType(
    {
        k.slug: k
        for module in (intake, investigation, forwarding, register, periodic)
        for k in module.KINDS
    }
)
