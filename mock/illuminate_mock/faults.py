"""Fault injection: make the mock slow, flaky or wrong on purpose (off by default).

Two uses: testing how a client copes with a bad service (latency, 429, 5xx,
dropped connections), and proving that a contract suite such as schemathesis
catches a server that breaks the spec (wrong types, missing fields, statuses
and headers the spec does not declare).

Grammar
-------
A fault is ``MODE[=VALUE][@RATE]``; several are separated by commas::

    server-error=503@0.3     30% of API requests get HTTP 503
    latency=200              every API request is delayed by 200 ms
    wrong-type,missing-field@0.5

``RATE`` is a probability in (0, 1] (default 1: every request). Each fault
is rolled independently for every API request with one ``random.Random``
seeded by the plan (``--fault-seed``, default 0), so a run that sends the
same requests in the same order injects the same faults.

Modes (``VALUE`` in brackets, with its default)
-----------------------------------------------
Transport, decided before the mock handles the request:

- ``latency=MS``: wait MS milliseconds first (VALUE required).
- ``rate-limit[=SECONDS]`` (1): HTTP 429, ``Retry-After: SECONDS``, Error body.
- ``server-error[=500|502|503]`` (500): that status with an Error body.
- ``drop[=before|after]`` (before): the connection is closed mid-response:
  the status line and headers (with a Content-Length) are sent, then the
  connection closes before the body is complete. ``before``: the mock never
  handles the request; ``after``: it does (state changes), and the client
  cannot know. Over a real server (uvicorn) the client sees a transport error;
  in process, the ASGI response is started and never completed.

The first of ``rate-limit``, ``server-error`` and ``drop=before`` that is
rolled answers the request; ``latency`` applies before it.

Request judging (flags read by ``app.py`` from ``request.state.fault_flags``):

- ``ignore-auth``: the API key is not checked (the call acts as a key of the
  account it names).
- ``accept-invalid``: a request that fails validation gets HTTP 200 with an
  empty JSON value instead of 400.

Contract violations, applied only to 2xx JSON responses of API operations,
in this order:

- ``missing-field``: a required field of the body (of its first item, for an
  array; an empty array becomes ``[{}]``) is removed.
- ``wrong-type``: a required field gets a value of another JSON type (an
  empty array becomes ``{}``).
- ``empty-body``: the body is empty, the Content-Type still JSON.
- ``undocumented-status``: the status becomes one the operation does not
  declare (418) with an Error body.
- ``wrong-content-type``: the JSON body is sent as ``text/plain``.
- ``broken-pagination-header[=invalid|missing]`` (invalid): on cursor-paginated
  lists, ``has-next-page`` becomes ``maybe`` or is removed.

Every ``wrong-type``/``missing-field`` result is checked against the
operation's response schema before it is sent, so a JSON Schema check always
catches it; when no field change breaks the schema, the whole body becomes a
value of another JSON type.

Where faults come from
----------------------
Per run: ``illuminate-mock --fault MODE`` (repeatable) and the fixture's
``faults:`` list, combined. Per request: the header ``X-Mock-Fault: MODE,...``
adds faults to that request only; ``none`` in the header leaves out the run's
faults for that request. The header is read only when the app was built with
a plan (``create_app(faults=FaultPlan.parse([]))``, or ``--fault none`` on the
command line); without one, nothing here runs. A bad header gets HTTP 400.
The mock's own routes (``/openapi.json``, ``/_mock/...``) are never faulted.
"""

from __future__ import annotations

import json
import logging
import random
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import anyio
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import specdoc
from .errors import FieldError, MockError
from .specdoc import Operation

log = logging.getLogger("illuminate_mock.faults")
HEADER = "X-Mock-Fault"
_HEADER_KEY = HEADER.lower().encode("latin-1")
_FAULT = re.compile(r"^(?P<mode>[A-Za-z-]+)(?:=(?P<value>[^@]*))?(?:@(?P<rate>.*))?$")
_SPEC_URI = "urn:illuminate-spec"

Value = int | str | None


class FaultError(ValueError):
    """A fault that cannot be parsed; the message names the mode."""


# ------------------------------------------------------------------ grammar


