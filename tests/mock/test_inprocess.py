"""The mock in this process: ``InProcessMock`` and ``mocked()``, as integrators' tests use them."""

from __future__ import annotations

import asyncio
import datetime
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from illuminate_mock import InProcessMock, mocked
from illuminate_mock.clock import ManualClock
from illuminate_mock.fixtures import FixtureError
from illuminate_spec.loader import load_spec
from illuminate_spec.urls import API_PREFIXES, SERVICE_ROOT

from tests.mock.helpers import ACCOUNT, EDITOR_KEY

AUTH = {"Authorization": f"ApiKey {EDITOR_KEY}"}
BRANDS = {"accountId": ACCOUNT, "first": 100, "order": "MODIFIED_DESC"}


def brand_names(client: httpx.Client, root: str = SERVICE_ROOT) -> list[str]:
    response = client.get(f"{root}/rest/brands", params=BRANDS, headers=AUTH)
    assert response.status_code == 200, response.text
    return [brand["name"] for brand in response.json()]


def create_brand(client: httpx.Client, name: str, root: str = SERVICE_ROOT) -> httpx.Response:
    return client.post(f"{root}/rest/brands", json={"accountId": ACCOUNT, "name": name}, headers=AUTH)


@pytest.fixture
def other_host() -> Iterator[str]:
    """A real HTTP server on loopback: requests to it must reach it, not the mock."""

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"the real other host"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_service_root_and_prefixes_are_the_specs() -> None:
    spec = load_spec().document
    assert spec["servers"][0]["url"] == SERVICE_ROOT
    prefixes_used = {prefix for path in spec["paths"] for prefix in API_PREFIXES if path.startswith(prefix + "/")}
    assert prefixes_used == set(API_PREFIXES)
    assert all(any(path.startswith(prefix + "/") for prefix in API_PREFIXES) for path in spec["paths"])


def test_mocked_answers_plain_httpx_for_the_service_and_leaves_other_hosts_alone(other_host: str) -> None:
    with mocked() as service, httpx.Client() as client:
        assert create_brand(client, "Acme").status_code == 200
        assert brand_names(client) == ["Acme"]
        assert [brand.name for brand in service.backend.store.brands.all(ACCOUNT)] == ["Acme"]
        # Another host: the network, untouched.
        assert client.get(other_host).text == "the real other host"


