"""The one pager with body cursors (``limit``/``cursor``, ``pageInfo``): the 2025 lists (respx, both faces).

The same rules as for header cursors: every page in order, resumable, and a broken ``pageInfo`` (missing or
garbled flag, a missing or repeated cursor, empty pages that promise more) stops with PaginationError.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from illuminate_client.api.serial_items import list_digital_twin_serials
from illuminate_client.api.serialization_jobs import get_serialization_job, list_serialization_jobs
from illuminate_client.models.serial_item import SerialItem
from illuminate_client.models.serialization_job import SerializationJob
from illuminate_sdk import MAX_EMPTY_PAGES, MAX_PAGE_SIZE, PaginationError, UnexpectedResponseError
from illuminate_sdk._arguments import operation
from illuminate_spec.loader import load_spec

from tests.sdk.helpers import ACCOUNT, STAMP, V1
from tests.sdk.operations import (
    generated_operations,
    operation_name,
    same_operations,
    spec_operations_with,
    walk_every_page,
)

SERIALS = f"{V1}/digitalTwins/t/serials"


def item(index: int) -> dict[str, Any]:
    """A serial item as the 2025 document's Get Serials sample shows it."""
    return {
        "id": f"serial-{index}",
        "serial": f"{100000 + index}",
        "digitalTwinId": "t",
        "accountId": ACCOUNT,
        "allocationSpace": "space-1",
        "attributes": {},
        "created": STAMP,
        "createdById": "user1",
        "modified": STAMP,
        "modifiedById": "smh-cloudrun-sa",
        "flags": {"flag1": False},
    }


def job(index: int) -> dict[str, Any]:
    return {"id": f"job-{index}", "status": "COMPLETED", "identifier": f"job_{index}"}


def pages(
    *sizes: int, key: str = "serials", make: Any = item, cursors: list[Any] | None = None
) -> list[httpx.Response]:
    """One answer per page, numbered on from 1; each but the last says there is more, with a fresh cursor."""
    cursors = cursors or [f"cur-{i}" for i in range(len(sizes))]
    answers, number = [], 1
    for i, size in enumerate(sizes):
        last = i == len(sizes) - 1
        info = {"hasNextPage": False} if last else {"hasNextPage": True, "nextCursor": cursors[i]}
        answers.append(
            httpx.Response(200, json={key: [make(n) for n in range(number, number + size)], "pageInfo": info})
        )
        number += size
    return answers


def test_every_item_in_order_following_next_cursor(client: Any) -> None:
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=pages(2, 1, 2))
        got = [s.serial for s in client.serial_items("t")]
    assert got == [f"{100000 + n}" for n in range(1, 6)]
    sent = [call.request.url.params for call in route.calls]
    assert [p.get("cursor") for p in sent] == [None, "cur-0", "cur-1"]
    assert all(p["limit"] == str(MAX_PAGE_SIZE) for p in sent)  # the default page size


def test_the_pager_tells_the_style_from_the_operations_parameters(client: Any) -> None:
    assert operation(list_digital_twin_serials).cursor_style.start == "cursor"
    assert operation(list_serialization_jobs).cursor_style.items == "jobs"
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=pages(1, 1))
        items = list(client.paginate(list_digital_twin_serials, digital_twin_id="t", limit=1))
        router.get(f"{V1}/jobs/serialization").mock(side_effect=pages(2, 1, key="jobs", make=job))
        jobs = list(client.paginate(list_serialization_jobs.sync, first=2))  # first= is limit= for body cursors
    assert [type(i) for i in items] == [SerialItem, SerialItem]
    assert [j.identifier for j in jobs] == ["job_1", "job_2", "job_3"]
    assert [type(j) for j in jobs] == [SerializationJob] * 3
    assert [c.request.url.params["limit"] for c in route.calls] == ["1", "1"]


def test_one_job_takes_limit_and_cursor_but_is_no_list(client: Any) -> None:
    with pytest.raises(TypeError, match="not a paginated list"):
        client.paginate(get_serialization_job, job_identifier="job_1")


def test_the_two_names_of_a_knob_are_one(client: Any) -> None:
    with pytest.raises(TypeError, match="first= or limit="):
        client.paginate(list_serialization_jobs, first=10, limit=10)
    with pytest.raises(TypeError, match="after= or cursor="):
        client.paginate(list_serialization_jobs, after="a", cursor="a")
    with pytest.raises(ValueError, match=f"limit is the page size: 1 to {MAX_PAGE_SIZE}"):
        client.jobs(limit=MAX_PAGE_SIZE + 1)


def test_pages_resume_from_a_cursor(client: Any) -> None:
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=pages(1, 1, 1))
        walk = client.serial_items("t", limit=1).pages()
        first = next(walk)
        assert (len(first), first.after, first.next_token, first.has_next) == (1, None, "cur-0", True)
        walk.close()
        rest = [s.id for s in client.serial_items("t", limit=1, cursor=first.next_token)]
    assert rest == ["serial-2", "serial-3"]
    assert route.calls[1].request.url.params["cursor"] == "cur-0"


def test_the_flags_filter_and_picking_one_serial(client: Any) -> None:
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=[*pages(1), *pages(1), *pages(1)])
        list(client.serial_items("t", flags={"flag1": True, "flag2": False}))
        list(client.serial_items("t", flags="flag1=false"))
        list(client.serial_items("t", serial="100001"))
    params = [c.request.url.params for c in route.calls]
    assert params[0]["flags"] == "flag1=true,flag2=false"
    assert params[1]["flags"] == "flag1=false"
    assert params[2]["serial"] == "100001"
    assert "flags" not in params[2]
    with pytest.raises(ValueError, match="cannot be filtered on"):
        client.serial_items("t", flags={"a=b": True})
    with pytest.raises(TypeError, match="True or False"):
        client.serial_items("t", flags={"flag1": "yes"})


