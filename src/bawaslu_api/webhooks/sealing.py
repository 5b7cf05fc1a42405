"""Webhook signing secrets are kept encrypted in the database (AES-256-GCM).

The worker needs each secret in clear to sign (Standard Webhooks uses HMAC), so it cannot
be hashed like a password; it is encrypted with a key that is not in the database:
``BAWASLU_WEBHOOK_SECRET_KEY`` (base64 of 32 random bytes, ``openssl rand -base64 32``;
production refuses anything else, settings.SECRET_SETTINGS; hashed to 256 bits as it always
was, so an older passphrase key still unseals what it sealed), or, when unset,
``<data_dir>/webhook-secret.key``, generated on first use. The API (which makes secrets)
and every worker (which signs with them) must use the same key. A copy of the database
alone then does not let anyone sign messages that receivers would accept.

Stored form: ``enc1:`` + base64url(nonce ‖ ciphertext ‖ tag) of the secret's 32 key bytes
(the AES-GCM of ``security.sealing``, with a key of its own and a fixed associated data).
Rows written before sealing existed hold the secret in clear (``whsec_...``); they keep
working and the worker's housekeeping seals them.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidTag

from bawaslu_api.security.keyfiles import key_material
from bawaslu_api.security.sealing import decrypt, encrypt
from bawaslu_api.settings import Settings
from bawaslu_api.webhooks.signing import PREFIX

SEALED = "enc1:"
_AAD = b"bawaslu webhook signing secret"
KEY_FILE = "webhook-secret.key"


class SecretUnreadable(Exception):
    """The stored secret cannot be decrypted with this key (a different key is configured)."""


def key_from(settings: Settings) -> bytes:
    """The 256-bit sealing key of these settings (the key file is made if missing)."""
    material = key_material(settings.webhook_secret_key, settings.data_dir / KEY_FILE)
    return hashlib.sha256(material).digest()


def seal(secret: str, key: bytes) -> str:
    """The stored form of a ``whsec_`` secret."""
    raw = base64.b64decode(secret.removeprefix(PREFIX))
    return SEALED + base64.urlsafe_b64encode(encrypt(key, raw, _AAD)).decode()


def unseal(stored: str, key: bytes) -> str:
    """The ``whsec_`` secret of a stored value (clear values of old rows pass through)."""
    if not stored.startswith(SEALED):
        return stored
    blob = base64.urlsafe_b64decode(stored.removeprefix(SEALED))
    try:
        raw = decrypt(key, blob, _AAD)
    except InvalidTag as exc:
        raise SecretUnreadable(
            "the signing secret cannot be decrypted: BAWASLU_WEBHOOK_SECRET_KEY differs from "
            "the key it was stored with"
        ) from exc
    return PREFIX + base64.b64encode(raw).decode()


def is_sealed(stored: str) -> bool:
    return stored.startswith(SEALED)
