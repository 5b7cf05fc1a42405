"""``bawaslu-api``: operator commands."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from bawaslu_api.settings import get_settings

if TYPE_CHECKING:
    from pydantic import BaseModel
    from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

    from bawaslu_api.security.principals import Principal

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")

app = typer.Typer(
    name="bawaslu-api",
    # An unexpected error's traceback without every frame's local variables (they may hold
    # secrets and make it hundreds of lines long); expected failures print one line.
    pretty_exceptions_show_locals=False,
    help="Bawaslu case handling service: serve the API and run operator tasks.",
    no_args_is_help=True,
    add_completion=False,
)


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _setup_logging() -> None:
    from bawaslu_api.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)


def _database_url(*, create: bool) -> str:
    """The configured database's URL, or the embedded server's of the data directory.

    Only ``create`` commands (serve, migrate, seed-demo) make a new embedded database: any
    other refuses when the data directory holds none, rather than run against an empty
    database made by accident in the wrong place.
    """
    from bawaslu_api.db.runtime import resolve_database_url

    settings = get_settings()
    if settings.database_url is None and not create:
        pgdata = settings.pgdata_dir
        if not (pgdata / "PG_VERSION").exists():
            raise _fail(
                f"no database in {settings.data_dir.resolve()} (the data directory): set "
                "BAWASLU_DATA_DIR to your installation's, or BAWASLU_DATABASE_URL, or create "
                "one there with `bawaslu-api migrate`"
            )
    return resolve_database_url(settings)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def _where() -> str:
    """The database a command uses, for its error messages (no password)."""
    settings = get_settings()
    if settings.database_url is None:
        return f"embedded, in {settings.pgdata_dir}"
    from sqlalchemy.engine import make_url

    try:
        url = make_url(settings.database_url.get_secret_value())
    except Exception:  # an unparsable URL: say nothing of it
        return "BAWASLU_DATABASE_URL"
    return url.render_as_string(hide_password=True)


@contextmanager
def _domain_errors() -> Iterator[None]:
    """The one place an expected failure becomes a command's answer: one line on standard
    error and exit status 1, no traceback. Expected: a domain error (unknown office or user,
    a refused change), an unreachable database, a schema not migrated, data keys that do
    not open what the database holds."""
    from sqlalchemy.exc import DBAPIError, ProgrammingError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    from bawaslu_api.errors import DatabaseUnreachable, DomainError, is_connection_error
    from bawaslu_api.security.sealing import BadKey, Unreadable

    try:
        yield
    except Exception as exc:
        if isinstance(exc, Unreadable | BadKey):
            raise _fail(
                f"{exc} (BAWASLU_DATA_KEYS: every process must share the data keys; "
                "docs/security.md)"
            ) from None
        cause: BaseException | None = None
        if isinstance(exc, DatabaseUnreachable):
            cause = exc.__cause__ or exc
        elif isinstance(exc, DBAPIError | PoolTimeout) and is_connection_error(exc):
            cause = exc
        if cause is not None:
            lines = str(cause).strip().splitlines()
            raise _fail(
                f"database unreachable ({_where()}): {type(cause).__name__}"
                + (f": {lines[0]}" if lines else "")
            ) from None
        if isinstance(exc, DomainError):
            raise _fail(str(exc)) from None
        if isinstance(exc, ProgrammingError) and "UndefinedTable" in repr(exc.orig):
            raise _fail(_NOT_MIGRATED.format(where=_where(), current="-")) from None
        raise


_NOT_MIGRATED = (
    "the database ({where}) is not migrated (at revision {current}): run `bawaslu-api migrate`"
)


async def _check_schema(engine: AsyncEngine) -> None:
    """Refuse to work on a database whose schema is not at head."""
    from bawaslu_api.db.migrations import current_revisions, head_revisions

    current = await current_revisions(engine)
    if current != head_revisions():
        raise _fail(_NOT_MIGRATED.format(where=_where(), current=",".join(sorted(current)) or "-"))


@contextmanager
def _database(*, create: bool = False, service: bool = False) -> Iterator[str]:
    """The configured database's URL for the length of a command; without one, the
    embedded server of the data directory is started (made only when ``create``) and
    stopped when the command ends. Expected failures end the command through
    :func:`_domain_errors`; a one-shot command (not a ``service``: serve, worker) reports
    an unreachable database in that one line, not in the outage log as well."""
    # Every mapped class, so that a relationship to a model no command imported resolves
    # (`seed-demo` failed on `evidence_item`, unknown to the mapper, without it).
    import bawaslu_api.models  # noqa: F401
    from bawaslu_api.db.runtime import stop_embedded
    from bawaslu_api.errors import database_outage

    was_quiet, database_outage.quiet = database_outage.quiet, not service
    try:
        with _domain_errors():
            try:
                yield _database_url(create=create)
            finally:
                stop_embedded()
    finally:
        database_outage.quiet = was_quiet  # commands run in-process (tests) leave it as found


def _parse(model: type[M], data: dict[str, Any]) -> M:
    """Validate an operator's input; invalid input is a usage error (exit status 2)."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in exc.errors()
        )
        raise _fail(f"invalid input: {problems}", 2) from None


