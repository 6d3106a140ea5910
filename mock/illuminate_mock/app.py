"""The HTTP layer of the mock (moto's ``responses.py``): requests in, JSON out.

Order of checks for an API call, each answered with the spec's Error body:
a fault header the mock does not honour 400, a URL over ``MAX_URL_BYTES``
400, unknown path 404 (paths carry their prefix: ``/rest/...``,
``/api/v1/...``; templated ones are matched segment by segment), wrong
method 405, missing or unknown key 401, role 403, a body over
``MAX_BODY_BYTES`` 400 (at once when its declared length is), malformed or
invalid request 400 (its shape first, then its schema, naming the first 20
problems), another account's id (in the path, query or body) 403, then the
business rules in ``backend``. What comes after the body is read runs in a
worker thread when it may cost more than a little (a body over
``INLINE_BODY_BYTES``, a query over ``INLINE_QUERY_BYTES``) or when the
store is busy, so a costly request never holds up the event loop; a small
request is served on the event loop, where handing it to a thread and back
would cost several times the request itself. Nothing
a client sends can produce a 5xx: an unexpected exception is logged and
answered as a 500 that says so, and the state is left as the rule found it
(rules check before they write). No error body or log line shows an API key
(``redact.py``).
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import anyio.to_thread
from illuminate_spec.loader import Spec, load_spec
from starlette.applications import Starlette
from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import redact, render, specdoc
from .admin import AdminApi
from .backend import Backend, MockConfig
from .clock import Clock
from .errors import FieldError, MockError, bad_request, forbidden, invalid, unauthorized
from .faults import FaultMiddleware, FaultPlan
from .faults.plan import HEADER as FAULT_HEADER
from .fixtures import ROLES, Fixture, demo_fixture
from .limits import MAX_JSON_DEPTH, may_hold_control_characters, too_many_containers
from .middleware import ClientDisconnect, RequestId, base_url, header_map, read_body, send_body
from .models import ApiKey
from .models.images import UPLOAD_LIMIT_BYTES
from .registry import Call, Reply
from .requestlog import RequestLogMiddleware
from .specdoc import Match, Operation, Router
from .validation import RequestValidator, ValidRequest, merge_get_body, parse_finite_float, reject_constant

log = logging.getLogger("illuminate_mock")
MAX_BODY_BYTES = 1024 * 1024
# The path and query of a request, at most: room for the largest filters the spec allows (1000 ids).
# A served mock lets uvicorn read a little more (cli.py), so that the app, not the HTTP parser, refuses.
MAX_URL_BYTES = 256 * 1024
# A request at most this large is served on the event loop (its parsing, validation and rule cost well under
# a few milliseconds, a 1000-item page included); a larger one in a worker thread.
INLINE_BODY_BYTES = 16 * 1024
INLINE_QUERY_BYTES = 8 * 1024
_AUTHORIZATION = re.compile(r"^ApiKey\s+(\S+)\s*$")
_JSON_TYPE = re.compile(r"^application/([\w.+-]+\+)?json\b", re.IGNORECASE)
_FAULT_KEY = FAULT_HEADER.lower().encode("latin-1")
# Fault flags (set by faults/middleware.py on request.state) that change how a request is judged.
FLAG_IGNORE_AUTH = "ignore-auth"
FLAG_ACCEPT_INVALID = "accept-invalid"


@dataclass
class MockService:
    """The ASGI application plus the backend it serves, for tests to inspect."""

    backend: Backend
    spec: Spec
    operations: dict[tuple[str, str], Operation] = field(init=False)
    validator: RequestValidator = field(init=False)

    def __post_init__(self) -> None:
        self.operations = specdoc.operations(self.spec)
        self.validator = RequestValidator(self.spec)
        self.router = Router(self.operations)
        self._spec_json = json.dumps(self.spec.document).encode()

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    # ------------------------------------------------------------ routes

    async def openapi(self, request: Request) -> Response:
        return Response(self._spec_json, media_type="application/json")

    async def upload(self, request: Request) -> Response:
        token = request.path_params["token"]
        # The token first: a bogus URL never gets its bytes read. (The store's lock is taken in a
        # worker thread, never on the event loop.)
        await anyio.to_thread.run_sync(self.backend.check_upload, token)
        data = await _read_limited(request, UPLOAD_LIMIT_BYTES)
        await anyio.to_thread.run_sync(self.backend.receive_upload, token, data)
        return Response(status_code=200)

    async def image(self, request: Request) -> Response:
        data = await anyio.to_thread.run_sync(self.backend.image_bytes, request.path_params["image_id"])
        if data is None:
            raise MockError(404, "NOT_FOUND", "no such image")
        media = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        return Response(data, media_type=media)

    async def api(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Every API operation: a raw ASGI app, no Starlette ``Request`` or ``Response`` on this hot path."""
        try:
            reply = await self._answer(scope, receive)
        except MockError as error:
            await _error_response(scope, error)(scope, receive, send)
            return
        except ClientDisconnect:
            return  # nobody is left to answer
        except Exception as exc:
            log.exception("unexpected error in %s %s", scope["method"], scope["path"])
            await _error_response(scope, _unexpected(exc))(scope, receive, send)
            return
        if reply.stream is not None:
            stream = StreamingResponse(
                reply.stream, status_code=reply.status, headers=reply.headers, media_type=reply.media_type
            )
            await stream(scope, receive, send)
        elif reply.status == 204:
            await send_body(send, 204, reply.headers, b"", None)
        else:
            body = reply.content if reply.content is not None else render.encode(reply.payload)
            await send_body(send, reply.status, reply.headers, body, reply.media_type)

    async def _answer(self, scope: Scope, receive: Receive) -> Reply:
        headers = header_map(scope)
        presented = _AUTHORIZATION.match(headers.get(b"authorization", b"").decode("latin-1"))
        redact.presenting(presented.group(1) if presented else None)  # kept out of every error and log line
        state = scope.get("state") or {}
        if _FAULT_KEY in headers and not state.get("fault_header", False):
            raise invalid(
                f"header.{FAULT_HEADER}",
                "fault injection by request header is off on this mock: start illuminate-mock with "
                "--allow-fault-header (in process: create_app(faults=FaultPlan.parse([])))",
            )
        _check_url(scope)
        match = self._match(scope)
        operation = match.methods.get(scope["method"])
        if operation is None:
            allowed = ", ".join(sorted(match.methods))
            raise MockError(405, "METHOD_NOT_ALLOWED", f"{match.route} allows {allowed}", headers={"Allow": allowed})
        flags: frozenset[str] = state.get("fault_flags", frozenset())
        caller = self._authenticate(presented, operation, flags)
        raw = await read_body(receive, headers.get(b"content-length"), MAX_BODY_BYTES)
        query_string: bytes = scope.get("query_string", b"")
        incoming = _Incoming(
            operation=operation,
            caller=caller,
            flags=flags,
            path=match.path_params,
            query=parse_qsl(query_string.decode("latin-1"), keep_blank_values=True) if query_string else [],
            raw=raw,
            content_type=headers.get(b"content-type", b"application/json").decode("latin-1"),
            base_url=base_url(scope),
        )
        if len(raw) <= INLINE_BODY_BYTES and len(query_string) <= INLINE_QUERY_BYTES:
            # A small request: served here if the store is free (never waiting for its lock on the event loop).
            lock = self.backend.store.lock
            if lock.acquire(blocking=False):
                try:
                    return self._serve(incoming)
                finally:
                    lock.release()
        # Parsing, validation and the rule run in a worker thread: a costly request never holds up the event loop.
        return await anyio.to_thread.run_sync(self._serve, incoming)

    def _match(self, scope: Scope) -> Match:
        """The route of the request's path (404 naming it when the spec has none)."""
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
        match = self.router.match_path(raw_path)
        if match is None:
            raise MockError(404, "NOT_FOUND", f"no operation at {_short_path(URL(scope=scope).path)}")
        return match

    def _serve(self, incoming: _Incoming) -> Reply:
        body, has_body = parse_json_body(incoming.raw, incoming.content_type)
        scan_text = may_hold_control_characters(incoming.raw)
        query: list[tuple[str, Any]] = incoming.query
        operation = incoming.operation
        if operation.method == "GET" and has_body:
            query = merge_get_body(query, body)
            body, has_body = None, False
        try:
            valid = self.validator.validate(operation, query, body, has_body, incoming.path, scan_text=scan_text)
        except MockError:
            if FLAG_ACCEPT_INVALID in incoming.flags:
                return Reply([] if operation.method == "GET" else {})
            raise
        account_id, where = _named_account(valid)
        caller = incoming.caller
        if account_id != caller.account_id:
            # Same answer whether the account exists or not: nothing about it leaks.
            raise forbidden("this API key does not give access to that account", where)
        call = Call(
            operation_id=operation.operation_id,
            caller=caller,
            account=self.backend.store.accounts[caller.account_id],
            params=valid.params,
            body=valid.body,
            base_url=incoming.base_url,
        )
        return self.backend.handle(call)

    def _authenticate(self, match: re.Match[str] | None, operation: Operation, flags: frozenset[str]) -> ApiKey:
        """The caller's key (``match``: the Authorization header read by ``_AUTHORIZATION``), its role checked."""
        key = self.backend.store.api_keys.get(match.group(1)) if match else None
        if FLAG_IGNORE_AUTH in flags:
            # The fault skips the key and role checks, never the account check: without a known key
            # the call acts for the fixture's first account, so any other account, existing or not,
            # gets the same 403 as always and nothing tells which accounts exist.
            return key or self._anonymous
        if match is None:
            raise unauthorized("send the header `Authorization: ApiKey <key>`")
        if key is None:
            raise unauthorized("unknown API key")
        if not operation.roles.allows(key.roles):
            raise forbidden(f"{operation.operation_id} needs a key with {operation.roles.describe()}")
        return key

    @functools.cached_property
    def _anonymous(self) -> ApiKey:
        """Who an ``ignore-auth`` call without a known key acts as: every role, the fixture's first account."""
        first = next(iter(self.backend.store.accounts))
        return ApiKey(key="", account_id=first, roles=frozenset(ROLES), user_id="ignore-auth")


