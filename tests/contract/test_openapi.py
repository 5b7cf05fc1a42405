"""The committed OpenAPI document is what the app serves, with stable operation ids."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bawaslu_api.main import create_app
from bawaslu_api.openapi import render
from bawaslu_api.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
METHODS = {"get", "post", "put", "patch", "delete"}
ALL_METHODS = {*METHODS, "head", "options", "trace"}


def _served() -> dict:  # type: ignore[type-arg]
    return json.loads(render(create_app(Settings())))  # type: ignore[no-any-return]


def test_committed_spec_matches_the_app() -> None:
    committed = (ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8")
    assert committed == render(create_app(Settings())), (
        "openapi/openapi.json is stale: run `make openapi` and commit it"
    )


def test_operation_ids_are_stable_readable_and_unique() -> None:
    spec = _served()
    ids = [
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
    ]
    assert len(ids) == len(set(ids))
    for op_id in ids:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)+", op_id), op_id


def test_every_operation_has_tag_summary_and_problem_errors() -> None:
    spec = _served()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            assert op.get("tags"), f"{method} {path} has no tag"
            assert op.get("summary") or op.get("description"), f"{method} {path} undocumented"
            for status, response in op["responses"].items():
                if status.startswith(("4", "5")):
                    assert "application/problem+json" in response["content"], (method, path)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_schema_names_are_unique_and_readable() -> None:
    """Generators name their classes after the schema keys or titles: every key is a plain
    PascalCase name (no ``bawaslu_api__reports__schemas__X`` from two models of the same
    class name, no ``X-Input``/``X-Output`` pair, no ``Body_x``), titled by itself."""
    schemas = _served()["components"]["schemas"]
    for key, schema in schemas.items():
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", key), key
        assert schema.get("title", key) == key, (key, schema.get("title"))


def test_every_operation_declares_who_may_call_it_and_the_document_names_servers() -> None:
    """``security: []`` on a public operation (``bawaslu_api.http.declare.PUBLIC``), a
    requirement on every other: a generator or a linter cannot tell a forgotten one from a
    public one otherwise."""
    spec = _served()
    assert spec["servers"], "the document names no server"
    schemes = spec["components"]["securitySchemes"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ALL_METHODS:
                continue
            assert "security" in op, f"{method} {path}: declare openapi_extra=PUBLIC or a token"
            for requirement in op["security"]:
                assert set(requirement) <= set(schemes), (method, path, requirement)


def test_problem_code_is_the_enum_of_every_stable_code_with_its_meaning() -> None:
    from bawaslu_api.errors import DomainError

    def codes(cls: type[DomainError]) -> set[str]:
        mine = {cls.code} if cls.__module__.startswith("bawaslu_api.") else set()
        return mine.union(*(codes(sub) for sub in cls.__subclasses__()))

    code = _served()["components"]["schemas"]["Problem"]["properties"]["code"]
    raised = codes(DomainError)
    assert raised <= set(code["enum"]), raised - set(code["enum"])
    assert {"validation_failed", "internal_error", "payload_too_large"} <= set(code["enum"])
    assert len(code["x-enum-descriptions"]) == len(code["enum"])
    assert "| `invalid_transition` | 409 |" in code["description"]


def test_headers_are_declared_with_one_spelling_and_conditional_reads_with_304() -> None:
    spec = _served()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ALL_METHODS:
                continue
            for param in op.get("parameters", []):
                if param["in"] == "header":
                    assert re.fullmatch(r"[A-Z][A-Za-z0-9]*(-[A-Z][A-Za-z0-9]*)*", param["name"]), (
                        method, path, param["name"],
                    )  # fmt: skip
            ok = op["responses"].get("200", {})
            if method == "get" and "application/json" in ok.get("content", {}):
                assert "ETag" in ok["headers"], (method, path)
                assert "304" in op["responses"], (method, path)
                names = {p["name"] for p in op.get("parameters", [])}
                assert "If-None-Match" in names, (method, path)
            if any(p["name"] == "Idempotency-Key" for p in op.get("parameters", [])):
                for status, response in op["responses"].items():
                    if status.startswith("2"):
                        assert "Idempotent-Replayed" in response["headers"], (method, path)
            for status, response in op["responses"].items():
                if "application/problem+json" in response.get("content", {}):
                    assert "Content-Language" in response["headers"], (method, path, status)
                if status == "429":
                    assert "Retry-After" in response["headers"], (method, path)
    reports = spec["paths"]["/v1/reports"]["post"]["responses"]["201"]["headers"]
    assert {"Location", "ETag", "Idempotent-Replayed", "Content-Language"} <= set(reports)
    assert set(spec["components"]["headers"]) >= {"ETag", "Location", "RateLimit"}


def test_every_collection_is_the_one_list_envelope() -> None:
    """A collection (a read) answers ``{"items": [...], "next_cursor": str | null}``: never
    a bare array, never ``items`` without ``next_cursor`` (null when the list is answered
    whole). The result of a bulk write (``POST /v1/imports/reports``) is not a collection."""
    spec = _served()
    schemas = spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method != "get":
                continue
            for status, response in op["responses"].items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if not status.startswith("2") or schema is None:
                    continue
                assert schema.get("type") != "array", f"{method} {path}: a bare array"
                if "$ref" in schema:
                    properties = schemas[schema["$ref"].rsplit("/", 1)[1]].get("properties", {})
                    if properties.get("items", {}).get("type") == "array":
                        assert "next_cursor" in properties, f"{method} {path}: no next_cursor"
