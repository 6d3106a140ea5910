"""The 2025 API's serial items, the twin's serial list: every flag and the attributes with a value, pages that
follow ``nextCursor`` to every serial once (an unknown cursor is 404), the required ``limit`` of at most 1000,
picking one serial by id or value, and the ``flags`` filter (bad filters 400), which computes only the serials
it must. Source: shared/reference/illuminate-serialization-api-v1.md ("Flags", "Attributes", "Get Serials" and
the per-serial sections) and spec/DECISIONS.md ("Serialization API, 2025").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.mock.helpers import ACCOUNT
from tests.mock.serial_helpers import SerialApi, error_fields, schema_errors
from tests.mock.serial_item_helpers import (
    NO_FLAGS,
    sapi_with_attributes,  # noqa: F401  (the fixture ``sapi`` of these tests)
    set_flag,
    twin_with,
)

# -------------------------------------------------------------------- list


def test_the_list_shows_every_flag_and_the_attributes_with_a_value(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 3)
    page = sapi.ok(sapi.twin_serials(twin))
    assert schema_errors("SerialItemPage", page) == []
    assert page["pageInfo"] == {"hasNextPage": False}
    for item in page["serials"]:
        assert (item["flags"], item["attributes"], item["digitalTwinId"], item["accountId"]) == (
            NO_FLAGS,
            {},
            twin,
            ACCOUNT,
        )
        assert item["modified"] == item["created"]
    assert len({item["allocationSpace"] for item in page["serials"]}) == 1


@pytest.mark.parametrize(("total", "limit"), [(10, 3), (10, 10), (10, 1000), (1, 1)])
def test_pages_follow_next_cursor_to_every_serial_once(sapi: SerialApi, total: int, limit: int) -> None:
    twin = twin_with(sapi, total - total // 2, total // 2) if total > 1 else twin_with(sapi, 1)
    items = sapi.all_items(twin, limit)
    assert len(items) == len({item["id"] for item in items}) == total
    assert [item["id"] for item in items] == [s["id"] for s in sapi.all_serials(twin)]  # index order


def test_next_cursor_is_the_first_serial_of_the_next_page(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 5)
    first = sapi.ok(sapi.twin_serials(twin, 2))
    second = sapi.ok(sapi.twin_serials(twin, 2, cursor=first["pageInfo"]["nextCursor"]))
    assert second["serials"][0]["id"] == first["pageInfo"]["nextCursor"]


@pytest.mark.parametrize("cursor", ["no-such-cursor", "dddd4444-5fe4-32dc-b10a-987654fedcba", "OTHER_TWIN"])
def test_an_unknown_cursor_is_404(sapi: SerialApi, cursor: str) -> None:
    twin = twin_with(sapi, 3)
    if cursor == "OTHER_TWIN":
        cursor = sapi.ok(sapi.twin_serials(twin_with(sapi, 2)))["serials"][1]["id"]
    response = sapi.twin_serials(twin, cursor=cursor)
    assert (response.status_code, error_fields(response)) == (404, {"query.cursor"})


def test_limit_is_required_and_at_most_1000(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 2)
    response = sapi.get_v1(f"/digitalTwins/{twin}/serials")
    assert (response.status_code, error_fields(response)) == (400, {"query.limit"})
    assert sapi.twin_serials(twin, 1001).status_code == 400


def test_an_unknown_twin_is_404(sapi: SerialApi) -> None:
    response = sapi.twin_serials("no-such-twin")
    assert (response.status_code, error_fields(response)) == (404, {"path.digitalTwinId"})
    assert sapi.ok(sapi.twin_serials(sapi.product_twin()))["serials"] == []  # a twin without serials


def test_serial_id_and_serial_pick_one_serial(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 5)
    target = sapi.all_items(twin)[3]
    for params in (
        {"serialId": target["id"]},
        {"serial": target["serial"]},
        {"serial": target["serial"], "serialId": target["id"]},
    ):
        assert sapi.ok(sapi.twin_serials(twin, **params))["serials"] == [target]
    other = sapi.all_items(twin)[0]
    assert sapi.ok(sapi.twin_serials(twin, serial=target["serial"], serialId=other["id"]))["serials"] == []
    unused = next(
        str(n).zfill(8) for n in range(10**8) if str(n).zfill(8) not in {i["serial"] for i in sapi.all_items(twin)}
    )
    assert sapi.ok(sapi.twin_serials(twin, serial=unused))["serials"] == []  # a value no serial of the twin has
    assert sapi.ok(sapi.twin_serials(twin, serial="nonsense"))["serials"] == []


def test_the_flags_filter_keeps_serials_whose_flags_have_those_values(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.v1_job(twin, 6)
    sapi.v1_job(twin, 4, flags=["flag1"])
    items = sapi.all_items(twin)
    ids = [item["id"] for item in items]
    set_flag(sapi, twin, ids[1], "flag1", "true")
    set_flag(sapi, twin, ids[2], "flag2", "true")
    set_flag(sapi, twin, ids[7], "flag1", "false")

    def found(flags: str, limit: int = 1000) -> list[str]:
        return [item["id"] for item in sapi.all_items(twin, limit, flags=flags)]

    assert found("flag1=true") == [ids[1], ids[6], ids[8], ids[9]]
    assert found("flag1=true", limit=1) == [ids[1], ids[6], ids[8], ids[9]]
    assert found("flag1=false") == [ids[0], ids[2], ids[3], ids[4], ids[5], ids[7]]
    assert found("flag1=false", limit=2) == [ids[0], ids[2], ids[3], ids[4], ids[5], ids[7]]
    assert found("flag1=false,flag2=true") == [ids[2]]
    assert found("flag2=true,flag1=true") == []


@pytest.mark.parametrize(
    "flags", ["nope=true", "flag1=true,nope=false", "flag1=true,flag1=false", "flag1=yes", "flag1"]
)
def test_a_bad_flags_filter_is_400_naming_query_flags(sapi: SerialApi, flags: str) -> None:
    response = sapi.twin_serials(twin_with(sapi, 2), flags=flags)
    assert (response.status_code, error_fields(response)) == (400, {"query.flags"})


def test_the_filter_computes_only_the_serials_it_must(sapi: SerialApi, monkeypatch: pytest.MonkeyPatch) -> None:
    from illuminate_mock.services import serial_items

    twin = twin_with(sapi, 100_000)
    flagged = [item["id"] for item in sapi.ok(sapi.twin_serials(twin, 1000))["serials"][::100]]
    for serial in flagged:
        set_flag(sapi, twin, serial, "flag2", "true")
    computed = {"count": 0}
    real_serials, real_serial_at = serial_items.serials, serial_items.serial_at

    def counting_serials(space: Any, start: int, end: int) -> Any:
        for value in real_serials(space, start, end):
            computed["count"] += 1  # counted as computed, lazily
            yield value

    def counting_serial_at(space: Any, index: int) -> str:
        computed["count"] += 1
        return real_serial_at(space, index)

    monkeypatch.setattr(serial_items, "serials", counting_serials)
    monkeypatch.setattr(serial_items, "serial_at", counting_serial_at)
    assert [item["id"] for item in sapi.all_items(twin, flags="flag2=true")] == flagged
    assert computed["count"] == len(flagged)  # only the stored serials, never the 100,000
    computed["count"] = 0
    page = sapi.ok(sapi.twin_serials(twin, 5, flags="flag2=false"))
    assert len(page["serials"]) == 5
    assert computed["count"] < 20  # a walk from the start, skipping the stored trues
