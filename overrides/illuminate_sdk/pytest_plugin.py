"""The pytest plugin: a fresh in-process mock per test, and SDK clients connected to it.

Installed with the distribution (the ``pytest11`` entry point ``illuminate``);
the fixtures need the ``mock`` extra (``pip install illuminate-toolkit[mock]``)::

    def test_brand_is_created(illuminate, illuminate_mock):
        brand = illuminate.call(create_brand, body=...)
        assert illuminate_mock.backend.store ...

Fixtures (each test gets its own mock: nothing is shared between tests,
files or xdist workers):

- ``illuminate_mock``: an ``illuminate_mock.InProcessMock``: its state
  (``.backend``), its clock (``.clock.advance(seconds)``, ``.clock.set(...)``),
  faults on demand (``.faults("server-error=503")`` as a ``with`` block,
  ``.set_faults(...)``), plain httpx clients (``.client()``);
- ``illuminate``: an ``Illuminate`` on that mock, without a socket;
- ``async_illuminate``: an ``AsyncIlluminate`` on it (works under
  pytest-asyncio and anyio alike).

The SDK clients sleep on the mock's clock: a job wait or a retry moves the
mock's time on instead of waiting, so tests of waits are instant and exact.

Configure a test (or a module, with ``pytestmark``) with the marker::

    @pytest.mark.illuminate_mock(fixture="tests/accounts.yaml", key="my-read-only-key")

``fixture``: a fixture file, inline data of the same shape, or a Fixture
(default: the built-in demo fixture); ``faults``: a list of fault texts;
``clock``: a clock object; ``key``: the API key the SDK fixtures use (default
the fixture's first), whose account they use.

This module is the SDK's one door to the mock (import-linter allows exactly
this); it imports the mock inside the fixtures, so pytest starts without the
``mock`` extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from ._async._client import AsyncIlluminate
from ._sync._client import Illuminate

if TYPE_CHECKING:
    from illuminate_mock.inprocess import InProcessMock

MARKER = "illuminate_mock"
MOCK_OPTIONS = ("fixture", "faults", "clock", "config")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(fixture=None, faults=(), clock=None, key=None): options of the in-process Illuminate mock",
    )


def _marker_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # the closest marker wins
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword options only, got {marker.args!r}")
        options.update(marker.kwargs)
    unknown = sorted(set(options) - {*MOCK_OPTIONS, "key"})
    if unknown:
        raise pytest.UsageError(f"@pytest.mark.{MARKER}: unknown option(s) {', '.join(unknown)}")
    return options


@pytest.fixture
def illuminate_mock(request: pytest.FixtureRequest) -> Iterator[InProcessMock]:
    """A fresh in-process mock for this test."""
    try:
        from illuminate_mock.inprocess import InProcessMock
    except ImportError as error:  # pragma: no cover - depends on what is installed
        raise pytest.UsageError(
            f"the illuminate_mock fixture needs the mock extra: pip install 'illuminate-toolkit[mock]' ({error})"
        ) from None
    options = {name: value for name, value in _marker_options(request).items() if name in MOCK_OPTIONS}
    with InProcessMock(**options) as service:
        yield service


def _key_and_account(request: pytest.FixtureRequest, service: InProcessMock) -> tuple[str, str]:
    wanted = _marker_options(request).get("key")
    keys = service.fixture.api_keys
    for entry in keys:
        if wanted is None or entry.key == wanted:
            return entry.key, entry.account_id
    # Never print the key asked for: it may be a real one pasted by mistake.
    raise pytest.UsageError(f"@pytest.mark.{MARKER}(key=...): the fixture has no such API key ({len(keys)} listed)")


@pytest.fixture
def illuminate(request: pytest.FixtureRequest, illuminate_mock: InProcessMock) -> Iterator[Illuminate]:
    """An ``Illuminate`` client on this test's mock."""
    key, account = _key_and_account(request, illuminate_mock)
    clock = illuminate_mock.clock
    with Illuminate(
        key,
        account_id=account,
        base_url=illuminate_mock.base_url,
        transport=illuminate_mock.transport(),
        sleep=clock.advance,
        clock=lambda: clock.now().timestamp(),
    ) as client:
        yield client


@pytest.fixture
def async_illuminate(request: pytest.FixtureRequest, illuminate_mock: InProcessMock) -> AsyncIlluminate:
    """An ``AsyncIlluminate`` client on this test's mock.

    A plain (not async) fixture, so it works under any async plugin; its
    in-process transport holds no sockets, so nothing is left open after it.
    """
    key, account = _key_and_account(request, illuminate_mock)
    clock = illuminate_mock.clock

    async def sleep(seconds: float) -> None:
        clock.advance(seconds)
        await anyio.sleep(0)  # still a point where other tasks run

    return AsyncIlluminate(
        key,
        account_id=account,
        base_url=illuminate_mock.base_url,
        transport=illuminate_mock.transport(),
        sleep=sleep,
        clock=lambda: clock.now().timestamp(),
    )
