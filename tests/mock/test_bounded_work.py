"""Bounded work per request: no request within the size limits costs more than a little time or memory.

- an error lists at most 20 problems and counts the rest;
- the documented limits (1000 items per list, the schema's ``maxItems``) are
  checked before anything item by item, so a body of many small invalid
  items is refused at once;
- parsing, validation and the rules run in a worker thread, so a costly
  request never holds up another client;
- per-space serial codec tables are shared and bounded, pending uploads
  expire and are capped per account, and the upload URL checks its token
  before it reads a byte.

The figures (timings, memory) are printed; the bounds asserted are generous
so that a loaded machine does not fail them, while the code before these
fixes took 20 s and more than 1 GB for the same bodies.
"""

from __future__ import annotations

import gc
import json
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx
import pytest
from illuminate_mock.app import MAX_BODY_BYTES, create_app
from illuminate_mock.store import ManualClock

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, PNG_BYTES, READ_ONLY_KEY, Api, make_client
from tests.mock.serial_helpers import SerialApi, make_app_client

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"ApiKey {EDITOR_KEY}", "Content-Type": "application/json"}
MAX_LISTED = 20


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def links_body(count: int) -> bytes:
    """``POST /rest/promotionalAssetLinks`` with ``count`` empty (invalid) links: 3 bytes each."""
    return b'{"accountId": "%s", "links": [%s]}' % (ACCOUNT.encode(), b",".join([b"{}"] * count))


def filter_body(count: int) -> bytes:
    """``GET /rest/brands`` with a JSON body whose filter names ``count`` ids that are numbers (invalid)."""
    ids = b",".join([b"1"] * count)
    return b'{"accountId": "%s", "first": 10, "order": "NAME_ASC", "filter": {"brand": {"ids": [%s]}}}' % (
        ACCOUNT.encode(),
        ids,
    )


def crowded_links_body() -> bytes:
    """1000 links (the limit), each with 100 unknown fields: the costliest body found within the limits."""
    link = {"promotionalAssetId": "x", **{f"a{i}": 1 for i in range(100)}}
    return json.dumps({"accountId": ACCOUNT, "links": [link] * 1000}).encode()


HEAVY = [
    pytest.param("POST", "/rest/promotionalAssetLinks", links_body(340_000), EDITOR_KEY, id="100k-empty-links"),
    pytest.param("POST", "/rest/promotionalAssetLinks", crowded_links_body(), EDITOR_KEY, id="links-of-100-fields"),
    pytest.param("GET", "/rest/brands", filter_body(520_000), READ_ONLY_KEY, id="half-a-million-ids"),
]


@asynccontextmanager
async def asgi_client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock", timeout=60) as c:
        yield c


def send(client: Any, method: str, path: str, body: bytes, key: str) -> Any:
    headers = {"Authorization": f"ApiKey {key}", "Content-Type": "application/json"}
    return client.request(method, path, content=body, headers=headers)


@pytest.mark.parametrize(("method", "path", "body", "key"), HEAVY)
def test_the_largest_invalid_bodies_are_refused_at_once_with_a_short_error(
    method: str, path: str, body: bytes, key: str
) -> None:
    assert len(body) < MAX_BODY_BYTES
    with make_client() as client:
        started = time.perf_counter()
        response = send(client, method, path, body, key)
        elapsed = time.perf_counter() - started
    print(
        f"\n{path}: {len(body):,} bytes refused in {elapsed * 1000:.0f} ms, error body {len(response.content):,} bytes"
    )
    assert response.status_code == 400
    assert len(response.content) < 20_000
    assert len(response.json().get("errors", [])) <= MAX_LISTED + 1
    assert elapsed < 2.0  # at most 0.2 s on the 2-core development machine; it was 20-42 s


@pytest.mark.parametrize(("method", "path", "body", "key"), HEAVY)
def test_the_largest_invalid_bodies_cost_little_memory(method: str, path: str, body: bytes, key: str) -> None:
    with make_client() as client:
        send(client, method, path, filter_body(10), key)  # warm up: validators built, modules imported
        gc.collect()
        tracemalloc.start()
        try:
            response = send(client, method, path, body, key)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    print(f"\n{path}: peak {peak / 2**20:.1f} MiB while refusing {len(body):,} bytes")
    assert response.status_code == 400
    # The body itself and its parse are part of any request of this size: a few times 1 MiB.
    assert peak < 20 * 2**20  # a few MiB on the development machine; it was 1.5 GB resident


def test_an_error_lists_the_first_problems_and_counts_the_rest() -> None:
    with make_client() as client:
        links = [{"promotionalAssetId": 7}] * 1000  # 1000 links, each twice wrong
        response = client.post("/rest/promotionalAssetLinks", json={"accountId": ACCOUNT, "links": links}, headers=AUTH)
    body = response.json()
    assert response.status_code == 400
    assert len(body["errors"]) == MAX_LISTED
    assert body["errors"][0]["field"].startswith("body.links[0].")  # in the order of the body
    assert "more problems" in body["message"]
    assert body["message"].count(";") <= MAX_LISTED


