"""ASGI wrappers around the mock: gates that park a download mid-stream, hostile servers, key games.

``SerialsGate`` and ``CsvGate`` hold an export or a job's CSV until the
test releases it; ``Poison`` and ``PoisonNames`` wrap server text in a hostile
string; ``KeySwap`` and ``EchoKey`` play with the API key.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from tests.cli.helpers import KEY, SECRET


class SerialsGate:
    """Lets ``open_pages`` serial pages through, then holds every further one until ``release()``.

    A command exporting through it can never finish before the test has seen
    what it waits for: the export is parked mid-stream, deterministically.
    """

    def __init__(self, app: Any, open_pages: int) -> None:
        self.app, self.open_pages = app, open_pages
        self.pages = 0
        self.reached = threading.Event()
        self._release = threading.Event()

    def release(self) -> None:
        self._release.set()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].endswith("/serials"):
            self.pages += 1
            if self.pages > self.open_pages:
                self.reached.set()
                await asyncio.get_running_loop().run_in_executor(None, self._release.wait, 120)
        await self.app(scope, receive, send)


async def _read_body(receive: Any) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            return body


def _replay(body: bytes) -> Callable[[], Any]:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.Event().wait()  # like a client that sends nothing more
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


# Fields of free text or ids in the spec's responses: what a hostile server would fill with anything.
POISONED_KEYS = frozenset(
    {
        "id", "name", "identifier", "descriptionShort", "brandId", "gpcCategoryCode", "resourceId",
        "productId", "productVariantId", "promotionalAssetId", "digitalTwinId", "carrierUrl", "symbols",
        "defaultDomain", "message", "field", "serial", "serialId", "shortId", "productIdentifier",
        "consumerProductVariantDescription", "requestId",
    }
)  # fmt: skip


class Poison:
    """A hostile server made from the mock: every id and free-text field of every JSON answer is wrapped in ``text``.

    Wrapped on both sides, so that a prefix of a value (a job id's first eight
    characters in a progress bar) is hostile too. Requests have the text taken
    out again (from the path, the query, JSON filters and bodies), so a command
    can feed a poisoned id back and go on: every string the CLI prints from any
    answer carries the hostile text.
    """

    def __init__(self, app: Any, text: str) -> None:
        self.app, self.text = app, text
        forms = {text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]}
        self._forms = sorted(forms, key=len, reverse=True)

    def _strip(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, "")
        return text

    def _poison(self, value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: self._poison(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._poison(v, key) for v in value]
        if isinstance(value, str) and key in POISONED_KEYS:
            return self.text + value + self.text
        return value

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = self._strip(scope["path"])
        query = [(k, self._strip(v)) for k, v in parse_qsl(scope["query_string"].decode(), keep_blank_values=True)]
        body = self._strip((await _read_body(receive)).decode("utf-8", "surrogatepass")).encode()
        scope = {
            **scope,
            "path": path,
            "raw_path": quote(path).encode(),
            "query_string": urlencode(query, quote_via=quote).encode(),
            "headers": [(k, v) for k, v in scope["headers"] if k != b"content-length"]
            + [(b"content-length", str(len(body)).encode())],
        }
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            payload = b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            if any(k.lower() == b"content-type" and b"json" in v for k, v in headers) and payload:
                payload = json.dumps(self._poison(json.loads(payload))).encode()
            headers.append((b"content-length", str(len(payload)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": payload, "more_body": False})

        await self.app(scope, _replay(body), capture)


class KeySwap:
    """Accepts ``SECRET`` as the demo key, so a run can use a recognisable key end to end."""

    def __init__(self, app: Any, secret: str = SECRET, key: str = KEY) -> None:
        self.app = app
        self.secret, self.key = f"ApiKey {secret}".encode(), f"ApiKey {key}".encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = [(k, self.key if k == b"authorization" and v == self.secret else v) for k, v in scope["headers"]]
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)


class EchoKey:
    """A server that echoes the Authorization header back: in the error body, its fields and a header."""

    def __init__(self, status: int) -> None:
        self.status = status

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        header = dict(scope["headers"]).get(b"authorization", b"").decode()
        body = json.dumps(
            {
                "message": f"rejected {header}",
                "code": "BAD_KEY",
                "errors": [{"field": "Authorization", "message": f"{header} is not valid"}],
                "requestId": header,
            }
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"x-request-id", header.encode())]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


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