METRICS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"


@contextmanager
def _shared_metrics(workers: int) -> Iterator[None]:
    """Let several uvicorn processes share their metrics (prometheus_client's multiprocess
    mode: each process writes its values to files in one directory, the one answering a
    scrape sums them; docs/operations.md, "Metrics and tracing").

    With more than one worker and no ``PROMETHEUS_MULTIPROC_DIR`` given, a fresh temporary
    directory, removed when the API stops; a given one is emptied of an earlier run's
    values first. Set before uvicorn starts its processes, which read it when they first
    import prometheus_client (this process never does)."""
    configured = os.environ.get(METRICS_DIR_ENV)
    if configured:
        directory = Path(configured)
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.db"):
            stale.unlink(missing_ok=True)
        yield
        return
    if workers <= 1:
        yield
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bawaslu-metrics-") as temporary:
        os.environ[METRICS_DIR_ENV] = temporary
        try:
            yield
        finally:
            os.environ.pop(METRICS_DIR_ENV, None)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (BAWASLU_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (BAWASLU_PORT).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (BAWASLU_WORKERS).")] = None,
    migrate: Annotated[
        bool | None, typer.Option("--migrate/--no-migrate", help="Apply migrations first.")
    ] = None,
    seed_demo: Annotated[
        bool | None, typer.Option("--seed-demo/--no-seed-demo", help="Load demo data first.")
    ] = None,
) -> None:
    """Serve the API with uvicorn. Without BAWASLU_DATABASE_URL, an embedded PostgreSQL
    server is started in the data directory and stopped when the API stops."""
    import uvicorn

    _setup_logging()
    settings = get_settings()
    # uvicorn stops gracefully on SIGTERM, then raises the signal again once its own handler
    # is gone: with the default action the process would die there, before the embedded
    # server is stopped (`docker stop`, systemd, `kill`). As an exception it unwinds.
    signal.signal(signal.SIGTERM, _terminate)
    with _database(create=True, service=True) as url:
        # Worker processes read the URL from the environment and reuse this server.
        os.environ["BAWASLU_DATABASE_URL"] = url
        if migrate if migrate is not None else settings.migrate_on_start:
            from bawaslu_api.db.migrations import upgrade

            upgrade(url)
        if seed_demo if seed_demo is not None else settings.seed_demo_on_start:
            from bawaslu_api.seed import seed_demo as run_seed

            asyncio.run(run_seed(url))
        processes = workers or settings.workers
        with _shared_metrics(processes):
            uvicorn.run(
                "bawaslu_api.main:app_factory",
                factory=True,
                host=host or settings.host,
                port=port or settings.port,
                workers=processes,
                log_config=None,
                access_log=False,
                # X-Forwarded-For only from BAWASLU_TRUSTED_PROXIES (docs/operations.md).
                proxy_headers=bool(settings.trusted_proxies),
                forwarded_allow_ips=settings.trusted_proxies or None,
                server_header=False,
            )