def test_a_list_over_its_documented_limit_is_refused_before_its_items_are_read() -> None:
    with make_client() as client:
        too_many = [{"promotionalAssetId": "x", "productId": "y"}] * 1001
        response = client.post(
            "/rest/promotionalAssetLinks", json={"accountId": ACCOUNT, "links": too_many}, headers=AUTH
        )
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == ["body.links"]
    assert "1000" in response.json()["errors"][0]["message"]


async def test_a_costly_request_does_not_hold_up_another_client() -> None:
    async with asgi_client() as client:
        await client.get(
            "/rest/brands", params={"accountId": ACCOUNT, "first": 1, "order": "NAME_ASC"}, headers=AUTH
        )  # warm up
        waits: list[float] = []
        done = anyio.Event()

        async def heavy() -> None:
            for _ in range(3):
                response = await send(client, "POST", "/rest/promotionalAssetLinks", crowded_links_body(), EDITOR_KEY)
                assert response.status_code == 400
            done.set()

        async def small() -> None:
            await anyio.sleep(0.01)
            while not done.is_set():
                started = time.perf_counter()
                response = await client.get(
                    "/rest/brands", params={"accountId": ACCOUNT, "first": 1, "order": "NAME_ASC"}, headers=AUTH
                )
                waits.append(time.perf_counter() - started)
                assert response.status_code == 200
                await anyio.sleep(0.005)

        async with anyio.create_task_group() as group:
            group.start_soon(heavy)
            group.start_soon(small)
    print(
        f"\nsmall requests during the costly one: {len(waits)}, longest wait {max(waits, default=0) * 1000:.0f} ms",
        sorted(round(w * 1000) for w in waits)[-5:],
    )
    assert waits
    assert max(waits) < 0.5


# ------------------------------------------------------------- codec tables


@pytest.mark.slow
def test_many_small_twins_with_their_own_alphabets_pin_little_memory() -> None:
    """200 twins, each with 4 symbols of its own, each with a job and a listed serial."""
    alphabets = ["".join(chr(48 + (n * 4 + i) % 75) for i in range(4)) for n in range(200)]
    symbols = [a for a in alphabets if len(set(a)) == 4]
    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twins = [api.product_twin() for _ in symbols]
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for twin, alphabet in zip(twins, symbols, strict=True):
                alphabet = "".join(c for c in alphabet if c in _CSET82) + "xyz"
                api.ok(api.set_twin_settings(twin, length=20, strategy="RANDOM_ALPHANUMERIC", symbols=alphabet[:5]))
                api.job(twin, 1)
                api.all_serials(twin)
            gc.collect()
            kept = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
    print(f"\n{len(twins)} tiny twins with alphabets of their own: {kept / 2**20:.1f} MiB kept")
    assert kept < 32 * 2**20  # it was 225 MiB


_CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def test_spaces_of_many_alphabets_share_a_bounded_set_of_codec_tables() -> None:
    """The same as above on the serial engine alone (fast): 200 spaces, 200 alphabets, one serial each."""
    from illuminate_mock.serials import AllocationSettings, AllocationSpace, serials

    alphabets = ["".join(_CSET82[(n + i * 7) % 82] for i in range(5)) for n in range(200)]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        settings = [AllocationSettings(20, "RANDOM_ALPHANUMERIC", a) for a in alphabets]  # type: ignore[arg-type]
        spaces = [AllocationSpace.create(s) for s in settings]  # kept alive, as a mock keeps its twins' spaces
        for space in spaces:
            assert len(next(serials(space, 1, 1))) == 20
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    print(f"\n200 spaces with alphabets of their own: {kept / 2**20:.2f} MiB kept ({len(spaces)} spaces)")
    assert kept < 8 * 2**20


def test_codecs_still_encode_and_decode_every_alphabet() -> None:
    from illuminate_mock.codec import codec_for

    for alphabet in ("01", "abc", "hapc", _CSET82, "0123456789"):
        codec = codec_for(alphabet, 12)
        for number in (0, 1, len(alphabet) ** 12 - 1, 123456789 % len(alphabet) ** 12):
            text = codec.encode(number)
            assert len(text) == 12
            assert set(text) <= set(alphabet)
            assert codec.decode(text) == number


# ------------------------------------------------------------------- uploads


def upload_api(clock: ManualClock) -> tuple[Any, Api]:
    from tests.mock.helpers import TickingClock  # noqa: F401  (the helpers' clock ticks; this one is manual)

    client = make_client(clock=clock)
    return client, Api(client, EDITOR_KEY, ACCOUNT)


def test_an_upload_never_finalized_expires_on_the_backends_clock() -> None:
    from illuminate_mock.config import UPLOAD_TTL_SECONDS

    clock = ManualClock()
    client, api = upload_api(clock)
    with client:
        twin = api.twin_of("product", api.create_product()["id"])["id"]
        started = api.start_upload(twin)
        assert api.put_bytes(started["uploadUrl"], PNG_BYTES).status_code == 200
        backend = client.app.state.service.backend
        assert backend.store.uploads
        assert backend.store.blobs
        clock.advance(UPLOAD_TTL_SECONDS + 1)
        response = api.finalize(started["digitalTwinImageId"])
        assert response.status_code == 404  # the pending image went with its upload
        assert backend.store.uploads == {}
        assert backend.store.blobs == {}
        assert api.images(twin) == []
        assert api.put_bytes(started["uploadUrl"], PNG_BYTES).status_code == 404