def _check_url(scope: Scope) -> None:
    """A URL over ``MAX_URL_BYTES`` is refused with the spec's error (not left to the HTTP parser)."""
    path = scope.get("raw_path") or scope["path"].encode("utf-8")
    query: bytes = scope.get("query_string", b"")
    if len(path) + len(query) > MAX_URL_BYTES:
        where = "query" if len(query) > len(path) else "path"
        raise invalid(where, f"the URL is longer than {MAX_URL_BYTES} bytes")


async def _read_limited(request: Request, limit: int) -> bytes:
    """The request's body, refused (400) once it is over ``limit``: at once when its declared length is."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise invalid("body", f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise invalid("body", f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@dataclass(frozen=True)
class _Incoming:
    """What the event loop read of a request, handed to the worker thread that serves it."""

    operation: Operation
    caller: ApiKey
    flags: frozenset[str]
    path: dict[str, str]
    query: list[tuple[str, Any]]
    raw: bytes
    content_type: str
    base_url: str


def _named_account(valid: ValidRequest) -> tuple[object, str]:
    """The account a request names and where: its path, its query or its body."""
    if "accountId" in valid.path:
        return valid.path["accountId"], "path.accountId"
    if "accountId" in valid.params:
        return valid.params["accountId"], "query.accountId"
    body = valid.body if isinstance(valid.body, dict) else {}
    return body.get("accountId"), "body.accountId"


def _short_path(path: str) -> str:
    return path if len(path) <= 200 else path[:197] + "..."


def parse_json_body(raw: bytes, content_type: str) -> tuple[Any, bool]:
    """A request body as JSON, and whether there was one (400 naming ``body`` when it is not JSON)."""
    if not raw.strip():
        return None, False
    if not _JSON_TYPE.match(content_type):
        raise invalid("body", f"expected Content-Type application/json, got {content_type!r}")
    crowded = too_many_containers(raw)
    if crowded is not None:
        raise invalid("body", crowded)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid("body", f"not UTF-8 (byte {exc.start})") from None
    try:
        document = json.loads(text, parse_constant=reject_constant, parse_float=parse_finite_float)
    except ValueError as exc:
        raise bad_request([FieldError("body", f"not valid JSON: {exc}")]) from None
    except RecursionError:
        raise invalid("body", f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    return document, True


def _error_response(scope: Scope, error: MockError) -> Response:
    request_id = (scope.get("state") or {}).get("request_id", "")
    # An error may quote what the request sent, the key among it (in a wrong place): never a key.
    body = redact.redact_json(error.to_json(request_id))
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def _unexpected(exc: Exception) -> MockError:
    return MockError(500, "INTERNAL_ERROR", f"the mock failed: {type(exc).__name__}")


async def _handle_mock_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MockError)
    return _error_response(request.scope, exc)


async def _handle_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error in %s %s", request.method, request.url.path)
    return _error_response(request.scope, _unexpected(exc))


class _AnyMethod:
    """A raw ASGI endpoint as a route's app: the route takes every method (Starlette limits functions to GET)."""

    def __init__(self, endpoint: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self._app = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._app(scope, receive, send)


def create_app(
    fixture: Fixture | None = None,
    *,
    clock: Clock | None = None,
    config: MockConfig | None = None,
    faults: FaultPlan | None = None,
    admin_token: str | None = None,
) -> Starlette:
    """The mock as an ASGI app. ``app.state.service`` exposes its backend.

    ``faults``: a plan of injected faults (``illuminate_mock.faults``); None
    (the default) leaves fault injection out entirely. ``admin_token``: the
    admin API under ``/_mock/admin/`` (``admin.py``) and its request log
    (``app.state.admin``); None (the default) leaves both out.
    """
    fixture = fixture or demo_fixture()
    redact.remember(key.key for key in fixture.api_keys)
    redact.install()
    backend = Backend(fixture, clock=clock, config=config)
    service = MockService(backend, load_spec())
    admin = AdminApi(service, admin_token) if admin_token is not None else None
    app = Starlette(
        routes=[
            Route("/openapi.json", service.openapi, methods=["GET"]),
            Route("/_mock/uploads/{token}", service.upload, methods=["PUT"]),
            Route("/_mock/images/{image_id}", service.image, methods=["GET"]),
            *([] if admin is None else [Route("/_mock/admin/{rest:path}", admin)]),
            # Every method, known or not, reaches the API route: an unknown one gets the spec's 405 body.
            Route("/{path:path}", _AnyMethod(service.api)),
        ],
        exception_handlers={MockError: _handle_mock_error, Exception: _handle_unexpected},
    )
    app.state.service = service
    app.add_middleware(RequestId)
    if faults is not None:
        app.add_middleware(FaultMiddleware, plan=faults)
    if admin is not None:
        app.state.admin = admin
        app.add_middleware(RequestLogMiddleware, log=admin.requests)  # outermost: what clients got
    return app
