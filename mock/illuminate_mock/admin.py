"""The admin API of a served mock, under ``/_mock/admin/``: state, fixture, clock and recent requests.

Off unless the mock is given a token (``illuminate-mock --admin-token`` or
``ILLUMINATE_MOCK_ADMIN_TOKEN``; ``create_app(admin_token=...)``): without
one there is no such route, and ``/_mock/admin/...`` is an unknown path
(404) like any other. With one, every call needs ``Authorization: Bearer
<token>`` (compared in constant time) before anything else is looked at:
401 otherwise, nothing read, nothing changed. The token is never logged,
never echoed, and replaced in every log line and in the request list.

Calls (JSON in and out; errors in the spec's Error shape, 400s naming the place):

- ``POST /_mock/admin/reset``: back to the fixture's initial state (no
  records; a movable clock back at the system's time);
- ``POST /_mock/admin/fixture``: body a fixture (YAML, or JSON with
  ``Content-Type: application/json``), checked like a fixture file; its
  accounts and keys from now on, and the state reset;
- ``GET /_mock/admin/snapshot``: the whole state (``snapshot/``);
- ``PUT /_mock/admin/snapshot``: replace the whole state with a snapshot,
  checked in full first (at most ``MAX_SNAPSHOT_BYTES``);
- ``GET /_mock/admin/clock``; ``PUT /_mock/admin/clock`` ``{"now": date-time}``;
  ``POST /_mock/admin/clock/advance`` ``{"seconds": number}``;
- ``GET /_mock/admin/requests?limit=N`` (1..1000, default 100): the last
  requests received, redacted (``requestlog.py``); ``DELETE`` empties the list.

Plain ASGI (no framework), so the layering stays as it is: the work itself
is the backend's, run in a worker thread, never on the event loop.
"""

from __future__ import annotations

import datetime
import hmac
import json
import logging
import re
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import anyio.to_thread

from . import redact
from .backend import Backend, ClockError
from .clock import timestamp
from .errors import FieldError, MockError, bad_request, invalid
from .fixtures import FixtureError, read_fixture
from .requestlog import SIZE, Message, Receive, RequestLog, Scope, Send
from .snapshot import MAX_SNAPSHOT_BYTES, SnapshotError, clock_reading, parse_snapshot

_TOKEN = re.compile(r"[\x21-\x7e]{16,512}")  # visible ASCII, long enough to guess at and to redact
_BEARER = re.compile(r"^Bearer\s+(\S+)\s*$", re.IGNORECASE)
MAX_BODY = 64 * 1024
MAX_FIXTURE_BODY = 1024 * 1024
DEFAULT_REQUESTS = 100
log = logging.getLogger("illuminate_mock")  # the logger redact.py filters

Reply = tuple[int, Any]  # status and a JSON value (or bytes already encoded)
Handler = Callable[[Scope, Receive], Awaitable[Reply]]


class TokenError(ValueError):
    """An admin token that cannot be used (the message never shows it)."""


def check_token(token: str) -> str:
    if not _TOKEN.fullmatch(token):
        raise TokenError(
            "the admin token must be 16 to 512 visible ASCII characters (no spaces): "
            "long enough not to be guessed, and to be recognised and redacted in logs"
        )
    return token


class _Service(Protocol):
    backend: Backend


