"""The labels endpoint's model, built once from ``bawaslu_api.reference``."""

from __future__ import annotations

from functools import lru_cache

from bawaslu_api.public.schemas import Label, Labels
from bawaslu_api.reference import LABELS


@lru_cache(maxsize=1)
def labels() -> Labels:
    return Labels(
        **{
            group: [Label(value=v, id=i, en=e) for v, (i, e) in values.items()]
            for group, values in LABELS.items()
        }
    )
