"""The OpenAPI document: stable operation ids, problem+json errors, committed to openapi/."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.routing import BaseRoute

from bawaslu_api.errors import PROBLEM_JSON, FieldProblem, Problem

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
in Indonesian by default; send `Accept-Language: en` for English.
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
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }


def _problem_413(operation: dict[str, Any]) -> None:
    """Every request body is limited in size (``BAWASLU_MAX_BODY_BYTES``; uploads have their
    own limits, declared by their routes): a larger body answers 413 before the route runs."""
    responses = operation.get("responses", {})
    if "requestBody" in operation and "413" not in responses:
        responses["413"] = {
            "description": "Problem: `payload_too_large` (the body is larger than the "
            "service accepts, `BAWASLU_MAX_BODY_BYTES`)",
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
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
    )
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            _problem_422(operation)
            _problem_413(operation)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = problem_schema.pop("$defs", {})
    schemas["Problem"] = problem_schema
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
