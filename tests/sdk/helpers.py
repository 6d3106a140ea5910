"""What the SDK tests share: constants, response bodies, fake time, transports, and the two faces.

``Face`` lets one test body drive either client: the sync face is the
``Illuminate`` client itself; the async face is an ``AsyncIlluminate``
wrapped by ``Blocking``, which runs every coroutine it returns on one event
loop and turns ``async for`` into ``for``. So a test says
``client.job_status("x")`` and ``for s in client.serials(t)`` whatever the
face, and exercises the async code for real (sockets, retries, sleeps).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType, TracebackType
from typing import Any

import httpx
import pytest
from illuminate_sdk import AsyncIlluminate, Illuminate, JobWaitInterrupted
from illuminate_spec.gs1 import check_digit

from tests.shared_helpers import make_product

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"  # has both roles the allocation-settings operations need
HOST = "https://api.test"
BASE = f"{HOST}/rest"  # the documents' base URL: the SDK drops /rest, and the paths add it back
V1 = f"{HOST}/api/v1/accounts/aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"  # where the 2025 operations of ACCOUNT live
GTIN = "09506000134352"
STAMP = "2024-09-25T19:58:24.186Z"

_gtins = itertools.count(1)


def fresh_gtin() -> str:
    """A valid GTIN-14 no other test has used (tests share one mock, and run once per face)."""
    body = f"0950601{next(_gtins):06d}"
    return body + str(check_digit(body))


# ------------------------------------------------------------------ bodies


def error_body(status: int, message: str, request_id: str = "req-1", **extra: Any) -> dict[str, Any]:
    return {"message": message, "code": "X", "status": status, "requestId": request_id, **extra}


def job_status(state: str, progress: float, job_id: str = "job-1") -> dict[str, Any]:
    """A JobStatus body as the mock sends it, trimmed to what the models need."""
    return {
        "id": job_id,
        "accountId": ACCOUNT,
        "breakdown": {"jobItems": [], "progress": progress},
        "data": {"range": [1, 10], "length": 8, "strategy": "RANDOM_NUMERIC"},
        "jobItemCounts": {"total": 3},
        "status": state,
        "type": "SERIAL_GENERATION",
    }


def serial(index: int, twin: str = "twin-1") -> dict[str, Any]:
    return {
        "accountId": ACCOUNT,
        "created": STAMP,
        "createdById": "u",
        "digitalTwinId": twin,
        "id": f"serial-{index}",
        "modified": STAMP,
        "modifiedById": "u",
        "serial": f"{index:08d}",
        "status": "COMPLETED",
    }


def brand(name: str = "Acme") -> dict[str, Any]:
    return {
        "id": "b",
        "accountId": ACCOUNT,
        "name": name,
        "created": STAMP,
        "createdById": "u",
        "modified": STAMP,
        "modifiedById": "u",
    }


def pages_of(*pages: list[dict[str, Any]], tokens: list[str] | None = None) -> list[httpx.Response]:
    """Responses for a list: one per page, each but the last with has-next-page and a fresh token."""
    tokens = tokens or [f"tok-{i}" for i in range(len(pages))]
    responses = []
    for i, items in enumerate(pages):
        last = i == len(pages) - 1
        headers = {"has-next-page": "false"} if last else {"has-next-page": "true", "next-page-token": tokens[i]}
        responses.append(httpx.Response(200, json=items, headers=headers))
    return responses


# ------------------------------------------------------------------ time and transports


@dataclass
class FakeTime:
    """A clock that moves only when something sleeps."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class HeaderTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """For either face: adds headers (e.g. X-Mock-Fault) while ``active``; counts requests per (method, path)."""

    def __init__(self, headers: dict[str, str] | None = None) -> None:
        self.sync_inner = httpx.HTTPTransport()
        self.async_inner = httpx.AsyncHTTPTransport()
        self.headers = headers or {}
        self.active = True
        self.sent: dict[tuple[str, str], int] = {}

    def _note(self, request: httpx.Request) -> None:
        key = (request.method, request.url.path)
        self.sent[key] = self.sent.get(key, 0) + 1
        if self.active:
            request.headers.update(self.headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return self.sync_inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return await self.async_inner.handle_async_request(request)

    def close(self) -> None:
        self.sync_inner.close()

    async def aclose(self) -> None:
        await self.async_inner.aclose()


# ------------------------------------------------------------------ the two faces


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


class Blocking:
    """An async SDK object seen from sync code: coroutines are run, async iterators become iterators."""

    def __init__(self, target: Any, face: Face) -> None:
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "_face", face)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "target":  # copy and pickle probe dunders on a bare instance
            raise AttributeError(name)
        value = getattr(self.target, name)
        if callable(value) and not isinstance(value, type):
            return lambda *args, **kwargs: self._face.block(value(*args, **kwargs))
        return self._face.block(value)

    def __iter__(self) -> Iterator[Any]:
        return BlockingIterator(self.target.__aiter__(), self._face)

    def __enter__(self) -> Blocking:
        self._face.run(self.target.__aenter__())
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._face.run(self.target.__aexit__(kind, exc, tb))

    def __repr__(self) -> str:
        return repr(self.target)


class BlockingIterator(Iterator[Any]):
    def __init__(self, iterator: Any, face: Face) -> None:
        self._iterator, self._face = iterator, face

    def __next__(self) -> Any:
        try:
            return self._face.run(self._iterator.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        self._face.run(self._iterator.aclose())


class Face:
    """One face of the SDK (``sync`` or ``async``), driven from a synchronous test."""

    def __init__(self, name: str, runner: asyncio.Runner | None = None) -> None:
        self.name = name
        self.is_async = runner is not None
        self._runner = runner

    def __repr__(self) -> str:
        return f"Face({self.name})"

    @property
    def client_class(self) -> type[Any]:
        return AsyncIlluminate if self.is_async else Illuminate

    def run(self, value: Any) -> Any:
        """``value`` awaited on the face's loop if it is awaitable (the async face); else as it is."""
        if not inspect.isawaitable(value):
            return value
        assert self._runner is not None, "an awaitable on the sync face"
        return self._runner.run(_awaited(value))

    def block(self, value: Any) -> Any:
        value = self.run(value)
        if hasattr(value, "__anext__"):
            return BlockingIterator(value, self)
        if hasattr(type(value), "__aiter__"):
            return Blocking(value, self)
        return value

    def wrap(self, client: Any) -> Any:
        return Blocking(client, self) if self.is_async else client

    def connect(self, api_key: str | None = KEY, *, fake_time: FakeTime | None = None, **kwargs: Any) -> Any:
        """A client of this face (a context manager): ``ACCOUNT`` at ``BASE`` unless ``account_id=`` or
        ``base_url=`` says otherwise; waits go to ``fake_time`` when given. ``kwargs`` go to the client."""
        kwargs.setdefault("account_id", ACCOUNT)
        kwargs.setdefault("base_url", BASE)
        if fake_time is not None:
            kwargs.setdefault("sleep", fake_time.asleep if self.is_async else fake_time.sleep)
            kwargs.setdefault("clock", fake_time.clock)
        return self.wrap(self.client_class(api_key, **kwargs))

    def raw(self, module: ModuleType, client: Any, **kwargs: Any) -> Any:
        """A generated function called as generated, on ``client.raw``: ``sync_detailed`` or ``asyncio_detailed``."""
        function = module.asyncio_detailed if self.is_async else module.sync_detailed
        return self.run(function(client=client.raw, **kwargs))

    def stop_waiting(self, client: Any, caplog: pytest.LogCaptureFixture, start: Callable[..., Any]) -> str:
        """Stop a wait, as a user would; the text that tells them how to resume.

        ``start(client, on_progress=...)`` begins the wait. The one documented
        difference of the faces: the sync face turns Ctrl-C (here raised from
        the progress callback, as it can arrive anywhere) into
        JobWaitInterrupted, a KeyboardInterrupt carrying the message; the
        async face lets a cancellation (here by ``asyncio.timeout`` during
        the sleep between polls) propagate and logs the message as a warning.
        """
        if not self.is_async:

            def ctrl_c(progress: float) -> None:
                raise KeyboardInterrupt

            with pytest.raises(JobWaitInterrupted) as caught:
                start(client, on_progress=ctrl_c)
            assert isinstance(caught.value, KeyboardInterrupt)
            return str(caught.value)

        async def cancelled() -> None:
            async with asyncio.timeout(0.05):
                await start(client.target, on_progress=None)

        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="illuminate_sdk"), pytest.raises(TimeoutError):
            self.run(cancelled())  # TimeoutError: the cancellation reached asyncio.timeout, so it propagated
        return caplog.text


def make_twin(client: Any, gtin: str | None = None) -> tuple[str, str]:
    """A brand and a product (whose digital twin serials need); (product id, twin id)."""
    return make_product(client, gtin or fresh_gtin())
