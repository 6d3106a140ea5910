"""Clients share one TLS context: building one loads the CA bundle (about 50 ms), once per process."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from typing import Any

import pytest
from illuminate_sdk import AsyncIlluminate, Illuminate
from illuminate_sdk._tls import default_ssl_context


@pytest.fixture
def bundle_loads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every CA bundle loaded into a TLS context while the test runs; a fresh shared context first."""
    loads: list[object] = []
    load = ssl.SSLContext.load_verify_locations

    def counting(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append(args or kwargs)
        load(context, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    default_ssl_context.cache_clear()
    yield loads
    default_ssl_context.cache_clear()


def test_every_client_of_either_face_uses_the_one_context(bundle_loads: list[object]) -> None:
    settings: dict[str, Any] = {"api_key": "k" * 24, "account_id": "acct", "base_url": "https://api.dmrc.app"}
    clients = [Illuminate(**settings) for _ in range(3)]
    async_clients = [AsyncIlluminate(**settings) for _ in range(3)]
    for client in clients:
        client.close()
    asyncio.run(close_all(async_clients))
    assert len(bundle_loads) == 1


async def close_all(clients: list[AsyncIlluminate]) -> None:
    for client in clients:
        await client.close()
