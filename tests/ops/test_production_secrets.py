"""Production refuses placeholder and weak secrets; compose requires them instead of
defaulting to ``change-me``; the webhook sealing key of old deployments still unseals."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pydantic import SecretStr, ValidationError

from bawaslu_api.settings import SECRET_SETTINGS, Settings
from bawaslu_api.webhooks.sealing import key_from, seal, unseal

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = base64.b64encode(os.urandom(32)).decode()
GOOD_PASSWORD = "k" + os.urandom(16).hex()


def _production(**values: object) -> Settings:
    return Settings(environment="production", log_json=False, **values)  # type: ignore[arg-type]


def _with(name: str, value: str) -> dict[str, object]:
    if name == "database_url":
        return {name: f"postgresql+asyncpg://bawaslu:{value}@db:5432/bawaslu"}
    return {name: value}


@pytest.mark.parametrize("spec", SECRET_SETTINGS, ids=lambda s: s.name)
@pytest.mark.parametrize("placeholder", ["change-me", "CHANGE_ME", "secret", "", "password"])
def test_production_refuses_a_placeholder_in_every_secret_setting(
    spec: object, placeholder: str
) -> None:
    name = spec.name  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as caught:
        _production(**_with(name, placeholder))
    assert f"BAWASLU_{name.upper()}" in str(caught.value)
    # The same value is accepted, with a warning at start, outside production.
    Settings(environment="development", **_with(name, placeholder))  # type: ignore[arg-type]


@pytest.mark.parametrize("spec", SECRET_SETTINGS, ids=lambda s: s.name)
def test_production_refuses_a_short_secret_without_showing_it(spec: object) -> None:
    name = spec.name  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as caught:
        _production(**_with(name, "Zq8#rT"))
    assert f"BAWASLU_{name.upper()}" in str(caught.value)
    assert "Zq8#rT" not in str(caught.value)


def test_production_starts_with_real_secrets() -> None:
    settings = _production(
        database_url=f"postgresql+asyncpg://bawaslu:{GOOD_PASSWORD}@db:5432/bawaslu",
        webhook_secret_key=GOOD_KEY,
        public_stats_secret=base64.b64encode(os.urandom(32)).decode(),
    )
    assert settings.environment == "production"
    # Unset secrets fall back to generated key files: nothing to refuse.
    assert _production().webhook_secret_key is None


@pytest.mark.parametrize(
    "key",
    [
        "a long passphrase, hashed to a key before",  # any string, as the setting allowed
        base64.b64encode(os.urandom(16)).decode(),  # 16 bytes: too short a key
        base64.b64encode(b"\x00" * 32).decode(),  # 32 bytes, not random
    ],
)
def test_the_webhook_key_must_be_random_in_production(key: str) -> None:
    with pytest.raises(ValidationError, match=r"BAWASLU_WEBHOOK_SECRET_KEY.*random key"):
        _production(webhook_secret_key=key)
    assert Settings(webhook_secret_key=SecretStr(key)).webhook_secret_key is not None


def test_every_data_key_must_be_random_in_production() -> None:
    second = base64.b64encode(os.urandom(32)).decode()
    assert _production(data_keys=f"{GOOD_KEY},{second}").data_keys is not None
    with pytest.raises(ValidationError, match=r"BAWASLU_DATA_KEYS.*placeholder"):
        _production(data_keys=f"{GOOD_KEY},change-me")
    with pytest.raises(ValidationError, match=r"BAWASLU_DATA_KEYS.*random key"):
        _production(data_keys=base64.b64encode(b"\x01" * 32).decode())


def test_secrets_sealed_with_an_old_passphrase_key_still_unseal(tmp_path: Path) -> None:
    passphrase = "a long passphrase, hashed to a key before"
    sealed = seal(
        "whsec_" + base64.b64encode(b"s" * 32).decode(),
        hashlib.sha256(passphrase.encode()).digest(),
    )
    settings = Settings(webhook_secret_key=SecretStr(passphrase), data_dir=tmp_path)
    assert unseal(sealed, key_from(settings)).startswith("whsec_")
    # A real key is used the same way (its SHA-256): rows sealed under it keep unsealing.
    settings = _production(webhook_secret_key=GOOD_KEY, data_dir=tmp_path)
    assert key_from(settings) == hashlib.sha256(GOOD_KEY.encode()).digest()


def test_serve_refuses_to_start_in_one_line_per_setting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAWASLU_")}
    env.update(
        BAWASLU_ENVIRONMENT="production",
        BAWASLU_DATABASE_URL="postgresql+asyncpg://bawaslu:change-me@127.0.0.1:9/bawaslu",
        BAWASLU_WEBHOOK_SECRET_KEY="change-me",
        BAWASLU_DATA_DIR=str(tmp_path / "var"),
    )
    result = subprocess.run(
        [sys.executable, "-c", "from bawaslu_api.cli import main; main()", "serve"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "configuration error: BAWASLU_DATABASE_URL: the password in it is a placeholder "
        "('change-me'), not a secret; use a long random value",
        "configuration error: BAWASLU_WEBHOOK_SECRET_KEY: it is a placeholder ('change-me'), "
        "not a secret; use `openssl rand -base64 32`",
    ]


# docker-compose.yml, read as data (no Docker here) and interpolated as compose does.

_VARIABLE = re.compile(r"\$\{(?P<name>\w+)(?:(?P<op>:\?|:-)(?P<arg>[^}]*))?\}")


def _interpolate(text: str, env: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        if env.get(name):
            return env[name]
        if op == ":?":
            raise LookupError(f"{name}: {arg}")
        return arg if op == ":-" else ""

    return _VARIABLE.sub(replace, text)


def _compose_text() -> str:
    return (ROOT / "docker-compose.yml").read_text(encoding="utf-8")


def test_compose_has_no_default_secret() -> None:
    text = _compose_text()
    assert "change-me" not in text
    secret_names = {"POSTGRES_PASSWORD"} | {spec.env for spec in SECRET_SETTINGS}
    for match in _VARIABLE.finditer(text):
        if match["name"] in secret_names:
            assert match["op"] == ":?", f"{match['name']} must be required, not defaulted"
    with pytest.raises(LookupError, match="POSTGRES_PASSWORD"):
        _interpolate(text, {})


def test_compose_with_real_secrets_gives_settings_production_accepts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {
        "POSTGRES_PASSWORD": os.urandom(24).hex(),
        "BAWASLU_WEBHOOK_SECRET_KEY": GOOD_KEY,
        "BAWASLU_PUBLIC_STATS_SECRET": base64.b64encode(os.urandom(32)).decode(),
        "BAWASLU_DATA_KEYS": base64.b64encode(os.urandom(32)).decode(),
    }
    compose = yaml.safe_load(_interpolate(_compose_text(), env))
    for service in ("api", "worker", "migrate"):
        for key in list(os.environ):
            if key.startswith("BAWASLU_"):
                monkeypatch.delenv(key)
        for key, value in compose["services"][service]["environment"].items():
            if value is not None:  # `KEY:` with nothing: compose leaves it unset
                monkeypatch.setenv(key, str(value))
        settings = Settings()
        assert settings.environment == "production"
        assert settings.webhook_secret_key is not None
        assert settings.data_keys is not None
