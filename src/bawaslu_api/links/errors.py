"""Link errors."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, Unprocessable
from bawaslu_api.i18n import Text


class LinkToItself(Unprocessable):
    code = "link_to_itself"
    title = Text("Perkara tidak dapat ditautkan ke dirinya", "A case cannot be linked to itself")


class LinkExists(Conflict):
    code = "link_exists"
    title = Text("Tautan ini sudah ada", "This link already exists")
