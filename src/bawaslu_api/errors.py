"""Typed domain errors and the one RFC 9457 ``application/problem+json`` renderer.

Every error a client can see has a stable machine ``code``, a ``type`` URI derived from it,
and a ``title``/``detail`` in Indonesian (default) or English (``Accept-Language: en``).
Routes declare the errors they can raise with :func:`problem_responses`, so generated SDKs
know them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from bawaslu_api.i18n import Lang, Text, negotiate
from bawaslu_api.logs import request_id_var

logger = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:bawaslu:problem:"
PROBLEM_SCHEMA_REF = "#/components/schemas/Problem"


class FieldProblem(BaseModel):
    """One invalid input field."""

    location: str = Field(description="Dotted path, e.g. `body.reporter.nik`.")
    loc: list[str | int] = Field(description="The same path as a list.")
    code: str = Field(description="Stable machine code of this field error.")
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details, with a stable ``code`` and the request id."""

    type: str = Field(examples=["urn:bawaslu:problem:not_found"])
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str = Field(description="Stable machine code; `type` is derived from it.")
    request_id: str | None = None
    errors: list[FieldProblem] | None = Field(
        None, description="For validation problems: every invalid field."
    )


@dataclass(frozen=True, slots=True)
class FieldError:
    """One invalid input field found by a service (not by the request model): where it is,
    relative to the body (``("incident", "date")``), a stable code and a message."""

    loc: tuple[str | int, ...]
    code: str
    message: Text
    params: Mapping[str, object] = field(default_factory=dict)

    def problem(self, lang: Lang, *, prefix: tuple[str | int, ...] = ("body",)) -> FieldProblem:
        """As a ``FieldProblem``, its location under ``prefix`` (``body`` for a request;
        nothing for an item of a bulk import)."""
        loc = [*prefix, *self.loc]
        return FieldProblem(
            location=_loc_text(loc),
            loc=loc,
            code=self.code,
            message=self.message.render(lang, **self.params),
        )


class DomainError(Exception):
    """Base of every error the service raises on purpose.

    Subclasses set ``status``, ``code`` and ``title``; an instance may carry a ``detail``
    text with placeholders filled from ``params``, and ``fields``: the input fields it is
    about (rendered as the problem's ``errors``, like a validation problem's).
    """

    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    title: ClassVar[Text] = Text("Permintaan tidak dapat diproses", "Request cannot be processed")
    headers: dict[str, str] | None = None
    fields: tuple[FieldError, ...] = ()

    def __init__(
        self, detail: Text | None = None, /, *, fields: Sequence[FieldError] = (), **params: object
    ) -> None:
        self.detail = detail
        self.params = params
        self.fields = tuple(fields)
        super().__init__(detail.en.format(**params) if detail else self.title.en)


class NotFound(DomainError):
    status = 404
    code = "not_found"
    title = Text("Tidak ditemukan", "Not found")


class Conflict(DomainError):
    status = 409
    code = "conflict"
    title = Text("Konflik dengan keadaan saat ini", "Conflict with the current state")


class PreconditionFailed(DomainError):
    status = 412
    code = "precondition_failed"
    title = Text("Versi sumber daya sudah berubah", "The resource has changed")


class Unprocessable(DomainError):
    status = 422
    code = "unprocessable"
    title = Text("Data tidak dapat diproses", "Unprocessable content")


class ServiceUnavailable(DomainError):
    status = 503
    code = "service_unavailable"
    title = Text("Layanan belum siap", "Service not ready")


DATABASE_RETRY_AFTER_S = 5
"""``Retry-After`` of a 503 answered while the database is unreachable: about how long a
restart or a fail-over of PostgreSQL takes."""


class DatabaseUnreachable(ServiceUnavailable):
    """The database cannot be reached (stopped, restarting, unreachable address, pool
    exhausted). Every route answers this 503 with ``Retry-After`` until it is back; nothing
    was written. Raised by the engine when a connection cannot be made (``db/engine.py``),
    and answered for a connection lost in use (:func:`install_error_handlers`)."""

    code = "database_unreachable"
    title = Text("Basis data tidak dapat dihubungi", "Database unreachable")
    headers = {"Retry-After": str(DATABASE_RETRY_AFTER_S)}


DATABASE_UNREACHABLE_DETAIL = Text(
    "Basis data sedang tidak dapat dihubungi; tidak ada yang disimpan. Coba lagi sebentar lagi.",
    "The database cannot be reached right now; nothing was saved. Try again shortly.",
)


