"""Operator commands: users, clients and keys, each audited in auth_event."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, or_, select
from typer.testing import CliRunner


@pytest.fixture
def cli_env(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Any]]:
    """The CLI pointed at the test database and a key directory of its own."""
    from bawaslu_api.settings import get_settings

    monkeypatch.setenv("BAWASLU_DATABASE_URL", database_url)
    monkeypatch.setenv("BAWASLU_JWT_KEYS_DIR", str(tmp_path / "keys"))
    monkeypatch.setenv("BAWASLU_LOG_JSON", "false")
    get_settings.cache_clear()
    tag = uuid.uuid4().hex[:8]
    try:
        yield {"tag": tag, "keys": tmp_path / "keys", "url": database_url}
    finally:
        get_settings.cache_clear()
        asyncio.run(_cleanup(database_url, tag))


async def _cleanup(url: str, tag: str) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.clients.models import ApiClient
    from bawaslu_api.security.models import AuthEvent
    from bawaslu_api.users.models import StaffUser

    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(delete(StaffUser).where(StaffUser.username.contains(tag)))
        await conn.execute(delete(ApiClient).where(ApiClient.name.contains(tag)))
        await conn.execute(delete(AuthEvent).where(AuthEvent.subject.contains(tag)))
    await engine.dispose()


async def _events(url: str, *needles: str) -> list[str]:
    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.security.models import AuthEvent

    engine = create_async_engine(url)
    async with engine.connect() as conn:
        rows = (
            await conn.execute(
                select(AuthEvent.action)
                .where(or_(*(AuthEvent.subject.contains(n) for n in needles)))
                .order_by(AuthEvent.at, AuthEvent.id)
            )
        ).scalars()
        actions = list(rows)
    await engine.dispose()
    return actions


def test_users_commands_are_audited(cli_env: dict[str, Any]) -> None:
    from bawaslu_api.cli import app

    runner = CliRunner()
    name = f"cli.{cli_env['tag']}"
    env = {"BAWASLU_NEW_PASSWORD": "operator chosen passphrase"}

    created = runner.invoke(
        app,
        ["users", "create", "--username", name, "--office", "52", "--role", "viewer"],
        env=env,
    )
    assert created.exit_code == 0, created.output
    assert f"created {name}" in created.output
    reset = runner.invoke(app, ["users", "reset-password", name], env=env)
    assert reset.exit_code == 0, reset.output
    disabled = runner.invoke(app, ["users", "disable", name, "--reason", "test"])
    assert disabled.exit_code == 0, disabled.output
    unknown = runner.invoke(app, ["users", "disable", "nobody.at.all", "--reason", "x"])
    assert unknown.exit_code == 1

    assert asyncio.run(_events(cli_env["url"], cli_env["tag"])) == [
        "user_created",
        "password_reset",
        "user_disabled",
    ]


async def _kids(url: str) -> list[str]:
    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.security.models import SigningKeyRecord

    engine = create_async_engine(url)
    async with engine.connect() as conn:
        kids = list((await conn.scalars(select(SigningKeyRecord.kid).order_by("kid"))).all())
    await engine.dispose()
    return kids


async def _drop_keys(url: str, keep: list[str]) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.security.models import SigningKeyRecord

    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(delete(SigningKeyRecord).where(SigningKeyRecord.kid.not_in(keep)))
    await engine.dispose()


def test_clients_and_keys_commands(cli_env: dict[str, Any]) -> None:
    from bawaslu_api.cli import app

    runner = CliRunner()
    before = asyncio.run(_kids(cli_env["url"]))
    created = runner.invoke(
        app,
        [
            "clients", "create", "--name", f"sync {cli_env['tag']}",
            "--office", "52.03", "--scope", "reports:read",
        ],
    )  # fmt: skip
    assert created.exit_code == 0, created.output
    client_id = created.output.split("client_id=")[1].split()[0]
    assert "client_secret=" in created.output
    revoked = runner.invoke(app, ["clients", "revoke", client_id])
    assert revoked.exit_code == 0, revoked.output

    first = runner.invoke(app, ["keys", "rotate"])
    second = runner.invoke(app, ["keys", "rotate"])
    assert first.exit_code == second.exit_code == 0
    kids = [k for k in asyncio.run(_kids(cli_env["url"])) if k not in before][-2:]
    assert len(kids) == 2
    listed = runner.invoke(app, ["keys", "list"])
    assert f"{kids[1]}\tsigning" in listed.output
    assert f"{kids[0]}\tverify-only" in listed.output
    refused = runner.invoke(app, ["keys", "retire", kids[1]])
    assert refused.exit_code == 1
    retired = runner.invoke(app, ["keys", "retire", kids[0]])
    assert retired.exit_code == 0, retired.output
    assert asyncio.run(_kids(cli_env["url"]))[-2:] == [*before[-1:], kids[1]]

    minted = runner.invoke(
        app, ["tokens", "mint", "--sub", f"op-{cli_env['tag']}", "--role", "handler",
              "--role", "viewer", "--office", "52.03"],
    )  # fmt: skip
    assert minted.exit_code == 0, minted.output
    assert minted.output.count(".") == 2
    actions = asyncio.run(_events(cli_env["url"], cli_env["tag"], client_id, *kids))
    assert actions == [
        "client_created",
        "client_revoked",
        "key_rotated",
        "key_rotated",
        "key_retired",
        "token_minted",
    ]
    asyncio.run(_drop_keys(cli_env["url"], before))


def test_deadlines_recompute_dry_run_and_its_checks(cli_env: dict[str, Any]) -> None:
    """docs/legal/rules.md §1: recomputation is explicit; the CLI verb is the API's, as an admin of
    Bawaslu RI (a dry run here: nothing is written)."""
    from bawaslu_api.cli import app

    runner = CliRunner()
    dry = runner.invoke(app, ["deadlines", "recompute", "--office", "52.03"])
    assert dry.exit_code == 0, dry.output
    assert "office:52.03:" in dry.output
    assert "would change" in dry.output
    no_reason = runner.invoke(app, ["deadlines", "recompute", "--apply"])
    assert no_reason.exit_code == 2
    assert "reason" in no_reason.output
    unknown = runner.invoke(app, ["deadlines", "recompute", "--report", str(uuid.uuid4())])
    assert unknown.exit_code == 1
