"""Public key discovery for partners that verify our tokens."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

router = APIRouter(tags=["auth"])


@router.get("/.well-known/jwks.json", summary="Public signing keys (JWKS)")
async def auth_jwks(request: Request) -> dict[str, Any]:
    """The JSON Web Key Set of every active signing key. Public."""
    return request.app.state.key_ring.jwks()  # type: ignore[no-any-return]
