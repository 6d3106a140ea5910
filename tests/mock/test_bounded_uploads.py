"""Bounded work per request, image uploads: a pending upload never finalized expires on the backend's clock
(its image and bytes with it), an account may hold only so many pending uploads (429 until one expires), and
the upload URL checks its token before it reads a byte and reads no more than its limit.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from illuminate_mock.app import create_app
from illuminate_mock.store import ManualClock

from tests.mock.asgi_helpers import asgi_call, counting_receive, http_scope, statuses
from tests.mock.helpers import ACCOUNT, EDITOR_KEY, PNG_BYTES, Api, make_client

pytestmark = pytest.mark.anyio


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


async def asgi_put(app: Any, path: str, chunks: int, size: int, length: int | None = None) -> tuple[int, int]:
    receive, sent = counting_receive(chunks, size)
    headers = [(b"content-type", b"application/octet-stream")]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    status = statuses(await asgi_call(app, http_scope("PUT", path, headers), receive))
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