@app.command()
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply migrations up to REVISION (default: head)."""
    from bawaslu_api.db.migrations import upgrade

    _move_schema(upgrade, revision, "upgraded", create=True)


@app.command()
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")],
) -> None:
    """Revert migrations down to REVISION."""
    from bawaslu_api.db.migrations import downgrade as run_downgrade

    _move_schema(run_downgrade, revision, "downgraded", create=False)


def _move_schema(
    step: Callable[[str, str], None], revision: str, verb: str, *, create: bool
) -> None:
    """``migrate`` and ``downgrade``: run alembic's ``step`` to REVISION and say so."""
    _setup_logging()
    with _database(create=create) as url:
        step(url, revision)
        typer.echo(f"database {verb} to {revision}")


@app.command("seed-demo")
def seed_demo() -> None:
    """Load the demo data (offices, elections, demo users, sample cases). Idempotent."""
    from bawaslu_api.seed import seed_demo as run_seed

    _setup_logging()
    with _database(create=True) as url:
        summary = asyncio.run(run_seed(url))
        for key, value in summary.items():
            typer.echo(f"{key}: {value}")


@app.command()
def openapi(
    output: Annotated[
        Path | None, typer.Option(help="Write here instead of standard output.")
    ] = None,
    check: Annotated[
        bool, typer.Option(help="Exit 1 if OUTPUT differs from what the app serves.")
    ] = False,
) -> None:
    """Print or write the OpenAPI document (openapi/openapi.json is the committed copy)."""
    from bawaslu_api.main import create_app
    from bawaslu_api.openapi import render

    document = render(create_app(get_settings()))
    if check:
        target = output or Path("openapi/openapi.json")
        if not target.exists() or target.read_text(encoding="utf-8") != document:
            typer.echo(f"{target} is out of date: run `make openapi`", err=True)
            raise typer.Exit(1)
        typer.echo(f"{target} is up to date")
        return
    if output is None:
        sys.stdout.write(document)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(document, encoding="utf-8")
        typer.echo(f"wrote {output}")


@app.command()
def worker(
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Exit 0 if a worker here is alive (its heartbeat is fresh), else 1: the "
            "container health check.",
        ),
    ] = False,
    heartbeat_file: Annotated[
        Path | None, typer.Option(help="The heartbeat file (default: in the temp dir).")
    ] = None,
) -> None:
    """Run a background worker (procrastinate): webhook deliveries, the deadline monitor and
    housekeeping. Run as many as you like against one database; SIGTERM or SIGINT stops one
    after the jobs in hand."""
    from bawaslu_api.worker import runner

    beat = heartbeat_file or runner.HEARTBEAT_FILE
    if check:
        problem = runner.check(beat)
        if problem:
            raise _fail(problem)
        typer.echo("worker alive")
        return

    from bawaslu_api.db.engine import create_engine, create_sessionmaker

    _setup_logging()
    settings = get_settings()

    async def _go(url: str) -> None:
        engine = create_engine(url, settings)
        try:
            await _check_schema(engine)
            await runner.serve(
                create_sessionmaker(engine), settings, database_url=url, heartbeat_file=beat
            )
        finally:
            await engine.dispose()

    with _database(service=True) as url:
        asyncio.run(_go(url))


offices_app = typer.Typer(help="The office tree (Kemendagri region codes).")
app.add_typer(offices_app, name="offices")


@offices_app.command("load-districts")
def offices_load_districts(
    within: Annotated[
        str | None,
        typer.Option(help="Only below this province or kabupaten/kota code, e.g. 52 or 52.03."),
    ] = None,
) -> None:
    """Panwaslu Kecamatan offices for every kecamatan (about 7,300) from the shipped
    public region data (offices/data/districts.csv, same source as the kabupaten/kota), under
    their kabupaten/kota. Idempotent: existing offices are left as they are."""
    from bawaslu_api.offices.reference import load_district_offices

    _setup_logging()
    inserted = _run_db(lambda session: load_district_offices(session, within=within))
    typer.echo(f"loaded {inserted} Panwaslu Kecamatan offices")


kpu_app = typer.Typer(help="KPU reference data from CSV files (shapes in docs/webhooks.md).")
app.add_typer(kpu_app, name="kpu")

