"""The last requests a mock received, for the admin API: a bounded ring of redacted lines.

Each entry is what a client sent and got, never what it authenticated
with: method, path, query, status, time, request id and duration. No
header is kept; the path and the query have every known secret replaced
(the fixtures' API keys, the admin token, and the credential the request
itself presented, whatever it is), and each is cut at ``MAX_TEXT``
characters so the ring's memory stays bounded (``SIZE`` entries).

``RequestLogMiddleware`` is plain ASGI, outermost, so it sees what the
client saw (an injected fault's answer too). It is installed only with the
admin API: without it, requests pay nothing for it.
"""

from __future__ import annotations

import collections
import datetime
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from . import redact
from .clock import timestamp

SIZE = 1000
MAX_TEXT = 2048
_CREDENTIAL = re.compile(r"^\s*\S+\s+(\S+)")  # "ApiKey <key>", "Bearer <token>", ...

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class RequestLog:
    """The last ``size`` requests, oldest first; ``total`` counts every request since the start."""

    def __init__(self, size: int = SIZE) -> None:
        self._entries: collections.deque[dict[str, Any]] = collections.deque(maxlen=size)
        self._lock = threading.Lock()
        self.total = 0

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries.append(entry)
            self.total += 1

    def last(self, count: int) -> list[dict[str, Any]]:
        with self._lock:
            entries = list(self._entries)
        return entries[-count:] if count > 0 else []

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _clean(text: str, presented: str | None) -> str:
    if presented and len(presented) >= redact.MIN_SECRET:
        text = text.replace(presented, redact.REDACTED)
    text = redact.redact(text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 3] + "..."


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class RequestLogMiddleware:
    """Adds an entry to ``log`` for every HTTP request, once its answer is sent (or it failed)."""

    def __init__(self, app: App, log: RequestLog) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        received = datetime.datetime.now(datetime.UTC)
        answer: dict[str, Any] = {"status": None, "request_id": None}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                for key, value in message.get("headers", ()):
                    if key.lower() == b"x-request-id":
                        answer["request_id"] = bytes(value).decode("latin-1")
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            self.log.add(_entry(scope, received, started, answer))


def _entry(scope: Scope, received: datetime.datetime, started: float, answer: dict[str, Any]) -> dict[str, Any]:
    credential = _CREDENTIAL.match(_header(scope, b"authorization") or "")
    presented = credential.group(1) if credential else None
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    request_id = answer["request_id"] or scope.get("state", {}).get("request_id")
    return {
        "time": timestamp(received),
        "method": scope["method"],
        "path": _clean(scope["path"], presented),
        "query": _clean(query, presented),
        "status": answer["status"],
        "requestId": request_id,
        "durationMs": round((time.perf_counter() - started) * 1000, 3),
    }
