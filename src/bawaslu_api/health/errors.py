"""Why the service is not ready."""

from __future__ import annotations

from bawaslu_api.errors import DatabaseUnreachable, ServiceUnavailable
from bawaslu_api.i18n import Text

__all__ = ["DatabaseUnreachable", "MigrationsPending"]


class MigrationsPending(ServiceUnavailable):
    code = "migrations_pending"
    title = Text("Skema basis data belum mutakhir", "Database schema is not at head")
