"""Sealing: authenticated encryption of values kept in the database (AES-256-GCM), under a
key ring, and keyed hashes ("blind indexes") for exact lookups of sealed values.

Keys
    ``BAWASLU_DATA_KEYS``: comma-separated base64 keys of 32 random bytes
    (``bawaslu-api pii new-key`` prints one). The first seals; every one unseals. Unset:
    ``<data_dir>/data.keys``, one key per line, made on first use (one process of several
    starting at once writes it, the others read it). Every process that reads or writes
    personal data (API hosts, workers, the CLI, migrations) must hold the same keys: with
    several hosts, set the setting (or copy the file) on each.

Stored form
    ``s1.<kid>.<base64url(nonce ‖ ciphertext ‖ tag)>``, where ``kid`` names the key (the
    first 8 hex digits of a hash of it, so it needs no configuration of its own) and the
    nonce is 12 random bytes. The empty string is stored as it is (an absent phone number
    is not a secret worth a ciphertext; its absence shows either way in the length).

Associated data
    Every value is sealed for a place: ``table.column`` and the row's key (:func:`place`).
    A ciphertext copied to another row or another column does not decrypt
    (:class:`Unreadable`), so a database writer cannot swap one reporter's data for
    another's without the keys.

Blind index
    :meth:`KeyRing.index` is an HMAC-SHA-256 of a normalised value under a key derived from
    a data key, for exact lookups (a NIK) without storing the value. It is as strong as the
    key: the value space of a NIK is small enough to enumerate for whoever holds the key.
    A lookup tries the index of every key in the ring, so lookups keep working during a
    rotation while rows are re-indexed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, overload

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bawaslu_api.security import keyfiles
from bawaslu_api.settings import Settings

PREFIX = "s1."
KEY_FILE = "data.keys"
NONCE_BYTES = 12
KEY_BYTES = 32
_RECHECK_S = 1.0


class Unreadable(Exception):
    """A sealed value cannot be opened: its key is not in the ring, or it was sealed for
    another place (moved or altered)."""


class BadKey(ValueError):
    """A configured key is not base64 of 32 bytes."""


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """``nonce ‖ ciphertext ‖ tag`` of ``plaintext`` (AES-256-GCM, random 96-bit nonce)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """The plaintext of :func:`encrypt`'s output; ``InvalidTag`` if it does not verify."""
    return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)


def place(table: str, column: str, row: object) -> bytes:
    """The associated data of a value: where it is stored."""
    return f"{table}.{column}:{row}".encode()


