"""Problems of the changes feed."""

from __future__ import annotations

from bawaslu_api.errors import DomainError
from bawaslu_api.i18n import Text


class CursorExpired(DomainError):
    """A ``since`` cursor this database cannot continue (it names a transaction the
    database has not reached: a cursor of another deployment, or from before a restore)."""

    status = 410
    code = "cursor_expired"
    title = Text("Kursor sinkronisasi kedaluwarsa", "Sync cursor expired")