_ELECTION_OPTION = typer.Option(help="Election slug, e.g. pemilu-2024.")


def _kpu_load(kind: str, file: Path, election: str) -> None:
    from bawaslu_api.integrations.kpu import loader

    _setup_logging()
    load = {
        "parties": loader.load_parties,
        "polling stations": loader.load_polling_stations,
        "candidates": loader.load_candidates,
    }[kind]
    text = file.read_text(encoding="utf-8")
    try:
        result = _run_db(lambda session: load(session, election, text))
    except loader.LoadError as exc:
        raise _fail(f"{file}: {exc}") from None
    typer.echo(f"loaded {result.rows} {kind} for {election}")


@kpu_app.command("load-parties")
def kpu_load_parties(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file.")],
    election: Annotated[str, _ELECTION_OPTION] = "pemilu-2024",
) -> None:
    """Parties: columns nomor_urut, singkatan, nama. Idempotent (key: nomor_urut)."""
    _kpu_load("parties", file, election)


@kpu_app.command("load-polling-stations")
def kpu_load_polling_stations(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file.")],
    election: Annotated[str, _ELECTION_OPTION] = "pemilu-2024",
) -> None:
    """Polling stations (TPS): columns kode_wilayah, nomor_tps, alamat, jumlah_pemilih.
    Idempotent (key: kode_wilayah and nomor_tps)."""
    _kpu_load("polling stations", file, election)


@kpu_app.command("load-candidates")
def kpu_load_candidates(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file.")],
    election: Annotated[str, _ELECTION_OPTION] = "pemilu-2024",
) -> None:
    """Candidates: columns dapil, nomor_urut_partai, nomor_urut, nama, jenis_kelamin (L/P).
    Idempotent (key: dapil, nomor_urut_partai and nomor_urut)."""
    _kpu_load("candidates", file, election)


def main() -> None:
    """Console entry point. A configuration the settings refuse (a malformed value, a
    placeholder secret in production) is one line per setting and exit status 2."""
    from pydantic import ValidationError

    try:
        get_settings()
    except ValidationError as exc:
        for error in exc.errors():
            message = str(error["msg"]).removeprefix("Value error, ")
            if error["loc"]:  # one setting; else the lines name theirs
                message = "BAWASLU_" + "_".join(map(str, error["loc"])).upper() + ": " + message
            for line in message.splitlines():
                typer.echo(f"configuration error: {line}", err=True)
        raise SystemExit(2) from None
    app()


def _operator() -> str:
    """Who runs the command, for the audit log."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def _run_db(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run ``work`` in one transaction on the configured (or embedded) database."""
    from bawaslu_api.db.engine import create_sessionmaker

    async def _in_session(engine: AsyncEngine) -> T:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await work(session)

    return _run_engine(_in_session)


def _run_engine(work: Callable[[AsyncEngine], Awaitable[T]]) -> T:
    """Run ``work`` with an engine on the configured (or embedded) database, with the data
    keys of the settings (``security/sealing.py``)."""
    from bawaslu_api.db.engine import create_engine
    from bawaslu_api.security import sealing

    settings = get_settings()
    sealing.configure(settings)

    async def _go(url: str) -> T:
        engine = create_engine(url, settings)
        try:
            await _check_schema(engine)
            return await work(engine)
        finally:
            await engine.dispose()

    with _database() as url:
        return asyncio.run(_go(url))


async def _operator_principal(session: AsyncSession) -> Principal:
    """The operator acts as an admin of Bawaslu RI: the whole tree."""
    from sqlalchemy import select

    from bawaslu_api.errors import NotFound
    from bawaslu_api.i18n import Text
    from bawaslu_api.offices.models import Office
    from bawaslu_api.offices.reference import NATIONAL_CODE
    from bawaslu_api.security.principals import Principal, Role

    office = (
        await session.execute(select(Office).where(Office.code == NATIONAL_CODE))
    ).scalar_one_or_none()
    if office is None:
        raise NotFound(
            Text(
                "",
                "no office {code} (Bawaslu RI): the reference offices are not loaded; "
                "run `bawaslu-api seed-demo`",
            ),
            code=NATIONAL_CODE,
        )
    return Principal.staff(
        _operator(),
        {Role.admin},
        office_id=office.id,
        office_code=office.code,
        office_path=office.path,
    )


