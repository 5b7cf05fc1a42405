"""Key rotation: the new key signs, old keys verify until retired, JWKS lists them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.api.auth.helpers import assert_problem, bearer, create_user, login, unverified


@pytest.fixture
def own_keys(rollback_app: FastAPI, tmp_path: Path) -> Iterator[Path]:
    """The app signs with keys in a directory of this test's own."""
    from bawaslu_api.security.tokens import KeyRing

    original = rollback_app.state.key_ring
    directory = tmp_path / "keys"
    rollback_app.state.key_ring = KeyRing.load(directory)
    try:
        yield directory
    finally:
        rollback_app.state.key_ring = original


async def test_rotation_keeps_old_tokens_valid_until_the_key_is_retired(
    own_keys: Path, client: httpx.AsyncClient, national_admin: Any
) -> None:
    from bawaslu_api.security.tokens import generate_key, retire_key

    await create_user(client, national_admin, "rotation.user")
    old_token = (await login(client, "rotation.user")).json()["access_token"]
    old_kid = unverified(old_token)[0]["kid"]

    new_key = generate_key(own_keys)

    # The running app notices the new key without a restart.
    assert (await client.get("/v1/reports", headers=bearer(old_token))).status_code == 200
    new_token = (await login(client, "rotation.user")).json()["access_token"]
    assert unverified(new_token)[0]["kid"] == new_key.kid != old_kid
    kids = [k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]]
    assert kids == [old_kid, new_key.kid]

    retire_key(own_keys, old_kid)

    assert_problem(
        await client.get("/v1/reports", headers=bearer(old_token)), 401, "unauthenticated"
    )
    assert (await client.get("/v1/reports", headers=bearer(new_token))).status_code == 200
    kids = [k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]]
    assert kids == [new_key.kid]


def test_the_signing_key_cannot_be_retired(tmp_path: Path) -> None:
    from bawaslu_api.security.tokens import KeyRing, generate_key, retire_key

    ring = KeyRing.load(tmp_path)
    with pytest.raises(ValueError, match="rotate"):
        retire_key(tmp_path, ring.signing.kid)
    with pytest.raises(KeyError):
        retire_key(tmp_path, "no-such-kid")
    newer = generate_key(tmp_path)
    retire_key(tmp_path, ring.signing.kid)
    assert [k.kid for k in KeyRing.load(tmp_path).keys] == [newer.kid]


def test_a_changed_key_directory_is_noticed_without_listing_it_on_every_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bawaslu_api.security import tokens

    ring = tokens.KeyRing.load(tmp_path)
    assert not ring.is_stale()
    tokens.generate_key(tmp_path)
    assert ring.is_stale()  # the directory's mtime moved

    # Two changes within one tick of the filesystem clock leave the mtime as it was: the
    # files are listed again once a second all the same.
    ring = ring.reload()
    frozen = tokens._mtime(tmp_path)
    monkeypatch.setattr(tokens, "_mtime", lambda directory: frozen)
    clock = [tokens.time.monotonic()]
    monkeypatch.setattr(tokens.time, "monotonic", lambda: clock[0])
    assert not ring.is_stale()
    tokens.retire_key(tmp_path, ring.keys[0].kid)
    assert not ring.is_stale()
    clock[0] += 1.5
    assert ring.is_stale()


def test_jwks_entries_are_public_rsa_keys(tmp_path: Path) -> None:
    from bawaslu_api.security.tokens import KeyRing

    jwks = KeyRing.load(tmp_path).jwks()
    (entry,) = jwks["keys"]
    assert entry["kty"] == "RSA"
    assert entry["alg"] == "RS256"
    assert entry["use"] == "sig"
    assert not {"d", "p", "q", "dp", "dq", "qi"} & set(entry)


def test_workers_starting_together_on_no_keys_verify_each_others_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers find the key directory empty at once and each generate a key: each
    still accepts the tokens the other signs (a batch may reach either worker)."""
    from bawaslu_api.security import tokens

    directory = tmp_path / "keys"
    real_read = tokens.read_keys
    empty = [False]

    def read_keys(d: Path) -> list[tokens.SigningKey]:
        if empty[0]:  # this worker's first look, before the other one's key landed
            empty[0] = False
            return []
        return real_read(d)

    def start_worker() -> tokens.KeyRing:
        empty[0] = True
        return tokens.KeyRing.load(directory)

    monkeypatch.setattr(tokens, "read_keys", read_keys)
    ring_a = start_worker()
    ring_b = start_worker()
    monkeypatch.setattr(tokens, "read_keys", real_read)
    claims = {"sub": "u"}
    for signer, verifier in ((ring_a, ring_b), (ring_b, ring_a)):
        token = signer.issue(claims, issuer="i", audience="a", ttl_s=60)
        ring = verifier.reload() if verifier.is_stale() else verifier
        assert ring.verify(token, issuer="i", audience="a")["sub"] == "u"