class OutageLog:
    """One log line when the database becomes unreachable and one when it is back, instead
    of a traceback per refused request."""

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger
        self._lock = threading.Lock()
        self._since: float | None = None
        self._refused = 0
        self.quiet = False
        """Set by one-shot commands (the CLI), which report the failure themselves."""

    @property
    def ongoing(self) -> bool:
        return self._since is not None

    def failed(self, error: BaseException) -> None:
        """A connection could not be made or was lost: log it if it starts an outage."""
        with self._lock:
            self._refused += 1
            if self._since is not None:
                return
            self._since = time.monotonic()
        if self.quiet:
            return
        self._logger.error(
            "database unreachable: answering 503 until it is back",
            extra={"error": f"{type(error).__name__}: {error}"[:300]},
        )

    def recovered(self) -> None:
        """A new connection was made: log the end of an outage, if there was one."""
        if self._since is None:
            return
        with self._lock:
            if self._since is None:
                return
            lasted = time.monotonic() - self._since
            refused, self._since, self._refused = self._refused, None, 0
        if self.quiet:
            return
        self._logger.warning(
            "database reachable again",
            extra={"outage_s": round(lasted, 1), "failures": refused},
        )


database_outage = OutageLog(logging.getLogger("bawaslu_api.db"))
"""The process's outage log, shared by the engine (connections that cannot be made) and the
error handlers (connections lost in use)."""

_HTTP_TITLES: dict[int, tuple[str, Text]] = {
    400: ("bad_request", Text("Permintaan tidak valid", "Bad request")),
    401: ("unauthorized", Text("Autentikasi diperlukan", "Authentication required")),
    403: ("forbidden", Text("Akses ditolak", "Forbidden")),
    404: ("not_found", Text("Tidak ditemukan", "Not found")),
    405: ("method_not_allowed", Text("Metode tidak diizinkan", "Method not allowed")),
    406: ("not_acceptable", Text("Format tidak didukung", "Not acceptable")),
    413: ("payload_too_large", Text("Isi permintaan terlalu besar", "Payload too large")),
    415: ("unsupported_media_type", Text("Jenis isi tidak didukung", "Unsupported media type")),
    429: ("too_many_requests", Text("Terlalu banyak permintaan", "Too many requests")),
}
_HTTP_DETAILS: dict[int, Text] = {
    404: Text("Alamat {path} tidak ada.", "No resource at {path}."),
    405: Text(
        "Metode {method} tidak diizinkan untuk {path}.", "Method {method} is not allowed on {path}."
    ),
}
_INTERNAL = Text("Terjadi kesalahan pada server", "Internal server error")
_INTERNAL_DETAIL = Text(
    "Kesalahan tak terduga. Sebutkan request_id saat melapor ke pengelola.",
    "Unexpected error. Quote the request_id when reporting it to the operators.",
)
_VALIDATION = Text("Data masukan tidak valid", "Invalid input")
_VALIDATION_DETAIL = Text(
    "{count} isian tidak valid: {fields}.", "{count} invalid field(s): {fields}."
)

# Indonesian wording of the most common Pydantic error types; others fall back to
# Pydantic's English message.
_FIELD_MESSAGES_ID: dict[str, str] = {
    "missing": "Wajib diisi.",
    "string_too_short": "Terlalu pendek (minimal {min_length} karakter).",
    "string_too_long": "Terlalu panjang (maksimal {max_length} karakter).",
    "string_pattern_mismatch": "Format tidak sesuai pola {pattern}.",
    "string_type": "Harus berupa teks.",
    "int_parsing": "Harus berupa bilangan bulat.",
    "int_type": "Harus berupa bilangan bulat.",
    "bool_parsing": "Harus true atau false.",
    "date_from_datetime_parsing": "Harus tanggal dengan format YYYY-MM-DD.",
    "date_parsing": "Harus tanggal dengan format YYYY-MM-DD.",
    "datetime_parsing": "Harus waktu ISO 8601.",
    "datetime_from_date_parsing": "Harus waktu ISO 8601.",
    "timezone_aware": "Waktu harus menyertakan zona waktu.",
    "enum": "Harus salah satu dari: {expected}.",
    "literal_error": "Harus salah satu dari: {expected}.",
    "greater_than_equal": "Harus lebih besar atau sama dengan {ge}.",
    "less_than_equal": "Harus lebih kecil atau sama dengan {le}.",
    "greater_than": "Harus lebih besar dari {gt}.",
    "less_than": "Harus lebih kecil dari {lt}.",
    "too_short": "Terlalu sedikit butir (minimal {min_length}).",
    "too_long": "Terlalu banyak butir (maksimal {max_length}).",
    "extra_forbidden": "Isian ini tidak dikenal.",
    "json_invalid": "JSON tidak valid: {error}.",
    "model_attributes_type": "Harus berupa objek.",
    "dict_type": "Harus berupa objek.",
    "list_type": "Harus berupa daftar.",
    "uuid_parsing": "Harus UUID yang valid.",
    "uuid_type": "Harus UUID yang valid.",
    "float_parsing": "Harus berupa angka.",
    "value_error": "Nilai tidak valid: {error}.",
}


