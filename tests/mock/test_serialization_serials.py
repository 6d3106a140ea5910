"""The serials of the Serialization API, held against the mock over HTTP: serials have the set length over
the right characters (sequential ones counting across jobs, random ones not), are unique, and exhaust
their twin's space exactly (409 for more than is left, every twin with a space of its own); the serial
list's CREATED_* and MODIFIED_* orders, its opaque cursors followed to every serial once, its page
headers and limits and its refusals; and a 1,000,000-serial job that costs no memory per serial.
Source: shared/reference/illuminate-serialization-api.md ("serial listing") and the spec's decisions
(409 for exhausted spaces, opaque cursors, MODIFIED_* sorting like CREATED_*).
"""

from __future__ import annotations

import gc
import itertools
import re
import tracemalloc
from typing import Any

import pytest

from tests.mock.serial_helpers import CSET_82, SerialApi, error_fields
from tests.mock.serialization_helpers import ALNUM, NUMERIC, SEQUENTIAL, no_errors

# ==================================================================== serials

SERIAL_SHAPES = [
    pytest.param(SEQUENTIAL, r"[0-9]{6}", id="sequential"),
    pytest.param({**SEQUENTIAL, "symbols": "abc"}, r"[0-9]{6}", id="sequential-ignores-symbols"),
    pytest.param({"length": 12, "strategy": "RANDOM_NUMERIC"}, r"[0-9]{12}", id="random-numeric"),
    pytest.param({"length": 7, "strategy": "RANDOM_NUMERIC", "symbols": "abc"}, r"[0-9]{7}", id="numeric-ignores-sym"),
    pytest.param(ALNUM, r"[hapc]{10}", id="random-alphanumeric"),
    pytest.param({"length": 20, "strategy": "RANDOM_ALPHANUMERIC", "symbols": CSET_82}, None, id="alnum-cset82"),
    pytest.param({"length": 6, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "!%&/"}, r"[!%&/]{6}", id="punctuation"),
]


@pytest.mark.parametrize(("settings", "pattern"), SERIAL_SHAPES)
def test_serials_have_the_set_length_over_the_right_characters(
    sapi: SerialApi, settings: dict[str, Any], pattern: str | None
) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **settings))
    sapi.job(twin, 200)
    sapi.job(twin, 100)
    values = sapi.serial_values(twin)
    assert len(values) == len(set(values)) == 300
    regex = re.compile(pattern or "[" + re.escape(CSET_82) + "]{20}")
    assert [v for v in values if not regex.fullmatch(v)] == []
    if settings["strategy"] == "SEQUENTIAL_NUMERIC":
        numbers = [int(v) for v in values]  # consecutive numbers, across jobs too
        assert numbers == list(range(numbers[0], numbers[0] + 300))
    else:
        assert values != sorted(values)  # random, not counting
    if settings["strategy"] == "RANDOM_ALPHANUMERIC":
        assert set("".join(values)) == set(settings["symbols"])  # every symbol is used


def test_serials_are_unique_and_the_space_is_exhausted_exactly(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))  # 3**6 = 729
    jobs = [sapi.job(twin, 300)["id"], sapi.job(twin, 300)["id"]]
    refused = sapi.start_job(twin, 130)  # one more than is left
    assert refused.status_code == 409
    assert error_fields(refused) == {"body.serialCount"}
    jobs.append(sapi.job(twin, 129)["id"])  # exactly what is left: nothing was taken by the refusal
    statuses = [sapi.status(job) for job in jobs]
    assert [s["data"]["range"] for s in statuses] == [[1, 300], [301, 600], [601, 729]]
    listed = sapi.all_serials(twin)
    values = [s["serial"] for s in listed]
    assert len(values) == len(set(values)) == 729
    assert set(values) == {"".join(p) for p in itertools.product("abc", repeat=6)}
    assert len({s["id"] for s in listed}) == 729
    for count in (1, 729):
        refused = sapi.start_job(twin, count)
        assert refused.status_code == 409
        assert error_fields(refused) == {"body.serialCount"}
    assert [sapi.status(job) for job in jobs] == statuses
    assert sapi.all_serials(twin) == listed


