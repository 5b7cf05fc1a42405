"""`bawaslu-api evidence sweep` runs against the configured database and store."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bawaslu_api.cli import app
from bawaslu_api.settings import get_settings


def test_sweep_command_removes_old_leftovers(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    monkeypatch.setenv("BAWASLU_DATABASE_URL", database_url)
    monkeypatch.setenv("BAWASLU_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BAWASLU_LOG_JSON", "false")
    get_settings.cache_clear()
    leftover = tmp_path / "evidence" / "tmp" / ("a" * 32)
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"crash")
    old = time.time() - 2 * 3600
    os.utime(leftover, (old, old))
    fresh = tmp_path / "evidence" / "objects" / "ab" / "cd" / ("abcd" + "0" * 60)
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(b"just promoted")
    try:
        runner = CliRunner()
        dry = runner.invoke(app, ["evidence", "sweep", "--dry-run"])
        assert dry.exit_code == 0, dry.output
        assert "would remove: 0 unreferenced object(s), 1 temp file(s)" in dry.output
        assert leftover.exists()
        done = runner.invoke(app, ["evidence", "sweep"])
        assert done.exit_code == 0, done.output
        assert not leftover.exists()
        assert fresh.exists()  # younger than the grace period
    finally:
        get_settings.cache_clear()
