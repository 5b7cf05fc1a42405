"""Key rotation: the new key signs, old keys verify until retired, JWKS lists them."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.auth.helpers import assert_problem, bearer, create_user, login, unverified


@pytest.fixture
async def shared_keys(rollback_app: FastAPI, engine: Any) -> AsyncIterator[Any]:
    """The keys of the database, as every host sees them; ``reload()`` does what each
    process does every ``BAWASLU_JWT_KEYS_RELOAD_S``. The table is put back afterwards."""
    from sqlalchemy import delete, insert, select

    from bawaslu_api.security import signing_keys
    from bawaslu_api.security.models import SigningKeyRecord

    original = rollback_app.state.key_ring
    async with engine.connect() as conn:
        saved = (await conn.execute(select(SigningKeyRecord.__table__))).mappings().all()

    async def reload() -> None:
        await signing_keys.refresh(rollback_app.state, engine, None)

    try:
        yield reload
    finally:
        async with engine.begin() as conn:
            await conn.execute(delete(SigningKeyRecord))
            await conn.execute(insert(SigningKeyRecord), [dict(r) for r in saved])
        rollback_app.state.key_ring = original


async def test_rotation_keeps_old_tokens_valid_until_the_key_is_retired(
    shared_keys: Any, engine: Any, client: httpx.AsyncClient, national_admin: Any
) -> None:
    from bawaslu_api.security import signing_keys

    await shared_keys()
    await create_user(client, national_admin, "rotation.user")
    old_token = (await login(client, "rotation.user")).json()["access_token"]
    old_kid = unverified(old_token)[0]["kid"]

    async with engine.begin() as conn:
        new_key = await signing_keys.rotate(conn)
    await shared_keys()

    # The running app notices the new key without a restart.
    assert (await client.get("/v1/reports", headers=bearer(old_token))).status_code == 200
    new_token = (await login(client, "rotation.user")).json()["access_token"]
    assert unverified(new_token)[0]["kid"] == new_key.kid != old_kid
    kids = [k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]]
    assert kids[-2:] == [old_kid, new_key.kid]

    async with engine.begin() as conn:
        for kid in kids[:-1]:
            await signing_keys.retire(conn, kid)
    await shared_keys()

    assert_problem(
        await client.get("/v1/reports", headers=bearer(old_token)), 401, "unauthenticated"
    )
    assert (await client.get("/v1/reports", headers=bearer(new_token))).status_code == 200
    kids = [k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]]
    assert kids == [new_key.kid]


async def test_the_signing_key_cannot_be_retired(shared_keys: Any, engine: Any) -> None:
    from bawaslu_api.security import signing_keys

    async with engine.begin() as conn:
        newest = (await signing_keys.keys(conn))[-1]
        with pytest.raises(ValueError, match="rotate"):
            await signing_keys.retire(conn, newest.kid)
        with pytest.raises(KeyError):
            await signing_keys.retire(conn, "no-such-kid")
        newer = await signing_keys.rotate(conn)
        await signing_keys.retire(conn, newest.kid)
        assert (await signing_keys.keys(conn))[-1].kid == newer.kid


async def test_private_keys_are_stored_sealed_to_their_kid(shared_keys: Any, engine: Any) -> None:
    """A database copy holds no usable private key, and a sealed key moved to another kid
    does not open."""
    from sqlalchemy import select, update

    from bawaslu_api.security import sealing, signing_keys
    from bawaslu_api.security.models import SigningKeyRecord

    async with engine.begin() as conn:
        await signing_keys.rotate(conn)
        columns = select(SigningKeyRecord.kid, SigningKeyRecord.private_key_sealed)
        rows = (await conn.execute(columns)).all()
        assert len(rows) >= 2
        for _, stored in rows:
            assert stored.startswith("s1.")
            assert "PRIVATE KEY" not in stored
        sealed_a, kid_b = rows[0][1], rows[1][0]
        await conn.execute(
            update(SigningKeyRecord)
            .where(SigningKeyRecord.kid == kid_b)
            .values(private_key_sealed=sealed_a)
        )
        with pytest.raises(sealing.Unreadable):
            await signing_keys.keys(conn)


async def test_first_start_imports_the_key_files_once(pg_server: Any, tmp_path: Path) -> None:
    """Two processes starting together on a database without keys: the key files of the
    host are imported once, and tokens they signed before still verify."""
    import asyncio

    from sqlalchemy.ext.asyncio import create_async_engine

    from bawaslu_api.db.migrations import upgrade
    from bawaslu_api.security import signing_keys
    from bawaslu_api.security.tokens import KeyRing

    url = pg_server.create(f"bawaslu_keys_{uuid.uuid4().hex[:8]}")
    await asyncio.to_thread(upgrade, url)
    files = KeyRing.load(tmp_path / "keys")
    old_token = files.issue({"sub": "u"}, issuer="i", audience="a", ttl_s=60)
    engines = [create_async_engine(url), create_async_engine(url)]
    try:
        ring_a, ring_b = await asyncio.gather(
            *(signing_keys.load(e, tmp_path / "keys") for e in engines)
        )
    finally:
        for e in engines:
            await e.dispose()
    assert ring_a.kids == ring_b.kids == files.kids
    assert ring_b.verify(old_token, issuer="i", audience="a")["sub"] == "u"


def test_jwks_entries_are_public_rsa_keys(tmp_path: Path) -> None:
    from bawaslu_api.security.tokens import KeyRing

    jwks = KeyRing.load(tmp_path).jwks()
    (entry,) = jwks["keys"]
    assert entry["kty"] == "RSA"
    assert entry["alg"] == "RS256"
    assert entry["use"] == "sig"
    assert not {"d", "p", "q", "dp", "dq", "qi"} & set(entry)
