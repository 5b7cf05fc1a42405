"""Password hashing (argon2id) and the opaque secrets of refresh tokens and clients."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults are RFC 9106's "second recommended option" (argon2id, t=3,
# m=64 MiB, p=4). Changing them here makes every login rehash with the new parameters.
_HASHER = PasswordHasher()

MIN_PASSWORD_LENGTH = 12
# Bounded so that a megabyte-long "password" cannot be used to burn CPU.
MAX_PASSWORD_LENGTH = 256


def hash_password(password: str) -> str:
    """An argon2id PHC string (salt and parameters included)."""
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches the stored hash. Never raises on a bad hash."""
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with other parameters than the current ones."""
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _HASHER.hash(secrets.token_urlsafe(16))


def burn_time(password: str) -> None:
    """Verify against a throw-away hash: an unknown or locked user costs what a real one
    does, so timing does not tell whether an account exists."""
    verify_password(_dummy_hash(), password)


# argon2 takes tens of milliseconds of CPU by design; the C code releases the GIL, so these
# run in worker threads and never stall the event loop that serves other requests.


async def hash_password_async(password: str) -> str:
    """:func:`hash_password` off the event loop."""
    return await asyncio.to_thread(hash_password, password)


async def verify_password_async(stored: str, password: str) -> bool:
    """:func:`verify_password` off the event loop."""
    return await asyncio.to_thread(verify_password, stored, password)


async def burn_time_async(password: str) -> None:
    """:func:`burn_time` off the event loop."""
    await asyncio.to_thread(burn_time, password)


def new_secret() -> str:
    """A 256-bit random secret, URL-safe (refresh tokens, client secrets)."""
    return secrets.token_urlsafe(32)


def secret_digest(secret: str) -> str:
    """SHA-256 of a high-entropy secret, hex. Enough for 256-bit random secrets: there is
    nothing to guess, so a slow hash would only add CPU cost to every token request."""
    return hashlib.sha256(secret.encode()).hexdigest()


def digest_matches(stored_hex: str, secret: str) -> bool:
    """Constant-time comparison of a stored digest with a presented secret."""
    return hmac.compare_digest(stored_hex, secret_digest(secret))