def test_a_first_job_larger_than_the_space_is_refused(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))
    refused = sapi.start_job(twin, 730)
    assert (refused.status_code, error_fields(refused)) == (409, {"body.serialCount"})
    assert sapi.status(sapi.job(twin, 729)["id"])["data"]["range"] == [1, 729]


@pytest.mark.parametrize("count", [0, -5, 2.5, "10"])
def test_serial_count_must_be_a_positive_integer(sapi: SerialApi, count: object) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))
    response = sapi.post("/rest/jobs/serialGeneration", {"digitalTwinId": twin, "serialCount": count})
    assert (response.status_code, error_fields(response)) == (400, {"body.serialCount"})
    assert sapi.client.app.state.service.backend.serial.jobs == {}


def test_twins_have_spaces_of_their_own(sapi: SerialApi) -> None:
    sapi.ok(sapi.set_account_settings(length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))
    first, second = sapi.product_twin(), sapi.product_twin()
    sapi.job(first, 729)
    assert sapi.start_job(first, 1).status_code == 409
    sapi.job(second, 729)  # the other twin's space is still whole
    assert set(sapi.serial_values(first)) == set(sapi.serial_values(second))


# ==================================================================== listing


def serial_twin(api: SerialApi, *counts: int) -> str:
    twin = api.product_twin()
    api.ok(api.set_twin_settings(twin, **NUMERIC))
    for count in counts:
        api.job(twin, count)
    return twin


def test_created_desc_is_the_exact_reverse_and_modified_sorts_like_created(sapi: SerialApi) -> None:
    twin = serial_twin(sapi, 30, 20, 7)
    asc = [s["id"] for s in sapi.all_serials(twin, "CREATED_ASC", first=8)]
    desc = [s["id"] for s in sapi.all_serials(twin, "CREATED_DESC", first=5)]
    assert len(set(asc)) == 57
    assert desc == asc[::-1]
    assert [s["id"] for s in sapi.all_serials(twin, "MODIFIED_ASC", first=9)] == asc
    assert [s["id"] for s in sapi.all_serials(twin, "MODIFIED_DESC", first=1000)] == desc
    created = [s["created"] for s in sapi.all_serials(twin)]
    assert created == sorted(created)


