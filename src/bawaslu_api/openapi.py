"""The OpenAPI document: stable operation ids, problem+json errors, committed to openapi/."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.routing import BaseRoute

from bawaslu_api.errors import PROBLEM_JSON, PROBLEM_SCHEMA_REF, FieldProblem, Problem, stable_codes
from bawaslu_api.http.declare import HEADERS

SPEC_PATH = Path("openapi") / "openapi.json"

TAGS: list[dict[str, str]] = [
    {"name": "health", "description": "Liveness and readiness probes for orchestrators."},
    {
        "name": "auth",
        "description": "OAuth2 token endpoint (password, refresh_token, client_credentials), "
        "revocation, and the public keys that verify tokens. See docs/security.md.",
    },
    {
        "name": "users",
        "description": "Staff accounts and their roles: admins manage their own subtree.",
    },
    {
        "name": "clients",
        "description": "Machine clients (client credentials) with scopes, bound to an office "
        "subtree: admins create and revoke them.",
    },
    {
        "name": "offices",
        "description": "The supervisory offices (Bawaslu RI down to Panwaslu Kelurahan/Desa): "
        "readable by all staff as reference data; admins edit and extend their own subtree.",
    },
    {
        "name": "elections",
        "description": "Elections with their stage windows and ruleset version: readable by "
        "all staff, created and edited by admins of Bawaslu RI.",
    },
    {
        "name": "rules",
        "description": "The bawaslu_rules engine as a service: deadlines, admissibility and "
        "rulesets, computed without storing anything. Requires a staff token for now.",
    },
    {
        "name": "reports",
        "description": (
            "Reports (laporan) and findings (temuan): intake, actions, deadlines, timeline."
        ),
    },
    {
        "name": "deliberation",
        "description": "The analysis of a registered case (kajian dugaan pelanggaran: drafts, "
        "final, approval, supersession) and the plenary meetings (rapat pleno) that decide its "
        "status; a decision follows the latest plenary. See docs/procedure.md.",
    },
    {
        "name": "evidence",
        "description": "Evidence files (streamed, resumable, hashed, type-sniffed) and physical "
        "evidence, with a chain of custody on the case timeline. See docs/evidence.md.",
    },
    {
        "name": "imports",
        "description": "Bulk intake: JSON batches idempotent per external id, CSV/XLSX "
        "import jobs and their template. See docs/integrations.md.",
    },
    {
        "name": "exports",
        "description": "The report list as CSV or XLSX, streamed, masked and recorded.",
    },
    {"name": "deadlines", "description": "Statutory clocks across the cases of a subtree."},
    {
        "name": "changes",
        "description": "What changed in a subtree since a cursor, for offline (mobile) "
        "clients. See docs/offline.md.",
    },
    {
        "name": "calendar",
        "description": "Non-working days from the decrees, and operators' audited corrections.",
    },
    {
        "name": "public",
        "description": "No authentication: announcements, statistics, labels. No personal data.",
    },
    {
        "name": "kpu",
        "description": "For KPU's systems (scope `kpu:followup`): forwardings to KPU, their "
        "acknowledgement and follow-up (tindak lanjut) against the statutory clock.",
    },
    {
        "name": "webhooks",
        "description": "Event subscriptions with signed deliveries (Standard Webhooks), retried "
        "for a day, every attempt listed. See docs/webhooks.md.",
    },
]

DESCRIPTION = """\
JSON API for handling reports (laporan) and findings (temuan) of election violations
under UU 7/2017 (Pemilu) and UU 1/2015 as amended (Pilkada).

Errors are RFC 9457 `application/problem+json` documents with a stable `code`. Messages are
in Indonesian by default; send `Accept-Language: en` for English (such bodies carry
`Content-Language`).

