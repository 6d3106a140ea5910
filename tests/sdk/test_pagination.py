"""One pager for every cursor list operation (respx, both faces).

Every test counts the pages the pager asked for, so a pager that stopped
after page 1 (or went on past the last) fails.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import respx
from illuminate_client.api.brands import list_brands
from illuminate_client.api.data_carriers import list_data_carriers
from illuminate_client.api.serials import list_serials
from illuminate_client.models.digital_twin_filter import DigitalTwinFilter
from illuminate_client.models.serial import Serial
from illuminate_sdk import MAX_EMPTY_PAGES, MAX_PAGE_SIZE, PaginationError, SerialOrder

from tests.sdk.helpers import ACCOUNT, BASE, pages_of, serial
from tests.sdk.operations import (
    generated_operations,
    operation_name,
    same_operations,
    spec_operations_with,
    walk_every_page,
)


def serial_pages(*sizes: int) -> list[list[dict[str, Any]]]:
    """Pages of serials numbered on from 1, of the given sizes."""
    pages, number = [], 1
    for size in sizes:
        pages.append([serial(i) for i in range(number, number + size)])
        number += size
    return pages


def test_items_of_every_page_in_order_following_the_tokens(client: Any) -> None:
    pages = serial_pages(2, 1, 1)
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages))
        got = [s.serial for s in client.paginate(list_serials, digital_twin_id="t", order=SerialOrder.CREATED_ASC)]
    assert got == [item["serial"] for page in pages for item in page]
    sent = [call.request.url.params for call in route.calls]
    assert [p.get("after") for p in sent] == [None] + [f"tok-{i}" for i in range(len(pages) - 1)]
    assert all(p["accountId"] == ACCOUNT and p["digitalTwinId"] == "t" for p in sent)
    assert all(p["first"] == str(MAX_PAGE_SIZE) for p in sent)  # the default page size


@pytest.mark.parametrize("target", [list_serials, list_serials.sync_detailed, list_serials.sync, list_serials.asyncio])
def test_takes_the_module_or_any_of_its_functions(client: Any, target: Any) -> None:
    pages = serial_pages(1, 1)
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages))
        items = list(client.paginate(target, digital_twin_id="t", order=SerialOrder.CREATED_ASC))
    assert [type(i) for i in items] == [Serial] * len(pages)
    assert route.call_count == len(pages)


def test_page_level_access_and_resuming_from_a_cursor(client: Any) -> None:
    pages = serial_pages(1, 1, 1)
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages))
        walk = client.serials("t", first=1).pages()
        first = next(walk)
        assert (len(first), first.after, first.next_token, first.has_next) == (1, None, "tok-0", True)
        walk.close()
        # A new pager resumes where the first page ended.
        rest = [s.serial for s in client.serials("t", first=1, after=first.next_token)]
    assert rest == [page[0]["serial"] for page in pages[1:]]
    assert route.call_count == len(pages)
    assert route.calls[1].request.url.params["after"] == first.next_token


def test_pages_are_counted_and_the_last_one_ends_the_walk(client: Any) -> None:
    pages = serial_pages(3, 3, 2)
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages))
        seen = [(len(page), page.has_next) for page in client.serials("t", first=3).pages()]
    assert seen == [(len(page), i < len(pages) - 1) for i, page in enumerate(pages)]
    assert route.call_count == len(pages)


def test_resume_after_tracks_fully_consumed_pages(client: Any) -> None:
    pages = serial_pages(2, 2)
    with respx.mock(base_url=BASE) as router:
        router.get("/serials").mock(side_effect=pages_of(*pages))
        pager = client.serials("t", first=2)
        items = iter(pager)
        assert pager.resume_after is None
        for _ in range(len(pages[0]) + 1):
            next(items)
        assert pager.resume_after == "tok-0"  # page 1 done, page 2 in progress


@pytest.mark.parametrize(
    ("headers", "needle"),
    [
        ({"has-next-page": "true"}, "next-page-token is missing"),
        ({"has-next-page": "true", "next-page-token": ""}, "next-page-token is missing"),
        ({}, "no has-next-page header"),
        ({"has-next-page": "maybe", "next-page-token": "x"}, "'maybe'"),
    ],
)
def test_broken_headers_stop_with_a_clear_error(client: Any, headers: dict[str, str], needle: str) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").respond(json=[serial(1)], headers=headers)
        with pytest.raises(PaginationError, match=needle):
            list(client.serials("t"))
    assert route.call_count == 1


@pytest.mark.parametrize("tokens", [["a", "a"], ["a", "b", "a"]])
def test_a_repeated_token_stops_instead_of_looping(client: Any, tokens: list[str]) -> None:
    pages = serial_pages(*[1] * (len(tokens) + 1))
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages, tokens=[*tokens, "unused"]))
        with pytest.raises(PaginationError, match="already used"):
            list(client.serials("t"))
    assert route.call_count == len(tokens)


def test_the_starting_cursor_counts_as_used(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/serials").respond(json=[serial(1)], headers={"has-next-page": "true", "next-page-token": "start"})
        with pytest.raises(PaginationError):
            list(client.serials("t", after="start"))


def test_empty_pages_with_fresh_tokens_stop_instead_of_looping(client: Any) -> None:
    """A server that answers empty pages, each with has-next-page: true and a new token, forever."""
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*[[]] * (MAX_EMPTY_PAGES * 10)))
        with pytest.raises(PaginationError, match=f"{MAX_EMPTY_PAGES} empty pages in a row"):
            list(client.serials("t"))
    assert route.call_count == MAX_EMPTY_PAGES


def test_fewer_empty_pages_in_a_row_are_followed(client: Any) -> None:
    """An item resets the count: only pages that make no progress, one after another, stop the pager."""
    gap: list[list[dict[str, Any]]] = [[]] * (MAX_EMPTY_PAGES - 1)
    pages = [*gap, [serial(1)], *gap, [serial(2)]]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages))
        got = [s.serial for s in client.serials("t")]
    assert got == [serial(1)["serial"], serial(2)["serial"]]
    assert route.call_count == len(pages)


def test_page_size_is_checked(client: Any) -> None:
    for first in (0, MAX_PAGE_SIZE + 1):
        with pytest.raises(ValueError, match=f"1 to {MAX_PAGE_SIZE}"):
            client.serials("t", first=first)


def test_operations_without_cursors_are_refused(client: Any) -> None:
    with pytest.raises(TypeError, match="not a paginated list"):
        client.paginate(list_data_carriers, filter_="{}")


def test_filters_are_models_dicts_or_json(client: Any) -> None:
    filters = [{"ids": ["b1"]}, '{"ids":["b1"]}', DigitalTwinFilter.from_dict({"query": "x"})]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/brands").mock(side_effect=[response for _ in filters for response in pages_of([])])
        for given in filters:
            list(client.paginate(list_brands, order="NAME_ASC", filter=given))
    assert [c.request.url.params["filter"] for c in route.calls] == [
        '{"ids":["b1"]}',
        '{"ids":["b1"]}',
        '{"query":"x"}',
    ]
    with pytest.raises(ValueError, match="not valid JSON"):
        client.paginate(list_brands, order="NAME_ASC", filter_="{oops")


CURSOR_LISTS = generated_operations(
    lambda module: {"first", "after"} <= set(inspect.signature(module._get_kwargs).parameters)
)


def test_the_generated_client_has_every_cursor_list_of_the_spec() -> None:
    same_operations(CURSOR_LISTS, spec_operations_with({"first", "after"}))


@pytest.mark.parametrize("module", CURSOR_LISTS, ids=operation_name)
def test_one_mechanism_serves_every_cursor_list(client: Any, module: Any) -> None:
    pages: list[list[Any]] = [[]] * (MAX_EMPTY_PAGES - 1)  # empty: any item model would do, none is needed
    walk_every_page(client, module, pages_of(*pages), "first", "after")