@pytest.mark.parametrize(
    ("page_info", "needle"),
    [
        (None, "no pageInfo object"),
        ({}, "no pageInfo.hasNextPage"),
        ({"hasNextPage": "yes", "nextCursor": "x"}, "pageInfo.hasNextPage is 'yes'"),
        ({"hasNextPage": True}, "pageInfo.nextCursor is missing or empty"),
        ({"hasNextPage": True, "nextCursor": ""}, "pageInfo.nextCursor is missing or empty"),
        ({"hasNextPage": True, "nextCursor": None}, "pageInfo.nextCursor is missing or empty"),
        ({"hasNextPage": True, "nextCursor": 7}, "pageInfo.nextCursor is 7"),
    ],
    ids=["no-pageInfo", "no-flag", "garbled-flag", "no-cursor", "empty-cursor", "null-cursor", "number-cursor"],
)
def test_a_broken_page_info_stops_with_a_clear_error(client: Any, page_info: Any, needle: str) -> None:
    body: dict[str, Any] = {"serials": [item(1)]}
    if page_info is not None:
        body["pageInfo"] = page_info
    with respx.mock() as router:
        route = router.get(SERIALS).respond(json=body)
        with pytest.raises(PaginationError, match=needle):
            list(client.serial_items("t"))
    assert route.call_count == 1


def test_other_broken_pages_stay_unexpected_responses(client: Any) -> None:
    """Only a broken pageInfo is a pagination error: a bad item is a body that breaks the spec."""
    bad = {**item(1), "serial": 12345}
    with respx.mock() as router:
        router.get(SERIALS).respond(json={"serials": [bad], "pageInfo": {"hasNextPage": False}})
        with pytest.raises(UnexpectedResponseError, match="serial"):
            list(client.serial_items("t"))


def test_a_204_page_has_no_page_info(client: Any) -> None:
    with respx.mock() as router:
        router.get(SERIALS).respond(204)
        with pytest.raises(PaginationError, match="no pageInfo"):
            list(client.serial_items("t"))


@pytest.mark.parametrize("cursors", [["a", "a"], ["a", "b", "a"]])
def test_a_repeated_cursor_stops_instead_of_looping(client: Any, cursors: list[str]) -> None:
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=pages(*[1] * (len(cursors) + 1), cursors=[*cursors, "unused"]))
        with pytest.raises(PaginationError, match="already used"):
            list(client.serial_items("t"))
    assert route.call_count == len(cursors)


def test_the_starting_cursor_counts_as_used(client: Any) -> None:
    with respx.mock() as router:
        router.get(SERIALS).respond(json={"serials": [item(1)], "pageInfo": {"hasNextPage": True, "nextCursor": "s"}})
        with pytest.raises(PaginationError, match="already used"):
            list(client.serial_items("t", cursor="s"))


def test_empty_pages_that_promise_more_stop_instead_of_looping(client: Any) -> None:
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=pages(*[0] * (MAX_EMPTY_PAGES * 10)))
        with pytest.raises(PaginationError, match=f"{MAX_EMPTY_PAGES} empty pages in a row"):
            list(client.serial_items("t"))
    assert route.call_count == MAX_EMPTY_PAGES


def test_fewer_empty_pages_in_a_row_are_followed(client: Any) -> None:
    sizes = [0] * (MAX_EMPTY_PAGES - 1) + [1] + [0] * (MAX_EMPTY_PAGES - 1) + [1]
    with respx.mock() as router:
        route = router.get(SERIALS).mock(side_effect=pages(*sizes))
        got = [s.id for s in client.serial_items("t")]
    assert len(got) == 2
    assert route.call_count == len(sizes)


def test_jobs_pages_the_job_list(client: Any) -> None:
    with respx.mock() as router:
        route = router.get(f"{V1}/jobs/serialization").mock(side_effect=pages(2, 2, key="jobs", make=job))
        got = [j.identifier for j in client.jobs(limit=2)]
    assert got == ["job_1", "job_2", "job_3", "job_4"]
    assert [c.request.url.params.get("cursor") for c in route.calls] == [None, "cur-0"]


# ------------------------------------------------------------------ every body-cursor list of the spec


def _pages_with_page_info(op: dict[str, Any]) -> bool:
    """Whether the operation's answer pages with pageInfo."""
    spec = load_spec()
    content = op["responses"].get("200", {}).get("content", {})
    schema = spec.resolve(content["application/json"]["schema"]) if "application/json" in content else {}
    return "pageInfo" in schema.get("properties", {})


BODY_LISTS = generated_operations(
    lambda module: (style := operation(module).cursor_style) is not None and style.start == "cursor"
)


def test_the_generated_client_has_every_body_cursor_list_of_the_spec() -> None:
    lists = [op for op in spec_operations_with({"limit", "cursor"}) if _pages_with_page_info(op)]
    assert len(same_operations(BODY_LISTS, lists)) == 2


@pytest.mark.parametrize("module", BODY_LISTS, ids=operation_name)
def test_one_mechanism_serves_every_body_cursor_list(client: Any, module: Any) -> None:
    answers = pages(*[0] * (MAX_EMPTY_PAGES - 1), key=operation(module).cursor_style.items)
    walk_every_page(client, module, answers, "limit", "cursor")