def _no_value(mode: str, text: str | None) -> Value:
    if text is not None:
        raise FaultError(f"{mode}: takes no value (got {text!r})")
    return None


def _integer(low: int, high: int, default: int | None) -> Callable[[str, str | None], Value]:
    def parse(mode: str, text: str | None) -> Value:
        if text is None:
            if default is None:
                raise FaultError(f"{mode}: needs a value, e.g. {mode}={low or 200}")
            return default
        if not re.fullmatch(r"\d+", text.strip()) or not low <= int(text) <= high:
            raise FaultError(f"{mode}: value must be a whole number from {low} to {high} (got {text!r})")
        return int(text)

    return parse


def _choice(*choices: str | int) -> Callable[[str, str | None], Value]:
    def parse(mode: str, text: str | None) -> Value:
        if text is None:
            return choices[0]
        for choice in choices:
            if text.strip() == str(choice):
                return choice
        allowed = ", ".join(map(str, choices))
        raise FaultError(f"{mode}: value must be one of {allowed} (got {text!r})")

    return parse


@dataclass(frozen=True)
class _Mode:
    kind: str  # "transport", "flag" or "contract"
    value: Callable[[str, str | None], Value]
    what: Callable[[Value], str]


MODES: dict[str, _Mode] = {
    "latency": _Mode("transport", _integer(0, 600_000, None), lambda v: f"delayed by {v} ms"),
    "rate-limit": _Mode(
        "transport", _integer(0, 86_400, 1), lambda v: f"answered 429 with Retry-After: {v} (not handled)"
    ),
    "server-error": _Mode("transport", _choice(500, 502, 503), lambda v: f"answered {v} (not handled)"),
    "drop": _Mode(
        "transport",
        _choice("before", "after"),
        lambda v: (
            "connection closed mid-response, "
            + ("before the mock handles the request" if v == "before" else "after the mock handled the request")
        ),
    ),
    "ignore-auth": _Mode("flag", _no_value, lambda v: "served without checking the API key"),
    "accept-invalid": _Mode("flag", _no_value, lambda v: "answered 200 with an empty JSON value when invalid"),
    "missing-field": _Mode("contract", _no_value, lambda v: "2xx JSON body loses a required field"),
    "wrong-type": _Mode("contract", _no_value, lambda v: "2xx JSON body has a required field of the wrong type"),
    "empty-body": _Mode("contract", _no_value, lambda v: "2xx JSON body sent empty"),
    "undocumented-status": _Mode("contract", _no_value, lambda v: "2xx JSON answer turned into an undeclared 418"),
    "wrong-content-type": _Mode("contract", _no_value, lambda v: "2xx JSON body sent as text/plain"),
    "broken-pagination-header": _Mode(
        "contract",
        _choice("invalid", "missing"),
        lambda v: "has-next-page " + ("set to 'maybe'" if v == "invalid" else "removed") + " on paginated lists",
    ),
}
NONE = "none"  # no fault; in the header: leave out the run's faults for this request


@dataclass(frozen=True)
class Fault:
    mode: str
    value: Value = None
    rate: float = 1.0

    def __str__(self) -> str:
        text = self.mode if self.value is None else f"{self.mode}={self.value}"
        return text if self.rate == 1.0 else f"{text}@{self.rate:g}"

    @property
    def kind(self) -> str:
        return MODES[self.mode].kind

    def describe(self) -> str:
        share = "every API request" if self.rate == 1.0 else f"{self.rate * 100:g}% of API requests"
        return f"{self}: {share} {MODES[self.mode].what(self.value)}"


def _parse_rate(mode: str, text: str | None) -> float:
    if text is None:
        return 1.0
    try:
        rate = float(text)
    except ValueError:
        rate = -1.0
    if not 0.0 < rate <= 1.0:
        raise FaultError(f"{mode}: rate must be a number in (0, 1], e.g. {mode}@0.3 (got {text!r})")
    return rate


