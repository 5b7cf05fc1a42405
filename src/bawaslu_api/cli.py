"""``bawaslu-api``: operator commands."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from bawaslu_api.settings import get_settings

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

    from bawaslu_api.db.runtime import stop_embedded

    _setup_logging()
    settings = get_settings()
    try:
        url = _database_url()
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
            proxy_headers=True,
            server_header=False,
        )
    finally:
        stop_embedded()


@app.command()
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply migrations up to REVISION (default: head)."""
    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.db.runtime import stop_embedded

    _setup_logging()
    try:
        upgrade(_database_url(), revision)
        typer.echo(f"database upgraded to {revision}")
    finally:
        stop_embedded()


@app.command()
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")],
) -> None:
    """Revert migrations down to REVISION."""
    from bawaslu_api.db.migrations import downgrade as run_downgrade
    from bawaslu_api.db.runtime import stop_embedded

    _setup_logging()
    try:
        run_downgrade(_database_url(), revision)
        typer.echo(f"database downgraded to {revision}")
    finally:
        stop_embedded()


@app.command("seed-demo")
def seed_demo() -> None:
    """Load the demo data (offices, elections, demo users, sample cases). Idempotent."""
    from bawaslu_api.db.runtime import stop_embedded
    from bawaslu_api.seed import seed_demo as run_seed

    _setup_logging()
    try:
        summary = asyncio.run(run_seed(_database_url()))
        for key, value in summary.items():
            typer.echo(f"{key}: {value}")
    finally:
        stop_embedded()


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


def main() -> None:
    """Console entry point."""
    app()


tokens_app = typer.Typer(help="Access tokens for staff (until password login lands).")
app.add_typer(tokens_app, name="tokens")


@tokens_app.command("mint")
def tokens_mint(
    subject: Annotated[str, typer.Option("--sub", help="Who the token names (user id).")],
    role: Annotated[str, typer.Option(help="admin, handler, commissioner or viewer.")],
    office: Annotated[str, typer.Option(help="Office code, e.g. ID, 52 or 52.03.")],
    ttl: Annotated[int | None, typer.Option(help="Lifetime in seconds.")] = None,
) -> None:
    """Print a signed access token for a staff member of OFFICE."""
    from bawaslu_api.db.engine import create_engine, create_sessionmaker
    from bawaslu_api.db.runtime import stop_embedded
    from bawaslu_api.security.principals import Role
    from bawaslu_api.security.service import mint_staff_token
    from bawaslu_api.security.tokens import KeyRing

    settings = get_settings()
    try:
        role_value = Role(role)
    except ValueError:
        typer.echo(f"unknown role {role!r}; use one of {[r.value for r in Role]}", err=True)
        raise typer.Exit(2) from None

    async def _mint() -> str:
        engine = create_engine(_database_url(), settings)
        try:
            async with create_sessionmaker(engine)() as session:
                return await mint_staff_token(
                    session,
                    KeyRing.load(settings.keys_dir),
                    settings,
                    subject=subject,
                    role=role_value,
                    office_code=office,
                    ttl_s=ttl,
                )
        finally:
            await engine.dispose()

    try:
        typer.echo(asyncio.run(_mint()))
    finally:
        stop_embedded()
