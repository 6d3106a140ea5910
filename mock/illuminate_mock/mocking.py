"""``mocked()``: every httpx request to the service goes to a fresh in-process mock.

As moto's ``mock_aws`` does for boto3, one context manager or decorator, and
code that builds its own client (``Illuminate()`` from ``ILLUMINATE_*``
variables, the generated client, plain httpx, sync or async) talks to the
mock instead of the network::

    with mocked() as service:
        run_my_code()                       # its requests to https://api.dmrc.app/... reach the mock
        assert service.backend.store ...    # and the state is there to inspect

    @mocked(fixture="tests/accounts.yaml")
    def test_my_code(): ...

Built on respx, which patches httpcore, so the client's own transports
(retries, event hooks) run as usual and only the network is replaced. Requests
to other hosts pass through untouched. A router of your own entered *before*
``mocked()`` is asked first; one entered inside it is not reached for other
hosts (ours passes them to the network).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, TypeVar

import httpx
import respx
from illuminate_spec.urls import SERVICE_ROOT

from .clock import AdjustableClock
from .config import MockConfig
from .inprocess import FixtureSource, InProcessMock

Function = TypeVar("Function", bound=Callable[..., Any])


class _ServiceRouter(respx.MockRouter):
    """A respx router that hands the mock's own requests to it, and nothing else.

    ``handler``/``async_handler`` are the two entry points respx's patched
    transports call (sync and async); answering there, rather than from a
    route's side effect, tells the two apart, so an async request never
    blocks its event loop.
    """

    def __init__(self, service: InProcessMock) -> None:
        super().__init__(assert_all_called=False, assert_all_mocked=True)
        self._service = service
        self.route().pass_through()  # every other host: the network, as if we were not here

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self._service.owns(request.url):
            return self._service.send(request)
        return super().handler(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if self._service.owns(request.url):
            return await self._service.asend(request)
        return await super().async_handler(request)


class mocked:
    """A fresh mock for the block (or each call of the decorated function).

    ``base_url``: the requests to answer (default the service's own,
    ``https://api.dmrc.app``; a trailing ``/rest`` or ``/api/v1`` is dropped,
    so both of the documents' base URLs are caught). ``fixture``, ``clock``,
    ``faults``, ``config``: as for ``InProcessMock`` (default: the demo
    fixture, so the README's demo key and account work).
    """

    def __init__(
        self,
        base_url: str = SERVICE_ROOT,
        *,
        fixture: FixtureSource = None,
        clock: AdjustableClock | None = None,
        faults: Iterable[str] = (),
        config: MockConfig | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "base_url": base_url,
            "fixture": fixture,
            "clock": clock,
            "faults": tuple(faults),
            "config": config,
        }
        self._active: list[tuple[InProcessMock, _ServiceRouter]] = []

    def __enter__(self) -> InProcessMock:
        service = InProcessMock(**self._options)
        router = _ServiceRouter(service)
        router.start()
        self._active.append((service, router))
        return service

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        service, router = self._active.pop()
        try:
            router.stop(quiet=True)
        finally:
            service.close()

    async def __aenter__(self) -> InProcessMock:
        return self.__enter__()

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.__exit__(kind, error, trace)

    def __call__(self, function: Function) -> Function:
        """As a decorator: a fresh mock for every call, sync or async."""
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                async with mocked(**self._options):
                    return await function(*args, **kwargs)

            return run_async  # type: ignore[return-value]

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            with mocked(**self._options):
                return function(*args, **kwargs)

        return run  # type: ignore[return-value]