def test_an_account_may_hold_only_so_many_pending_uploads() -> None:
    from illuminate_mock.config import MAX_PENDING_UPLOADS, UPLOAD_TTL_SECONDS

    clock = ManualClock()
    client, api = upload_api(clock)
    with client:
        twin = api.twin_of("product", api.create_product()["id"])["id"]
        for _ in range(MAX_PENDING_UPLOADS):
            api.start_upload(twin)
        body = {"digitalTwinId": twin, "fileName": "x.png", "contentType": "png", "isDefault": False}
        clock.advance(60)
        refused = api.post("/rest/digitalTwinImages/uploads/start", body)
        assert refused.status_code == 429  # declared for the operation, with the wait until one expires
        assert refused.headers["retry-after"] == str(int(UPLOAD_TTL_SECONDS - 60))
        assert len(api.images(twin)) == MAX_PENDING_UPLOADS  # the refused start made no image
        clock.advance(UPLOAD_TTL_SECONDS + 1)  # the pending ones expire: room again
        assert api.post("/rest/digitalTwinImages/uploads/start", body).status_code == 200


def counting_receive(chunks: int, size: int) -> tuple[Callable[[], Any], dict[str, int]]:
    sent = {"bytes": 0}
    remaining = {"chunks": chunks}

    async def receive() -> dict[str, Any]:
        if remaining["chunks"] == 0:
            return {"type": "http.disconnect"}
        remaining["chunks"] -= 1
        sent["bytes"] += size
        return {"type": "http.request", "body": b"\0" * size, "more_body": remaining["chunks"] > 0}

    return receive, sent


async def asgi_put(app: Any, path: str, chunks: int, size: int, length: int | None = None) -> tuple[int, int]:
    receive, sent = counting_receive(chunks, size)
    status: list[int] = []

    async def send_message(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    headers = [(b"content-type", b"application/octet-stream")]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "PUT",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": headers,
        "server": ("mock", 80),
        "client": ("test", 1),
        "root_path": "",
    }
    await app(scope, receive, send_message)
    return status[0], sent["bytes"]


async def test_an_upload_with_a_bogus_token_is_refused_before_its_bytes_are_read() -> None:
    app = create_app()
    status, read = await asgi_put(app, "/_mock/uploads/no-such-token", chunks=200, size=64 * 1024)
    assert status == 404
    assert read <= 64 * 1024  # at most the first chunk, never the 12.5 MiB sent


async def test_an_upload_is_read_at_most_to_its_limit() -> None:
    from illuminate_mock.models.images import UPLOAD_LIMIT_BYTES

    app = create_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        api_headers = {"Authorization": f"ApiKey {EDITOR_KEY}"}
        brand = (
            await client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "b"}, headers=api_headers)
        ).json()
        body = {
            "accountId": ACCOUNT,
            "brandId": brand["id"],
            "descriptionShort": "p",
            "gpcCategoryCode": "1",
            "identifier": "sku-1",
        }
        await client.post("/rest/products", json=body, headers=api_headers)
        twins = (
            await client.get(
                "/rest/digitalTwins",
                params={"accountId": ACCOUNT, "first": 1, "order": "CREATED_ASC"},
                headers=api_headers,
            )
        ).json()
        start = {
            "accountId": ACCOUNT,
            "digitalTwinId": twins[0]["id"],
            "fileName": "a.png",
            "contentType": "png",
            "isDefault": False,
        }
        started = (await client.post("/rest/digitalTwinImages/uploads/start", json=start, headers=api_headers)).json()
    path = httpx.URL(started["uploadUrl"]).path
    status, read = await asgi_put(app, path, chunks=400, size=64 * 1024)
    assert status == 400
    assert read <= UPLOAD_LIMIT_BYTES + 64 * 1024
    declared = await asgi_put(app, path, chunks=400, size=64 * 1024, length=400 * 64 * 1024)
    assert declared == (400, 64 * 1024) or declared[1] == 0  # a declared length over the limit: refused at once


async def test_an_api_body_over_the_limit_is_refused_from_its_declared_length() -> None:
    app = create_app()
    receive, sent = counting_receive(100, 64 * 1024)
    status: list[int] = []

    async def send_message(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(100 * 64 * 1024).encode()),
        (b"authorization", f"ApiKey {EDITOR_KEY}".encode()),
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/rest/brands",
        "raw_path": b"/rest/brands",
        "query_string": b"",
        "headers": headers,
        "server": ("mock", 80),
        "client": ("test", 1),
        "root_path": "",
    }
    await app(scope, receive, send_message)
    assert status == [400]
    assert sent["bytes"] <= 64 * 1024
    assert json  # (json imported for the bodies above)
