"""Fixtures of the SDK tests: the two faces, one served mock, fake time, a respx-ready client."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from illuminate_mock.app import create_app

from tests.sdk.helpers import Face, FakeTime
from tests.sdk.recorded import Recorded, record_every_operation
from tests.servers import Served, serving


@pytest.fixture(params=["sync", "async"])
def face(request: pytest.FixtureRequest) -> Iterator[Face]:
    """Each test that takes it runs twice: against ``Illuminate`` and against ``AsyncIlluminate``."""
    if request.param == "sync":
        yield Face("sync")
        return
    with asyncio.Runner() as runner:
        yield Face("async", runner)


@pytest.fixture(scope="session")
def mock_server() -> Iterator[Served]:
    """One mock for the session (tests create their own products, so state does not collide)."""
    with serving(create_app()) as served:
        yield served


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(face: Face, fake_time: FakeTime) -> Iterator[Any]:
    """A client of ``helpers.BASE`` (for respx), of the test's face, whose waits go to ``fake_time``."""
    with face.connect(fake_time=fake_time) as made:
        yield made


@pytest.fixture
def live(face: Face, mock_server: Served) -> Iterator[Any]:
    """A client of the test's face on the session's mock."""
    with face.connect(base_url=mock_server.url) as made:
        yield made


@pytest.fixture(scope="session")
def recorded() -> dict[str, Recorded]:
    """The mock's answer to every operation of the spec, called once through the SDK (tests/sdk/recorded.py)."""
    return record_every_operation()