def problem_type(code: str) -> str:
    """The ``type`` URI of a problem code."""
    return PROBLEM_TYPE_PREFIX + code


def problem_response(
    request: Request,
    *,
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    errors: Sequence[FieldProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Render one problem as ``application/problem+json``."""
    body = Problem(
        type=problem_type(code),
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        code=code,
        request_id=request_id_var.get(),
        errors=list(errors) if errors is not None else None,
    )
    return JSONResponse(
        body.model_dump(mode="json", exclude_none=True),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


LANGUAGE_SCOPE_KEY = "bawaslu.language"
"""Where :func:`language` leaves the negotiated language in the request's scope: the response
then carries ``Content-Language`` and ``Vary: Accept-Language``
(``http.middleware.RequestContextMiddleware``)."""


def language(request: Request) -> Lang:
    """The language of messages for this request (its response says so, see
    ``LANGUAGE_SCOPE_KEY``)."""
    lang = negotiate(request.headers.get("accept-language"))
    request.scope[LANGUAGE_SCOPE_KEY] = lang
    return lang


def stable_codes() -> dict[str, tuple[int, str]]:
    """Every ``Problem.code`` the service answers with, its status and its meaning: the codes
    of the ``DomainError`` classes of the service (each where it is defined) and those of the
    generic handlers below. The OpenAPI document lists them as the enum of ``Problem.code``."""
    codes: dict[str, tuple[int, str]] = {
        "validation_failed": (422, "The request is invalid; `errors` lists every field."),
        "internal_error": (500, _INTERNAL.en),
        "integrity_conflict": (409, _INTEGRITY_DETAIL.en),
        "http_error": (400, "Another HTTP error (its status says which)."),
    }
    for status, (code, title) in _HTTP_TITLES.items():
        codes.setdefault(code, (status, title.en))

    def walk(cls: type[DomainError]) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("bawaslu_api.") and "code" in vars(sub):
                codes.setdefault(sub.code, (sub.status, sub.title.en))
            walk(sub)

    codes.setdefault(DomainError.code, (DomainError.status, DomainError.title.en))
    walk(DomainError)
    return dict(sorted(codes.items()))


def _field_message(error: dict[str, Any], lang: Lang) -> str:
    if lang == "id":
        template = _FIELD_MESSAGES_ID.get(str(error.get("type")))
        if template is not None:
            ctx = dict(error.get("ctx") or {})
            try:
                return template.format(**ctx)
            except (KeyError, IndexError):
                pass
    return str(error.get("msg", "Invalid value"))


def field_problems(errors: Sequence[Any], lang: Lang) -> list[FieldProblem]:
    """Pydantic errors as ``FieldProblem``s, with messages in ``lang`` (request bodies and
    the items of a bulk import alike)."""
    return [
        FieldProblem(
            location=_loc_text(err.get("loc", ())),
            loc=list(err.get("loc", ())),
            code=str(err.get("type", "invalid")),
            message=_field_message(dict(err), lang),
        )
        for err in errors
    ]


def _loc_text(loc: Sequence[str | int]) -> str:
    return ".".join(str(part) for part in loc)


def domain_problem(request: Request, exc: DomainError) -> JSONResponse:
    """The problem response of a domain error. Raising is the rule; a route returns this
    instead only when its unit of work must still commit what it recorded (evidence found
    corrupted, a failed upload session)."""
    lang = language(request)
    detail = exc.detail.render(lang, **exc.params) if exc.detail else None
    return problem_response(
        request,
        status=exc.status,
        code=exc.code,
        title=exc.title.render(lang),
        detail=detail,
        errors=[f.problem(lang) for f in exc.fields] if exc.fields else None,
        headers=exc.headers,
    )


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    return domain_problem(request, exc)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    lang = language(request)
    problems = field_problems(exc.errors(), lang)
    fields = ", ".join(p.location for p in problems)
    return problem_response(
        request,
        status=422,
        code="validation_failed",
        title=_VALIDATION.render(lang),
        detail=_VALIDATION_DETAIL.render(lang, count=len(problems), fields=fields),
        errors=problems,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    lang = language(request)
    code, title = _HTTP_TITLES.get(
        exc.status_code, ("http_error", Text("Galat HTTP", "HTTP error"))
    )
    detail_text = _HTTP_DETAILS.get(exc.status_code)
    if detail_text is not None:
        detail = detail_text.render(lang, path=request.url.path, method=request.method)
    else:
        detail = exc.detail if isinstance(exc.detail, str) else None
    headers = dict(exc.headers) if exc.headers else {}
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request))
    return problem_response(
        request,
        status=exc.status_code,
        code=code,
        title=title.render(lang),
        detail=detail,
        headers=headers or None,
    )


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path. Starlette's 405 names only the methods
    of the first route whose path matches, and FastAPI makes one route per operation: ask
    the router, method by method, which would serve the path in full."""
    from starlette.routing import Match

    routes = request.app.router.routes
    return [
        method
        for method in ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes
        )
    ]


def internal_error_response(request: Request) -> JSONResponse:
    """The 500 problem: no internals, only the request id to quote."""
    lang = language(request)
    return problem_response(
        request,
        status=500,
        code="internal_error",
        title=_INTERNAL.render(lang),
        detail=_INTERNAL_DETAIL.render(lang),
    )


_INTEGRITY = Text("Data bertentangan dengan data yang ada", "Conflicts with existing data")
_INTEGRITY_DETAIL = Text(
    "Perubahan ditolak karena bertentangan dengan data tersimpan; tidak ada yang disimpan.",
    "The change conflicts with stored data and was not saved.",
)


async def _integrity_error(request: Request, exc: Exception) -> JSONResponse:
    # A constraint caught what the service did not check first (usually a race between two
    # requests). Nothing was written: the unit of work rolled back.
    logger.warning("integrity error", extra={"error": str(getattr(exc, "orig", exc))[:300]})
    lang = language(request)
    return problem_response(
        request,
        status=409,
        code="integrity_conflict",
        title=_INTEGRITY.render(lang),
        detail=_INTEGRITY_DETAIL.render(lang),
    )


# asyncpg's errors (by name, so that this module does not import the driver) that mean
# the server is gone or refusing connections for now, not that the statement was wrong.
_CONNECTION_ERRORS = frozenset(
    {
        "AdminShutdownError",  # 57P01 terminating connection due to administrator command
        "CrashShutdownError",  # 57P02
        "CannotConnectNowError",  # 57P03 the database system is starting up / shutting down
        "TooManyConnectionsError",  # 53300
        "ConnectionDoesNotExistError",
    }
)


def is_connection_error(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it wraps) says the database connection is gone or cannot be
    made, rather than that the statement failed: an ``OSError`` (no socket, refused, reset,
    timed out), a PostgreSQL connection exception (SQLSTATE class 08) or shutdown."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, DatabaseUnreachable | OSError | PoolTimeout):
            return True
        if isinstance(seen, DBAPIError) and seen.connection_invalidated:
            return True
        names = {cls.__name__ for cls in type(seen).__mro__}
        if names & _CONNECTION_ERRORS or "PostgresConnectionError" in names:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def database_unreachable_response(request: Request) -> JSONResponse:
    """The 503 problem of a database outage."""
    return domain_problem(request, DatabaseUnreachable(DATABASE_UNREACHABLE_DETAIL))


async def database_error(request: Request, exc: Exception) -> JSONResponse:
    # A connection lost while in use (the server stopped or restarted under the request) or
    # none to be had from the pool: 503, and the outage is logged once. Any other database
    # error is a bug: re-raised, it becomes the logged 500.
    if not is_connection_error(exc):
        raise exc
    database_outage.failed(exc)
    return database_unreachable_response(request)


async def _database_unreachable(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DatabaseUnreachable)
    database_outage.failed(exc.__cause__ or exc)
    return domain_problem(request, exc)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through the problem renderer."""
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(DatabaseUnreachable, _database_unreachable)
    app.add_exception_handler(DBAPIError, database_error)
    app.add_exception_handler(PoolTimeout, database_error)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def problem_responses(*errors: type[DomainError], validation: bool = False) -> dict[int | str, Any]:
    """OpenAPI ``responses=`` for a route: the problems it may answer with."""
    by_status: dict[int, list[str]] = {}
    for err in errors:
        by_status.setdefault(err.status, []).append(err.code)
    if validation:
        by_status.setdefault(422, []).append("validation_failed")
    return {
        status: {
            "description": "Problem: " + ", ".join(f"`{c}`" for c in sorted(set(codes))),
            "content": {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
        }
        for status, codes in sorted(by_status.items())
    }
