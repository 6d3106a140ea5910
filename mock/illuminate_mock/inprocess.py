"""One mock in this process, reached without a socket: its app, state, clock and faults.

``mocked()`` and the pytest plugin are built on it; it also serves on its own::

    with InProcessMock() as service:
        client = httpx.Client(base_url=service.base_url, transport=service.transport())

The app always runs on one event loop, in a thread of its own (an anyio
blocking portal), whoever calls it: a sync client (``handle_request``), an
async client on any loop (``handle_async_request`` waits in a worker thread,
so the caller's loop is never blocked), or both at once. So state, locks and
thread pools of the app are never shared between loops.
"""

from __future__ import annotations

import contextlib
import threading
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import anyio
import anyio.from_thread
import anyio.to_thread
import httpx
from illuminate_spec.urls import SERVICE_ROOT, service_root
from starlette.applications import Starlette

from .app import create_app
from .backend import Backend
from .clock import AdjustableClock, MovableClock
from .config import MockConfig
from .faults import FaultPlan
from .fixtures import Fixture, demo_fixture, load_fixture, parse_fixture

FixtureSource = Fixture | Mapping[str, Any] | str | Path | None


def as_fixture(source: FixtureSource) -> Fixture:
    """A fixture from a file path, inline data (the fixture file's shape) or a Fixture; None: the demo."""
    if source is None:
        return demo_fixture()
    if isinstance(source, Fixture):
        return source
    if isinstance(source, str | Path):
        return load_fixture(Path(source))
    return parse_fixture(source, "inline fixture")


class InProcessMock:
    """A fresh mock: nothing is shared with any other instance.

    ``fixture``: a path, inline data shaped as a fixture file, or a Fixture
    (default: the built-in demo fixture, the README's keys and account).
    ``clock``: default a ``MovableClock`` (real time the test can move on).
    ``faults``: ``MODE[=VALUE][@RATE]`` texts for every request (see
    ``illuminate_mock.faults``); ``set_faults`` changes them later, and the
    ``X-Mock-Fault`` header works per request: this mock lives in the test's
    own process, there is nobody else to shut out.
    """

    def __init__(
        self,
        fixture: FixtureSource = None,
        *,
        clock: AdjustableClock | None = None,
        faults: Iterable[str] = (),
        fault_seed: int = 0,
        config: MockConfig | None = None,
        base_url: str = SERVICE_ROOT,
    ) -> None:
        self.fixture = as_fixture(fixture)
        self.clock: AdjustableClock = clock if clock is not None else MovableClock()
        self.fault_plan = FaultPlan.parse([*self.fixture.faults, *faults], seed=fault_seed)
        self.app: Starlette = create_app(self.fixture, clock=self.clock, config=config, faults=self.fault_plan)
        self.base_url = service_root(base_url)
        # A base URL with a path (a proxy's https://proxy/illuminate): the app sees the path below it.
        self._prefix = httpx.URL(self.base_url).raw_path.rstrip(b"/")
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._portal_context: contextlib.AbstractContextManager[anyio.from_thread.BlockingPortal] | None = None
        self._lock = threading.Lock()
        self._closed = False

    # ------------------------------------------------------------------ state and faults

    @property
    def backend(self) -> Backend:
        """The state and rules (``backend.store`` holds the records)."""
        backend: Backend = self.app.state.service.backend
        return backend

    def snapshot(self) -> dict[str, Any]:
        """The whole state as a JSON-ready snapshot (the admin API's and ``--state``'s format)."""
        return self.backend.snapshot()

    def restore(self, snapshot: Mapping[str, Any]) -> None:
        """Replace the whole state with ``snapshot`` (checked in full first: ``SnapshotError`` naming the place)."""
        self.backend.restore(snapshot)

    def set_faults(self, *specs: str) -> None:
        """Replace the faults applied to every request (none: no faults)."""
        self.fault_plan.faults = FaultPlan.parse(list(specs)).faults

    @contextlib.contextmanager
    def faults(self, *specs: str) -> Iterator[None]:
        """These faults for the requests inside the block, the previous ones after it."""
        previous = self.fault_plan.faults
        self.set_faults(*specs)
        try:
            yield
        finally:
            self.fault_plan.faults = previous

    # ------------------------------------------------------------------ transports

    def transport(self) -> InProcessTransport:
        """An httpx transport (sync and async) that hands requests to this mock."""
        return InProcessTransport(self)

    def client(self, **options: Any) -> httpx.Client:
        """A plain httpx client on this mock (``base_url`` is the service root)."""
        return httpx.Client(base_url=self.base_url, transport=self.transport(), **options)

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, transport=self.transport(), **options)

    def owns(self, url: httpx.URL) -> bool:
        """Whether a request to ``url`` is for this mock (its scheme, host, port and path prefix)."""
        root, prefix = httpx.URL(self.base_url), self._prefix
        path = url.raw_path.split(b"?", 1)[0]
        return (
            url.scheme == root.scheme
            and url.host == root.host
            and url.port == root.port
            and (not prefix or path == prefix or path.startswith(prefix + b"/"))
        )

    def send(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (its body already read), from any thread but the mock's own."""
        return self._start().call(_round_trip, self.app, self._prefix, request)

    async def asend(self, request: httpx.Request) -> httpx.Response:
        portal = self._start()
        return await anyio.to_thread.run_sync(portal.call, _round_trip, self.app, self._prefix, request)

    # ------------------------------------------------------------------ life cycle

    def _start(self) -> anyio.from_thread.BlockingPortal:
        with self._lock:
            if self._closed:
                raise RuntimeError("this in-process mock was closed; make a new one")
            if self._portal is None:
                self._portal_context = anyio.from_thread.start_blocking_portal()
                self._portal = self._portal_context.__enter__()
            return self._portal

    def close(self) -> None:
        """Stop the mock's thread; the state stays readable, requests are refused."""
        with self._lock:
            self._closed = True
            context, self._portal_context, self._portal = self._portal_context, None, None
        if context is not None:
            context.__exit__(None, None, None)

    def __enter__(self) -> InProcessMock:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx transport to an ``InProcessMock``, for sync and async clients alike."""

    def __init__(self, mock: InProcessMock) -> None:
        self._mock = mock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._mock.send(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self._mock.asend(request)


async def _round_trip(app: Starlette, prefix: bytes, request: httpx.Request) -> httpx.Response:
    """``request`` through the ASGI app; the answer with its bytes as sent (not decoded).

    ``raise_app_exceptions=False``: a fault in the mock reaches the client as
    the HTTP 500 a served mock would send, not as an exception in its thread.
    """
    root_path = urllib.parse.unquote(prefix.decode("ascii"))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, root_path=root_path)
    url = request.url
    if prefix:  # the app routes the path below the root; links it makes keep the root (root_path)
        url = url.copy_with(raw_path=url.raw_path[len(prefix) :] or b"/")
    inner = httpx.Request(request.method, url, headers=request.headers, content=request.content)
    answer = await transport.handle_async_request(inner)
    body = b"".join([chunk async for chunk in answer.aiter_raw()])
    await answer.aclose()
    return httpx.Response(answer.status_code, headers=answer.headers, content=body, request=request)
