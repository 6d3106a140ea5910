"""The mock's own ASGI layer: the request-id middleware, and the raw ASGI pieces of the API route.

Fault injection has its own middleware, in ``faults/middleware.py``. The API
route (``app.py``) reads the ASGI scope and messages itself, with the helpers
below, instead of building Starlette ``Request`` and ``Response`` objects:
it is the hot path of every call, and those objects cost more than the
checks the mock makes (see ``scripts/bench_servers.py``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import URL
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import invalid

__all__ = ["ClientDisconnect", "RequestId", "base_url", "header_map", "new_request_id", "read_body", "send_body"]


def new_request_id() -> str:
    """A random version-4 UUID as text, as ``str(uuid.uuid4())`` gives (without building a ``UUID``)."""
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"


class RequestId:
    """Give every request an id, echoed in ``x-request-id`` and error bodies.

    Set before the app runs, so an error raised anywhere can name the request
    a client reports.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id
        header = (b"x-request-id", request_id.encode())

        async def send_with_id(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).append(header)
            await send(message)

        await self.app(scope, receive, send_with_id)


def header_map(scope: Scope) -> dict[bytes, bytes]:
    """The request's headers by lowercase name; the first of a repeated header wins (as Starlette's ``get``)."""
    found: dict[bytes, bytes] = {}
    for key, value in scope["headers"]:
        found.setdefault(key.lower(), value)
    return found


async def read_body(receive: Receive, declared: bytes | None, limit: int) -> bytes:
    """The request's body, refused (400) once it is over ``limit``: at once when its declared length is.

    Raises ``ClientDisconnect`` when the client goes away first.
    """
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise invalid("body", f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.request":
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise invalid("body", f"request body larger than {limit} bytes")
            if chunk:
                chunks.append(chunk)
            if not message.get("more_body", False):
                return chunks[0] if len(chunks) == 1 else b"".join(chunks)
        elif message["type"] == "http.disconnect":
            raise ClientDisconnect()


def base_url(scope: Scope) -> str:
    """``str(request.base_url)`` without its trailing slash: where the app is served (upload URLs name it)."""
    host = next((value for key, value in scope["headers"] if key == b"host"), None)
    server = scope.get("server")
    root = scope.get("app_root_path", scope.get("root_path", ""))
    return _base_url(scope.get("scheme", "http"), tuple(server) if server else None, host, root)


@functools.lru_cache(maxsize=64)
def _base_url(scheme: str, server: tuple[Any, ...] | None, host: bytes | None, root: str) -> str:
    scope = {
        "type": "http",
        "scheme": scheme,
        "server": server,
        "path": root if root.endswith("/") else root + "/",
        "query_string": b"",
        "root_path": root,
        "headers": [] if host is None else [(b"host", host)],
    }
    return str(URL(scope=scope)).rstrip("/")


async def send_body(
    send: Send, status: int, headers: Mapping[str, str], body: bytes, media_type: str | None = "application/json"
) -> None:
    """One whole response, with the headers Starlette's ``Response`` would give it."""
    raw = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]
    given = {name for name, _ in raw} if raw else ()
    if not (status < 200 or status in (204, 304)) and b"content-length" not in given:
        raw.append((b"content-length", str(len(body)).encode("latin-1")))
    if media_type is not None and b"content-type" not in given:
        if media_type.startswith("text/") and "charset=" not in media_type.lower():
            media_type += "; charset=utf-8"
        raw.append((b"content-type", media_type.encode("latin-1")))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
