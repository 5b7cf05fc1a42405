"""Token signing keys kept in the database, so that every API host signs and verifies
with the same ring (a token from one host is accepted by every other behind a load
balancer).

Each key is a row of ``signing_key``: its kid and its private key sealed with the data keys
(``security/sealing.py``, bound to the kid), so a copy of the database alone does not let
anyone mint tokens. The newest key signs; every key verifies until retired. The first
process to find the table empty imports the key files of ``BAWASLU_JWT_KEYS_DIR`` (the
keys of the time before the database held them; tokens they signed stay valid), or
generates a first key. Each process re-reads the table every ``BAWASLU_JWT_KEYS_RELOAD_S``
seconds, so a rotation or retirement on one host reaches the others within that time.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from bawaslu_api.security import sealing
from bawaslu_api.security.models import SigningKeyRecord
from bawaslu_api.security.tokens import KeyRing, SigningKey, new_signing_key, read_keys, signing_key

logger = logging.getLogger(__name__)

# Of several processes finding the table empty at once, one imports or generates.
_LOCK = 0x0B_A5_51_0E_4B


def _aad(kid: str) -> bytes:
    return sealing.place("signing_key", "private_key", kid)


def _record(key: SigningKey) -> dict[str, str]:
    return {
        "kid": key.kid,
        "private_key_sealed": sealing.seal(key.private_pem.decode(), _aad(key.kid)),
    }


async def keys(conn: AsyncConnection | AsyncSession) -> list[SigningKey]:
    """Every key in the table, oldest first."""
    rows = (
        await conn.execute(
            select(SigningKeyRecord.kid, SigningKeyRecord.private_key_sealed).order_by(
                SigningKeyRecord.kid
            )
        )
    ).all()
    return [signing_key(kid, sealing.unseal(sealed, _aad(kid)).encode()) for kid, sealed in rows]


async def ensure(conn: AsyncConnection | AsyncSession, keys_dir: Path | None) -> list[SigningKey]:
    """The keys, after importing the files of ``keys_dir`` (or generating a first key) when
    the table is empty. Commits nothing: the caller's transaction does."""
    found = await keys(conn)
    if found:
        return found
    await conn.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _LOCK})
    found = await keys(conn)
    if found:
        return found
    imported = await asyncio.to_thread(read_keys, keys_dir) if keys_dir is not None else []
    for key in imported or [new_signing_key()]:
        await conn.execute(insert(SigningKeyRecord).values(**_record(key)))
    if imported:
        logger.info("signing keys imported", extra={"kids": [k.kid for k in imported]})
    return await keys(conn)


async def import_files(conn: AsyncConnection | AsyncSession, keys_dir: Path) -> list[str]:
    """Add the key files of ``keys_dir`` missing from the table; their kids."""
    present = {k.kid for k in await keys(conn)}
    added = [k for k in await asyncio.to_thread(read_keys, keys_dir) if k.kid not in present]
    for key in added:
        await conn.execute(insert(SigningKeyRecord).values(**_record(key)))
    return [k.kid for k in added]


async def rotate(conn: AsyncConnection | AsyncSession) -> SigningKey:
    """A new key: it signs from now on (every host within the reload interval)."""
    key = new_signing_key()
    await conn.execute(insert(SigningKeyRecord).values(**_record(key)))
    return key


async def retire(conn: AsyncConnection | AsyncSession, kid: str) -> None:
    """Delete key ``kid``: tokens it signed stop verifying. ``KeyError`` if there is no such
    key; ``ValueError`` for the newest, which signs (rotate first)."""
    kids = [k.kid for k in await keys(conn)]
    if kid not in kids:
        raise KeyError(kid)
    if kid == kids[-1]:
        raise ValueError("the newest key signs new tokens: rotate before retiring it")
    await conn.execute(delete(SigningKeyRecord).where(SigningKeyRecord.kid == kid))


async def load(engine: AsyncEngine, keys_dir: Path | None) -> KeyRing:
    """The ring as the database holds it (a first key made or imported if none)."""
    async with engine.begin() as conn:
        return KeyRing(await ensure(conn, keys_dir))


async def refresh(app_state: Any, engine: AsyncEngine, keys_dir: Path | None) -> None:
    """Replace ``app_state.key_ring`` when the keys in the database changed (a ring that
    did not change is kept, with its cache of verified tokens)."""
    ring = await load(engine, keys_dir)
    current: KeyRing | None = getattr(app_state, "key_ring", None)
    if current is None or current.kids != ring.kids:
        app_state.key_ring = ring


async def keep_fresh(
    app_state: Any, engine: AsyncEngine, keys_dir: Path | None, interval_s: float
) -> None:
    """Re-read the keys every ``interval_s`` (every second while none could be read: the
    database was down or not migrated when the process started). Runs until cancelled."""
    while True:
        loaded = getattr(app_state, "key_ring", None) is not None
        await asyncio.sleep(interval_s if loaded else min(interval_s, 1.0))
        try:
            await refresh(app_state, engine, keys_dir)
        except Exception:  # the database may be down or not migrated: try again later
            logger.warning("signing keys not reloaded", exc_info=True)
