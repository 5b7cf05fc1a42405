"""What a route declares in the OpenAPI document besides its models, so that generated clients
see the HTTP the route really speaks (docs/architecture.md, "Declaring a route").

- Who may call it: a route without a token dependency passes ``openapi_extra=PUBLIC``
  (``security: []``); every other route gets its requirement from its security dependency.
  ``tests/contract/test_openapi.py`` and Redocly's ``security-defined`` rule (``make
  openapi-lint``) fail on an operation that declares neither.
- The response headers it sets: ``responses={200: headers("ETag")}`` (merged with whatever
  else the route declares for that status). The names and their meaning are ``HEADERS``;
  add a header there once, with its meaning, rather than describing it per route.
"""

from __future__ import annotations

from typing import Any, Final

PUBLIC: Final[dict[str, Any]] = {"security": []}
"""``openapi_extra`` of a route anyone may call without a token."""

TOKEN_OPTIONAL: Final[dict[str, Any]] = {"security": [{}]}
"""``openapi_extra`` of a route whose security dependency is optional (appends ``{}``: no
credentials is one of the accepted alternatives)."""

HEADERS: Final[dict[str, dict[str, Any]]] = {
    "ETag": {
        "description": "Entity tag of the representation: send it back in `If-None-Match` "
        "(304 when unchanged) or in `If-Match` (412 when it changed meanwhile).",
        "schema": {"type": "string"},
    },
    "Location": {
        "description": "URL of the created or referenced resource.",
        "schema": {"type": "string"},
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 0},
    },
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer to an earlier request with the "
        "same `Idempotency-Key` (nothing was done again).",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "RateLimit": {
        "description": "The caller's remaining quota of the policy (IETF draft "
        '`RateLimit` fields: `"policy";r=remaining;t=seconds`).',
        "schema": {"type": "string"},
    },
    "RateLimit-Policy": {
        "description": 'The quota policy that applies to the caller (`"policy";q=quota;w=window`).',
        "schema": {"type": "string"},
    },
    "Content-Language": {
        "description": "Language of the texts in the body (`id` or `en`), chosen from "
        "`Accept-Language`.",
        "schema": {"type": "string", "enum": ["id", "en"]},
    },
    "Vary": {
        "description": "Request headers that select this representation (caches keep one "
        "copy per value).",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": "How long shared caches and browsers may keep the answer.",
        "schema": {"type": "string"},
    },
    "Content-Disposition": {
        "description": "The file name to save the body under.",
        "schema": {"type": "string"},
    },
}


def headers(*names: str) -> dict[str, Any]:
    """A response declaration (``responses={status: headers(...)}``) listing headers of
    ``HEADERS`` by name (references to ``components.headers``, which
    ``bawaslu_api.openapi`` fills from ``HEADERS``)."""
    unknown = [n for n in names if n not in HEADERS]
    if unknown:
        raise KeyError(f"declare {unknown} in bawaslu_api.http.declare.HEADERS first")
    return {"headers": {n: {"$ref": f"#/components/headers/{n}"} for n in names}}