@pytest.mark.parametrize(("total", "first"), [(50, 7), (49, 7), (5, 1000), (1000, 1000), (1001, 1000), (3, 1)])
def test_following_tokens_visits_every_serial_once(sapi: SerialApi, total: int, first: int) -> None:
    twin = serial_twin(sapi, total)
    pages = list(sapi.serial_pages(twin, "CREATED_ASC", first))
    assert [len(p) for p in pages] == [first] * (total // first) + ([total % first] if total % first else [])
    ids = [s["id"] for page in pages for s in page]
    assert len(ids) == len(set(ids)) == total
    for page in pages:
        no_errors("Serial", page[0])


def test_page_headers_and_limits(sapi: SerialApi) -> None:
    twin = serial_twin(sapi, 10)
    response = sapi.get("/rest/serials", digitalTwinId=twin, first=4, order="CREATED_ASC")
    assert response.headers["has-next-page"] == "true"
    assert response.headers["next-page-token"]
    last = sapi.get("/rest/serials", digitalTwinId=twin, first=10, order="CREATED_ASC")
    assert last.headers["has-next-page"] == "false"
    assert "next-page-token" not in last.headers
    for bad in (0, 1001):
        refused = sapi.get("/rest/serials", digitalTwinId=twin, first=bad, order="CREATED_ASC")
        assert (refused.status_code, error_fields(refused)) == (400, {"query.first"})
    refused = sapi.get("/rest/serials", digitalTwinId=twin, first=10, order="NAME_ASC")
    assert (refused.status_code, error_fields(refused)) == (400, {"query.order"})


def test_a_twin_without_serials_lists_nothing(sapi: SerialApi) -> None:
    response = sapi.get("/rest/serials", digitalTwinId=sapi.product_twin(), first=10, order="CREATED_ASC")
    assert (response.json(), response.headers["has-next-page"]) == ([], "false")


@pytest.mark.parametrize("cursor", ["other-twin", "garbage", "dddd4444-5fe4-32dc-b10a-987654fedcba"])
def test_foreign_or_garbage_cursor_is_refused_naming_query_after(sapi: SerialApi, cursor: str) -> None:
    """The spec (parameter ``After``): a cursor the service does not know is answered with 404."""
    twin, other = serial_twin(sapi, 10), serial_twin(sapi, 10)
    if cursor == "other-twin":
        cursor = sapi.all_serials(other)[3]["id"]
    response = sapi.get("/rest/serials", digitalTwinId=twin, first=5, order="CREATED_ASC", after=cursor)
    assert response.status_code == 404
    assert error_fields(response) == {"query.after"}


def test_empty_cursor_is_400(sapi: SerialApi) -> None:
    response = sapi.get("/rest/serials", digitalTwinId=serial_twin(sapi, 3), first=5, order="CREATED_ASC", after="")
    assert (response.status_code, error_fields(response)) == (400, {"query.after"})


def test_unknown_twin_listing_is_404(sapi: SerialApi) -> None:
    response = sapi.get("/rest/serials", digitalTwinId="no-such-twin", first=5, order="CREATED_ASC")
    assert (response.status_code, error_fields(response)) == (404, {"query.digitalTwinId"})


# ====================================================================== scale


def job_memory(api: SerialApi, count: int) -> tuple[str, str, int]:
    """Start and poll a ``count``-serial job on a new twin: (twin, job, bytes the mock kept for it)."""
    twin = api.product_twin()
    api.ok(api.set_twin_settings(twin, **NUMERIC))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        job = api.job(twin, count)["id"]
        status = api.status(job)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert (status["status"], status["data"]["range"]) == ("COMPLETED", [1, count])
    return twin, job, grown


def test_a_million_serials_cost_no_memory_per_serial(sapi: SerialApi) -> None:
    warm = serial_twin(sapi, 10)  # first use of every code path, outside the measurement
    sapi.ok(sapi.get("/rest/serials", digitalTwinId=warm, first=5, order="CREATED_DESC"))
    _, _, small = job_memory(sapi, 10)
    twin, _, grown = job_memory(sapi, 1_000_000)
    assert grown < 1024 * 1024, f"the state grew by {grown} bytes for one job"
    # Whatever a job costs (its record, its twin's allocation space), it costs it whatever its size.
    assert grown - small < 64 * 1024, f"a 1,000,000-serial job kept {grown} bytes, a 10-serial one {small}"

    first = sapi.get("/rest/serials", digitalTwinId=twin, first=1000, order="CREATED_ASC")
    last = sapi.get("/rest/serials", digitalTwinId=twin, first=1000, order="CREATED_DESC")
    head, tail = sapi.ok(first), sapi.ok(last)
    assert len(head) == len(tail) == 1000
    assert first.headers["has-next-page"] == last.headers["has-next-page"] == "true"
    values = [s["serial"] for s in head + tail]
    assert len(set(values)) == 2000
    assert all(re.fullmatch(r"[0-9]{8}", v) for v in values)
    # The DESC page holds the very last serials: after the second-to-last, only the last remains.
    after_penultimate = sapi.get(
        "/rest/serials", digitalTwinId=twin, first=1000, order="CREATED_ASC", after=tail[1]["id"]
    )
    assert [s["id"] for s in sapi.ok(after_penultimate)] == [tail[0]["id"]]
    assert after_penultimate.headers["has-next-page"] == "false"
