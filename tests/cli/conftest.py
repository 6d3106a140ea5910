"""Fixtures for the CLI tests: mocks served by uvicorn on loopback, and a clean environment per test.

Helpers (running ``illuminate``, making twins) live in ``tests/cli/helpers.py``,
the ASGI wrappers around the mock in ``tests/cli/wrappers.py``. A fixture that hands out a mock whose state a test
changes beyond its own records (account settings, failure switches, clocks)
is function-scoped: no test sees another's side effects.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.fixtures import demo_fixture

from tests.cli.helpers import ACCOUNT, KEY, ManualClock, make_twin
from tests.servers import Served, serving


def pytest_configure(config: pytest.Config) -> None:
    # Also registered in pyproject.toml; here too, so that --strict-markers accepts it either way.
    config.addinivalue_line("markers", "slow: takes more than a few seconds (deselect with -m 'not slow')")


@pytest.fixture(scope="session")
def mock() -> Iterator[Served]:
    """Jobs finish at the first poll. Shared: tests only add records of their own to it."""
    with serving(create_app()) as served:
        yield served


@pytest.fixture
def fresh_mock() -> Iterator[Served]:
    """A mock of this test's own, for tests that change account-wide state."""
    with serving(create_app()) as served:
        yield served


@pytest.fixture(scope="session")
def slow_mock() -> Iterator[Served]:
    """Jobs take seconds (2,000 serials/s, at least 2 s), as on the service."""
    timing = JobTiming(pending_seconds=0.3, serials_per_second=2000, min_seconds=2)
    with serving(create_app(config=MockConfig(job_timing=timing))) as served:
        yield served


@pytest.fixture
def frozen_mock() -> Iterator[tuple[Served, ManualClock]]:
    """Jobs progress only when the test moves the clock: a wait can be interrupted at a known point."""
    clock = ManualClock()
    app = create_app(clock=clock, config=MockConfig(job_timing=JobTiming(serials_per_second=1000)))
    with serving(app) as served:
        yield served, clock


@pytest.fixture
def frozen_twin(frozen_mock: tuple[Served, ManualClock], env: dict[str, str]) -> tuple[Served, ManualClock, str]:
    """A twin on ``frozen_mock``, and ``env`` pointed at that mock: (served, clock, twin id)."""
    served, clock = frozen_mock
    env["ILLUMINATE_BASE_URL"] = served.url
    return served, clock, make_twin(served.url)


@pytest.fixture
def wrapped() -> Iterator[Callable[..., Served]]:
    """``wrapped(Wrapper, *args)``: a fresh mock served behind the ASGI wrapper ``Wrapper(app, *args)``.

    The wrapper is ``served.app``; the mock itself is ``served.app.app``.
    """
    with ExitStack() as stack:

        def start(wrapper: Any, *args: Any) -> Served:
            return stack.enter_context(serving(wrapper(create_app(), *args)))

        yield start


@pytest.fixture
def mock_with() -> Iterator[Callable[..., Served]]:
    """``mock_with(flags=(...), default_domain=...)``: a fresh mock whose demo account has these fields changed."""
    with ExitStack() as stack:

        def start(**changes: Any) -> Served:
            demo = demo_fixture()
            account = dataclasses.replace(demo.accounts[0], **changes)
            app = create_app(dataclasses.replace(demo, accounts=(account, *demo.accounts[1:])))
            return stack.enter_context(serving(app))

        yield start


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Environment of a clean machine: no config file, history in tmp_path (add the base URL per test)."""
    return {
        "ILLUMINATE_API_KEY": KEY,
        "ILLUMINATE_ACCOUNT_ID": ACCOUNT,
        "ILLUMINATE_CONFIG": str(tmp_path / "no-config.toml"),
        "ILLUMINATE_STATE_DIR": str(tmp_path / "state"),
        "ILLUMINATE_PROFILE": "",
        "ILLUMINATE_BASE_URL": "",
    }
