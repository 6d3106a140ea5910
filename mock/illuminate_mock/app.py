"""The HTTP layer of the mock (moto's ``responses.py``): requests in, JSON out.

Order of checks for an API call, each answered with the spec's Error body:
unknown path 404, wrong method 405, missing or unknown key 401, role 403,
malformed or invalid request 400 (naming every bad field), another account's
id 403, then the business rules in ``backend``. Nothing a client sends can
produce a 5xx: an unexpected exception is logged and answered as a 500 that
says so, and the state is left as the rule found it (rules check before they
write).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from illuminate_spec.loader import Spec, load_spec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import specdoc
from .backend import Backend, MockConfig
from .clock import Clock
from .errors import FieldError, MockError, bad_request, forbidden, invalid, unauthorized
from .faults import FaultMiddleware, FaultPlan
from .fixtures import Fixture, demo_fixture
from .middleware import RequestId
from .models import ApiKey
from .registry import Call
from .specdoc import Operation
from .validation import (
    MAX_JSON_DEPTH,
    RequestValidator,
    check_depth,
    check_text,
    merge_get_body,
    parse_finite_float,
    reject_constant,
)

log = logging.getLogger("illuminate_mock")
MAX_BODY_BYTES = 1024 * 1024
_AUTHORIZATION = re.compile(r"^ApiKey\s+(\S+)\s*$")
_JSON_TYPE = re.compile(r"^application/([\w.+-]+\+)?json\b", re.IGNORECASE)
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
        self._paths: dict[str, dict[str, Operation]] = {}
        for (method, path), operation in self.operations.items():
            self._paths.setdefault(path, {})[method] = operation
        self._spec_json = json.dumps(self.spec.document).encode()

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    # ------------------------------------------------------------ routes

    async def openapi(self, request: Request) -> Response:
        return Response(self._spec_json, media_type="application/json")

    async def upload(self, request: Request) -> Response:
        data = await _read_limited(request, MAX_BODY_BYTES * 10)
        self.backend.receive_upload(request.path_params["token"], data)
        return Response(status_code=200)

    async def image(self, request: Request) -> Response:
        data = self.backend.image_bytes(request.path_params["image_id"])
        if data is None:
            raise MockError(404, "NOT_FOUND", "no such image")
        media = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        return Response(data, media_type=media)

    async def api(self, request: Request) -> Response:
        path = "/" + request.path_params["path"]
        methods = self._paths.get(path)
        if methods is None:
            raise MockError(404, "NOT_FOUND", f"no operation at {path}")
        operation = methods.get(request.method)
        if operation is None:
            allowed = ", ".join(sorted(methods))
            raise MockError(405, "METHOD_NOT_ALLOWED", f"{path} allows {allowed}", headers={"Allow": allowed})
        flags: frozenset[str] = getattr(request.state, "fault_flags", frozenset())
        caller = self._authenticate(request, operation, flags)
        body, has_body = await _read_json(request)
        query: list[tuple[str, Any]] = list(request.query_params.multi_items())
        if request.method == "GET" and has_body:
            query = merge_get_body(query, body)
            body, has_body = None, False
        try:
            valid = self.validator.validate(operation, query, body, has_body)
        except MockError:
            if FLAG_ACCEPT_INVALID in flags:
                return JSONResponse([] if request.method == "GET" else {}, status_code=200)
            raise
        account_id = valid.params.get("accountId") or (valid.body or {}).get("accountId")
        if caller is None:  # ignore-auth fault: act as any key of the named account
            caller = next((k for k in self.backend.store.api_keys.values() if k.account_id == account_id), None)
            if caller is None:
                raise forbidden("no such account", "accountId")
        if account_id != caller.account_id:
            # Same answer whether the account exists or not: nothing about it leaks.
            where = "query.accountId" if "accountId" in valid.params else "body.accountId"
            raise forbidden("this API key does not give access to that account", where)
        call = Call(
            operation_id=operation.operation_id,
            caller=caller,
            account=self.backend.store.accounts[caller.account_id],
            params=valid.params,
            body=valid.body,
            base_url=str(request.base_url).rstrip("/"),
        )
        reply = self.backend.handle(call)
        return JSONResponse(reply.payload, headers=reply.headers)

    def _authenticate(self, request: Request, operation: Operation, flags: frozenset[str]) -> ApiKey | None:
        if FLAG_IGNORE_AUTH in flags:
            return None
        match = _AUTHORIZATION.match(request.headers.get("authorization", ""))
        if match is None:
            raise unauthorized("send the header `Authorization: ApiKey <key>`")
        key = self.backend.store.api_keys.get(match.group(1))
        if key is None:
            raise unauthorized("unknown API key")
        if not operation.roles.allows(key.roles):
            raise forbidden(f"{operation.operation_id} needs a key with {operation.roles.describe()}")
        return key


async def _read_limited(request: Request, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise invalid("body", f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _read_json(request: Request) -> tuple[Any, bool]:
    raw = await _read_limited(request, MAX_BODY_BYTES)
    if not raw.strip():
        return None, False
    content_type = request.headers.get("content-type", "application/json")
    if not _JSON_TYPE.match(content_type):
        raise invalid("body", f"expected Content-Type application/json, got {content_type!r}")
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
    check_depth(document, "body")
    check_text(document, "body")
    return document, True


def _error_response(request: Request, error: MockError) -> Response:
    request_id = getattr(request.state, "request_id", "")
    return JSONResponse(error.to_json(request_id), status_code=error.status, headers=error.headers)


async def _handle_mock_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MockError)
    return _error_response(request, exc)


async def _handle_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error in %s %s", request.method, request.url.path)
    return _error_response(request, MockError(500, "INTERNAL_ERROR", f"the mock failed: {type(exc).__name__}"))


def create_app(
    fixture: Fixture | None = None,
    *,
    clock: Clock | None = None,
    config: MockConfig | None = None,
    faults: FaultPlan | None = None,
) -> Starlette:
    """The mock as an ASGI app. ``app.state.service`` exposes its backend.

    ``faults``: a plan of injected faults (``illuminate_mock.faults``); None
    (the default) leaves fault injection out entirely.
    """
    backend = Backend(fixture or demo_fixture(), clock=clock, config=config)
    service = MockService(backend, load_spec())
    methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
    app = Starlette(
        routes=[
            Route("/openapi.json", service.openapi, methods=["GET"]),
            Route("/_mock/uploads/{token}", service.upload, methods=["PUT"]),
            Route("/_mock/images/{image_id}", service.image, methods=["GET"]),
            Route("/{path:path}", service.api, methods=methods),
        ],
        exception_handlers={MockError: _handle_mock_error, Exception: _handle_unexpected},
    )
    app.state.service = service
    app.add_middleware(RequestId)
    if faults is not None:
        app.add_middleware(FaultMiddleware, plan=faults)
    return app
