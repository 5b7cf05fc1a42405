"""``bawaslu-api``: operator commands."""

from __future__ import annotations

import asyncio
import os
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
    from sqlalchemy.ext.asyncio import AsyncSession

    from bawaslu_api.security.principals import Principal

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")

app = typer.Typer(
    name="bawaslu-api",
    help="Bawaslu case handling service: serve the API and run operator tasks.",
    no_args_is_help=True,
    add_completion=False,
)


def _setup_logging() -> None:
    from bawaslu_api.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)


def _database_url() -> str:
    from bawaslu_api.db.runtime import resolve_database_url

    return resolve_database_url(get_settings())


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


@contextmanager
def _domain_errors() -> Iterator[None]:
    """The one place a domain error becomes a command's answer: its message on standard
    error and exit status 1."""
    from bawaslu_api.errors import DomainError

    try:
        yield
    except DomainError as exc:
        raise _fail(str(exc)) from None


@contextmanager
def _database() -> Iterator[str]:
    """The configured database's URL for the length of a command; without one, an embedded
    server is started in the data directory and stopped when the command ends. A domain
    error ends the command through :func:`_domain_errors`."""
    from bawaslu_api.db.runtime import stop_embedded

    with _domain_errors():
        try:
            yield _database_url()
        finally:
            stop_embedded()


def _parse(model: type[M], data: dict[str, Any]) -> M:
    """Validate an operator's input; invalid input is a usage error (exit status 2)."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _fail(str(exc), 2) from None


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
    with _database() as url:
        # Worker processes read the URL from the environment and reuse this server.
        os.environ["BAWASLU_DATABASE_URL"] = url
        if migrate if migrate is not None else settings.migrate_on_start:
            from bawaslu_api.db.migrations import upgrade

            upgrade(url)
        if seed_demo if seed_demo is not None else settings.seed_demo_on_start:
            from bawaslu_api.seed import seed_demo as run_seed

            asyncio.run(run_seed(url))
        uvicorn.run(
            "bawaslu_api.main:app_factory",
            factory=True,
            host=host or settings.host,
            port=port or settings.port,
            workers=workers or settings.workers,
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

    _move_schema(upgrade, revision, "upgraded")


@app.command()
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")],
) -> None:
    """Revert migrations down to REVISION."""
    from bawaslu_api.db.migrations import downgrade as run_downgrade

    _move_schema(run_downgrade, revision, "downgraded")


def _move_schema(step: Callable[[str, str], None], revision: str, verb: str) -> None:
    """``migrate`` and ``downgrade``: run alembic's ``step`` to REVISION and say so."""
    _setup_logging()
    with _database() as url:
        step(url, revision)
        typer.echo(f"database {verb} to {revision}")


@app.command("seed-demo")
def seed_demo() -> None:
    """Load the demo data (offices, elections, demo users, sample cases). Idempotent."""
    from bawaslu_api.seed import seed_demo as run_seed

    _setup_logging()
    with _database() as url:
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
def worker() -> None:
    """Run a background worker: webhook deliveries and the deadline monitor. Run as many as
    you like against one database; SIGTERM or SIGINT stops one after its current batch."""
    from bawaslu_api.db.engine import create_engine, create_sessionmaker
    from bawaslu_api.worker.runner import serve as run_worker

    _setup_logging()
    settings = get_settings()

    async def _go(url: str) -> None:
        engine = create_engine(url, settings)
        try:
            await run_worker(create_sessionmaker(engine), settings)
        finally:
            await engine.dispose()

    with _database() as url:
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
    """Console entry point."""
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
    from bawaslu_api.db.engine import create_engine, create_sessionmaker

    settings = get_settings()

    async def _go(url: str) -> T:
        engine = create_engine(url, settings)
        try:
            async with create_sessionmaker(engine)() as session, session.begin():
                return await work(session)
        finally:
            await engine.dispose()

    with _database() as url:
        return asyncio.run(_go(url))


async def _operator_principal(session: AsyncSession) -> Principal:
    """The operator acts as an admin of Bawaslu RI: the whole tree."""
    from sqlalchemy import select

    from bawaslu_api.offices.models import Office
    from bawaslu_api.offices.reference import NATIONAL_CODE
    from bawaslu_api.security.principals import Principal, Role

    office = (
        await session.execute(select(Office).where(Office.code == NATIONAL_CODE))
    ).scalar_one()
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
            KeyRing.load(settings.keys_dir),
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


keys_app = typer.Typer(help="Token signing keys in BAWASLU_JWT_KEYS_DIR (audited).")
app.add_typer(keys_app, name="keys")


def _audit_key_event(action: str, kid: str, **details: object) -> None:
    from bawaslu_api.security.audit import audit

    async def _write(session: AsyncSession) -> None:
        await audit(session, actor=_operator(), action=action, subject=f"key:{kid}", **details)

    _run_db(_write)


@keys_app.command("list")
def keys_list() -> None:
    """The keys: the newest signs, every one verifies."""
    from bawaslu_api.security.tokens import read_keys

    keys = read_keys(get_settings().keys_dir)
    for index, key in enumerate(keys):
        typer.echo(f"{key.kid}\t{'signing' if index == len(keys) - 1 else 'verify-only'}")


@keys_app.command("rotate")
def keys_rotate() -> None:
    """Generate a new key; it signs from now on (running processes pick it up on their next
    request). Old keys keep verifying until retired."""
    from bawaslu_api.security.tokens import generate_key

    key = generate_key(get_settings().keys_dir)
    _audit_key_event("key_rotated", key.kid)
    typer.echo(f"new signing key {key.kid}")


@keys_app.command("retire")
def keys_retire(
    kid: Annotated[str, typer.Argument(help="Key id, as `keys list` shows it.")],
) -> None:
    """Delete a key: tokens it signed stop verifying. Wait the access-token lifetime after a
    rotation before retiring the previous key. The signing key cannot be retired."""
    from bawaslu_api.security.tokens import retire_key

    try:
        retire_key(get_settings().keys_dir, kid)
    except KeyError:
        raise _fail(f"no key {kid}") from None
    except ValueError as exc:
        raise _fail(str(exc)) from None
    _audit_key_event("key_retired", kid)
    typer.echo(f"retired {kid}")


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
