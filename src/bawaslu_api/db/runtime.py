"""Which database this process talks to: the configured URL, or an embedded server."""

from __future__ import annotations

from bawaslu_api.db import embedded
from bawaslu_api.settings import Settings

_server: embedded.EmbeddedServer | None = None


def resolve_database_url(settings: Settings) -> str:
    """The configured URL; when none is set, start the embedded server and use it."""
    if settings.database_url is not None:
        return settings.database_url.get_secret_value()
    return ensure_embedded(settings).url()


def ensure_embedded(settings: Settings) -> embedded.EmbeddedServer:
    """Start the embedded server of this data directory once per process."""
    global _server
    if _server is None:
        _server = embedded.start(settings.pgdata_dir)
        _server.ensure_database()
    return _server


def stop_embedded() -> None:
    """Stop the embedded server if this process started it."""
    global _server
    if _server is not None:
        _server.stop()
        _server = None
