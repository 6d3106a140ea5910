"""Snapshots: the whole state exported, imported into a fresh mock, and every API read answers the same.

- a rich state (one of everything, ``state_helpers.build_rich_state``)
  round-trips: every read operation answers the same, byte for byte, on the
  mock the snapshot came from and on a fresh one that imported it; a second
  export equals the first; the restored mock goes on where the first would
  (a pending upload finalizes, new stamps sort after the old ones, a
  deleted link is still a cursor);
- the snapshot holds no API key (keys by SHA-256 only) and shares nothing
  with the live state;
- image bytes are kept up to a budget (each image up to 1 MiB, 16 MiB in
  all): a larger image keeps its record, not its bytes;
- the clock: a manual clock is set to the snapshot's time, a movable one
  keeps its offset from the system's, so jobs progress as they would have;
- ``InProcessMock.snapshot()`` / ``restore()`` do the same in process;
- a 1,000,000-serial job with 10,000 flagged serials: the snapshot is small
  (serials are computed) and is written and read back in well under a second.
"""

from __future__ import annotations

import copy
import datetime
import json
import time
from typing import Any

import pytest
from illuminate_mock import InProcessMock
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.clock import ManualClock, MovableClock
from illuminate_mock.persistence import encode
from illuminate_mock.snapshot import FORMAT, IMAGE_BYTES_EACH, VERSION, SnapshotError, parse_snapshot

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, PNG_BYTES, TestClient
from tests.mock.serial_helpers import SerialApi
from tests.mock.state_helpers import START, api_reads, build_rich_state

KEYS = ("demo-editor-key", "demo-api-read-only-key", "demo-api-editor-key", "demo-serial-read-only-key")


def mock(clock: Any = None, timing: JobTiming | None = None) -> TestClient:
    config = MockConfig(job_timing=timing) if timing is not None else None
    app = create_app(clock=clock if clock is not None else ManualClock(START), config=config)
    return TestClient(app, raise_server_exceptions=False)


def backend(client: TestClient) -> Any:
    return client.app.state.service.backend  # type: ignore[attr-defined]


def without_clock(document: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in document.items() if name != "clock"}


@pytest.fixture(scope="module")
def rich() -> Any:
    """A mock with the rich state, its snapshot (through JSON text), and the ids of what it holds."""
    with mock() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        state = build_rich_state(api)
        document = json.loads(encode(backend(client).snapshot()))
        yield client, api, state, document


def test_every_api_read_answers_the_same_after_a_round_trip(rich: Any) -> None:
    _client, api, state, document = rich
    before = api_reads(api, state)
    with mock() as fresh:
        backend(fresh).restore(copy.deepcopy(document))
        after = api_reads(SerialApi(fresh, EDITOR_KEY, ACCOUNT), state)
        assert after.keys() == before.keys()
        for name in before:
            assert after[name] == before[name], name
        assert without_clock(backend(fresh).snapshot()) == without_clock(document)


def test_the_snapshot_has_every_part_and_the_state_it_was_given(rich: Any) -> None:
    _, _, state, document = rich
    assert (document["format"], document["version"]) == (FORMAT, VERSION) == ("illuminate-mock-snapshot", 1)
    counts = {name: len(document[name]) for name in ("brands", "products", "productVariants", "images")}
    assert counts == {"brands": 2, "products": 2, "productVariants": 1, "images": 3}
    assert len(document["deleted"]["promotionalAssetLinks"]) == 1
    assert [upload["imageId"] for upload in document["uploads"]] == [state.pending_image]
    assert {item["imageId"] for item in document["imageBytes"]} == {state.images[0], state.pending_image}
    serial = document["serialization"]
    assert [job["identifier"] for job in serial["jobs"]] == [None, "run-1", "run-2"]
    assert serial["jobs"][1]["flags"] == ["flag1"]
    assert serial["jobs"][1]["attributes"] == {"batch": "B-7"}
    assert sum(len(marks["serials"]) for marks in serial["marks"]) == 3
    assert serial["accountAttributes"][0]["attributes"][0] == {"name": "batch", "mandatory": False}
    assert len(serial["serialCarriers"]) == 1
    assert datetime.datetime.fromisoformat(document["clock"]["now"]) >= START


def test_the_snapshot_holds_no_api_key(rich: Any) -> None:
    text = json.dumps(rich[3])
    for key in KEYS:
        assert key not in text
    assert all(set(entry) == {"sha256", "accountId", "roles", "userId"} for entry in rich[3]["apiKeys"])


def test_a_restored_mock_goes_on_where_the_first_would(rich: Any) -> None:
    _, _, state, document = rich
    with mock() as fresh:
        backend(fresh).restore(copy.deepcopy(document))
        api = SerialApi(fresh, EDITOR_KEY, ACCOUNT)
        finalized = api.ok(api.finalize(state.pending_image))  # its bytes were in the snapshot
        assert finalized["status"] == "READY"
        highest = max(b["modified"]["seq"] for b in document["brands"])
        brand = api.create_brand()
        assert backend(fresh).store.brands.get(ACCOUNT, brand["id"]).created.seq > highest
        names = api.ok(api.get("/rest/brands", first=10, order="MODIFIED_ASC"))
        assert names[-1]["id"] == brand["id"]
        # A job of the restored twin takes serials after those already allocated: none is issued twice.
        api.v1_job(state.variant_twin, 5, "run-3")
        values = [item["serial"] for item in api.all_items(state.variant_twin)]
        assert len(values) == len(set(values)) == 125


