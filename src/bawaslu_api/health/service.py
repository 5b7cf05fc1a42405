"""Readiness: the database answers and its schema is at the head revision."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bawaslu_api.db.migrations import current_revisions
from bawaslu_api.health.errors import DatabaseUnreachable, MigrationsPending
from bawaslu_api.health.schemas import MigrationState, Readiness
from bawaslu_api.i18n import Text

logger = logging.getLogger(__name__)


async def readiness(engine: AsyncEngine, head: set[str]) -> Readiness:
    """Check the database; raise a 503 domain error naming what is wrong."""
    try:
        # One connection: reading the version table proves the database answers.
        current = await current_revisions(engine)
    except (SQLAlchemyError, OSError, DatabaseUnreachable) as exc:
        logger.warning("database not reachable", extra={"error": type(exc).__name__})
        raise DatabaseUnreachable(
            Text("Koneksi ke basis data gagal.", "Could not connect to the database.")
        ) from exc
    if current != head:
        raise MigrationsPending(
            Text(
                "Basis data pada revisi {current}, seharusnya {head}. "
                "Jalankan `bawaslu-api migrate`.",
                "Database at revision {current}, expected {head}. Run `bawaslu-api migrate`.",
            ),
            current=sorted(current) or "-",
            head=sorted(head),
        )
    return Readiness(migrations=MigrationState(current=sorted(current), head=sorted(head)))
