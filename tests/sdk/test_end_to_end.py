"""The SDK against the mock served by uvicorn on loopback, both faces over real sockets."""

from __future__ import annotations

import datetime
import json
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
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
    AuthenticationError,
    BadRequestError,
    DigitalTwinNotFoundError,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
    SettingsAlreadySetError,
    digital_link,
)

from tests.sdk.helpers import ACCOUNT, BASE, KEY, STAMP, Face, FakeTime, HeaderTransport, fresh_gtin, make_twin
from tests.servers import Served, serve

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


# ------------------------------------------------------------------ bad input


def test_a_wrong_key_says_to_check_the_key(face: Face, mock_server: Served) -> None:
    with (
        face.connect("not-a-key", base_url=mock_server.url) as client,
        pytest.raises(AuthenticationError, match=r"unknown API key.*ILLUMINATE_API_KEY") as caught,
    ):
        client.job_status("x")
    assert caught.value.request_id


def test_another_account_says_to_check_the_account_id(face: Face, mock_server: Served) -> None:
    with (
        face.connect(account_id="someone-else", base_url=mock_server.url) as client,
        pytest.raises(PermissionDeniedError, match="ILLUMINATE_ACCOUNT_ID"),
    ):
        client.job_status("x")


def test_an_unknown_job_id(live: Any) -> None:
    with pytest.raises(NotFoundError, match="job 'no-such-job' not found"):
        live.wait_for_job("no-such-job")


def test_a_filter_the_api_does_not_know_names_the_field(live: Any) -> None:
    with pytest.raises(BadRequestError, match=r"query\.filter\.colour: unknown field"):
        list(live.paginate(list_digital_twins, order="CREATED_ASC", filter={"colour": "red"}))


def test_a_misspelt_body_field_fails_before_sending(live: Any) -> None:
    with pytest.raises(TypeError, match="has no field nmae"):
        live.call(create_brand, nmae="Acme")


def test_a_gtin_is_found_however_many_leading_zeros_it_was_stored_with(live: Any) -> None:
    gtin = fresh_gtin()  # 14 digits, leading zeros
    _, stored_short = make_twin(live, gtin.lstrip("0"))
    _, lookalike = make_twin(live, "1" + gtin[1:])  # same last digits, another GTIN
    assert live.digital_twin_id(gtin=gtin) == stored_short
    assert [t.id for t in live.digital_twins(gtin=gtin)] == [stored_short]
    assert lookalike != stored_short


# ------------------------------------------------------------------ the workflow


@pytest.mark.parametrize("legacy", [False, True], ids=["2025-job", "first-api-job"])
def test_whole_serialization_run(live: Any, legacy: bool) -> None:
    gtin, count = fresh_gtin(), 2500
    _, twin = make_twin(live, gtin)
    assert live.digital_twin_id(gtin=gtin[1:]) == twin  # GTIN-13 padded to 14
    seen: list[float] = []
    settings = {"strategy": "SEQUENTIAL_NUMERIC", "length": 8}
    run = live.serialize(twin, count, **settings, twin_settings=True, legacy=legacy, on_progress=seen.append)
    serials = list(run)
    assert run.settings_created is True
    assert seen[-1] == 1.0
    assert (run.identifier is None) == legacy
    assert len(serials) == len({s.id for s in serials}) == count
    assert all(s.digital_twin_id == twin for s in serials)
    assert digital_link(gtin, serials[0].serial).startswith(f"https://id.gs1.org/01/{gtin}/21/")
    # A twin's settings cannot change once it has serials: explicit setting is a distinct error, the workflow goes on.
    with pytest.raises(SettingsAlreadySetError):
        live.set_allocation_settings(**settings, digital_twin_id=twin)
    again = live.serialize(twin, 10, **settings, twin_settings=True, legacy=legacy)
    assert again.settings_created is False
    assert again.job_id != run.job_id


def test_realistic_job_timing_with_fake_time(face: Face) -> None:
    fake = FakeTime(now=0.0)
    start = datetime.datetime(2024, 9, 25, tzinfo=datetime.UTC)

    class MockClock:
        def now(self) -> datetime.datetime:
            return start + datetime.timedelta(seconds=fake.now)

    timing = JobTiming(pending_seconds=1.0, serials_per_second=100.0, min_seconds=3.0)
    count = 3000
    job_seconds = timing.pending_seconds + count / timing.serials_per_second
    app = create_app(clock=MockClock(), config=MockConfig(job_timing=timing))
    with serve(app) as url, face.connect(base_url=url, fake_time=fake) as client:
        _, twin = make_twin(client)
        progress: list[float] = []
        # A job of the first API: it reports progress, which the schedule uses.
        run = client.serialize(twin, count, length=8, legacy=True, on_progress=progress.append)
        assert sum(1 for _ in run) == count
    assert (progress[0], progress[-1]) == (0.0, 1.0)
    assert progress == sorted(progress)
    assert job_seconds <= fake.now <= job_seconds * 1.1 + 1  # seen done at most 10% + 1 s late
    assert len(fake.sleeps) + 1 <= 15  # the README's goal: at most 15 polls for a 30 s job


def test_failed_job_on_the_mock(live: Any, mock_server: Served) -> None:
    _, twin = make_twin(live)
    live.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=9)
    mock_server.backend.serial.fail_next_jobs = 1
    job = live.start_job(twin, 5)
    with pytest.raises(JobFailedError):
        live.wait_for_job(job)


# ------------------------------------------------------------------ REST helpers


