"""Errors of the clients domain."""

from __future__ import annotations

from bawaslu_api.errors import NotFound
from bawaslu_api.i18n import Text


class ClientNotFound(NotFound):
    """No such client, or not inside the caller's jurisdiction (the same answer)."""

    code = "client_not_found"
    title = Text("Klien tidak ditemukan", "Client not found")
