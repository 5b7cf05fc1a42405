"""Pure ASGI middleware (no per-request task or body copy beyond what each one needs)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import time
import urllib.parse
from collections.abc import Sequence
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bawaslu_api.errors import FieldProblem, internal_error_response, problem_response
from bawaslu_api.i18n import Text, negotiate
from bawaslu_api.logs import request_id_var

logger = logging.getLogger("bawaslu_api.access")

_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_DOCS_PATHS = ("/docs", "/redoc")
_API_CSP = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI and ReDoc load their scripts and styles from a CDN and run inline code.
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https:; "
    "worker-src 'self' blob:; frame-ancestors 'none'"
)


def _response_defaults(*, docs: bool, https: bool, read: bool) -> tuple[tuple[bytes, bytes], ...]:
    """The headers every response carries unless the route set them, in this order."""
    pairs = [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("content-security-policy", _DOCS_CSP if docs else _API_CSP),
        ("cross-origin-opener-policy", "same-origin"),
        *([("strict-transport-security", "max-age=63072000; includeSubDomains")] if https else []),
        ("cache-control", "private, no-cache" if read else "no-store"),
    ]
    return tuple((k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs)


# Built once: (docs page, HTTPS, GET or HEAD) -> the defaults.
_RESPONSE_DEFAULTS = {
    (docs, https, read): _response_defaults(docs=docs, https=https, read=read)
    for docs in (False, True)
    for https in (False, True)
    for read in (False, True)
}


_VARY = (b"Origin", b"Accept-Encoding")
"""What every response varies on: CORS (``Origin``) and compression (``Accept-Encoding``)."""


def _with_vary(value: bytes) -> bytes:
    present = {token.strip().lower() for token in value.split(b",")}
    missing = [token for token in _VARY if token.lower() not in present]
    return b", ".join([value, *missing]) if missing else value


class WhenHeader:
    """Run ``middleware`` only for requests whose ``header`` holds ``contains``; the others
    go straight to the inner app.

    CORS matters only to requests that carry an ``Origin``, compression only to clients that
    accept gzip; a request without them skips the wrapper and its per-response work. The
    ``Vary`` values those middlewares would add are added to every response by
    :class:`RequestContextMiddleware`, so caches see the same header either way.
    """

    def __init__(
        self, app: ASGIApp, /, *, middleware: Any, header: str, contains: str = "", **options: Any
    ) -> None:
        self.app = app
        self.gated: ASGIApp = middleware(app, **options)
        self.header = header.lower().encode("latin-1")
        self.contains = contains.encode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.gated(scope, receive, send)
            return
        for key, value in scope["headers"]:
            if key == self.header and self.contains in value:
                await self.gated(scope, receive, send)
                return
        await self.app(scope, receive, send)


class RequestContextMiddleware:
    """Request id, access log, security headers, and the last-resort 500 problem.

    An incoming ``X-Request-ID`` is kept when it is a sane token, otherwise one is made;
    it is echoed in the response and attached to every log record of the request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get("x-request-id")
        # 32 random hex digits, as uuid4().hex gave, without building a UUID
        request_id = (
            incoming if incoming and _REQUEST_ID_OK.match(incoming) else os.urandom(16).hex()
        )
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_holder = [500]
        response_started = False
        path: str = scope["path"]
        defaults = _RESPONSE_DEFAULTS[
            path.startswith(_DOCS_PATHS),
            scope.get("scheme") == "https",
            scope["method"] in ("GET", "HEAD"),
        ]

        async def send_wrapper(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                status_holder[0] = message["status"]
                raw = message.get("headers")
                if not isinstance(raw, list):
                    raw = message["headers"] = list(raw or [])
                # One pass over the route's headers, then the missing defaults appended (what
                # MutableHeaders.setdefault did one header at a time).
                present = {bytes(k).lower() for k, _ in raw}
                if b"x-request-id" in present:
                    MutableHeaders(scope=message)["X-Request-ID"] = request_id
                else:
                    raw.append((b"x-request-id", request_id.encode("latin-1")))
                raw.extend(pair for pair in defaults if pair[0] not in present)
                if b"vary" in present:
                    raw[:] = [(k, _with_vary(v) if k.lower() == b"vary" else v) for k, v in raw]
                else:
                    raw.append((b"vary", b", ".join(_VARY)))
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            logger.exception("unhandled error", extra={"path": path})
            if response_started:
                raise
            response = internal_error_response(Request(scope))
            await response(scope, receive, send_wrapper)
        finally:
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": path,
                    "status": status_holder[0],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id_var.reset(token)


class ETagMiddleware:
    """Weak content ETags on successful JSON reads, and ``304`` for ``If-None-Match``.

    A route that sets its own ``ETag`` (a versioned resource) keeps it; the comparison
    with ``If-None-Match`` is done here in both cases (weak comparison, RFC 9110 13.1.2).
    Streaming responses (more than one body message) pass through untouched.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int = 8 * 1024 * 1024) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        if_none_match = Headers(scope=scope).get("if-none-match")
        start_message: Message | None = None
        passthrough = False

        async def send_wrapper(message: Message) -> None:
            nonlocal start_message, passthrough
            if passthrough:
                await send(message)
                return
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    passthrough = True
                    await send(message)
                    return
                start_message = message
                return
            if message["type"] == "http.response.body" and start_message is not None:
                body: bytes = message.get("body", b"")
                if message.get("more_body", False) or len(body) > self.max_bytes:
                    passthrough = True
                    await send(start_message)
                    await send(message)
                    return
                headers = MutableHeaders(scope=start_message)
                etag = headers.get("etag")
                if etag is None:
                    digest = hashlib.blake2b(body, digest_size=16).hexdigest()
                    etag = f'W/"{digest}"'
                    headers["ETag"] = etag
                if if_none_match is not None and _etag_matches(etag, if_none_match):
                    not_modified = {
                        "type": "http.response.start",
                        "status": 304,
                        "headers": [
                            (k, v)
                            for k, v in start_message["headers"]
                            if k.lower() not in (b"content-length", b"content-type")
                        ],
                    }
                    await send(not_modified)
                    await send({"type": "http.response.body", "body": b""})
                    return
                await send(start_message)
                await send(message)
                return
            await send(message)

        await self.app(scope, receive, send_wrapper)


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag


def _etag_matches(etag: str, header: str) -> bool:
    """Weak comparison of ``etag`` with an ``If-None-Match`` list."""
    if header.strip() == "*":
        return True
    wanted = _opaque(etag)
    return any(_opaque(candidate) == wanted for candidate in header.split(","))


class _BodyTooLarge(Exception):
    pass


_TOO_LARGE = Text("Isi permintaan terlalu besar", "Payload too large")
_TOO_LARGE_DETAIL = Text(
    "Isi permintaan melebihi {limit} byte.", "The request body exceeds {limit} bytes."
)


class BodySizeLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, before or while they are read.

    Paths matching one of ``exempt_paths`` (regular expressions) pass untouched: routes
    that stream files enforce their own limits. ``exempt_streams`` are (path, media type)
    pairs whose bodies of that type only pass (a route taking either JSON or a file).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        exempt_paths: Sequence[str] = (),
        exempt_streams: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # One alternation, matched once per request (not one regular expression after another).
        self.exempt = (
            re.compile("|".join(f"(?:{p})" for p in exempt_paths)) if exempt_paths else None
        )
        self.exempt_streams = [(re.compile(p), media) for p, media in exempt_streams]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            self.exempt is not None and self.exempt.match(scope["path"])
        ):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.exempt_streams:
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            if any(m == media and p.match(scope["path"]) for p, m in self.exempt_streams):
                await self.app(scope, receive, send)
                return
        declared = headers.get("content-length")
        if (
            declared is None
            and "transfer-encoding" not in headers
            and scope.get("http_version") in ("1.0", "1.1")
        ):
            # An HTTP/1 request with neither header has no body (RFC 9112 6.3): most GETs.
            await self.app(scope, receive, send)
            return
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        exceeded = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # Whatever the app made of the interrupted read (FastAPI answers 400), the
            # client gets the 413 below instead.
            if not exceeded:
                await send(message)

        with contextlib.suppress(_BodyTooLarge):
            await self.app(scope, limited_receive, guarded_send)
        if exceeded:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        lang = negotiate(request.headers.get("accept-language"))
        response = problem_response(
            request,
            status=413,
            code="payload_too_large",
            title=_TOO_LARGE.render(lang),
            detail=_TOO_LARGE_DETAIL.render(lang, limit=self.max_bytes),
        )
        await response(scope, receive, send)


_NUL = "\x00"
_NUL_TITLE = Text("Data masukan tidak valid", "Invalid input")
_NUL_DETAIL = Text(
    "Karakter NUL (U+0000) tidak diterima: {fields}.",
    "The NUL character (U+0000) is not accepted: {fields}.",
)
_NUL_MESSAGE = Text("Memuat karakter NUL (U+0000).", "Contains the NUL character (U+0000).")
_NOT_UTF8_DETAIL = Text(
    "Isi permintaan bukan JSON berenkode UTF-8 (RFC 8259).",
    "The body is not JSON encoded in UTF-8 (RFC 8259).",
)
_NOT_UTF8_MESSAGE = Text("Bukan teks UTF-8.", "Not UTF-8 text.")
_FORM = "application/x-www-form-urlencoded"


def _json_media(media: str, headers: Headers) -> bool:
    """Whether FastAPI reads the body as JSON: a JSON media type (``application/json``,
    ``application/*+json``), or no media type at all on a request that has a body."""
    if media:
        return media == "application/json" or (
            media.startswith("application/") and media.endswith("+json")
        )
    return headers.get("content-length", "0") != "0" or "transfer-encoding" in headers


def _nul_paths(value: Any, path: tuple[str | int, ...]) -> list[tuple[str | int, ...]]:
    """Where in a parsed JSON value a string (or a key) holds NUL."""
    if isinstance(value, str):
        return [path] if _NUL in value else []
    if isinstance(value, dict):
        found: list[tuple[str | int, ...]] = []
        for key, item in value.items():
            here = (*path, key.replace(_NUL, "\\u0000"))
            found += [here] if _NUL in key else _nul_paths(item, here)
        return found
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _nul_paths(item, (*path, i))]
    return []


class NulCharacterMiddleware:
    """422 ``validation_failed`` naming the field for a NUL character (U+0000) in the path,
    the query string, or a JSON or form body, before any route runs: PostgreSQL text cannot
    hold it, and a request refused here has stored nothing. Other bodies (file uploads)
    stream through untouched, as does any body of ``exempt_paths`` (the upload routes, whose
    bodies are files of any declared type); their metadata comes in the query string,
    checked here.

    A JSON body that is not UTF-8 (RFC 8259 §8.1) is the same 422 naming ``body``, code
    ``json_invalid``, as malformed JSON is (FastAPI would answer an undocumented 400)."""

    def __init__(self, app: ASGIApp, *, exempt_paths: Sequence[str] = ()) -> None:
        self.app = app
        self.exempt = (
            re.compile("|".join(f"(?:{p})" for p in exempt_paths)) if exempt_paths else None
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        found: list[tuple[str | int, ...]] = []
        if _NUL in scope["path"]:
            found.append(("path",))
        raw_query = scope.get("query_string", b"")
        if b"%00" in raw_query or b"\x00" in raw_query:
            for key, value in urllib.parse.parse_qsl(raw_query.decode("latin-1"),
                                                     keep_blank_values=True):  # fmt: skip
                if _NUL in key or _NUL in value:
                    found.append(("query", key.replace(_NUL, "\\u0000")))
        headers = Headers(scope=scope)
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        body: bytes | None = None
        streamed = self.exempt is not None and self.exempt.match(scope["path"])
        not_utf8 = False
        if not streamed and _json_media(media, headers):
            body, receive = await _buffered(receive)
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                not_utf8 = True
            if not not_utf8 and (b"\\u0000" in body or b"\x00" in body):
                with contextlib.suppress(ValueError):
                    found += _nul_paths(json.loads(body), ("body",))
        elif media == _FORM and not streamed:
            body, receive = await _buffered(receive)
            if b"%00" in body or b"\x00" in body:
                for key, value in urllib.parse.parse_qsl(body.decode("latin-1"),
                                                         keep_blank_values=True):  # fmt: skip
                    if _NUL in key or _NUL in value:
                        found.append(("body", key.replace(_NUL, "\\u0000")))
        if not_utf8:
            await self._refuse_not_utf8(scope, receive, send)
            return
        if not found:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        lang = negotiate(request.headers.get("accept-language"))
        problems = [
            FieldProblem(
                location=".".join(str(p) for p in loc),
                loc=list(loc),
                code="nul_character",
                message=_NUL_MESSAGE.render(lang),
            )
            for loc in found
        ]
        response = problem_response(
            request,
            status=422,
            code="validation_failed",
            title=_NUL_TITLE.render(lang),
            detail=_NUL_DETAIL.render(lang, fields=", ".join(p.location for p in problems)),
            errors=problems,
        )
        await response(scope, receive, send)

    @staticmethod
    async def _refuse_not_utf8(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        lang = negotiate(request.headers.get("accept-language"))
        problem = FieldProblem(
            location="body", loc=["body"], code="json_invalid",
            message=_NOT_UTF8_MESSAGE.render(lang),
        )  # fmt: skip
        response = problem_response(
            request,
            status=422,
            code="validation_failed",
            title=_NUL_TITLE.render(lang),
            detail=_NOT_UTF8_DETAIL.render(lang),
            errors=[problem],
        )
        await response(scope, receive, send)


async def _buffered(receive: Receive) -> tuple[bytes, Receive]:
    """The whole body (the size limit applies outside) and a receive that replays it."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay
