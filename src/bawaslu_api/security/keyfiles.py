"""Secret key material from a setting or, when unset, from a file in the data directory
generated on first use (32 random bytes, base64). Several processes on one host agree (the
file is created with O_EXCL); several hosts must share the setting."""

from __future__ import annotations

import base64
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr


def key_material(configured: SecretStr | None, path: Path) -> bytes:
    """The configured secret's bytes, else the key file's (made if missing)."""
    if configured is not None:
        return configured.get_secret_value().encode()
    return file_text(path, _new_key).strip().encode()


def _new_key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode() + "\n"


def file_text(path: Path, make: Callable[[], str]) -> str:
    """The text of the key file ``path``, first written with ``make()`` if there is none.

    Of several processes starting at once, one creates the file (``O_EXCL``, mode 0600) and
    writes it; the others wait until it is written (half a second at most), so that none
    reads it empty. ValueError: the file stays empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):
            text = path.read_text()
            if text.strip():
                return text
            time.sleep(0.01)  # the writer has created it and not yet written
        raise ValueError(f"{path} holds no key") from None
    text = make()
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    return text
