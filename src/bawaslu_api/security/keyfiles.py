"""Secret key material from a setting or, when unset, from a file in the data directory
generated on first use (32 random bytes, base64). Several processes on one host agree (the
file is created with O_EXCL); several hosts must share the setting."""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from pydantic import SecretStr


def key_material(configured: SecretStr | None, path: Path) -> bytes:
    """The configured secret's bytes, else the key file's (made if missing)."""
    if configured is not None:
        return configured.get_secret_value().encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: of several processes starting at once, one writes, the others read it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    value = base64.b64encode(secrets.token_bytes(32))
    with os.fdopen(fd, "wb") as handle:
        handle.write(value + b"\n")
    return value
