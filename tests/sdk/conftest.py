"""Fixtures for the SDK tests: a mock served by uvicorn on loopback, fake time, respx helpers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from illuminate_mock.app import create_app

from tests.servers import Served, serve

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
BASE = "https://api.test/rest"
GTIN = "09506000134352"


@pytest.fixture(scope="session")
def mock_server() -> Iterator[Served]:
    """One mock for the session (tests create their own products, so state does not collide)."""
    app = create_app()
    with serve(app) as url:
        yield Served(url, app)


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


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(fake_time: FakeTime) -> Iterator[Any]:
    """A client of BASE (for respx) whose waits go to ``fake_time``."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=BASE, sleep=fake_time.sleep, clock=fake_time.clock) as made:
        yield made


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
    stamp = "2024-09-25T19:58:24.186Z"
    return {
        "accountId": ACCOUNT,
        "created": stamp,
        "createdById": "u",
        "digitalTwinId": twin,
        "id": f"serial-{index}",
        "modified": stamp,
        "modifiedById": "u",
        "serial": f"{index:08d}",
        "status": "COMPLETED",
    }


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class HeaderTransport(httpx.BaseTransport):
    """Adds headers (e.g. X-Mock-Fault) while ``active``; counts requests per (method, path)."""

    def __init__(self, headers: dict[str, str] | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.headers = headers or {}
        self.active = True
        self.sent: dict[tuple[str, str], int] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path)
        self.sent[key] = self.sent.get(key, 0) + 1
        if self.active:
            request.headers.update(self.headers)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def make_twin(client: Any, gtin: str = GTIN) -> tuple[str, str]:
    """A brand and a product (whose digital twin serials need); returns (product id, twin id)."""
    from illuminate_client.api.brands import create_brand
    from illuminate_client.api.products import create_product

    brand = client.call(create_brand, name="Acme")
    product = client.call(
        create_product, brand_id=brand.id, identifier=gtin, description_short="Card", gpc_category_code="10001234"
    )
    return product.id, client.digital_twin_id(product_id=product.id)
