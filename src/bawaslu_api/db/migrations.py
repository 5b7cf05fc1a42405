"""Alembic, driven from code: apply migrations and tell whether the schema is at head."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    """The migration scripts: packaged in the wheel, or the repository's ``migrations/``."""
    packaged = _PACKAGE_DIR / "_migrations"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at our scripts; ``url`` overrides the settings."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    if url is not None:
        cfg.attributes["database_url"] = url
    return cfg


def head_revisions() -> set[str]:
    """The head revision(s) of the scripts (one, unless someone forgot to merge)."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def upgrade(url: str, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (synchronous; runs its own event loop)."""
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    """Revert migrations down to ``revision``."""
    command.downgrade(alembic_config(url), revision)


_VERSION_TABLE = text("SELECT to_regclass('alembic_version') IS NOT NULL")
_VERSIONS = text("SELECT version_num FROM alembic_version")


async def current_revisions(engine: AsyncEngine) -> set[str]:
    """The revision(s) the database is at (none: not migrated yet).

    Read from Alembic's version table directly, not through a ``MigrationContext``, which
    writes two INFO lines ("Context impl PostgresqlImpl.", "Will assume transactional DDL.")
    each time: every readiness probe (docs/operations.md, "Health checks and logs").
    """
    async with engine.connect() as conn:
        if not await conn.scalar(_VERSION_TABLE):
            return set()
        return set((await conn.scalars(_VERSIONS)).all())


async def upgrade_async(url: str, revision: str = "head") -> None:
    """Apply migrations from async code (Alembic itself is synchronous)."""
    await asyncio.to_thread(upgrade, url, revision)


__all__ = [
    "AsyncConnection",
    "alembic_config",
    "current_revisions",
    "downgrade",
    "head_revisions",
    "migrations_dir",
    "upgrade",
    "upgrade_async",
]