def test_mocked_answers_async_clients_without_blocking_their_loop() -> None:
    async def scenario() -> list[int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        async with httpx.AsyncClient(base_url=SERVICE_ROOT, headers=AUTH) as client:
            answers = await asyncio.gather(
                *(client.post("/rest/brands", json={"accountId": ACCOUNT, "name": f"B{n}"}) for n in range(10))
            )
        task.cancel()
        assert ticks > 0  # the loop kept running while the mock answered
        return [answer.status_code for answer in answers]

    with mocked() as service:
        assert asyncio.run(scenario()) == [200] * 10
        assert len(service.backend.store.brands.all(ACCOUNT)) == 10


def test_each_block_and_each_decorated_call_gets_a_fresh_mock() -> None:
    with mocked(), httpx.Client() as client:
        create_brand(client, "First")
    with mocked(), httpx.Client() as client:
        assert brand_names(client) == []

    @mocked()
    def one_brand_then_count(name: str) -> int:
        with httpx.Client() as client:
            create_brand(client, name)
            return len(brand_names(client))

    assert [one_brand_then_count("A"), one_brand_then_count("B")] == [1, 1]

    @mocked()
    async def async_count() -> int:
        async with httpx.AsyncClient() as client:
            await client.post(f"{SERVICE_ROOT}/rest/brands", json={"accountId": ACCOUNT, "name": "C"}, headers=AUTH)
            answer = await client.get(f"{SERVICE_ROOT}/rest/brands", params=BRANDS, headers=AUTH)
            return len(answer.json())

    assert [asyncio.run(async_count()), asyncio.run(async_count())] == [1, 1]


def test_both_documented_base_urls_and_another_root_are_caught() -> None:
    with mocked(f"{SERVICE_ROOT}/rest/"), httpx.Client() as client:
        assert create_brand(client, "Via rest").status_code == 200
        assert (
            client.get(f"{SERVICE_ROOT}/api/v1/accounts/{ACCOUNT}/jobs/serialization", headers=AUTH).status_code < 500
        )
    proxy = "https://proxy.example/illuminate"
    with mocked(proxy) as service, httpx.Client() as client:
        assert create_brand(client, "Via proxy", root=proxy).status_code == 200
        assert brand_names(client, root=proxy) == ["Via proxy"]
        assert not service.owns(httpx.URL("https://proxy.example/illuminated/rest/brands"))
        assert not service.owns(httpx.URL("http://proxy.example/illuminate/rest/brands"))
        assert not service.owns(httpx.URL(f"{SERVICE_ROOT}/rest/brands"))


def test_faults_on_demand_and_for_the_whole_mock() -> None:
    with mocked() as service, httpx.Client() as client:
        with service.faults("server-error=503"):
            assert create_brand(client, "Refused").status_code == 503
        assert create_brand(client, "Accepted").status_code == 200
        answer = client.get(
            f"{SERVICE_ROOT}/rest/brands", params=BRANDS, headers={**AUTH, "X-Mock-Fault": "rate-limit=2"}
        )
        assert (answer.status_code, answer.headers["Retry-After"]) == (429, "2")
        assert brand_names(client) == ["Accepted"]
    with mocked(faults=["server-error=502"]), httpx.Client() as client:
        assert create_brand(client, "Refused").status_code == 502


def test_the_clock_moves_and_can_be_set() -> None:
    moment = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    with mocked() as service, httpx.Client() as client:
        service.clock.set(moment)
        assert create_brand(client, "Future").json()["created"].startswith("2030-01-02T03:04:0")
        service.clock.advance(86_400)
        assert create_brand(client, "Later").json()["created"].startswith("2030-01-03")
        with pytest.raises(ValueError, match="forward"):
            service.clock.advance(-1)
        with pytest.raises(ValueError, match="aware"):
            service.clock.set(datetime.datetime(2030, 1, 1))
    with mocked(clock=ManualClock(moment)), httpx.Client() as client:
        assert create_brand(client, "Frozen").json()["created"] == "2030-01-02T03:04:05.000Z"


def test_a_fixture_from_a_file_or_inline_and_a_bad_one_named(tmp_path: Path) -> None:
    accounts = {
        "accounts": [{"id": "acct-1", "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]}],
        "apiKeys": [{"key": "key-1", "accountId": "acct-1", "roles": ["API_EDITOR"]}],
    }
    inline = InProcessMock(accounts)
    with inline, inline.client() as client:
        answer = client.post(
            "/rest/brands", json={"accountId": "acct-1", "name": "N"}, headers={"Authorization": "ApiKey key-1"}
        )
        assert answer.status_code == 200
        assert client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "N"}, headers=AUTH).status_code == 401
    path = tmp_path / "accounts.json"
    path.write_text('{"accounts": [], "apiKeys": []}')
    with pytest.raises(FixtureError, match=r"accounts\.json"):
        InProcessMock(path)
    with pytest.raises(FixtureError, match=r"inline fixture: .*apiKeys"):
        InProcessMock({"accounts": accounts["accounts"]})


def test_a_closed_mock_refuses_and_threads_do_not_pile_up() -> None:
    before = threading.active_count()
    for _ in range(5):
        with mocked(), httpx.Client() as client:
            create_brand(client, "x")
    assert threading.active_count() <= before + 1
    service = InProcessMock()
    service.close()
    with pytest.raises(RuntimeError, match="closed"), service.client() as client:
        client.get("/rest/brands", params=BRANDS, headers=AUTH)