def _parse_one(text: str) -> Fault | None:
    """One ``MODE[=VALUE][@RATE]``; ``None`` for ``none``."""
    match = _FAULT.match(text)
    mode = (match.group("mode") if match else text.split("=")[0].split("@")[0]).lower()
    if match is None or (mode not in MODES and mode != NONE):
        known = ", ".join([*MODES, NONE])
        raise FaultError(f"unknown fault mode {mode!r} in {text!r} (known: {known})")
    if mode == NONE:
        if match.group("value") is not None or match.group("rate") is not None:
            raise FaultError(f"none: takes no value or rate (got {text!r})")
        return None
    value = MODES[mode].value(mode, match.group("value"))
    return Fault(mode, value, _parse_rate(mode, match.group("rate")))


def _parse_all(specs: Iterable[str]) -> tuple[tuple[Fault, ...], bool]:
    """The faults of comma-separated specs, and whether ``none`` was among them."""
    faults: list[Fault] = []
    saw_none = False
    for spec in specs:
        for item in spec.split(","):
            if not item.strip():
                continue
            fault = _parse_one(item.strip())
            if fault is None:
                saw_none = True
            else:
                faults.append(fault)
    return tuple(faults), saw_none


# ------------------------------------------------------------------ spec look-ups


def _pointer_part(text: str) -> str:
    return text.replace("~", "~0").replace("/", "~1")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    for kind, name in ((str, "string"), (list, "array"), (dict, "object")):
        if isinstance(value, kind):
            return name
    return "null"


class ResponseSchemas:
    """The spec's operations and validators for their JSON responses, built once each."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations = specdoc.operations(document)
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[tuple[str, str, str], Any] = {}

    def schema_pointer(self, operation: Operation, status: int) -> str | None:
        """JSON pointer to the JSON schema of ``status`` (or its ``2XX``), if declared."""
        responses = self.document["paths"][operation.path][operation.method.lower()]["responses"]
        key = next((k for k in (str(status), f"{str(status)[0]}XX") if k in responses), None)
        if key is None:
            return None
        pointer = f"/paths/{_pointer_part(operation.path)}/{operation.method.lower()}/responses/{key}"
        response = responses[key]
        if "$ref" in response:
            pointer = response["$ref"][1:]
            response = specdoc.resolve(self.document, response)
        if "schema" not in response.get("content", {}).get("application/json", {}):
            return None
        return f"{pointer}/content/application~1json/schema"

    def validator(self, operation: Operation, status: int) -> Any:
        pointer = self.schema_pointer(operation, status)
        if pointer is None:
            return None
        key = (operation.method, operation.path, pointer)
        if key not in self._validators:
            schema = {"$ref": f"{_SPEC_URI}#{pointer}"}
            self._validators[key] = Draft202012Validator(schema, registry=self._registry)
        return self._validators[key]

    def schema(self, pointer: str) -> dict[str, Any]:
        return specdoc.resolve(self.document, {"$ref": "#" + pointer})


# ------------------------------------------------------------------ body mutations

# Tried in this order; the first of another JSON type that the schema rejects is used.
_WRONG_VALUES: tuple[Any, ...] = (12345, "wrong-type", True, [], {})


def _required(document: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """Required names of an object schema, including those of its oneOf/anyOf/allOf branches."""
    schema = specdoc.resolve(document, schema)
    names = list(schema.get("required", []))
    for keyword in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(keyword, []):
            names += _required(document, branch)
    return list(dict.fromkeys(names))


def _object_mutations(obj: dict[str, Any], names: list[str], mode: str) -> Iterator[dict[str, Any]]:
    for name in (n for n in names if n in obj):
        if mode == "missing-field":
            yield {k: v for k, v in obj.items() if k != name}
            continue
        for wrong in _WRONG_VALUES:
            if _json_type(wrong) != _json_type(obj[name]):
                yield {**obj, name: wrong}


def _mutations(body: Any, schema: dict[str, Any], document: dict[str, Any], mode: str) -> Iterator[Any]:
    """Candidate broken bodies, most targeted first; the last ones change the body's own type."""
    schema = specdoc.resolve(document, schema)
    if isinstance(body, list):
        names = _required(document, schema.get("items", {}))
        if body and isinstance(body[0], dict):
            for item in _object_mutations(body[0], names, mode):
                yield [item, *body[1:]]
        elif not body and mode == "missing-field":
            yield [{}]  # an item with every required field missing
    elif isinstance(body, dict):
        yield from _object_mutations(body, _required(document, schema), mode)
    yield from (wrong for wrong in _WRONG_VALUES if _json_type(wrong) != _json_type(body))


