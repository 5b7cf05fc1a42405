"""Language negotiation: Indonesian by default, English on request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["id", "en"]
DEFAULT_LANG: Lang = "id"


@dataclass(frozen=True, slots=True)
class Text:
    """A message in both languages; ``{name}`` placeholders are filled by ``render``."""

    id: str
    en: str

    def render(self, lang: Lang, /, **params: object) -> str:
        template = self.en if lang == "en" else self.id
        return template.format(**params) if params else template


def negotiate(accept_language: str | None) -> Lang:
    """Pick ``id`` or ``en`` from an ``Accept-Language`` header (RFC 9110 q-values)."""
    if not accept_language:
        return DEFAULT_LANG
    best: tuple[float, int, Lang] | None = None
    for position, part in enumerate(accept_language.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        quality = 1.0
        for param in pieces[1:]:
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.split("-")[0]
        if primary not in ("id", "en") or quality <= 0:
            continue
        lang: Lang = "en" if primary == "en" else "id"
        # Higher quality wins; on a tie the earlier entry wins.
        candidate = (quality, -position, lang)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else DEFAULT_LANG
