"""The CLI run from any directory: one data directory, found the same way; no database made
by accident; every expected failure one line on standard error and a non-zero status."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bawaslu_api import settings as settings_module
from bawaslu_api.settings import default_data_dir, project_root

_SHOW_DATA_DIR = "from bawaslu_api.settings import Settings; print(Settings().data_dir)"
_CLI = "import sys; from bawaslu_api.cli import main; sys.argv[0] = 'bawaslu-api'; main()"


def _cli(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``bawaslu-api ARGS`` in ``cwd``, with only the ``BAWASLU_*`` settings given."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
    return subprocess.run(
        [sys.executable, "-c", _CLI, *args],
        cwd=cwd,
        env={**base, "BAWASLU_LOG_JSON": "false", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The error a command answered: exactly one line, no traceback, no warning."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_the_data_directory_is_the_checkouts_from_any_working_directory(
    tmp_path: Path,
) -> None:
    root = project_root()
    assert root is not None  # the tests run from a source checkout
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "from bawaslu_api.settings import Settings; print(Settings().data_dir)",
        ],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(shown.stdout.strip()) == root / ".var"
    assert shown.stderr == ""


def test_an_installed_package_keeps_its_data_in_the_users_data_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(settings_module, "project_root", lambda: None)
    data_dir = default_data_dir()
    assert data_dir.is_absolute()
    assert data_dir.name == "bawaslu-api"


@pytest.mark.parametrize(
    "args",
    [
        ("tokens", "mint", "--sub", "ops", "--role", "admin", "--office", "ID"),
        ("users", "disable", "someone", "--reason", "left"),
        ("downgrade", "base"),
        ("worker",),
    ],
)
def test_a_command_refuses_to_make_a_database_where_there_is_none(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "var"
    result = _cli(tmp_path, *args, BAWASLU_DATA_DIR=str(data_dir))
    assert result.returncode == 1
    line = _one_line(result)
    assert line.startswith(f"no database in {data_dir}")
    assert "BAWASLU_DATA_DIR" in line
    assert not data_dir.exists()  # no database, no signing key made
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://bawaslu:s3cret@/bawaslu?host={tmp_path}"
    result = _cli(
        tmp_path,
        *("tokens", "mint", "--sub", "ops", "--role", "admin", "--office", "ID"),
        BAWASLU_DATABASE_URL=url,
    )
    assert result.returncode == 1
    line = _one_line(result)
    assert line.startswith("database unreachable (postgresql+asyncpg://bawaslu:***@/bawaslu")
    assert "s3cret" not in line


def test_a_database_not_migrated_is_one_line(tmp_path: Path, pg_server: object) -> None:
    empty = pg_server.create(f"bawaslu_empty_{uuid.uuid4().hex[:8]}")  # type: ignore[attr-defined]
    result = _cli(
        tmp_path,
        *("tokens", "mint", "--sub", "ops", "--role", "admin", "--office", "ID"),
        BAWASLU_DATABASE_URL=empty,
        BAWASLU_JWT_KEYS_DIR=str(tmp_path / "keys"),
    )
    assert result.returncode == 1
    assert "is not migrated" in _one_line(result)
    assert "bawaslu-api migrate" in result.stderr


_MINT = ("--sub", "o", "--role", "admin")
_ADMIN_SHORT = ("--role", "admin", "--password", "short")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("tokens", "mint", "--sub", "o", "--role", "admin", "--office", "99.99"),
            1,
            "No office 99.99.",
        ),
        (("users", "disable", "nobody-here", "--reason", "x"), 1, "no user nobody-here"),
        (("tokens", "mint", "--sub", "o", "--role", "boss", "--office", "ID"), 2, "unknown role"),
        (
            (
                "users",
                "create",
                "--username",
                "ops-user",
                "--office",
                "ID",
                "--role",
                "admin",
                "--password",
                "short",
            ),
            2,
            "invalid input: password: String should have at least 12 characters",
        ),
    ],
)
def test_expected_failures_are_one_line_and_a_status(
    tmp_path: Path, database_url: str, args: tuple[str, ...], code: int, message: str
) -> None:
    result = _cli(
        tmp_path,
        *args,
        BAWASLU_DATABASE_URL=database_url,
        BAWASLU_JWT_KEYS_DIR=str(tmp_path / "k"),
        BAWASLU_DATA_KEYS=os.environ["BAWASLU_DATA_KEYS"],
    )
    assert result.returncode == code
    assert _one_line(result).startswith(message)


def test_a_bad_setting_is_one_line_naming_it(tmp_path: Path) -> None:
    result = _cli(tmp_path, "openapi", BAWASLU_PORT="eighty")
    assert result.returncode == 2
    assert _one_line(result).startswith("configuration error: BAWASLU_PORT:")


def test_data_keys_that_do_not_open_the_database_are_one_line(
    tmp_path: Path, database_url: str
) -> None:
    """A host started without the shared data keys (a new key file in its own data
    directory) cannot read the signing keys sealed by the others: one line saying so."""
    mint = ("tokens", "mint", "--sub", "o", "--role", "admin", "--office", "ID")
    shared = _cli(
        tmp_path,
        *mint,
        BAWASLU_DATABASE_URL=database_url,
        BAWASLU_DATA_KEYS=os.environ["BAWASLU_DATA_KEYS"],
    )
    assert shared.returncode == 0, shared.stderr  # the signing keys exist, sealed
    result = _cli(
        tmp_path,
        *mint,
        BAWASLU_DATABASE_URL=database_url,
        BAWASLU_DATA_DIR=str(tmp_path / "other-host"),
    )
    assert result.returncode == 1
    line = _one_line(result)
    assert "not among the data keys" in line
    assert "BAWASLU_DATA_KEYS" in line