def break_body(body: Any, mode: str, schemas: ResponseSchemas, operation: Operation, status: int) -> Any:
    """``body`` with a required field removed or mistyped, such that the response schema rejects it."""
    validator = schemas.validator(operation, status)
    pointer = schemas.schema_pointer(operation, status)
    if validator is None or pointer is None:
        return body
    for candidate in _mutations(body, schemas.schema(pointer), schemas.document, mode):
        if not validator.is_valid(candidate):
            return candidate
    log.warning("%s: no change of %s breaks its response schema", mode, operation.operation_id)
    return body


def undocumented_status(operation: Operation) -> int:
    for status in (418, 421, 451, 499):
        if str(status) not in operation.statuses and f"{str(status)[0]}XX" not in operation.statuses:
            return status
    return 418


# ------------------------------------------------------------------ the middleware


def _error(status: int, code: str, message: str, request_id: str, **kwargs: Any) -> JSONResponse:
    error = MockError(status, code, message, **kwargs)
    headers = {"x-request-id": request_id, **error.headers}
    return JSONResponse(error.to_json(request_id), status_code=status, headers=headers)


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
    """Holds a response back so that it can be changed before it is sent."""

    def __init__(self) -> None:
        self.start: Message | None = None
        self.chunks: list[bytes] = []
        self.complete = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.start = message
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
        self.schemas = ResponseSchemas(specdoc.load())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = _route_path(scope) if scope["type"] == "http" else ""
        if scope["type"] != "http" or _is_helper(path):
            await self.app(scope, receive, send)
            return
        try:
            faults = self.plan.select(_header(scope))
        except FaultError as exc:
            problem = [FieldError(f"header.{HEADER}", str(exc))]
            response = _error(400, "VALIDATION_ERROR", f"Invalid request: {exc}", str(uuid.uuid4()), errors=problem)
            await response(scope, receive, send)
            return
        if faults:
            log.info("faults for %s %s: %s", scope["method"], path, ", ".join(map(str, faults)))
        scope.setdefault("state", {})["fault_flags"] = frozenset(f.mode for f in faults if f.kind == "flag")
        delay = sum(int(f.value or 0) for f in faults if f.mode == "latency")
        if delay:
            await anyio.sleep(delay / 1000)
        if await self._answer_early(faults, scope, receive, send):
            return
        late = [f for f in faults if f.kind == "contract" or (f.mode == "drop" and f.value == "after")]
        if not late:
            await self.app(scope, receive, send)
            return
        capture = _Capture()
        await self.app(scope, receive, capture.send)
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
        operation = self.schemas.operations.get((scope["method"], path))
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


# ------------------------------------------------------------------ the plan


class FaultPlan:
    """The faults of a run, and the dice that decide which requests get them."""

    middleware_class: ClassVar[type[FaultMiddleware]] = FaultMiddleware

    def __init__(self, faults: Sequence[Fault] = (), *, seed: int = 0) -> None:
        self.faults = tuple(faults)
        self.seed = seed
        self._random = random.Random(seed)

    @classmethod
    def parse(cls, specs: Iterable[str] | str, *, seed: int = 0) -> FaultPlan:
        """A plan from ``MODE[=VALUE][@RATE]`` texts (each may hold several, comma-separated)."""
        faults, _ = _parse_all([specs] if isinstance(specs, str) else specs)
        return cls(faults, seed=seed)

    def describe(self) -> str:
        """One line per fault of the run."""
        return "\n".join(fault.describe() for fault in self.faults)

    def select(self, header: str | None = None) -> list[Fault]:
        """The faults for one request: the run's plus the header's, each kept with its rate."""
        extra, saw_none = _parse_all([header]) if header is not None else ((), False)
        candidates = (*(() if saw_none else self.faults), *extra)
        # Roll every candidate, hit or miss, so the dice stay in step across runs.
        return [fault for fault in candidates if self._random.random() < fault.rate]
