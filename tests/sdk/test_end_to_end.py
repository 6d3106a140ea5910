"""The SDK against the mock served by uvicorn (sync) or in process (async)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import httpx
import pytest
from illuminate_client.api.asset_types import create_asset_type
from illuminate_client.api.brands import create_brand
from illuminate_client.api.digital_twins import list_digital_twins
from illuminate_client.api.product_variants import create_product_variant
from illuminate_client.api.promotional_assets import create_promotional_asset
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.faults import FaultPlan
from illuminate_sdk import (
    APIConnectionError,
    AsyncIlluminate,
    AuthenticationError,
    BadRequestError,
    DigitalTwinNotFoundError,
    Illuminate,
    NotFoundError,
    PermissionDeniedError,
    SettingsAlreadySetError,
    digital_link,
)

from .conftest import ACCOUNT, KEY, FakeTime, HeaderTransport, Served, make_twin, serve

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def live(mock_server: Served) -> Illuminate:
    with Illuminate(KEY, account_id=ACCOUNT, base_url=mock_server.url) as client:
        yield client  # type: ignore[misc]


def unique_gtin(n: int) -> str:
    from illuminate_sdk._gs1 import check_digit

    body = f"0950600{n:06d}"
    return body + str(check_digit(body))


# ------------------------------------------------------------------ bad input


def test_a_wrong_key_says_to_check_the_key(mock_server: Served) -> None:
    with (
        Illuminate("not-a-key", account_id=ACCOUNT, base_url=mock_server.url) as client,
        pytest.raises(AuthenticationError, match=r"unknown API key.*ILLUMINATE_API_KEY") as caught,
    ):
        client.job_status("x")
    assert caught.value.request_id


def test_another_account_says_to_check_the_account_id(mock_server: Served) -> None:
    with (
        Illuminate(KEY, account_id="someone-else", base_url=mock_server.url) as client,
        pytest.raises(PermissionDeniedError, match="ILLUMINATE_ACCOUNT_ID"),
    ):
        client.job_status("x")


def test_an_unknown_job_id(live: Illuminate) -> None:
    with pytest.raises(NotFoundError, match="job 'no-such-job' not found"):
        live.wait_for_job("no-such-job")


def test_a_filter_the_api_does_not_know_names_the_field(live: Illuminate) -> None:
    with pytest.raises(BadRequestError, match=r"query\.filter\.colour: unknown field"):
        list(live.paginate(list_digital_twins, order="CREATED_ASC", filter={"colour": "red"}))


def test_a_misspelt_body_field_fails_before_sending(live: Illuminate) -> None:
    from illuminate_client.api.brands import create_brand

    with pytest.raises(TypeError, match="has no field nmae"):
        live.call(create_brand, nmae="Acme")


def test_a_gtin_is_found_however_many_leading_zeros_it_was_stored_with(live: Illuminate) -> None:
    gtin = unique_gtin(7)  # 14 digits, two leading zeros
    _, stored_short = make_twin(live, gtin.lstrip("0"))  # stored as a GTIN-12
    _, lookalike = make_twin(live, "1" + gtin[1:])  # same last digits, another GTIN
    assert live.digital_twin_id(gtin=gtin) == stored_short
    assert [t.id for t in live.digital_twins(gtin=gtin)] == [stored_short]
    assert lookalike != stored_short


# ------------------------------------------------------------------ the workflow


def test_whole_serialization_run(live: Illuminate, mock_server: Served) -> None:
    gtin = unique_gtin(1)
    _, twin = make_twin(live, gtin)
    assert live.digital_twin_id(gtin=gtin[1:]) == twin  # GTIN-13 padded to 14
    seen: list[float] = []
    run = live.serialize(
        twin, 2500, strategy="SEQUENTIAL_NUMERIC", length=8, twin_settings=True, on_progress=seen.append
    )
    serials = list(run)
    assert run.settings_created is True
    assert seen[-1] == 1.0
    assert len(serials) == len({s.id for s in serials}) == 2500
    assert all(s.digital_twin_id == twin for s in serials)
    assert digital_link(gtin, serials[0].serial).startswith(f"https://id.gs1.org/01/{gtin}/21/")
    # Settings cannot change: explicit setting is a distinct error, the workflow goes on.
    with pytest.raises(SettingsAlreadySetError):
        live.set_allocation_settings(strategy="SEQUENTIAL_NUMERIC", length=8, digital_twin_id=twin)
    again = live.serialize(twin, 10, strategy="SEQUENTIAL_NUMERIC", length=8, twin_settings=True)
    assert again.settings_created is False
    assert again.job_id != run.job_id


def test_realistic_job_timing_with_fake_time() -> None:
    fake = FakeTime(now=0.0)
    start = datetime.datetime(2024, 9, 25, tzinfo=datetime.UTC)

    class MockClock:
        def now(self) -> datetime.datetime:
            return start + datetime.timedelta(seconds=fake.now)

    config = MockConfig(job_timing=JobTiming(pending_seconds=1.0, serials_per_second=100.0, min_seconds=3.0))
    app = create_app(clock=MockClock(), config=config)
    with (
        serve(app) as url,
        Illuminate(KEY, account_id=ACCOUNT, base_url=url, sleep=fake.sleep, clock=fake.clock) as client,
    ):
        _, twin = make_twin(client)
        progress: list[float] = []
        run = client.serialize(twin, 3000, on_progress=progress.append)  # 1 s pending + 30 s running
        assert sum(1 for _ in run) == 3000
    assert progress[0] == 0.0
    assert progress[-1] == 1.0
    assert progress == sorted(progress)
    assert 31.0 <= fake.now <= 31.0 + 0.1 * 31 + 1
    assert len(fake.sleeps) + 1 <= 15


def test_failed_job_on_the_mock(live: Illuminate, mock_server: Served) -> None:
    from illuminate_sdk import JobFailedError

    _, twin = make_twin(live, unique_gtin(2))
    live.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=9)
    mock_server.backend.serial.fail_next_jobs = 1
    job = live.start_job(twin, 5)
    with pytest.raises(JobFailedError):
        live.wait_for_job(job)


# ------------------------------------------------------------------ REST helpers


def test_digital_twin_ids_from_every_kind_of_id(live: Illuminate) -> None:
    gtin = unique_gtin(3)
    product, twin = make_twin(live, gtin)
    assert live.digital_twin_id(product_id=product) == twin
    assert live.digital_twin_id(gtin=gtin) == twin
    variant = live.call(
        create_product_variant,
        product_identifier=gtin,
        consumer_product_variant_description="Blue",
        consumer_product_variant_identification="blue-1",
        consumer_product_variant_reason_code="ADD_ADDITIONAL_LANGUAGE",
    )
    variant_twin = live.digital_twin_id(variant_id=variant.id)
    assert variant_twin != twin
    brand = live.call(create_brand, name="P")
    asset_type = live.call(create_asset_type, name="Poster")
    asset = live.call(create_promotional_asset, brand_id=brand.id, asset_type_id=asset_type.id, description_short="P")
    assert live.digital_twin_id(promotional_asset_id=asset.id) not in (twin, variant_twin)
    with pytest.raises(DigitalTwinNotFoundError, match="no digital twin with product_id='nope'"):
        live.digital_twin_id(product_id="nope")
    with pytest.raises(ValueError, match="check digit"):
        live.digital_twin_id(gtin="09506000134353")


def test_upload_an_image_from_a_file(live: Illuminate, tmp_path: Path) -> None:
    _, twin = make_twin(live, unique_gtin(4))
    path = tmp_path / "front.png"
    path.write_bytes(PNG)
    image = live.upload_image(twin, path, is_default=True)
    assert str(image.status) == "READY"
    assert httpx.get(str(image.url)).content == PNG


def test_the_upload_put_never_carries_the_key(tmp_path: Path) -> None:
    import respx

    base = "https://api.test/rest"
    path = tmp_path / "a.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0")
    image = {
        "id": "img",
        "accountId": ACCOUNT,
        "digitalTwinId": "t",
        "fileName": "a.jpg",
        "contentType": "jpg",
        "isDefault": False,
        "status": "READY",
        "created": "2024-09-25T19:58:24.186Z",
        "createdById": "u",
        "modified": "2024-09-25T19:58:24.186Z",
        "modifiedById": "u",
    }
    with Illuminate(KEY, account_id=ACCOUNT, base_url=base) as client, respx.mock() as router:
        router.post(f"{base}/digitalTwinImages/uploads/start").respond(
            json={"digitalTwinImageId": "img", "uploadUrl": f"{base}/upload/abc"}
        )
        put = router.put(f"{base}/upload/abc").respond(200)
        finalize = router.post(f"{base}/digitalTwinImages/uploads/finalize").respond(json=image)
        client.upload_image("t", path)
    assert "authorization" not in put.calls.last.request.headers
    assert put.calls.last.request.headers["content-type"] == "image/jpeg"
    assert finalize.calls.last.request.headers["authorization"] == f"ApiKey {KEY}"
    assert json.loads(finalize.calls.last.request.content)["digitalTwinImageId"] == "img"


# ------------------------------------------------------------------ async


@pytest.mark.anyio
async def test_async_workflow_in_process(tmp_path: Path) -> None:
    app = create_app()
    transport = httpx.ASGITransport(app=app)
    async with AsyncIlluminate(KEY, account_id=ACCOUNT, base_url="http://mock", transport=transport) as client:
        from illuminate_client.api.brands import create_brand
        from illuminate_client.api.products import create_product

        brand = await client.call(create_brand.asyncio_detailed, name="Acme")
        product = await client.call(
            create_product,
            brand_id=brand.id,
            identifier=unique_gtin(5),
            description_short="x",
            gpc_category_code="10001234",
        )
        twin = await client.digital_twin_id(product_id=product.id)
        run = await client.serialize(twin, 1500, length=8)
        ids = {s.id async for s in run}
        assert len(ids) == 1500
        assert run.settings_created is True
        path = tmp_path / "x.png"
        path.write_bytes(PNG)
        assert str((await client.upload_image(twin, path)).status) == "READY"


# ------------------------------------------------------------------ faults


def test_a_dropped_answer_to_a_post_is_not_resent() -> None:
    app = create_app(faults=FaultPlan.parse([]))
    transport = HeaderTransport({"X-Mock-Fault": "none"})
    with serve(app) as url, Illuminate(KEY, account_id=ACCOUNT, base_url=url, transport=transport) as client:
        _, twin = make_twin(client)
        client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        transport.headers = {"X-Mock-Fault": "drop=after"}
        with pytest.raises(APIConnectionError, match="may have received") as caught:
            client.start_job(twin, 10)
    assert caught.value.may_have_reached_server
    assert transport.sent[("POST", "/jobs/serialGeneration")] == 1
    assert len(app.state.service.backend.serial.jobs) == 1  # the server made it; the SDK did not repeat it


def test_under_30_percent_faults_every_serial_once_and_no_job_twice() -> None:
    plan = FaultPlan.parse("rate-limit@0.1,server-error=503@0.1,drop@0.1", seed=7)
    app = create_app(faults=plan)
    transport = HeaderTransport({"X-Mock-Fault": "none"})
    slept: list[float] = []
    with (
        serve(app) as url,
        Illuminate(
            KEY, account_id=ACCOUNT, base_url=url, transport=transport, retries=10, sleep=slept.append
        ) as client,
    ):
        _, twin = make_twin(client)
        client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=12)
        transport.active = False  # from here on, every request may be faulted
        started = []
        attempts = 0
        for _ in range(20):  # the caller's own loop: the SDK never resends a POST the server may have
            attempts += 1
            try:
                started.append(client.start_job(twin, 100_000))
                break
            except Exception:  # noqa: BLE001 - any failure: try again, like a user would
                continue
        assert started, "no job could be started in 20 tries"
        client.wait_for_job(started[0])
        seen: set[str] = set()
        count = 0
        for item in client.serials(twin, first=1000):
            seen.add(item.id)
            count += 1
    jobs = app.state.service.backend.serial.jobs
    assert count == len(seen) == 100_000
    assert transport.sent[("POST", "/jobs/serialGeneration")] == attempts  # one request per call, never resent
    assert len(jobs) == len(started) == 1
    assert transport.sent[("GET", "/serials")] > 100 + 10  # 100 pages, and faults made the SDK retry some
    assert any(s == 1.0 for s in slept)  # Retry-After: 1 of the injected 429s was honoured
