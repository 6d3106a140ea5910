"""One pager for every cursor list operation (respx)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import httpx
import illuminate_client.api
import pytest
import respx
from illuminate_client.api.brands import list_brands
from illuminate_client.api.data_carriers import list_data_carriers
from illuminate_client.api.serials import list_serials
from illuminate_client.models.digital_twin_filter import DigitalTwinFilter
from illuminate_client.models.serial import Serial
from illuminate_sdk import AsyncIlluminate, Illuminate, PaginationError, SerialOrder

from .conftest import ACCOUNT, BASE, KEY, serial


def pages_of(*pages: list[dict[str, Any]], tokens: list[str] | None = None) -> list[httpx.Response]:
    tokens = tokens or [f"tok-{i}" for i in range(len(pages))]
    responses = []
    for i, items in enumerate(pages):
        last = i == len(pages) - 1
        headers = {"has-next-page": "false"} if last else {"has-next-page": "true", "next-page-token": tokens[i]}
        responses.append(httpx.Response(200, json=items, headers=headers))
    return responses


def test_items_of_every_page_in_order_following_the_tokens(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of([serial(1), serial(2)], [serial(3)], [serial(4)]))
        got = [
            s.serial for s in client.paginate(list_serials, digital_twin_id="t", order=SerialOrder.CREATED_ASC, first=2)
        ]
    assert got == ["00000001", "00000002", "00000003", "00000004"]
    sent = [call.request.url.params for call in route.calls]
    assert [p.get("after") for p in sent] == [None, "tok-0", "tok-1"]
    assert all(p["first"] == "2" and p["accountId"] == ACCOUNT and p["digitalTwinId"] == "t" for p in sent)


@pytest.mark.parametrize("target", [list_serials, list_serials.sync_detailed, list_serials.sync, list_serials.asyncio])
def test_takes_the_module_or_any_of_its_functions(client: Illuminate, target: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/serials").mock(side_effect=pages_of([serial(1)]))
        items = list(client.paginate(target, digital_twin_id="t", order=SerialOrder.CREATED_ASC))
    assert isinstance(items[0], Serial)


def test_page_level_access_and_resuming_from_a_cursor(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of([serial(1)], [serial(2)], [serial(3)]))
        pager = client.serials("t", first=1)
        pages = pager.pages()
        first = next(pages)
        assert (len(first), first.after, first.next_token, first.has_next) == (1, None, "tok-0", True)
        pages.close()
        # A new pager resumes where the first page ended.
        rest = [s.serial for s in client.serials("t", first=1, after=first.next_token)]
    assert rest == ["00000002", "00000003"]
    assert route.calls[1].request.url.params["after"] == "tok-0"


def test_resume_after_tracks_fully_consumed_pages(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/serials").mock(side_effect=pages_of([serial(1), serial(2)], [serial(3), serial(4)]))
        pager = client.serials("t", first=2)
        iterator = iter(pager)
        assert pager.resume_after is None
        next(iterator), next(iterator), next(iterator)
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
def test_broken_headers_stop_with_a_clear_error(client: Illuminate, headers: dict[str, str], needle: str) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").respond(json=[serial(1)], headers=headers)
        with pytest.raises(PaginationError, match=needle):
            list(client.serials("t"))
    assert route.call_count == 1


@pytest.mark.parametrize("tokens", [["a", "a"], ["a", "b", "a"]])
def test_a_repeated_token_stops_instead_of_looping(client: Illuminate, tokens: list[str]) -> None:
    pages = [[serial(i)] for i in range(len(tokens) + 1)]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").mock(side_effect=pages_of(*pages, tokens=[*tokens, "unused"]))
        with pytest.raises(PaginationError, match="already used"):
            list(client.serials("t"))
    assert route.call_count == len(tokens)


def test_the_starting_cursor_counts_as_used(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/serials").respond(json=[serial(1)], headers={"has-next-page": "true", "next-page-token": "start"})
        with pytest.raises(PaginationError):
            list(client.serials("t", after="start"))


def test_page_size_is_checked(client: Illuminate) -> None:
    with pytest.raises(ValueError, match="1 to 1000"):
        client.serials("t", first=1001)
    with pytest.raises(ValueError, match="1 to 1000"):
        client.serials("t", first=0)


def test_operations_without_cursors_are_refused(client: Illuminate) -> None:
    with pytest.raises(TypeError, match="not a cursor-paginated list"):
        client.paginate(list_data_carriers, filter_="{}")


def test_filters_are_models_dicts_or_json(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/brands").mock(side_effect=[*pages_of([]), *pages_of([]), *pages_of([])])
        list(client.paginate(list_brands, order="NAME_ASC", filter={"ids": ["b1"]}))
        list(client.paginate(list_brands, order="NAME_ASC", filter_='{"ids":["b1"]}'))
        list(client.paginate(list_brands, order="NAME_ASC", filter=DigitalTwinFilter.from_dict({"query": "x"})))
    filters = [c.request.url.params["filter"] for c in route.calls]
    assert filters == ['{"ids":["b1"]}', '{"ids":["b1"]}', '{"query":"x"}']
    with pytest.raises(ValueError, match="not valid JSON"):
        client.paginate(list_brands, order="NAME_ASC", filter_="{oops")


def _cursor_list_modules() -> list[Any]:
    found = []
    for info in pkgutil.walk_packages(illuminate_client.api.__path__, "illuminate_client.api."):
        module = importlib.import_module(info.name)
        detailed = getattr(module, "sync_detailed", None)
        if detailed and {"first", "after"} <= set(inspect.signature(detailed).parameters):
            found.append(module)
    return found


CURSOR_LISTS = _cursor_list_modules()


def test_the_generated_client_has_the_expected_cursor_lists() -> None:
    names = {m.__name__.rsplit(".", 1)[1] for m in CURSOR_LISTS}
    assert {"list_serials", "list_digital_twins", "list_products", "list_brands"} <= names
    assert len(names) == 9


@pytest.mark.parametrize("module", CURSOR_LISTS, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_one_mechanism_serves_every_cursor_list(client: Illuminate, module: Any) -> None:
    params = inspect.signature(module.sync_detailed).parameters
    required: dict[str, Any] = {}
    for name, param in params.items():
        if name in ("client", "account_id", "first", "after") or param.default is not inspect.Parameter.empty:
            continue
        annotation = param.annotation
        required[name] = (
            next(iter(annotation))
            if isinstance(annotation, type) and issubclass(annotation, __import__("enum").Enum)
            else "x"
        )
    path = module._get_kwargs(account_id=ACCOUNT, first=1, **required)["url"]
    with respx.mock(base_url=BASE) as router:
        router.get(path).mock(side_effect=pages_of([], []))
        assert list(client.paginate(module, first=1000, **required)) == []


@pytest.mark.anyio
async def test_async_for_over_items_and_pages() -> None:
    async with AsyncIlluminate(KEY, account_id=ACCOUNT, base_url=BASE) as client:
        with respx.mock(base_url=BASE) as router:
            router.get("/serials").mock(side_effect=[*pages_of([serial(1)], [serial(2)]), *pages_of([serial(3)])])
            got = [s.serial async for s in client.serials("t", first=1)]
            pages = [
                len(p)
                async for p in client.paginate(
                    list_serials.asyncio_detailed, digital_twin_id="t", order=SerialOrder.CREATED_ASC
                ).pages()
            ]
    assert got == ["00000001", "00000002"]
    assert pages == [1]
