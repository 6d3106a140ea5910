"""ASGI wrappers around the mock for the 2025-API tests: a gate on a job's CSV, poison for flag and attribute names.

(The older wrappers, ``SerialsGate``, ``Poison``, ``KeySwap``, ``EchoKey``, are in ``helpers``.)
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from tests.cli.helpers import Poison


class CsvGate:
    """Lets the first ``open_chunks`` body chunks of a job's CSV through, then holds the rest until ``release()``.

    A download through it is parked mid-stream, deterministically: the test
    sees the temporary file grow before it sends a signal.
    """

    def __init__(self, app: Any, open_chunks: int) -> None:
        self.app, self.open_chunks = app, open_chunks
        self.reached = threading.Event()
        self._release = threading.Event()

    def release(self) -> None:
        self._release.set()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/csv"):
            await self.app(scope, receive, send)
            return
        chunks = 0

        async def gated(message: dict[str, Any]) -> None:
            nonlocal chunks
            if message["type"] == "http.response.body":
                chunks += 1
                if chunks > self.open_chunks:
                    self.reached.set()
                    await asyncio.get_running_loop().run_in_executor(None, self._release.wait, 120)
            await send(message)

        await self.app(scope, receive, gated)


class PoisonNames(Poison):
    """``Poison``, and the names and values of flags and attributes too (object keys and bare string answers).

    A serial's flags or attributes alone (``.../flags``, ``.../attributes``) are
    an answer of names at the top; elsewhere they are the ``flags`` and
    ``attributes`` objects. Requests come one at a time (one CLI command), so
    the path of the current one is simply remembered.
    """

    names_at_top = False

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.names_at_top = scope["path"].endswith(("/flags", "/attributes"))
        await super().__call__(scope, receive, send)

    def _poison(self, value: Any, key: str | None = None) -> Any:
        text = self.text
        if isinstance(value, list) and key in ("flags", "attributes"):  # lists of changes: their own keys count
            return [self._poison(v, "[]") for v in value]
        if isinstance(value, dict) and (key in ("flags", "attributes") or (key is None and self.names_at_top)):
            return {text + k + text: text + v + text if isinstance(v, str) else v for k, v in value.items()}
        if isinstance(value, str) and key in (None, "value"):
            return text + value + text
        return super()._poison(value, key)
