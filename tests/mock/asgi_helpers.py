"""Helpers for calling the mock's ASGI app directly, below any HTTP client: the scope of one HTTP request,
the call that collects what the app sent, and a ``receive`` that counts the bytes the app actually read
(shared by ``test_bounded_bodies.py``, ``test_bounded_uploads.py``, ``test_fault_transport.py`` and
``test_no_silent_loss.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Receive = Callable[[], Awaitable[dict[str, Any]]]


def http_scope(method: str, path: str, headers: list[tuple[bytes, bytes]], query: bytes = b"") -> dict[str, Any]:
    """The ASGI scope a server hands the app for ``method path?query`` with ``headers``."""
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": headers,
        "server": ("mock", 80),
        "client": ("test", 1),
    }


async def asgi_call(app: Any, scope: dict[str, Any], receive: Receive) -> list[dict[str, Any]]:
    """Call ``app`` with ``scope`` and ``receive``; every message it sent."""
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


def statuses(sent: list[dict[str, Any]]) -> list[int]:
    """The status of every response the app started."""
    return [message["status"] for message in sent if message["type"] == "http.response.start"]


def counting_receive(chunks: int, size: int) -> tuple[Receive, dict[str, int]]:
    sent = {"bytes": 0}
    remaining = {"chunks": chunks}

    async def receive() -> dict[str, Any]:
        if remaining["chunks"] == 0:
            return {"type": "http.disconnect"}
        remaining["chunks"] -= 1
        sent["bytes"] += size
        return {"type": "http.request", "body": b"\0" * size, "more_body": remaining["chunks"] > 0}

    return receive, sent