tokens_app = typer.Typer(help="Access tokens minted by operators (scripts, break-glass).")
app.add_typer(tokens_app, name="tokens")


@tokens_app.command("mint")
def tokens_mint(
    subject: Annotated[str, typer.Option("--sub", help="Who the token names (user id).")],
    role: Annotated[
        list[str], typer.Option(help="admin, handler, commissioner or viewer; repeatable.")
    ],
    office: Annotated[str, typer.Option(help="Office code, e.g. ID, 52 or 52.03.")],
    ttl: Annotated[int | None, typer.Option(help="Lifetime in seconds.")] = None,
) -> None:
    """Print a signed access token for a staff member of OFFICE holding the given roles.
    Audited (auth_event `token_minted`)."""
    from bawaslu_api.auth.service import mint_staff_token
    from bawaslu_api.security import signing_keys
    from bawaslu_api.security.audit import audit
    from bawaslu_api.security.principals import Role
    from bawaslu_api.security.tokens import KeyRing

    settings = get_settings()
    try:
        roles = {Role(r) for r in role}
    except ValueError:
        raise _fail(f"unknown role in {role!r}; use {[r.value for r in Role]}", 2) from None

    async def _mint(session: AsyncSession) -> str:
        token = await mint_staff_token(
            session,
            KeyRing(await signing_keys.ensure(session, settings.keys_dir)),
            settings,
            subject=subject,
            roles=roles,
            office_code=office,
            ttl_s=ttl,
        )
        await audit(
            session,
            actor=_operator(),
            action="token_minted",
            subject=subject,
            office=office,
            roles=sorted(r.value for r in roles),
            ttl_s=ttl or settings.jwt_access_ttl_s,
        )
        return token

    typer.echo(_run_db(_mint))


users_app = typer.Typer(help="Staff accounts (audited).")
app.add_typer(users_app, name="users")


@users_app.command("create")
def users_create(
    username: Annotated[str, typer.Option(help="Lower-case login name, e.g. admin.ri.")],
    office: Annotated[str, typer.Option(help="Office code, e.g. ID, 52 or 52.03.")],
    role: Annotated[
        list[str], typer.Option(help="admin, handler, commissioner or viewer; repeatable.")
    ],
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="BAWASLU_NEW_PASSWORD",
            help="Prompted when omitted (or from BAWASLU_NEW_PASSWORD).",
        ),
    ],
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
) -> None:
    """Create a staff account in OFFICE with the given roles."""
    from bawaslu_api.security.dependencies import utc_now
    from bawaslu_api.users.schemas import UserCreate
    from bawaslu_api.users.service import create_user

    body = _parse(
        UserCreate,
        {
            "username": username,
            "display_name": name or username,
            "office": office,
            "roles": role,
            "password": password,
        },
    )

    async def _create(session: AsyncSession) -> str:
        user = await create_user(session, await _operator_principal(session), body, now=utc_now())
        return f"created {user.username} ({user.id}) in {user.office}: {', '.join(user.roles)}"

    typer.echo(_run_db(_create))


async def _user_id(session: AsyncSession, username: str) -> uuid.UUID:
    from bawaslu_api.errors import NotFound
    from bawaslu_api.i18n import Text
    from bawaslu_api.users.service import find_by_username

    user = await find_by_username(session, username)
    if user is None:
        raise NotFound(Text("", "no user {name}"), name=username)
    return user.id


@users_app.command("disable")
def users_disable(
    username: Annotated[str, typer.Argument(help="The account to disable.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the audit log).")],
) -> None:
    """Disable an account: no more logins, its refresh tokens are revoked."""
    from bawaslu_api.security.dependencies import utc_now
    from bawaslu_api.users.service import disable_user

    async def _disable(session: AsyncSession) -> str:
        principal = await _operator_principal(session)
        user = await disable_user(
            session, principal, await _user_id(session, username), reason=reason, now=utc_now()
        )
        return f"disabled {user.username}"

    typer.echo(_run_db(_disable))