Instants (`received_at`, `due_at`, ...) are answered in UTC with `Z`, whatever offset they
were sent with; dates (`received_on`, `due`, a deadline's `trigger`) are days in the time
zone of the office (WIB, WITA or WIT). Every collection answers `{"items": [...],
"next_cursor": ...}`: pass `next_cursor` back as `cursor` until it is null.
"""


def operation_id(route: APIRoute) -> str:
    """Operation ids are the route function names: ``reports_list``, ``health_ready``."""
    return route.name


_COMPONENTS: dict[str, type[BaseModel]] = {}


def component(model: type[BaseModel]) -> dict[str, str]:
    """A ``$ref`` to ``model`` among the document's schemas, for an operation that declares
    a body itself (``openapi_extra``: a route that reads its body as a stream, e.g. the
    evidence uploads' creation, which takes JSON or a file). The model joins the schemas."""
    _COMPONENTS[model.__name__] = model
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _problem_422(operation: dict[str, Any]) -> None:
    """FastAPI's own 422 (HTTPValidationError) becomes a Problem; codes a route declared with
    ``problem_responses`` for 422 are kept next to ``validation_failed``."""
    responses = operation.get("responses", {})
    if "422" in responses:
        declared = re.findall(r"`([a-z_]+)`", responses["422"].get("description", ""))
        codes = sorted({*declared, "validation_failed"})
        responses["422"] = {
            "description": "Problem: "
            + ", ".join(f"`{c}`" for c in codes)
            + " (`validation_failed` lists every invalid field)",
            "content": {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
        }


def _problem_413(operation: dict[str, Any]) -> None:
    """Every request body is limited in size (``BAWASLU_MAX_BODY_BYTES``; uploads have their
    own limits, declared by their routes): a larger body answers 413 before the route runs."""
    responses = operation.get("responses", {})
    if "requestBody" in operation and "413" not in responses:
        responses["413"] = {
            "description": "Problem: `payload_too_large` (the body is larger than the "
            "service accepts, `BAWASLU_MAX_BODY_BYTES`)",
            "content": {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
        }
        operation["responses"] = dict(sorted(responses.items()))


LICENSE: dict[str, str] = {"name": "Apache-2.0", "identifier": "Apache-2.0"}

SERVERS: list[dict[str, str]] = [
    {
        "url": "/",
        "description": "The host that serves this document (each office's deployment has its "
        "own; generated clients take the base URL as a parameter).",
    }
]


def _readable_form_bodies(spec: dict[str, Any]) -> dict[str, Any]:
    """FastAPI names the model of a form or multipart body ``Body_<operation id>``; it becomes
    ``<OperationId>Form`` (``Body_auth_token`` -> ``AuthTokenForm``), a name generators keep."""
    schemas = spec.get("components", {}).get("schemas", {})
    renames = {
        key: "".join(part.capitalize() for part in key.removeprefix("Body_").split("_")) + "Form"
        for key in schemas
        if key.startswith("Body_")
    }
    if not renames:
        return spec
    text = json.dumps(spec)
    for old, new in renames.items():
        text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed: dict[str, Any] = json.loads(text)
    schemas = renamed["components"]["schemas"]
    for old, new in renames.items():
        schemas[new] = {**schemas.pop(old), "title": new}
    return renamed


_NOT_MODIFIED = {
    "description": "Not modified: `If-None-Match` names the current `ETag` (no body).",
    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
}
_IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The `ETag` of the copy you hold: 304 without a body while it is current.",
    "schema": {"type": "string"},
}
_RATE_LIMITED = {
    "description": "Problem: `rate_limited` (the caller's quota of the policy named in "
    "`RateLimit-Policy` is spent; try again after `Retry-After` seconds).",
    "headers": {
        name: {"$ref": f"#/components/headers/{name}"}
        for name in ("Retry-After", "RateLimit", "RateLimit-Policy")
    },
    "content": {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
}


def _header_refs(response: dict[str, Any], *names: str) -> None:
    declared = response.setdefault("headers", {})
    for name in names:
        declared.setdefault(name, {"$ref": f"#/components/headers/{name}"})


def _declare_http(operation: dict[str, Any], method: str) -> None:
    """The HTTP every route of a kind speaks, declared once here rather than per route
    (``bawaslu_api.http.declare`` for what a single route sets):

    - a JSON ``GET`` carries an ``ETag`` and answers 304 to a matching ``If-None-Match``
      (``http.middleware.ETagMiddleware``);
    - an operation taking ``Idempotency-Key`` may answer with ``Idempotent-Replayed``;
    - an operation behind a token counts against the caller's quota (``account`` or
      ``client``), a public one declares its own 429: both carry ``RateLimit`` and
      ``RateLimit-Policy``, and 429 ``Retry-After``; a 503 carries ``Retry-After``;
    - every problem is in the language negotiated from ``Accept-Language``
      (``Content-Language``, ``Vary``).
    """
    responses: dict[str, Any] = operation.setdefault("responses", {})
    parameters: list[dict[str, Any]] = operation.get("parameters", [])
    names = {p["name"] for p in parameters if p.get("in") == "header"}
    ok = responses.get("200", {})
    if method == "get" and "application/json" in ok.get("content", {}):
        _header_refs(ok, "ETag")
        responses.setdefault("304", copy.deepcopy(_NOT_MODIFIED))
        if "If-None-Match" not in names:
            operation["parameters"] = [*parameters, _IF_NONE_MATCH]
    successes = [r for status, r in responses.items() if status.startswith("2")]
    if "Idempotency-Key" in names:
        for response in successes:
            _header_refs(response, "Idempotent-Replayed")
    if "429" in responses or any(operation.get("security") or []):
        described = responses.get("429", _RATE_LIMITED)["description"]
        responses["429"] = {**copy.deepcopy(_RATE_LIMITED), "description": described}
        for response in successes:
            _header_refs(response, "RateLimit", "RateLimit-Policy")
    if "503" in responses:
        _header_refs(responses["503"], "Retry-After")
    for response in responses.values():
        if PROBLEM_JSON in response.get("content", {}):
            _header_refs(response, "Content-Language", "Vary")
    operation["responses"] = dict(sorted(responses.items()))


def _reference_routes(app: FastAPI) -> list[BaseRoute]:
    """The routes in the order they were included (the app may try some first when matching,
    see ``main._match_first``); routes added afterwards follow."""
    reference: list[BaseRoute] | None = getattr(app.state, "reference_routes", None)
    if reference is None:
        return app.routes
    known = {id(r) for r in reference}
    return [*reference, *(r for r in app.routes if id(r) not in known)]


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """Generate the document and normalise error responses to ``Problem``."""
    spec = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=_reference_routes(app),
        tags=TAGS,
        servers=SERVERS,
        license_info=LICENSE,
    )
    spec = _readable_form_bodies(spec)
    for path_item in spec.get("paths", {}).values():
        for method, operation in path_item.items():
            _problem_422(operation)
            _problem_413(operation)
            _declare_http(operation, method)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = problem_schema.pop("$defs", {})
    schemas["Problem"] = problem_schema
    codes = stable_codes()
    problem_schema["properties"]["code"] = {
        "title": "Code",
        "type": "string",
        "enum": list(codes),
        "x-enum-descriptions": [f"{status}: {meaning}" for status, meaning in codes.values()],
        "description": "Stable machine code (`type` is derived from it); switch on it, not on "
        "the message. A client should treat a code it does not know by the problem's "
        "`status`.\n\n| code | status | meaning |\n|---|---|---|\n"
        + "\n".join(
            f"| `{code}` | {status} | {meaning.replace('|', '/')} |"
            for code, (status, meaning) in codes.items()
        ),
    }
    schemas.update(defs)
    schemas.setdefault(
        "FieldProblem", FieldProblem.model_json_schema(ref_template="#/components/schemas/{model}")
    )
    for name, model in _COMPONENTS.items():
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for def_name, definition in schema.pop("$defs", {}).items():
            schemas.setdefault(def_name, definition)
        schemas.setdefault(name, schema)
    spec["components"]["schemas"] = dict(sorted(schemas.items()))
    used = json.dumps(spec["paths"])
    spec["components"]["headers"] = {
        name: dict(h)
        for name, h in sorted(HEADERS.items())
        if f'"#/components/headers/{name}"' in used
    }
    return spec


def install_openapi(app: FastAPI) -> None:
    """Serve the normalised document at ``/openapi.json``."""

    def _openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = _openapi  # type: ignore[method-assign]


def render(app: FastAPI) -> str:
    """The document as committed: indented JSON with a final newline."""
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
