"""Readiness: the database answers and its schema is at the head revision."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bawaslu_api.db.migrations import current_revisions
from bawaslu_api.errors import database_error, domain_problem
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


_MISSING_OBJECT = frozenset(
    {"UndefinedTableError", "UndefinedColumnError", "UndefinedFunctionError"}
)


def _names_a_missing_object(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if type(seen).__name__ in _MISSING_OBJECT:
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


async def not_migrated(request: Request, exc: Exception) -> JSONResponse:
    """A statement naming a table or column the database lacks, on a database whose schema
    is behind the code's (``serve`` without migrating first): the 503 ``migrations_pending``
    readiness gives, on every route, rather than a 500. On a database at head it is a bug,
    and stays the logged 500."""
    if _names_a_missing_object(exc):
        try:
            await readiness(request.app.state.engine, request.app.state.migration_heads)
        except MigrationsPending as pending:
            return domain_problem(request, pending)
        except DatabaseUnreachable:
            pass
    return await database_error(request, exc)