@users_app.command("reset-password")
def users_reset_password(
    username: Annotated[str, typer.Argument(help="The account.")],
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="BAWASLU_NEW_PASSWORD",
            help="Prompted when omitted (or from BAWASLU_NEW_PASSWORD).",
        ),
    ],
) -> None:
    """Set a new password, lift a lockout and end the account's sessions."""
    from bawaslu_api.security.dependencies import utc_now
    from bawaslu_api.users.schemas import PasswordReset
    from bawaslu_api.users.service import reset_password

    body = _parse(PasswordReset, {"password": password})

    async def _reset(session: AsyncSession) -> str:
        principal = await _operator_principal(session)
        user = await reset_password(
            session,
            principal,
            await _user_id(session, username),
            password=body.password,
            now=utc_now(),
        )
        return f"password of {user.username} reset"

    typer.echo(_run_db(_reset))


clients_app = typer.Typer(help="Machine clients for client credentials (audited).")
app.add_typer(clients_app, name="clients")


@clients_app.command("create")
def clients_create(
    name: Annotated[str, typer.Option(help="Who runs it and what for.")],
    office: Annotated[str, typer.Option(help="Office code: the client's jurisdiction.")],
    scope: Annotated[
        list[str],
        typer.Option(
            help="reports:read, reports:write, imports:write, kpu:followup or "
            "webhooks:manage; repeatable."
        ),
    ],
) -> None:
    """Create a client; prints client_id and client_secret (shown this once)."""
    from bawaslu_api.clients.schemas import ClientCreate
    from bawaslu_api.clients.service import create_client

    body = _parse(ClientCreate, {"name": name, "office": office, "scopes": scope})

    async def _create(session: AsyncSession) -> str:
        created = await create_client(session, await _operator_principal(session), body)
        return f"client_id={created.client_id}\nclient_secret={created.client_secret}"

    typer.echo(_run_db(_create))


@clients_app.command("revoke")
def clients_revoke(
    client_id: Annotated[str, typer.Argument(help="The client_id (bwc_...).")],
) -> None:
    """Revoke a client: it gets no more tokens."""
    from bawaslu_api.clients.service import revoke_client
    from bawaslu_api.security.dependencies import utc_now

    async def _revoke(session: AsyncSession) -> str:
        principal = await _operator_principal(session)
        client = await revoke_client(session, principal, client_id, now=utc_now())
        return f"revoked {client.client_id}"

    typer.echo(_run_db(_revoke))


keys_app = typer.Typer(
    help="Token signing keys, kept in the database for every host (audited; docs/security.md)."
)
app.add_typer(keys_app, name="keys")


async def _audit_key_event(session: AsyncSession, action: str, kid: str, **details: object) -> None:
    from bawaslu_api.security.audit import audit

    await audit(session, actor=_operator(), action=action, subject=f"key:{kid}", **details)


@keys_app.command("list")
def keys_list() -> None:
    """The keys: the newest signs, every one verifies."""
    from bawaslu_api.security import signing_keys

    async def _list(session: AsyncSession) -> list[str]:
        return [k.kid for k in await signing_keys.ensure(session, get_settings().keys_dir)]

    kids = _run_db(_list)
    for index, kid in enumerate(kids):
        typer.echo(f"{kid}\t{'signing' if index == len(kids) - 1 else 'verify-only'}")


@keys_app.command("rotate")
def keys_rotate() -> None:
    """Generate a new key; it signs from now on (every running process picks it up within
    BAWASLU_JWT_KEYS_RELOAD_S). Old keys keep verifying until retired."""
    from bawaslu_api.security import signing_keys

    async def _rotate(session: AsyncSession) -> str:
        await signing_keys.ensure(session, get_settings().keys_dir)
        key = await signing_keys.rotate(session)
        await _audit_key_event(session, "key_rotated", key.kid)
        return key.kid

    typer.echo(f"new signing key {_run_db(_rotate)}")


