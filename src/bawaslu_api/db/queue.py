"""The job queue's tables (procrastinate's, in this database) as seen by the rest of the
service: their schema for the migration, the filter that keeps them out of our models'
comparison, the connection string of the queue's own driver (psycopg 3), and queueing a job
in a SQLAlchemy transaction (:func:`defer`).

procrastinate owns the ``procrastinate_*`` tables, types and functions. Its schema is
installed by migration 0025 from the SQL the package ships, checked against
:data:`SCHEMA_SHA256`, so a procrastinate release with another schema cannot slip in under
the pin of pyproject.toml (``procrastinate>=3.10,<3.11``). Upgrading procrastinate: raise
the pin, and write a migration that runs, in order, the package's
``procrastinate/sql/migrations/*.sql`` scripts newer than the version installed, then copy
the old ``schema.sql`` next to migration 0025 and let it read that copy (docs/webhooks.md).
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

PREFIX = "procrastinate_"
"""The queue's tables, types and functions all start with this."""

SCHEMA_VERSION = "3.10"
SCHEMA_SHA256 = "c70ec4b400a60ad9592787653aae5ae77ae41bf801d56b5bd2712751a07f2009"
"""SHA-256 of ``procrastinate/sql/schema.sql`` of procrastinate 3.10, which migration
0025 installs."""


class SchemaMismatch(RuntimeError):
    """The installed procrastinate ships another schema than migration 0025 expects."""


def schema_sql() -> str:
    """procrastinate's schema, as migration 0025 expects it."""
    sql = (resources.files("procrastinate.sql") / "schema.sql").read_text(encoding="utf-8")
    if hashlib.sha256(sql.encode()).hexdigest() != SCHEMA_SHA256:
        raise SchemaMismatch(
            f"the installed procrastinate's schema.sql is not the {SCHEMA_VERSION} schema "
            "migration 0025 installs: keep procrastinate within the pin of pyproject.toml, "
            "or follow 'Upgrading procrastinate' in docs/webhooks.md"
        )
    return sql


def not_the_queue(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: leave the queue's tables out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith(PREFIX))


def libpq_url(url: str) -> str:
    """The libpq (psycopg) URL of a SQLAlchemy URL such as ``postgresql+asyncpg://...``:
    the same server, database, user and password, a Unix socket kept (``?host=/dir``)."""
    parsed = make_url(url)
    query = dict(parsed.query)
    ssl = query.pop("ssl", None)  # asyncpg's spelling
    if ssl is not None and "sslmode" not in query:
        query["sslmode"] = ssl if isinstance(ssl, str) else ssl[0]
    return parsed.set(drivername="postgresql", query=query).render_as_string(hide_password=False)


_DEFER = text(
    """
    SELECT procrastinate_defer_jobs_v1(ARRAY[ROW(:queue, :task, 0, :lock, NULL,
        CAST(:args AS jsonb), NULL)::procrastinate_job_to_defer_v1])
    """
)


async def defer(
    session: AsyncSession, *, task: str, queue: str, args: dict[str, Any], lock: str | None
) -> None:
    """Queue a job in the session's transaction: it runs once that commits, and never if
    it rolls back. Jobs with the same ``lock`` run one at a time, in order."""
    await session.execute(
        _DEFER, {"queue": queue, "task": task, "lock": lock, "args": json.dumps(args)}
    )