def test_the_snapshot_shares_nothing_with_the_state(rich: Any) -> None:
    client = rich[0]
    document = backend(client).snapshot()
    document["products"][0]["customAttributes"]["colour"] = "changed"
    document["products"][0]["targetMarketCountryCodes"].append("FR")
    again = backend(client).snapshot()
    assert again["products"][0]["customAttributes"]["colour"] == "red"
    assert again["products"][0]["targetMarketCountryCodes"] == ["US", "DE"]


def test_an_image_over_the_budget_keeps_its_record_but_not_its_bytes() -> None:
    with mock() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twin = api.product_twin()
        small = api.upload_image(twin)["id"]
        large = api.upload_image(twin, PNG_BYTES + b"\x00" * IMAGE_BYTES_EACH)["id"]
        document = backend(client).snapshot()
        assert [item["imageId"] for item in document["imageBytes"]] == [small]
        with mock() as fresh:
            backend(fresh).restore(document)
            assert fresh.get(f"/_mock/images/{small}").content == PNG_BYTES
            assert fresh.get(f"/_mock/images/{large}").status_code == 404
            fresh_api = SerialApi(fresh, EDITOR_KEY, ACCOUNT)
            assert {image["id"] for image in fresh_api.images(twin)} == {small, large}


def test_a_manual_clock_is_set_to_the_snapshots_time_and_jobs_progress_from_there() -> None:
    timing = JobTiming.realistic()
    clock = ManualClock(START)
    with mock(clock, timing) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC"))
        job = api.job(api.product_twin(), 10_000)["id"]
        clock.advance(2)
        status = api.status(job)
        assert status["status"] == "IN_PROGRESS"
        document = backend(client).snapshot()
    other = ManualClock(START - datetime.timedelta(days=3))
    with mock(other, timing) as fresh:
        backend(fresh).restore(document)
        assert other.now() == clock.now()
        fresh_api = SerialApi(fresh, EDITOR_KEY, ACCOUNT)
        assert fresh_api.status(job) == status
        other.advance(10)
        assert fresh_api.status(job)["status"] == "COMPLETED"


def test_a_movable_clock_keeps_its_offset() -> None:
    clock = MovableClock()
    clock.advance(3600)
    with mock(clock) as client:
        document = backend(client).snapshot()
    assert document["clock"]["offsetSeconds"] == pytest.approx(3600, abs=5)
    other = MovableClock()
    with mock(other) as fresh:
        backend(fresh).restore(document)
        assert other.offset.total_seconds() == pytest.approx(3600, abs=5)


def test_in_process_snapshot_and_restore() -> None:
    with InProcessMock() as first, InProcessMock() as second:
        client = first.client()
        body = {"accountId": ACCOUNT, "name": "in-process"}
        assert client.post("/rest/brands", json=body, headers={"Authorization": f"ApiKey {EDITOR_KEY}"}).is_success
        snapshot = first.snapshot()
        second.restore(snapshot)
        listed = second.client().get(
            "/rest/brands",
            params={"accountId": ACCOUNT, "first": 10, "order": "NAME_ASC"},
            headers={"Authorization": f"ApiKey {EDITOR_KEY}"},
        )
        assert [brand["name"] for brand in listed.json()] == ["in-process"]
        with pytest.raises(SnapshotError) as refused:
            second.restore({**snapshot, "version": 99})
        assert refused.value.place == "version"
        assert [b["name"] for b in second.snapshot()["brands"]] == ["in-process"]  # nothing changed


def test_a_million_serial_job_with_ten_thousand_flagged_serials_is_small_and_quick() -> None:
    with mock(MovableClock()) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(
            api.set_account_settings(
                length=10, strategy="RANDOM_NUMERIC", attributes=[{"name": "batch", "mandatory": False}]
            )
        )
        twin = api.product_twin()
        api.v1_job(twin, 1_000_000, "big")
        state = backend(client).store.serial
        job = next(iter(state.jobs.values()))
        store = backend(client).store
        for i in range(10_000):  # what 10,000 flag calls leave behind, without 10,000 requests
            mark = state.mark(job, 1 + i * 97, store.stamp("api-key-1"))
            mark.flags = 0b10
            mark.attributes = {"batch": f"b{i}"} if i % 2 else None
        started = time.perf_counter()
        raw = encode(backend(client).snapshot())
        written = time.perf_counter() - started
        assert len(raw) < 1_500_000, len(raw)  # ~0.67 MB: the serials themselves are computed
        assert written < 2.0, written
        with mock(MovableClock()) as fresh:
            started = time.perf_counter()
            backend(fresh).restore(parse_snapshot(raw))
            assert time.perf_counter() - started < 5.0
            fresh_api = SerialApi(fresh, EDITOR_KEY, ACCOUNT)
            flagged = fresh_api.ok(fresh_api.twin_serials(twin, limit=5, flags="flag2=true"))
            original = api.ok(api.twin_serials(twin, limit=5, flags="flag2=true"))
            assert flagged == original
            assert len(flagged["serials"]) == 5