@keys_app.command("retire")
def keys_retire(
    kid: Annotated[str, typer.Argument(help="Key id, as `keys list` shows it.")],
) -> None:
    """Delete a key: tokens it signed stop verifying. Wait the access-token lifetime after a
    rotation before retiring the previous key. The signing key cannot be retired."""
    from bawaslu_api.security import signing_keys

    async def _retire(session: AsyncSession) -> None:
        await signing_keys.retire(session, kid)
        await _audit_key_event(session, "key_retired", kid)

    try:
        _run_db(_retire)
    except KeyError:
        raise _fail(f"no key {kid}") from None
    except ValueError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"retired {kid}")


@keys_app.command("import")
def keys_import(
    directory: Annotated[
        Path | None,
        typer.Argument(help="Directory of <kid>.pem files (default: BAWASLU_JWT_KEYS_DIR)."),
    ] = None,
) -> None:
    """Add the key files of a host (the keys of the time before the database held them) to
    the shared keys: tokens they signed keep verifying on every host."""
    from bawaslu_api.security import signing_keys

    source = directory or get_settings().keys_dir

    async def _import(session: AsyncSession) -> list[str]:
        kids = await signing_keys.import_files(session, source)
        for kid in kids:
            await _audit_key_event(session, "key_imported", kid, source=str(source))
        return kids

    kids = _run_db(_import)
    typer.echo(f"imported {len(kids)} key(s) from {source}" + "".join(f"\n{k}" for k in kids))


pii_app = typer.Typer(help="Keys of the personal data sealed in the database (docs/security.md).")
app.add_typer(pii_app, name="pii")


@pii_app.command("new-key")
def pii_new_key() -> None:
    """Print a new random data key (base64 of 32 bytes), for BAWASLU_DATA_KEYS."""
    from bawaslu_api.security.sealing import new_key

    typer.echo(new_key())


@pii_app.command("status")
def pii_status() -> None:
    """The data keys (the first seals) and how many stored values each one sealed."""
    from bawaslu_api.security import rekey, sealing

    counts = _run_engine(rekey.count_by_key)
    ring = sealing.ring()
    for index, kid in enumerate(ring.kids):
        role = "sealing" if index == 0 else "unseal-only"
        typer.echo(f"{kid}\t{role}\t{counts.pop(kid, 0)} values")
    for kid, count in counts.items():
        typer.echo(f"{kid}\tMISSING\t{count} values (not among the data keys)")


@pii_app.command("rotate")
def pii_rotate() -> None:
    """Rotate the data key: add a new key, re-encrypt and re-index every sealed value
    under it, retire the old keys (audited).

    With the key file (BAWASLU_DATA_KEYS unset) all three are done here: running
    processes on this host pick up the new key within a second. With BAWASLU_DATA_KEYS,
    first put a new key (`pii new-key`) in front of the others on every host and restart
    them; this command then re-encrypts, and says which keys may be removed from the
    setting (none of them seals a stored value any more)."""
    import time

    from sqlalchemy.ext.asyncio import AsyncSession

    from bawaslu_api.security import rekey, sealing
    from bawaslu_api.security.audit import audit

    settings = get_settings()
    sealing.configure(settings)
    file_mode = settings.data_keys is None
    ring = sealing.ring()
    if file_mode:
        old = [k.secret for k in ring.keys]
        fresh = sealing.parse_key(sealing.new_key())
        sealing.write_key_file(sealing.key_file(settings), [fresh, *old])
        # Other processes re-read the file at most a second after it changed; values
        # they seal meanwhile with the old key are found by the passes below.
        time.sleep(1.1)
        ring = sealing.reload()
    old_kids = ring.kids[1:]

    async def _work(engine: AsyncEngine) -> tuple[dict[str, int], dict[str, int]]:
        done = await rekey.reencrypt(engine, ring)
        left = await rekey.count_by_key(engine)
        if file_mode and not any(left.get(k) for k in old_kids):
            sealing.write_key_file(sealing.key_file(settings), [ring.current.secret])
        async with AsyncSession(engine) as session, session.begin():
            await audit(
                session,
                actor=_operator(),
                action="data_key_rotated",
                subject=f"data-key:{ring.current.kid}",
                rewritten=done,
                retired=old_kids if file_mode else [],
            )
        return done, left

    done, left = _run_engine(_work)
    typer.echo(f"sealing key {ring.current.kid}; re-encrypted {done}")
    still = {k: n for k, n in left.items() if k in old_kids and n}
    if still:
        raise _fail(f"values still sealed with {still}: run `pii rotate` again")
    if file_mode:
        typer.echo(f"retired {', '.join(old_kids) or 'nothing'}")
    elif old_kids:
        typer.echo(
            f"no value uses {', '.join(old_kids)} any more: remove them from BAWASLU_DATA_KEYS"
        )


