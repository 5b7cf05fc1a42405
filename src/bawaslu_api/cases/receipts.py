"""Receipt codes: how a reporter without an account follows their own report.

The code is shown once, at filing; only its SHA-256 is stored, so a database leak does not
let anyone follow someone else's report.
"""

from __future__ import annotations

import hashlib
import secrets

# Crockford base32 without I, L, O, U: easy to read out and type from a printed receipt.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "BWS"


def new_code() -> str:
    """A fresh code like ``BWS-7K3M-Q9PX-2DHT-8RWC`` (80 random bits)."""
    bits = int.from_bytes(secrets.token_bytes(10))  # 16 characters of 5 bits each
    chars = "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in range(16))
    return PREFIX + "-" + "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def normalise(code: str) -> str:
    """Upper case, no separators, the prefix dropped; common misreadings mapped."""
    cleaned = code.strip().upper().replace("-", "").replace(" ", "")
    if len(cleaned) == len(PREFIX) + 16 and cleaned.startswith(PREFIX):
        cleaned = cleaned[len(PREFIX) :]
    return cleaned.translate(str.maketrans("OIL", "011"))


def digest(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def display(code: str) -> str:
    """The code as printed: ``BWS-7K3M-Q9PX-2DHT-8RWC``, whatever case or separators it was
    typed with."""
    chars = normalise(code)
    return PREFIX + "-" + "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))
