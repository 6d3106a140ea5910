"""Serialization jobs of the 2025 API: start by identifier, list, read back, CSV.

Source: shared/reference/illuminate-serialization-api-v1.md ("Start
Serialization Job", "Get Job Status", "Get Jobs", "Get Job CSV") and
spec/DECISIONS.md ("Serialization API, 2025").
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from illuminate_mock.backend import JobTiming
from illuminate_mock.store import ManualClock
from illuminate_spec.gs1 import digital_link

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, GTIN
from tests.mock.serial_helpers import (
    SOLE_ACCOUNT,
    SOLE_KEY,
    SerialApi,
    error_fields,
    make_app_client,
    schema_errors,
    sole_account_fixture,
)

NUMERIC = {"length": 8, "strategy": "RANDOM_NUMERIC"}
ATTRIBUTES = [{"name": "lot", "mandatory": True}, {"name": "colour", "mandatory": False}]
CSV_HEADER = ["id", "serial", "digitalTwinId", "carrierUrl"]


def ready_twin(api: SerialApi, identifier: str | None = None, **settings: Any) -> str:
    twin = api.product_twin(identifier)
    api.ok(api.set_twin_settings(twin, **(settings or NUMERIC)))
    return twin


def csv_rows(api: SerialApi, identifier: str) -> list[dict[str, str]]:
    response = api.get_v1(f"/jobs/serialization/{identifier}/csv")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text, newline="")))
    assert rows[0] == CSV_HEADER
    return [dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]]


def job_status(api: SerialApi, job_id: str) -> dict[str, Any]:
    found: dict[str, Any] = api.ok(api.get("/rest/jobs/status", jobId=job_id))
    return found


# ---------------------------------------------------------------- starting


def test_a_started_job_answers_its_id_status_and_identifier(sapi: SerialApi) -> None:
    twin = ready_twin(sapi)
    job = sapi.v1_job(twin, 10, "job_1")
    assert (job["status"], job["identifier"], job["digitalTwinId"], job["count"]) == ("PENDING", "job_1", twin, 10)
    assert schema_errors("SerializationJob", job) == []
    assert sapi.ok(sapi.get_v1("/jobs/serialization/job_1"))["status"] == "COMPLETED"  # instant timing


def test_an_identifier_names_one_job_of_an_account(pair: tuple[SerialApi, SerialApi]) -> None:
    a, b = pair
    twin = ready_twin(a)
    first = a.v1_job(twin, 5, "lot-1")
    again = a.start_v1_job(twin, 7, "lot-1")
    assert (again.status_code, error_fields(again)) == (409, {"body.identifier"})
    # Nothing was made: one job, and the next job's serials follow the first one's.
    assert [job["id"] for job in a.ok(a.get_v1("/jobs/serialization"))["jobs"]] == [first["id"]]
    second = a.v1_job(twin, 3, "lot-2")
    assert job_status(a, second["id"])["data"]["range"] == [6, 8]
    # Identifiers are per account.
    b.v1_job(ready_twin(b), 2, "lot-1")


def test_flags_named_at_the_start_are_true_on_every_serial(sapi: SerialApi) -> None:
    twin = ready_twin(sapi)
    sapi.v1_job(twin, 4, flags=["flag2"])
    sapi.v1_job(twin, 3)
    flags = [item["flags"] for item in sapi.all_items(twin)]
    assert flags == [{"flag1": False, "flag2": True}] * 4 + [{"flag1": False, "flag2": False}] * 3


def test_attributes_given_at_the_start_are_on_every_serial(sapi: SerialApi) -> None:
    sapi.ok(sapi.set_account_settings(**NUMERIC, attributes=ATTRIBUTES))
    twin = sapi.product_twin()
    sapi.v1_job(twin, 3, attributes={"lot": "L-7"})
    assert [item["attributes"] for item in sapi.all_items(twin)] == [{"lot": "L-7"}] * 3


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({}, {"body.attributes.lot"}),  # mandatory, no value
        ({"attributes": {"colour": "red"}}, {"body.attributes.lot"}),
        ({"attributes": {"lot": "L", "size": "XL"}}, {"body.attributes.size"}),  # not an account attribute
        ({"attributes": {"lot": "L"}, "flags": ["flag1", "flag9"]}, {"body.flags[1]"}),
        ({"attributes": {"lot": 7}}, {"body.attributes.lot"}),  # a value of the wrong type
        ({"attributes": {"lot": "L"}, "flags": ["flag1", "flag1"]}, {"body.flags"}),
    ],
)
def test_a_bad_job_is_refused_naming_the_field_and_creates_nothing(
    sapi: SerialApi, fields: dict[str, Any], bad: set[str]
) -> None:
    sapi.ok(sapi.set_account_settings(**NUMERIC, attributes=ATTRIBUTES))
    twin = sapi.product_twin()
    response = sapi.start_v1_job(twin, 5, "refused", **fields)
    assert (response.status_code, error_fields(response)) == (400, bad)
    assert sapi.ok(sapi.get_v1("/jobs/serialization"))["jobs"] == []
    assert sapi.ok(sapi.twin_serials(twin))["serials"] == []
    assert sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))  # no serial items: settings still changeable
    sapi.v1_job(twin, 5, "refused", attributes={"lot": "L"})  # the identifier is still free


def test_the_allocation_rules_of_every_job_apply(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    response = sapi.start_v1_job(twin, 5)
    assert (response.status_code, error_fields(response)) == (409, {"body.digitalTwinId"})  # no settings at all
    sapi.ok(sapi.set_account_settings(length=6, strategy="SEQUENTIAL_NUMERIC"))
    job = sapi.v1_job(twin, 999_990)
    data = job_status(sapi, job["id"])["data"]
    assert (data["allocationLevel"], data["length"]) == ("ACCOUNT", 6)  # copied to the twin at the start
    response = sapi.start_v1_job(twin, 10)
    assert (response.status_code, error_fields(response)) == (409, {"body.count"})  # 9 left
    assert sapi.v1_job(twin, 9)["count"] == 9
    missing = sapi.start_v1_job("no-such-twin", 1)
    assert (missing.status_code, error_fields(missing)) == (404, {"body.digitalTwinId"})
    asset = sapi.start_v1_job(sapi.asset_twin(), 1)
    assert (asset.status_code, error_fields(asset)) == (400, {"body.digitalTwinId"})


def test_serials_of_both_kinds_of_job_are_in_both_lists(sapi: SerialApi) -> None:
    twin = ready_twin(sapi)
    sapi.job(twin, 3)
    sapi.v1_job(twin, 2)
    legacy = [s["id"] for s in sapi.all_serials(twin)]
    items = [s["id"] for s in sapi.all_items(twin)]
    assert legacy == items
    assert len(set(items)) == 5


# ------------------------------------------------------------------ carriers


def test_without_override_the_account_defaults_choose_the_carriers(sapi: SerialApi) -> None:
    job = sapi.v1_job(ready_twin(sapi), 2, qrCode=False, watermark=False)  # ignored without the override
    data = job_status(sapi, job["id"])["data"]
    assert (data["qrCodeStep"], data["watermarkStep"]) == (True, True)


@pytest.mark.parametrize(("qr", "watermark"), [(True, False), (False, True), (False, False), (True, True)])
def test_override_chooses_the_carriers(sapi: SerialApi, qr: bool, watermark: bool) -> None:
    twin = ready_twin(sapi, GTIN)
    options = {"overrideDataCarrierDefaults": True, "qrCode": qr, "watermark": watermark, "urlFormat": "DigitalLink"}
    job = sapi.v1_job(twin, 3, "carriers", **options)
    data = job_status(sapi, job["id"])["data"]
    assert (data["qrCodeStep"], data["watermarkStep"]) == (qr, watermark)
    urls = [row["carrierUrl"] for row in csv_rows(sapi, "carriers")]
    assert all(url.startswith("https://example.com/01/") for url in urls) if qr else urls == ["", "", ""]


def test_override_domain_and_url_format(sapi: SerialApi) -> None:
    twin = ready_twin(sapi, GTIN)
    options = {"overrideDataCarrierDefaults": True, "qrCode": True, "watermark": False}
    sapi.v1_job(twin, 2, "dl", **options, urlFormat="DigitalLink", domain="https://brand.example/")
    for row in csv_rows(sapi, "dl"):
        assert row["carrierUrl"] == digital_link(GTIN, row["serial"], root="https://brand.example/")
    sapi.v1_job(twin, 2, "short", **options, urlFormat="ShortUrl")
    first = csv_rows(sapi, "short")
    assert all(row["carrierUrl"].startswith("https://example.com/") for row in first)  # the account's domain
    assert len({row["carrierUrl"] for row in first}) == 2
    assert csv_rows(sapi, "short") == first  # the same code for a serial every time


@pytest.mark.parametrize(
    ("options", "status", "bad"),
    [
        ({"qrCode": True, "watermark": False}, 400, {"body.urlFormat"}),  # a QR code needs its URL format
        ({"qrCode": True}, 400, {"body.watermark", "body.overrideDataCarrierDefaults"}),
        ({"watermark": True}, 400, {"body.qrCode", "body.overrideDataCarrierDefaults"}),
        ({"qrCode": False, "watermark": True}, 403, {"body.watermark"}),  # ENGAGE makes no watermarks
    ],
)
def test_override_refusals_name_the_field_and_create_nothing(
    options: dict[str, Any], status: int, bad: set[str]
) -> None:
    with make_app_client(sole_account_fixture(["ENGAGE"], ["QR_CODE"])) as client:
        api = SerialApi(client, SOLE_KEY, SOLE_ACCOUNT)
        twin = ready_twin(api)
        response = api.start_v1_job(twin, 3, "x", overrideDataCarrierDefaults=True, **options)
        assert (response.status_code, error_fields(response)) == (status, bad), response.text
        assert api.ok(api.get_v1("/jobs/serialization"))["jobs"] == []


# ---------------------------------------------------------- list and read


def test_jobs_are_listed_oldest_first_page_by_page(pair: tuple[SerialApi, SerialApi]) -> None:
    a, b = pair
    twin = ready_twin(a)
    names = [a.v1_job(twin, 1, f"job-{n}")["identifier"] for n in range(7)]
    b.v1_job(ready_twin(b), 1, "not-mine")
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        page = a.ok(a.get_v1("/jobs/serialization", limit=3, cursor=cursor))
        assert schema_errors("SerializationJobPage", page) == []
        seen += [job["identifier"] for job in page["jobs"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        cursor = page["pageInfo"]["nextCursor"]
    assert seen == names
    everything = a.ok(a.get_v1("/jobs/serialization"))  # limit defaults to 1000
    assert [job["identifier"] for job in everything["jobs"]] == names
    assert everything["pageInfo"] == {"hasNextPage": False}


def test_limit_and_cursor_may_come_in_a_get_body(sapi: SerialApi) -> None:
    twin = ready_twin(sapi)
    for n in range(3):
        sapi.v1_job(twin, 1, f"job-{n}")
    url = sapi.v1("/jobs/serialization")
    first = sapi.ok(sapi.client.request("GET", url, json={"limit": 2}, headers=sapi.headers))
    assert [job["identifier"] for job in first["jobs"]] == ["job-0", "job-1"]
    body = {"limit": 2, "cursor": first["pageInfo"]["nextCursor"]}
    second = sapi.ok(sapi.client.request("GET", url, json=body, headers=sapi.headers))
    assert [job["identifier"] for job in second["jobs"]] == ["job-2"]


@pytest.mark.parametrize("cursor", ["no-such-job", "dddd4444-5fe4-32dc-b10a-987654fedcba"])
def test_an_unknown_job_cursor_is_404(sapi: SerialApi, cursor: str) -> None:
    sapi.v1_job(ready_twin(sapi), 1)
    response = sapi.get_v1("/jobs/serialization", cursor=cursor)
    assert (response.status_code, error_fields(response)) == (404, {"query.cursor"})


def test_another_accounts_job_is_never_found(pair: tuple[SerialApi, SerialApi]) -> None:
    a, b = pair
    b_job = b.v1_job(ready_twin(b), 2, "secret-job")
    for path in ("/jobs/serialization/secret-job", "/jobs/serialization/secret-job/csv"):
        response = a.get_v1(path)
        assert (response.status_code, error_fields(response)) == (404, {"path.jobIdentifier"})
    cursor = a.get_v1("/jobs/serialization", cursor=b_job["id"])
    assert cursor.status_code == 404


def test_limit_and_cursor_on_one_job_change_nothing(sapi: SerialApi) -> None:
    sapi.v1_job(ready_twin(sapi), 2, "one")
    plain = sapi.ok(sapi.get_v1("/jobs/serialization/one"))
    assert sapi.ok(sapi.get_v1("/jobs/serialization/one", limit=1, cursor="anything")) == plain
    assert sapi.get_v1("/jobs/serialization/one", limit=0).status_code == 400


def test_a_job_follows_the_clock_and_its_csv_waits_for_completion() -> None:
    clock = ManualClock()
    timing = JobTiming(pending_seconds=1, serials_per_second=10, min_seconds=2)
    with make_app_client(clock=clock, timing=timing) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twin = ready_twin(api)
        api.v1_job(twin, 40, "slow")
        for seconds, status in ((0, "PENDING"), (2, "IN_PROGRESS"), (3, "COMPLETED")):
            clock.advance(seconds)
            assert api.ok(api.get_v1("/jobs/serialization/slow"))["status"] == status
            if status != "COMPLETED":
                response = api.get_v1("/jobs/serialization/slow/csv")
                assert response.status_code == 409
                assert api.ok(api.twin_serials(twin))["serials"] == []  # listed once completed
        assert len(csv_rows(api, "slow")) == 40


# ---------------------------------------------------------------------- CSV


def test_the_csv_has_one_line_per_serial_of_the_job(sapi: SerialApi) -> None:
    twin = ready_twin(sapi, GTIN)
    sapi.v1_job(twin, 3, "before")
    sapi.v1_job(twin, 25, "this")
    rows = csv_rows(sapi, "this")
    items = sapi.all_items(twin)[3:]
    assert [(r["id"], r["serial"], r["digitalTwinId"]) for r in rows] == [(i["id"], i["serial"], twin) for i in items]
    for row in rows:  # the demo account's default: a Digital Link on its domain
        assert row["carrierUrl"] == digital_link(GTIN, row["serial"], root="https://example.com/")


def test_csv_fields_are_quoted_and_digital_links_percent_encoded(sapi: SerialApi) -> None:
    twin = ready_twin(sapi, GTIN, length=6, strategy="RANDOM_ALPHANUMERIC", symbols=',"/%ab')
    sapi.v1_job(twin, 60, "quoted")
    response = sapi.get_v1("/jobs/serialization/quoted/csv")
    assert '"' in response.text  # some serials hold a comma or a quote
    rows = csv_rows(sapi, "quoted")
    assert [row["serial"] for row in rows] == [item["serial"] for item in sapi.all_items(twin)]
    for row in rows:
        assert row["carrierUrl"] == digital_link(GTIN, row["serial"], root="https://example.com/")


def test_a_serial_without_a_qr_code_has_an_empty_carrier_url_until_one_is_added() -> None:
    with make_app_client(sole_account_fixture(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"])) as client:
        api = SerialApi(client, SOLE_KEY, SOLE_ACCOUNT)
        twin = ready_twin(api, GTIN)
        api.v1_job(twin, 3, "wm")
        rows = csv_rows(api, "wm")
        assert [row["carrierUrl"] for row in rows] == ["", "", ""]
        carrier = api.ok(api.add_carrier(rows[1]["id"], "QR_CODE"))
        assert [row["carrierUrl"] for row in csv_rows(api, "wm")] == ["", carrier["carrierUrl"], ""]


def test_the_csv_is_streamed_in_chunks(sapi: SerialApi) -> None:
    sapi.v1_job(ready_twin(sapi), 25_000, "big")
    with sapi.client.stream("GET", sapi.v1("/jobs/serialization/big/csv"), headers=sapi.headers) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers
        chunks = [chunk for chunk in response.iter_raw() if chunk]
    assert len(chunks) >= 3
    assert b"".join(chunks).count(b"\r\n") == 25_001


@pytest.mark.slow
def test_a_million_serial_csv_streams_fast_with_flat_memory(sapi: SerialApi) -> None:
    import gc
    import time
    import tracemalloc

    from illuminate_mock.csv_export import job_csv

    twin = ready_twin(sapi, GTIN, length=10, strategy="RANDOM_ALPHANUMERIC", symbols="23456789BCDFGHJKLMNPQRSTVWXZ")
    sapi.v1_job(twin, 1_000_000, "million")
    started = time.perf_counter()
    lines = 0
    with sapi.client.stream("GET", sapi.v1("/jobs/serialization/million/csv"), headers=sapi.headers) as response:
        for chunk in response.iter_raw():
            lines += chunk.count(b"\r\n")
    rate = 1_000_000 / (time.perf_counter() - started)
    print(f"\nCSV of 1,000,000 serials: {rate:,.0f} serials/s (in process)")
    assert lines == 1_000_001
    assert rate > 50_000  # generous: about 200,000/s on the 2-core development machine

    # Flat memory: what the export holds does not grow with the number of serials it has sent.
    backend = sapi.client.app.state.service.backend
    job = backend.serial.named_jobs[ACCOUNT]["million"]
    twin_record = backend.store.twins.get(ACCOUNT, twin)
    assert twin_record is not None

    def peak_after(count: int) -> int:
        gc.collect()
        tracemalloc.start()
        try:
            for index, _ in enumerate(job_csv(job, twin_record, {}, chunk=1000)):
                if index * 1000 >= count:
                    break
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak_after(5_000), peak_after(40_000)
    print(f"export peak: {small / 2**20:.2f} MiB after 5,000 serials, {large / 2**20:.2f} MiB after 40,000")
    assert large - small < 512 * 1024
