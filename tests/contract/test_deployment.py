"""docker-compose.yml and the README agree with the settings and the CLI.

No Docker engine runs here, so the compose file is checked as data.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import yaml
from typer.main import get_command

from bawaslu_api.cli import app as cli_app
from bawaslu_api.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SETTING_NAMES = {f"BAWASLU_{name.upper()}" for name in Settings.model_fields}


def _compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _cli_commands() -> dict[str, Any]:
    group = get_command(cli_app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_compose_has_the_production_services() -> None:
    services = _compose()["services"]
    assert {"postgres", "migrate", "api"} <= set(services)
    assert re.fullmatch(r"postgres:(1[5-9]|[2-9]\d)(\..*)?", services["postgres"]["image"])
    for name in ("postgres", "api"):
        assert "healthcheck" in services[name], f"{name} has no healthcheck"
    assert services["api"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )
    assert services["postgres"]["volumes"]


def test_compose_environment_names_are_settings() -> None:
    for name, service in _compose()["services"].items():
        env = service.get("environment", {})
        for key in env:
            if key.startswith("BAWASLU_"):
                assert key in SETTING_NAMES, f"{name}: {key} is not a setting"
    api_env = _compose()["services"]["api"]["environment"]
    assert api_env["BAWASLU_DATABASE_URL"].startswith("postgresql+asyncpg://")


def test_compose_commands_exist_in_the_cli() -> None:
    commands = _cli_commands()
    for name, service in _compose()["services"].items():
        command = service.get("command")
        if not command:
            continue
        argv = command if isinstance(command, list) else shlex.split(command)
        assert argv[0] == "bawaslu-api", name
        assert argv[1] in commands, f"{name}: no CLI command {argv[1]!r}"
        params = {opt for p in commands[argv[1]].params for opt in p.opts}
        for token in argv[2:]:
            if token.startswith("--"):
                assert token in params, f"{name}: {argv[1]} has no option {token}"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in sorted(SETTING_NAMES) if f"`{name}`" not in readme]
    assert not missing, f"settings missing from the README table: {missing}"


def test_required_cli_commands_exist() -> None:
    assert {"serve", "migrate", "seed-demo", "openapi"} <= set(_cli_commands())
