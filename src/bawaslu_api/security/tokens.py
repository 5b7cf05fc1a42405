"""JWT access tokens: the only module that imports python-jose.

Tokens are signed with RS256 under a key id (``kid``). Verification accepts only RS256
(an explicit allow-list: no ``none``, no HMAC that a public key could be confused with),
checks issuer, audience, expiry and not-before, and picks the key by ``kid`` among all
active keys, so keys can be rotated without logging everyone out.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import JWTError, jwk, jwt

ALGORITHM = "RS256"
ALLOWED_ALGORITHMS = [ALGORITHM]
_VERIFIED_CACHE_SIZE = 10_000


class InvalidToken(Exception):
    """The token is malformed, expired, not yet valid, or not signed by one of our keys."""


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_pem: bytes
    public_pem: bytes


def _public_pem(private_pem: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def new_signing_key() -> SigningKey:
    """A new RSA-2048 key. Its kid sorts by creation time (to the microsecond), so the
    newest key is simply the largest kid."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    kid = f"{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}-{uuid.uuid4().hex[:8]}"
    return SigningKey(kid=kid, private_pem=pem, public_pem=_public_pem(pem))


def signing_key(kid: str, private_pem: bytes) -> SigningKey:
    return SigningKey(kid=kid, private_pem=private_pem, public_pem=_public_pem(private_pem))


def generate_key(directory: Path) -> SigningKey:
    """Create a new key file ``<kid>.pem`` (mode 0600) in ``directory`` (key rings kept in
    files: tests, and hosts before the keys moved to the database)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = new_signing_key()
    # Written under a temporary name and renamed: a reader never sees half a key.
    tmp = directory / f".{key.kid}.tmp"
    tmp.touch(mode=0o600)
    tmp.write_bytes(key.private_pem)
    tmp.replace(directory / f"{key.kid}.pem")
    return key


def read_keys(directory: Path) -> list[SigningKey]:
    """Every ``<kid>.pem`` in ``directory``, oldest first."""
    files = sorted(directory.glob("*.pem")) if directory.is_dir() else []
    return [signing_key(f.stem, f.read_bytes()) for f in files]


class KeyRing:
    """The active keys: the newest signs, every one verifies. The app's ring is read from
    the database (``security/signing_keys.py``) and replaced when the keys there change."""

    def __init__(self, keys: list[SigningKey]) -> None:
        if not keys:
            raise ValueError("a key ring needs at least one key")
        self.keys = sorted(keys, key=lambda k: k.kid)
        self._by_kid = {k.kid: k for k in self.keys}
        self._verified: dict[str, tuple[dict[str, Any], str, float]] = {}

    @classmethod
    def load(cls, directory: Path, *, create: bool = True) -> KeyRing:
        """The ring of the ``*.pem`` files in ``directory`` (a first key is generated when
        there is none and ``create``)."""
        keys = read_keys(directory)
        if not keys and create:
            generate_key(directory)
            keys = read_keys(directory)
        return cls(keys)

    @property
    def kids(self) -> list[str]:
        return [k.kid for k in self.keys]

    @property
    def signing(self) -> SigningKey:
        return self.keys[-1]

    def jwks(self) -> dict[str, Any]:
        """The public keys as a JSON Web Key Set, for partners that verify our tokens."""
        entries = []
        for key in self.keys:
            entry = jwk.construct(key.public_pem.decode(), ALGORITHM).to_dict()
            entry.update({"kid": key.kid, "use": "sig", "alg": ALGORITHM})
            entries.append(
                {k: (v.decode() if isinstance(v, bytes) else v) for k, v in entry.items()}
            )
        return {"keys": entries}

    def issue(
        self,
        claims: dict[str, Any],
        *,
        issuer: str,
        audience: str,
        ttl_s: int,
        now: float | None = None,
    ) -> str:
        """Sign ``claims`` with the newest key, adding iss, aud, iat, nbf, exp and jti."""
        issued = int(now if now is not None else time.time())
        payload = {
            **claims,
            "iss": issuer,
            "aud": audience,
            "iat": issued,
            "nbf": issued,
            "exp": issued + ttl_s,
            "jti": uuid.uuid4().hex,
        }
        key = self.signing
        return jwt.encode(
            payload, key.private_pem.decode(), algorithm=ALGORITHM, headers={"kid": key.kid}
        )

    def verify(self, token: str, *, issuer: str, audience: str) -> dict[str, Any]:
        """The claims of a valid token; :class:`InvalidToken` otherwise.

        A token verified once is remembered until it expires (bounded cache): the RSA
        check and claim validation run once per token, not once per request. A cached
        token whose key has since been retired no longer verifies.
        """
        cached = self._verified.get(token)
        if cached is not None:
            claims, kid, expires = cached
            if (
                kid in self._by_kid
                and time.time() < expires
                and claims.get("iss") == issuer
                and claims.get("aud") == audience
            ):
                return claims
            self._verified.pop(token, None)
        claims = self._verify_uncached(token, issuer=issuer, audience=audience)
        if len(self._verified) >= _VERIFIED_CACHE_SIZE:
            self._verified.pop(next(iter(self._verified)))
        self._verified[token] = (
            claims,
            str(jwt.get_unverified_header(token).get("kid")),
            float(claims["exp"]),
        )
        return claims

    def _verify_uncached(self, token: str, *, issuer: str, audience: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except JWTError as exc:
            raise InvalidToken("malformed token") from exc
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise InvalidToken("algorithm not allowed")
        key = self._by_kid.get(str(header.get("kid")))
        if key is None:
            raise InvalidToken("unknown signing key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.public_pem.decode(),
                algorithms=ALLOWED_ALGORITHMS,
                audience=audience,
                issuer=issuer,
                options={
                    "require_exp": True,
                    "require_iat": True,
                    "require_nbf": True,
                    "require_sub": True,
                    "leeway": 30,
                },
            )
        except JWTError as exc:
            raise InvalidToken(str(exc)) from exc
        return claims