evidence_app = typer.Typer(help="Evidence store maintenance.")
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("sweep")
def evidence_sweep(
    grace_minutes: Annotated[
        int | None,
        typer.Option(
            help="Leave objects younger than this (BAWASLU_EVIDENCE_SWEEP_GRACE_MINUTES)."
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Report what would go; delete nothing.")] = False,
) -> None:
    """Remove stored objects no committed evidence item needs: content a rolled-back or
    crashed upload left, unfinished temp files, and the parts of closed upload sessions
    (expiring open sessions past their time first). Safe to run while the API serves and
    from several hosts: see docs/evidence.md."""
    from datetime import timedelta

    from bawaslu_api.evidence import storage
    from bawaslu_api.evidence.sweeper import sweep

    settings = get_settings()
    grace = timedelta(minutes=grace_minutes or settings.evidence_sweep_grace_minutes)
    store = storage.from_settings(settings)
    result = _run_db(lambda session: sweep(session, store, grace=grace, dry_run=dry_run))
    verb = "would remove" if dry_run else "removed"
    typer.echo(
        f"{verb}: {result.orphan_objects} unreferenced object(s), {result.temp_objects} temp "
        f"file(s), {result.stale_parts} upload part(s), {result.bytes_freed} bytes; "
        f"expired {result.expired_uploads} upload session(s); "
        f"kept {result.kept_recent} object(s) younger than {grace}"
    )


deadlines_app = typer.Typer(help="Running clocks of cases (audited recomputation).")
app.add_typer(deadlines_app, name="deadlines")


@deadlines_app.command("recompute")
def deadlines_recompute(
    report: Annotated[str | None, typer.Option(help="One case (its id).")] = None,
    office: Annotated[str | None, typer.Option(help="An office code: its subtree.")] = None,
    apply: Annotated[bool, typer.Option(help="Store the new due dates (else a dry run).")] = False,
    reason: Annotated[str | None, typer.Option(help="Why; required with --apply.")] = None,
) -> None:
    """Compute pending clocks again with the calendar in force (docs/legal/rules.md §1: open cases
    keep their clocks until this explicit action), as `POST /v1/deadlines/recompute` does,
    as an admin of Bawaslu RI. Lists each change; with --apply stores them, one timeline
    event per case and an audit entry."""
    from pydantic import ValidationError

    from bawaslu_api.deadlines import service
    from bawaslu_api.deadlines.schemas import RecomputeIn

    try:
        body = RecomputeIn(
            report_id=uuid.UUID(report) if report else None,
            office=office,
            apply=apply,
            reason=reason,
        )
    except ValidationError as exc:
        raise _fail("; ".join(str(e["msg"]) for e in exc.errors()), 2) from None
    except ValueError as exc:
        raise _fail(f"--report: {exc}", 2) from None

    async def _recompute(session: AsyncSession) -> Any:
        return await service.recompute(session, await _operator_principal(session), body)

    out = _run_db(_recompute)
    for c in out.changes:
        typer.echo(
            f"{c.report_id} {c.rule} ({c.deadline_id}) trigger {c.trigger}: "
            f"{c.old_due} -> {c.new_due} (due_at {c.old_due_at.isoformat()} -> "
            f"{c.new_due_at.isoformat()})"
        )
    verb = "changed" if out.applied else "would change"
    typer.echo(
        f"{out.scope}: {out.checked} pending clock(s) checked; {verb} {len(out.changes)} "
        f"clock(s) in {out.cases} case(s)"
    )