def new_key() -> str:
    """A fresh key, base64 (for ``BAWASLU_DATA_KEYS`` or the key file)."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def parse_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BadKey("a data key must be base64 of 32 random bytes") from None
    if len(raw) != KEY_BYTES:
        raise BadKey(f"a data key must be 32 bytes, this one is {len(raw)}")
    return raw


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"bawaslu data key id\x00" + key).hexdigest()[:8]


@dataclass(frozen=True)
class DataKey:
    kid: str
    secret: bytes

    @classmethod
    def of(cls, secret: bytes) -> DataKey:
        return cls(key_id(secret), secret)

    @cached_property
    def aead(self) -> AESGCM:
        return AESGCM(self.secret)

    @cached_property
    def index_key(self) -> bytes:
        return hmac.new(self.secret, b"bawaslu blind index", hashlib.sha256).digest()


class KeyRing:
    """Data keys: the first seals, every one unseals."""

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ValueError("a key ring needs at least one key")
        self.keys = [DataKey.of(k) for k in keys]
        self._by_kid = {k.kid: k for k in self.keys}

    @property
    def current(self) -> DataKey:
        return self.keys[0]

    @property
    def kids(self) -> list[str]:
        return [k.kid for k in self.keys]

    def seal(self, value: str, aad: bytes) -> str:
        """The stored form of ``value`` for the place ``aad`` ("" stays "")."""
        if value == "":
            return ""
        key = self.current
        nonce = secrets.token_bytes(NONCE_BYTES)
        blob = nonce + key.aead.encrypt(nonce, value.encode(), aad)
        return f"{PREFIX}{key.kid}.{base64.urlsafe_b64encode(blob).decode()}"

    def unseal(self, stored: str, aad: bytes) -> str:
        """The value of a stored form sealed for ``aad``; :class:`Unreadable` otherwise."""
        if stored == "":
            return ""
        kid, blob = _split(stored)
        key = self._by_kid.get(kid)
        if key is None:
            raise Unreadable(f"sealed with key {kid}, which is not among the data keys")
        try:
            return key.aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad).decode()
        except InvalidTag:
            raise Unreadable("the value does not belong here or was altered") from None

    def index(self, value: str) -> str:
        """The blind index of ``value`` under the sealing key (hex)."""
        return _index(self.current, value)

    def indexes(self, value: str) -> list[str]:
        """Its blind index under every key (lookups during a rotation)."""
        return [_index(k, value) for k in self.keys]


def kid_of(stored: str) -> str | None:
    """The key id a stored value was sealed with (None for "" and for clear values)."""
    if not stored.startswith(PREFIX):
        return None
    return stored[len(PREFIX) :].split(".", 1)[0]


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)


def _split(stored: str) -> tuple[str, bytes]:
    if not stored.startswith(PREFIX):
        raise Unreadable("the value is not sealed")
    try:
        kid, text = stored[len(PREFIX) :].split(".", 1)
        return kid, base64.urlsafe_b64decode(text)
    except (ValueError, binascii.Error):
        raise Unreadable("the sealed value is malformed") from None


def _index(key: DataKey, value: str) -> str:
    return hmac.digest(key.index_key, value.encode(), "sha256").hex()


# Where the keys come from ------------------------------------------------------------


def key_file(settings: Settings) -> Path:
    return settings.data_dir.resolve() / KEY_FILE


def _parse_lines(text: str) -> list[bytes]:
    lines = [line.strip() for line in text.splitlines()]
    return [parse_key(line) for line in lines if line and not line.startswith("#")]


def write_key_file(path: Path, keys: list[bytes]) -> None:
    """Replace the key file (written aside and renamed: readers never see half of it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.touch(mode=0o600)
    tmp.write_text("".join(base64.b64encode(k).decode() + "\n" for k in keys))
    tmp.replace(path)


def load_keys(settings: Settings) -> list[bytes]:
    """The data keys of ``settings``: the setting's, else the key file's (made if missing)."""
    if settings.data_keys is not None:
        return [parse_key(k) for k in settings.data_keys.get_secret_value().split(",") if k]
    try:
        text = keyfiles.file_text(key_file(settings), lambda: new_key() + "\n")
    except ValueError as exc:  # a key file left empty
        raise BadKey(str(exc)) from None
    keys = _parse_lines(text)
    if not keys:
        raise BadKey(f"{key_file(settings)} holds no key")
    return keys


class _Source:
    """The process's ring, re-read when the key file changes (a rotation by the CLI), at
    most once a second."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._settings: Settings | None = None
        self._ring: KeyRing | None = None
        self._stamp: float = -1
        self._checked = float("-inf")

    def configure(self, settings: Settings) -> None:
        with self._lock:
            self._settings, self._ring, self._checked = settings, None, float("-inf")

    def ring(self) -> KeyRing:
        if self._settings is None:
            from bawaslu_api.settings import get_settings

            self.configure(get_settings())
        settings = self._settings
        assert settings is not None
        ring = self._ring
        if ring is not None and (
            settings.data_keys is not None or time.monotonic() - self._checked < _RECHECK_S
        ):
            return ring
        with self._lock:
            self._checked = time.monotonic()
            stamp = _mtime(key_file(settings)) if settings.data_keys is None else 0
            if self._ring is None or stamp != self._stamp:
                self._ring = KeyRing(load_keys(settings))
                self._stamp = _mtime(key_file(settings)) if settings.data_keys is None else 0
            return self._ring

    def reload(self) -> KeyRing:
        with self._lock:
            self._ring = None
        return self.ring()


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return -1


_source = _Source()


def configure(settings: Settings) -> None:
    """Use the keys of ``settings`` in this process (the app, the CLI and migrations call it;
    otherwise the process settings are used)."""
    _source.configure(settings)


def ring() -> KeyRing:
    """The process's data key ring."""
    return _source.ring()


def reload() -> KeyRing:
    return _source.reload()


def seal(value: str, aad: bytes) -> str:
    return ring().seal(value, aad)


def unseal(stored: str, aad: bytes) -> str:
    """Like :meth:`KeyRing.unseal`; an unknown key id re-reads the keys once (another
    process rotated)."""
    current = ring()
    kid = kid_of(stored)
    if kid is not None and kid not in current.kids:
        current = reload()
    return current.unseal(stored, aad)


# Model attributes ----------------------------------------------------------------------


class SealedText:
    """A model attribute that reads and writes the clear value of a sealed column.

    ``SealedText("nik_sealed", "report_identity", "nik", "report_id")`` on a model: reading
    ``obj.nik`` unseals ``obj.nik_sealed`` for the place ``report_identity.nik:<report_id>``;
    assigning seals. The row key must be set before the value. The clear value is kept on
    the instance next to the stored form it came from (one decryption per loaded row).
    """

    def __init__(self, stored: str, table: str, field: str, row: str) -> None:
        self.stored, self.table, self.field, self.row = stored, table, field, row
        self._cache = f"_clear_{field}"

    def aad(self, obj: object) -> bytes:
        row = getattr(obj, self.row)
        if row is None:
            raise ValueError(f"{self.table}.{self.row} must be set before {self.field}")
        return place(self.table, self.field, row)

    def read(self, obj: object) -> str:
        stored: str | None = getattr(obj, self.stored)
        if not stored:
            return ""
        cached = obj.__dict__.get(self._cache)
        if cached is not None and cached[0] is stored:
            return str(cached[1])
        clear = unseal(stored, self.aad(obj))
        obj.__dict__[self._cache] = (stored, clear)
        return clear

    def write(self, obj: object, value: str) -> None:
        stored = seal(value, self.aad(obj))
        setattr(obj, self.stored, stored)
        obj.__dict__[self._cache] = (stored, value)

    @overload
    def __get__(self, obj: None, owner: type) -> SealedText: ...
    @overload
    def __get__(self, obj: object, owner: type) -> str: ...
    def __get__(self, obj: object | None, owner: type) -> SealedText | str:
        return self if obj is None else self.read(obj)

    def __set__(self, obj: object, value: str | None) -> None:
        self.write(obj, value or "")


class SealedJson:
    """Like :class:`SealedText`, for a JSON list kept sealed as one value."""

    def __init__(self, stored: str, table: str, field: str, row: str) -> None:
        self.text = SealedText(stored, table, field, row)

    @overload
    def __get__(self, obj: None, owner: type) -> SealedJson: ...
    @overload
    def __get__(self, obj: object, owner: type) -> list[dict[str, Any]]: ...
    def __get__(self, obj: object | None, owner: type) -> SealedJson | list[dict[str, Any]]:
        if obj is None:
            return self
        clear = self.text.read(obj)
        return list(json.loads(clear)) if clear else []

    def __set__(self, obj: object, value: list[dict[str, Any]] | None) -> None:
        self.text.write(obj, json.dumps(value, ensure_ascii=False) if value else "")
