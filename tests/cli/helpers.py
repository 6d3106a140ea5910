"""What the CLI tests share: the demo account, ways to run ``illuminate``, twins with serials, test servers.

Imported as ``from tests.cli.helpers import ...``: the repository root is on
pytest's pythonpath and ``illuminate_cli`` is importable from the installed
distribution, so nothing here edits ``sys.path``.
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from click.testing import CliRunner, Result
from illuminate_cli._app import cli

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
SECRET = "sk-RECOGNISABLE-0123456789"
_gtins = itertools.count(1)

# What must never reach a terminal raw (``_safe`` turns each into a visible escape).
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def new_gtin() -> str:
    """A fresh valid GTIN-13 per call, so tests never share a product."""
    body = f"95{os.getpid() % 1000:03d}{next(_gtins):07d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))  # GS1 mod 10
    return body + str(-total % 10)


def make_twin(url: str, *, count: int = 0, length: int = 10, gtin: str | None = None, settings: bool = True) -> str:
    """Brand, product (GTIN), twin-level settings and a job of ``count`` serials, via the SDK; the twin id."""
    from illuminate_client.api.brands import create_brand
    from illuminate_client.api.products import create_product
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        brand = client.call(create_brand, name="Acme")
        product = client.call(
            create_product,
            brand_id=brand.id,
            identifier=gtin or new_gtin(),
            description_short="Card",
            gpc_category_code="10001234",
        )
        twin = client.digital_twin_id(product_id=product.id)
        if settings:
            client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=length, digital_twin_id=twin)
        if count:
            client.wait_for_job(client.start_job(twin, count), timeout=600)
        return twin


def add_carrier(url: str, twin: str, carrier_type: str = "QR_CODE") -> str:
    """A data carrier on the twin itself, via the SDK; its id."""
    from illuminate_client.api.data_carriers import create_data_carrier
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        carrier = client.call(
            create_data_carrier, digital_twin_id=twin, carrier_type=carrier_type, use_default_settings=True
        )
        return str(carrier.id)


def start_job(url: str, twin: str, count: int) -> str:
    """A job started with the SDK (not waited for); its id."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        return client.start_job(twin, count)


def start_named(url: str, twin: str, count: int, identifier: str, *, wait: bool = True, **options: Any) -> str:
    """A 2025 job (``flags=``, ``attributes=``) started with the SDK, and waited for unless ``wait=False``."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        job = client.start_serialization_job(twin, count, identifier=identifier, **options)
        if wait:
            client.wait_for_serialization_job(job.identifier, timeout=600)
        return job.identifier


def account_attributes(url: str, attributes: dict[str, bool]) -> None:
    """The account's settings (RANDOM_NUMERIC, length 10) with these serial attributes (name -> mandatory)."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=10, attributes=attributes)


def sdk(url: str) -> Any:
    """An SDK client on the demo account at ``url`` (a context manager)."""
    from illuminate_sdk import Illuminate

    return Illuminate(KEY, account_id=ACCOUNT, base_url=url)


def one_line(text: str) -> bool:
    """Exactly one ``illuminate: ...`` line."""
    return text.count("\n") == 1 and text.startswith("illuminate: ")


def invoke(args: list[str], env: dict[str, str], input: str | None = None) -> Result:
    """Run the command in process with click's CliRunner (stdout and stderr kept apart)."""
    return CliRunner().invoke(cli, args, env=env, input=input, catch_exceptions=False)


def command() -> list[str]:
    return [sys.executable, "-m", "illuminate_cli"]


def subprocess_env(env: dict[str, str]) -> dict[str, str]:
    merged = {**os.environ, **env}
    merged.pop("COLUMNS", None)
    return merged


def run(args: list[str], env: dict[str, str], timeout: float = 120, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run ``python -m illuminate_cli`` as a true subprocess."""
    return subprocess.run(
        [*command(), *args], env=subprocess_env(env), capture_output=True, text=True, timeout=timeout, **kwargs
    )


def popen(args: list[str], env: dict[str, str], **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*command(), *args],
        env=subprocess_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def wait_until(condition: Callable[[], object], what: str, timeout: float = 60.0) -> None:
    """Poll ``condition`` every 10 ms until it is true; fail after ``timeout`` seconds (generous on purpose)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


class StderrLines:
    """Reads a child's stderr in a thread, so a test can wait for a line without blocking on the pipe."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        assert child.stderr is not None
        self.lines: list[str] = []
        self._stream = child.stderr
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self._stream:
            self.lines.append(line)

    def wait_for(self, prefix: str, timeout: float = 60.0) -> str:
        wait_until(lambda: any(line.startswith(prefix) for line in self.lines), f"a stderr line {prefix!r}", timeout)
        return next(line for line in self.lines if line.startswith(prefix))

    def text(self) -> str:
        self._thread.join(30)
        return "".join(self.lines)


# ---------------------------------------------------------------- ASGI wrappers around the mock


class ManualClock:
    """A clock for the mock that moves only when told: a job's progress stands still until then."""

    def __init__(self) -> None:
        self.current = datetime.datetime(2024, 9, 25, 19, 58, tzinfo=datetime.UTC)

    def now(self) -> datetime.datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += datetime.timedelta(seconds=seconds)


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