def test_digital_twin_ids_from_every_kind_of_id(live: Any) -> None:
    gtin = fresh_gtin()
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
    made_brand = live.call(create_brand, name="P")
    asset_type = live.call(create_asset_type, name="Poster")
    asset = live.call(
        create_promotional_asset, brand_id=made_brand.id, asset_type_id=asset_type.id, description_short="P"
    )
    assert live.digital_twin_id(promotional_asset_id=asset.id) not in (twin, variant_twin)
    with pytest.raises(DigitalTwinNotFoundError, match="no digital twin with product_id='nope'"):
        live.digital_twin_id(product_id="nope")
    with pytest.raises(ValueError, match="check digit"):
        live.digital_twin_id(gtin=gtin[:-1] + str((int(gtin[-1]) + 1) % 10))


def test_upload_an_image_from_a_file(live: Any, tmp_path: Path) -> None:
    _, twin = make_twin(live)
    path = tmp_path / "front.png"
    path.write_bytes(PNG)
    image = live.upload_image(twin, path, is_default=True)
    assert str(image.status) == "READY"
    assert httpx.get(str(image.url)).content == PNG


def test_the_async_face_reads_the_file_off_the_event_loop(
    face: Face, live: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, twin = make_twin(live)
    path = tmp_path / "front.png"
    path.write_bytes(PNG)
    readers: list[threading.Thread] = []
    read_bytes = Path.read_bytes

    def recording(self: Path) -> bytes:
        readers.append(threading.current_thread())
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", recording)
    live.upload_image(twin, path)
    assert len(readers) == 1
    assert (readers[0] is not threading.main_thread()) == face.is_async


def upload_stub(router: respx.Router, *, put_status: int = 200) -> tuple[respx.Route, respx.Route]:
    image = {
        "id": "img",
        "accountId": ACCOUNT,
        "digitalTwinId": "t",
        "fileName": "a.jpg",
        "contentType": "jpg",
        "isDefault": False,
        "status": "READY",
        "created": STAMP,
        "createdById": "u",
        "modified": STAMP,
        "modifiedById": "u",
    }
    router.post(f"{BASE}/digitalTwinImages/uploads/start").respond(
        json={"digitalTwinImageId": "img", "uploadUrl": "https://storage.test/upload/abc"}
    )
    put = router.put("https://storage.test/upload/abc").respond(put_status)
    finalize = router.post(f"{BASE}/digitalTwinImages/uploads/finalize").respond(json=image)
    return put, finalize


def test_the_upload_put_never_carries_the_key(client: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0")
    with respx.mock() as router:
        put, finalize = upload_stub(router)
        client.upload_image("t", path)
    assert "authorization" not in put.calls.last.request.headers
    assert put.calls.last.request.headers["content-type"] == "image/jpeg"
    assert put.calls.last.request.content == path.read_bytes()
    assert finalize.calls.last.request.headers["authorization"] == f"ApiKey {KEY}"
    assert json.loads(finalize.calls.last.request.content)["digitalTwinImageId"] == "img"


def test_a_refused_upload_put_is_a_typed_error_and_nothing_is_finalized(face: Face, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(PNG)
    with face.connect(retries=False) as client, respx.mock(assert_all_called=False) as router:
        _, finalize = upload_stub(router, put_status=403)
        with pytest.raises(PermissionDeniedError) as caught:
            client.upload_image("t", path)
    assert caught.value.url == "https://storage.test/upload/abc"
    assert finalize.call_count == 0


# ------------------------------------------------------------------ faults


def test_a_dropped_answer_to_a_post_is_not_resent(face: Face) -> None:
    app = create_app(faults=FaultPlan.parse([]))
    transport = HeaderTransport({"X-Mock-Fault": "none"})
    with serve(app) as url, face.connect(base_url=url, transport=transport) as client:
        _, twin = make_twin(client)
        client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        transport.headers = {"X-Mock-Fault": "drop=after"}
        with pytest.raises(APIConnectionError, match="may have received") as caught:
            client.start_job(twin, 10)
    assert caught.value.may_have_reached_server
    assert transport.sent[("POST", "/rest/jobs/serialGeneration")] == 1
    assert len(app.state.service.backend.serial.jobs) == 1  # the server made it; the SDK did not repeat it


@pytest.mark.slow
def test_under_30_percent_faults_every_serial_once_and_no_job_twice(face: Face) -> None:
    plan = FaultPlan.parse("rate-limit@0.1,server-error=503@0.1,drop@0.1", seed=7)
    app = create_app(faults=plan)
    transport = HeaderTransport({"X-Mock-Fault": "none"})
    fake, count, first = FakeTime(), 100_000, 1000
    with serve(app) as url, face.connect(base_url=url, transport=transport, retries=10, fake_time=fake) as client:
        _, twin = make_twin(client)
        client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=12)
        transport.active = False  # from here on, every request may be faulted
        started = []
        attempts = 0
        for _ in range(20):  # the caller's own loop: the SDK never resends a POST the server may have
            attempts += 1
            try:
                started.append(client.start_job(twin, count))
                break
            except Exception:  # noqa: BLE001 - any failure: try again, like a user would
                continue
        assert started, "no job could be started in 20 tries"
        client.wait_for_job(started[0])
        seen: set[str] = set()
        listed = 0
        for page in client.serials(twin, first=first).pages():  # by page: the async adapter's cost is per step
            seen.update(item.id for item in page)
            listed += len(page)
    jobs = app.state.service.backend.serial.jobs
    assert listed == len(seen) == count
    assert transport.sent[("POST", "/rest/jobs/serialGeneration")] == attempts  # one request per call, never resent
    assert len(jobs) == len(started) == 1
    assert transport.sent[("GET", "/rest/serials")] > count // first  # every page, and faults made the SDK retry some
    assert 1.0 in fake.sleeps  # Retry-After: 1 of the injected 429s was honoured
