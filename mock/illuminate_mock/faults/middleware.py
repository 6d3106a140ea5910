"""The ASGI middleware that applies a ``FaultPlan`` to every API request."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from typing import Any

import anyio
from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import FieldError, MockError
from ..redact import redact_json
from ..specdoc import Operation, Router
from .breaking import ResponseSchemas, break_body, undocumented_status
from .plan import HEADER, Fault, FaultError, FaultPlan

log = logging.getLogger("illuminate_mock.faults")
_HEADER_KEY = HEADER.lower().encode("latin-1")


def _error(status: int, code: str, message: str, request_id: str, **kwargs: Any) -> JSONResponse:
    error = MockError(status, code, message, **kwargs)
    headers = {"x-request-id": request_id, **error.headers}
    return JSONResponse(redact_json(error.to_json(request_id)), status_code=status, headers=headers)


def _route_path(scope: Scope) -> str:
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        return path[len(root) :] or "/"
    return path


def _is_helper(path: str) -> bool:
    return path == "/openapi.json" or path.startswith("/_mock/")


def _header(scope: Scope) -> str | None:
    values = [value.decode("latin-1") for key, value in scope.get("headers", []) if key.lower() == _HEADER_KEY]
    return ",".join(values) if values else None


class _Capture:
    """Holds a response back so that it can be changed before it is sent.

    With ``json_only``, a response that is not JSON (the streamed CSV of a
    job) is passed on as it comes: contract faults change JSON bodies only,
    and a CSV of a million serials is never held in memory.
    """

    def __init__(self, send: Send, json_only: bool) -> None:
        self._send = send
        self._json_only = json_only
        self.passed_on = False
        self.start: Message | None = None
        self.chunks: list[bytes] = []
        self.complete = False

    async def send(self, message: Message) -> None:
        if self.passed_on:
            await self._send(message)
        elif message["type"] == "http.response.start":
            self.start = message
            content_type = MutableHeaders(raw=list(message.get("headers", []))).get("content-type", "")
            if self._json_only and not content_type.startswith("application/json"):
                self.passed_on = True
                await self._send(message)
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))
            self.complete = not message.get("more_body", False)


async def _send_truncated(send: Send, status: int, headers: MutableHeaders, body: bytes) -> None:
    """Start a response and never finish it: a server closes the connection."""
    # Declare more bytes than are sent, even for an empty body, so the client notices.
    headers["content-length"] = str(max(len(body), 1))
    await send({"type": "http.response.start", "status": status, "headers": headers.raw})
    if body:
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})


class FaultMiddleware:
    """ASGI middleware that applies a ``FaultPlan`` to every API request."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan
        self.schemas = ResponseSchemas()
        self.router = Router(self.schemas.operations)  # templated paths (/api/v1/accounts/{accountId}/...) too

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = _route_path(scope) if scope["type"] == "http" else ""
        if scope["type"] != "http" or _is_helper(path):
            await self.app(scope, receive, send)
            return
        header = _header(scope)
        if header is not None and not self.plan.allow_header:
            header = None  # not honoured: the app refuses the request (app.py)
        try:
            faults = self.plan.select(header)
        except FaultError as exc:
            problem = [FieldError(f"header.{HEADER}", str(exc))]
            response = _error(400, "VALIDATION_ERROR", f"Invalid request: {exc}", str(uuid.uuid4()), errors=problem)
            await response(scope, receive, send)
            return
        if faults:
            log.info("faults for %s %s: %s", scope["method"], path, ", ".join(map(str, faults)))
        state = scope.setdefault("state", {})
        state["fault_flags"] = frozenset(f.mode for f in faults if f.kind == "flag")
        state["fault_header"] = header is not None  # the header was read and honoured
        delay = sum(int(f.value or 0) for f in faults if f.mode == "latency")
        if delay:
            await anyio.sleep(delay / 1000)
        if await self._answer_early(faults, scope, receive, send):
            return
        late = [f for f in faults if f.kind == "contract" or (f.mode == "drop" and f.value == "after")]
        if not late:
            await self.app(scope, receive, send)
            return
        capture = _Capture(send, json_only=not any(f.mode == "drop" for f in late))
        await self.app(scope, receive, capture.send)
        if capture.passed_on:
            return
        await self._send_changed(capture, late, scope, path, send)

    async def _answer_early(self, faults: Sequence[Fault], scope: Scope, receive: Receive, send: Send) -> bool:
        """Answer for the mock when a transport fault says so; True if it did."""
        request_id = str(uuid.uuid4())  # the mock's own request-id layer is never reached
        for fault in faults:
            if fault.mode == "rate-limit":
                retry = {"Retry-After": str(fault.value)}
                message = f"Too many requests (injected fault); retry after {fault.value} s"
                await _error(429, "RATE_LIMITED", message, request_id, headers=retry)(scope, receive, send)
                return True
            if fault.mode == "server-error":
                status = int(fault.value or 500)
                code = {500: "INTERNAL_ERROR", 502: "BAD_GATEWAY", 503: "SERVICE_UNAVAILABLE"}[status]
                await _error(status, code, "The service failed (injected fault)", request_id)(scope, receive, send)
                return True
            if fault.mode == "drop" and fault.value == "before":
                headers = MutableHeaders(raw=[(b"content-type", b"application/json")])
                await _send_truncated(send, 200, headers, b"")
                return True
        return False

    async def _send_changed(
        self, capture: _Capture, faults: Sequence[Fault], scope: Scope, path: str, send: Send
    ) -> None:
        if capture.start is None:
            return  # the app sent nothing (it raised): nothing to change
        status: int = capture.start["status"]
        headers = MutableHeaders(raw=list(capture.start.get("headers", [])))
        body = b"".join(capture.chunks)
        if any(f.mode == "drop" for f in faults):
            await _send_truncated(send, status, headers, body)
            return
        found = self.router.match_path(scope.get("raw_path") or path.encode("utf-8"))
        operation = found.methods.get(scope["method"]) if found is not None else None
        is_json = headers.get("content-type", "").startswith("application/json")
        if operation is not None and is_json and 200 <= status < 300 and capture.complete:
            status, body = self._violate(faults, operation, status, headers, body)
            headers["content-length"] = str(len(body))
        await send({"type": "http.response.start", "status": status, "headers": headers.raw})
        await send({"type": "http.response.body", "body": body})

    def _violate(
        self, faults: Sequence[Fault], operation: Operation, status: int, headers: MutableHeaders, body: bytes
    ) -> tuple[int, bytes]:
        """Apply the contract faults, in the documented order, to a 2xx JSON response."""
        modes = {f.mode: f.value for f in faults}
        for mode in ("missing-field", "wrong-type"):
            if mode in modes and body:
                broken = break_body(json.loads(body), mode, self.schemas, operation, status)
                body = _dumps(broken)
        if "empty-body" in modes:
            body = b""
        if "undocumented-status" in modes:
            status = undocumented_status(operation)
            message = f"Undocumented status {status} (injected fault)"
            error = MockError(status, "UNDOCUMENTED_STATUS", message)
            body = _dumps(error.to_json(headers.get("x-request-id", "")))
        if "wrong-content-type" in modes:
            headers["content-type"] = "text/plain; charset=utf-8"
        if "broken-pagination-header" in modes and operation.is_cursor_list:
            if modes["broken-pagination-header"] == "missing":
                del headers["has-next-page"]
            else:
                headers["has-next-page"] = "maybe"
        return status, body


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
