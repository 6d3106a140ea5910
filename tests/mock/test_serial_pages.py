"""Pages of ``GET /rest/serials`` rendered straight to bytes, and cached: the same bytes as ever, never stale.

- ``serial_pages.render_page`` gives, byte for byte, what encoding
  ``render.serial`` of each serial gives, for any jobs, cursor, order, page
  size, alphabet (CSET 82 has ``"``) and marks (what was set on a serial
  since, with stamps that need escaping);
- the cache serves a page again only while all it shows is unchanged: a
  flag set on a serial, a new job, another twin's jobs change the answer.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from illuminate_mock import render
from illuminate_mock.models import Job, SerialMark
from illuminate_mock.models.base import Stamp
from illuminate_mock.serial_pages import PageCache, cached_page, render_page
from illuminate_mock.serials import CSET_82, AllocationSettings, AllocationSpace, Strategy, serial_at

from tests.mock.helpers import ACCOUNT, EDITOR_KEY
from tests.mock.serial_helpers import SerialApi, make_app_client

SEED = "90a1bc2d34567ef8901a2bc3d4e56fa7"
SETTINGS = {
    "numeric": AllocationSettings(8, Strategy.RANDOM_NUMERIC),
    "sequential": AllocationSettings(6, Strategy.SEQUENTIAL_NUMERIC),
    "cset82": AllocationSettings(12, Strategy.RANDOM_ALPHANUMERIC, CSET_82),
}


def make_jobs(settings: AllocationSettings, sizes: list[int], gap: int) -> list[Job]:
    space = AllocationSpace.create(settings, seed=SEED)
    jobs = []
    for number, size in enumerate(sizes):
        if gap:
            space.allocate(gap)  # another twin's (or a failed job's) indices in between
        first, last = space.allocate(size)
        jobs.append(
            Job(
                id=f"job-{number}",
                account_id=ACCOUNT,
                twin_id="twin-é",
                space=space,
                first_index=first,
                last_index=last,
                allocation_level="ACCOUNT",
                carrier_types=(),
                default_domain="https://example.com/",
                default_url_format="DigitalLink",
                created_by='user "q"',
                started_at=datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
                pending_seconds=0,
                run_seconds=0,
            )
        )
    return jobs


def reference(
    jobs: list[Job], after: int | None, descending: bool, first: int, marks: dict[int, SerialMark]
) -> tuple[bytes, str | None]:
    """The page as the mock built it before: every serial in order, as a dict, then encoded."""
    items: list[dict[str, Any]] = []
    for job in sorted(jobs, key=lambda j: j.first_index, reverse=descending):
        indices = range(job.first_index, job.last_index + 1)
        for index in reversed(indices) if descending else indices:
            if after is not None and (index >= after if descending else index <= after):
                continue
            items.append(render.serial(job, index, serial_at(job.space, index), marks.get(index)))
    page = items[:first]
    return render.encode(page), page[-1]["id"] if len(items) > first else None


@settings(max_examples=150, deadline=None, database=None)
@given(
    name=st.sampled_from(sorted(SETTINGS)),
    sizes=st.lists(st.integers(1, 12), min_size=1, max_size=3),
    gap=st.integers(0, 3),
    after_offset=st.none() | st.integers(-2, 45),
    descending=st.booleans(),
    first=st.integers(1, 40),
    marked=st.sets(st.integers(1, 45), max_size=5),
)
def test_a_page_is_byte_for_byte_what_render_serial_gives(
    name: str,
    sizes: list[int],
    gap: int,
    after_offset: int | None,
    descending: bool,
    first: int,
    marked: set[int],
) -> None:
    jobs = make_jobs(SETTINGS[name], sizes, gap)
    marks = {index: SerialMark(1, None, Stamp("2025-02-03T00:00:00.000Z", 'ed "\\ ø', 7)) for index in marked}
    for these in ({}, marks):
        assert render_page(jobs, after_offset, descending, first, these) == reference(
            jobs, after_offset, descending, first, these
        )


def test_the_cache_keeps_a_bounded_number_of_pages_and_bytes() -> None:
    cache = PageCache(max_entries=3, max_bytes=100)
    for number in range(5):
        cache.put(number, (b"x" * 10, None))
    assert len(cache) == 3
    assert cache.get(0) is None
    assert cache.get(4) == (b"x" * 10, None)
    cache.put("big", (b"y" * 95, None))
    assert len(cache) == 1
    assert cache.get("big") is not None
    cache.put("huge", (b"z" * 101, None))  # larger than the whole budget: never kept
    assert cache.get("huge") is None


def test_a_page_with_marked_serials_is_never_taken_from_the_cache() -> None:
    jobs = make_jobs(SETTINGS["numeric"], [5], 0)
    plain = cached_page(jobs, None, False, 5, {})
    assert cached_page(jobs, None, False, 5, {}) is plain  # the cached page itself
    marks = {2: SerialMark(0, None, Stamp("2030-01-01T00:00:00.000Z", "someone", 9))}
    changed = cached_page(jobs, None, False, 5, marks)
    assert changed != plain
    assert b"someone" in changed[0]


@pytest.fixture
def sapi() -> Any:
    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC"))
        yield api


def test_a_served_page_follows_every_change_of_what_it_shows(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.job(twin, 5)
    query = {"digitalTwinId": twin, "first": 3, "order": "CREATED_ASC"}
    before = sapi.get("/rest/serials", **query)
    assert sapi.get("/rest/serials", **query).content == before.content  # the same page, served again
    assert before.headers["has-next-page"] == "true"
    serial = sapi.ok(before)[1]
    response = sapi.put_v1(sapi.serial_path(twin, serial["id"], "/flags/flag1"), value="true")
    assert response.status_code == 200, response.text
    after = sapi.ok(sapi.get("/rest/serials", **query))
    assert after[0] == sapi.ok(before)[0]
    assert after[1]["modified"] != serial["modified"] or after[1]["modifiedById"] != serial["modifiedById"]
    # Another job of the twin: the last page grows, and says so.
    last = {**query, "first": 1000}
    assert len(sapi.ok(sapi.get("/rest/serials", **last))) == 5
    sapi.job(twin, 2)
    assert len(sapi.ok(sapi.get("/rest/serials", **last))) == 7
    # Another twin's page is its own.
    other = sapi.product_twin(identifier="09506000134369")
    sapi.job(other, 1)
    assert len(sapi.ok(sapi.get("/rest/serials", **{**last, "digitalTwinId": other}))) == 1
