"""Why the service is not ready."""

from __future__ import annotations

from bawaslu_api.errors import ServiceUnavailable
from bawaslu_api.i18n import Text


class DatabaseUnreachable(ServiceUnavailable):
    code = "database_unreachable"
    title = Text("Basis data tidak dapat dihubungi", "Database unreachable")


class MigrationsPending(ServiceUnavailable):
    code = "migrations_pending"
    title = Text("Skema basis data belum mutakhir", "Database schema is not at head")