class AdminApi:
    """The ASGI app of ``/_mock/admin/{rest}``; ``requests`` is the log of recent requests."""

    def __init__(self, service: _Service, token: str) -> None:
        self._service = service
        self._token = check_token(token).encode("ascii")
        redact.remember([token])  # kept out of every log line and the request list
        self.requests = RequestLog()
        self._routes: dict[str, dict[str, Handler]] = {
            "reset": {"POST": self._reset},
            "fixture": {"POST": self._fixture},
            "snapshot": {"GET": self._export, "PUT": self._import},
            "clock": {"GET": self._clock, "PUT": self._set_clock},
            "clock/advance": {"POST": self._advance},
            "requests": {"GET": self._requests, "DELETE": self._clear_requests},
        }

    def __repr__(self) -> str:
        return "AdminApi(token=[redacted])"

    @property
    def backend(self) -> Backend:
        return self._service.backend

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = str(scope.get("state", {}).get("request_id", ""))
        headers: dict[str, str] = {}
        try:
            if not self._authorized(scope):
                raise MockError(
                    401,
                    "UNAUTHORIZED",
                    "the admin API needs the header `Authorization: Bearer <admin token>`",
                    headers={"WWW-Authenticate": 'Bearer realm="illuminate-mock admin"'},
                )
            name = str(scope.get("path_params", {}).get("rest", "")).strip("/")
            methods = self._routes.get(name)
            if methods is None:
                raise MockError(404, "NOT_FOUND", f"no admin call at /_mock/admin/{name[:100]}")
            handler = methods.get(scope["method"])
            if handler is None:
                allowed = ", ".join(sorted(methods))
                raise MockError(
                    405, "METHOD_NOT_ALLOWED", f"/_mock/admin/{name} allows {allowed}", headers={"Allow": allowed}
                )
            status, payload = await handler(scope, receive)
        except MockError as error:
            status, payload, headers = error.status, redact.redact_json(error.to_json(request_id)), error.headers
        except Exception as exc:  # the mock's own fault: said so, and logged (redacted)
            log.exception("unexpected error in the admin call %s %s", scope["method"], scope["path"])
            failure = MockError(500, "INTERNAL_ERROR", f"the mock failed: {type(exc).__name__}")
            status, payload = 500, failure.to_json(request_id)
        body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        await _respond(send, status, body, headers)

    def _authorized(self, scope: Scope) -> bool:
        found = _BEARER.match(_header(scope, b"authorization") or "")
        presented = found.group(1).encode("latin-1") if found else b""
        return hmac.compare_digest(presented, self._token)

    # ------------------------------------------------------------ calls

    async def _reset(self, scope: Scope, receive: Receive) -> Reply:
        await _read(scope, receive, MAX_BODY)
        await anyio.to_thread.run_sync(self.backend.reset)
        log.info("admin: state reset")
        return 200, {"reset": True, **await anyio.to_thread.run_sync(self.backend.summary)}

    async def _fixture(self, scope: Scope, receive: Receive) -> Reply:
        raw = await _read(scope, receive, MAX_FIXTURE_BODY)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise invalid("body", f"not UTF-8 (byte {exc.start})") from None
        as_json = (_header(scope, b"content-type") or "").lower().startswith("application/json")
        try:
            fixture = await anyio.to_thread.run_sync(lambda: read_fixture(text, "fixture", as_json=as_json))
        except FixtureError as exc:
            raise bad_request([_fixture_problem(line) for line in str(exc).splitlines()]) from None
        if fixture.faults:
            raise invalid("body.faults", "faults are set when the mock starts (--fault), not by a fixture loaded later")
        await anyio.to_thread.run_sync(self.backend.reset, fixture)
        vars(self._service).pop("_anonymous", None)  # who an ignore-auth call acts as: the new first account
        log.info("admin: fixture loaded (%d accounts, %d keys)", len(fixture.accounts), len(fixture.api_keys))
        return 200, {"loaded": True, **await anyio.to_thread.run_sync(self.backend.summary)}

    async def _export(self, scope: Scope, receive: Receive) -> Reply:
        def encoded() -> bytes:
            return json.dumps(self.backend.snapshot(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")

        return 200, await anyio.to_thread.run_sync(encoded)

    async def _import(self, scope: Scope, receive: Receive) -> Reply:
        raw = await _read(scope, receive, MAX_SNAPSHOT_BYTES)

        def restore() -> None:
            self.backend.restore(parse_snapshot(raw))

        try:
            await anyio.to_thread.run_sync(restore)
        except SnapshotError as exc:
            raise bad_request([FieldError(exc.place, exc.problem)], exc.describe("snapshot")) from None
        log.info("admin: snapshot restored (%d bytes)", len(raw))
        return 200, {"restored": True, **await anyio.to_thread.run_sync(self.backend.summary)}

    async def _clock(self, scope: Scope, receive: Receive) -> Reply:
        clock = self.backend.clock
        reading = clock_reading(clock)
        return 200, {
            "now": timestamp(clock.now()),
            "offsetSeconds": reading["offsetSeconds"],
            "movable": _movable(self.backend),
        }

    async def _set_clock(self, scope: Scope, receive: Receive) -> Reply:
        body = _object(await _read(scope, receive, MAX_BODY), ("now",))
        value = body["now"]
        try:
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise invalid("body.now", "must be a date-time with a time zone, e.g. 2030-01-01T00:00:00Z")
        return 200, {"now": timestamp(await self._move(lambda: self.backend.set_clock(moment), "body.now"))}

    async def _advance(self, scope: Scope, receive: Receive) -> Reply:
        body = _object(await _read(scope, receive, MAX_BODY), ("seconds",))
        seconds = body["seconds"]
        if not isinstance(seconds, int | float) or isinstance(seconds, bool):
            raise invalid("body.seconds", "must be a number of seconds")
        return 200, {"now": timestamp(await self._move(lambda: self.backend.advance_clock(seconds), "body.seconds"))}

    async def _move(self, move: Callable[[], datetime.datetime], where: str) -> datetime.datetime:
        if not _movable(self.backend):
            raise MockError(
                409, "CLOCK_FIXED", f"this mock runs on a {type(self.backend.clock).__name__}, which cannot be moved"
            )
        try:
            return await anyio.to_thread.run_sync(move)
        except ClockError as exc:
            raise invalid(where, str(exc)) from None

    async def _requests(self, scope: Scope, receive: Receive) -> Reply:
        query = urllib.parse.parse_qs(bytes(scope.get("query_string", b"")).decode("latin-1"))
        unknown = sorted(set(query) - {"limit"})
        if unknown:
            raise invalid(f"query.{unknown[0][:40]}", "the only parameter is limit")
        written = query.get("limit", [str(DEFAULT_REQUESTS)])[-1]
        if not written.isdigit() or not 1 <= int(written) <= SIZE:
            raise invalid("query.limit", f"must be an integer from 1 to {SIZE}")
        return 200, {"requests": self.requests.last(int(written)), "total": self.requests.total}

    async def _clear_requests(self, scope: Scope, receive: Receive) -> Reply:
        self.requests.clear()
        return 200, {"cleared": True}


def _movable(backend: Backend) -> bool:
    try:
        backend.movable_clock()
    except ClockError:
        return False
    return True


def _fixture_problem(line: str) -> FieldError:
    """A line of a fixture error (``fixture: apiKeys[1].roles[0]: must be ...``) as the field it names."""
    rest = line.removeprefix("fixture: ")
    place, separator, message = rest.partition(": ")
    if separator and re.fullmatch(r"[A-Za-z]\w*(\[\d+\]|\.\w+)*", place):
        return FieldError(f"body.{place}", message)
    return FieldError("body", rest)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _object(raw: bytes, required: tuple[str, ...]) -> dict[str, Any]:
    try:
        body = json.loads(raw.decode("utf-8") or "null")
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise invalid("body", "not valid JSON") from None
    if not isinstance(body, dict):
        raise invalid("body", f"must be a JSON object with {', '.join(required)}")
    for name in required:
        if name not in body:
            raise invalid(f"body.{name}", "is required")
    extra = sorted(set(body) - set(required))
    if extra:
        raise invalid(f"body.{extra[0][:40]}", f"is not a field of this call (its fields: {', '.join(required)})")
    return body


async def _read(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The request's body, refused (400) once over ``limit``: at once when its declared length is."""
    declared = _header(scope, b"content-length") or ""
    if declared.isdigit() and int(declared) > limit:
        raise invalid("body", f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            raise MockError(400, "BAD_REQUEST", "the client went away before the body was read")
        chunk = bytes(message.get("body", b""))
        size += len(chunk)
        if size > limit:
            raise invalid("body", f"request body larger than {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(send: Send, status: int, body: bytes, headers: dict[str, str]) -> None:
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        *((name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})
