"""Serial items of the 2025 API: the twin's serial list with its filters, one serial's flags and attributes.

Source: shared/reference/illuminate-serialization-api-v1.md ("Flags",
"Attributes", "Get Serials" and the per-serial sections) and
spec/DECISIONS.md ("Serialization API, 2025").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, SERIAL_READ_ONLY_KEY
from tests.mock.serial_helpers import (
    OTHER_ACCOUNT,
    OTHER_KEY,
    SOLE_ACCOUNT,
    SOLE_KEY,
    SerialApi,
    error_fields,
    make_app_client,
    schema_errors,
    two_serial_accounts_fixture,
)

NUMERIC = {"length": 8, "strategy": "RANDOM_NUMERIC"}
ATTRIBUTES = [{"name": "warranty_start", "mandatory": False}, {"name": "warranty_end", "mandatory": False}]
NO_FLAGS = {"flag1": False, "flag2": False}


@pytest.fixture
def sapi() -> Any:
    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(**NUMERIC, attributes=ATTRIBUTES))
        yield api


@pytest.fixture
def pair() -> Any:
    with make_app_client(two_serial_accounts_fixture()) as client:
        yield SerialApi(client, SOLE_KEY, SOLE_ACCOUNT), SerialApi(client, OTHER_KEY, OTHER_ACCOUNT)


def twin_with(api: SerialApi, *counts: int) -> str:
    twin = api.product_twin()
    for count in counts:
        api.v1_job(twin, count)
    return twin


def one(api: SerialApi, twin: str, serial: str, rest: str = "") -> Any:
    return api.ok(api.get_v1(api.serial_path(twin, serial, rest)))


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


def set_flag(api: SerialApi, twin: str, serial: str, name: str, value: str) -> Any:
    return api.ok(api.put_v1(api.serial_path(twin, serial, f"/flags/{name}"), value=value))


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


# ------------------------------------------------------------ one serial


def test_a_serial_is_found_by_its_id_or_its_value(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 3)
    item = sapi.all_items(twin)[1]
    by_id, by_value = one(sapi, twin, item["id"]), one(sapi, twin, item["serial"])
    assert by_id == by_value == {"flags": NO_FLAGS, "attributes": {}}
    assert schema_errors("SerialState", by_id) == []


def test_a_serial_of_another_twin_or_account_is_not_found(pair: tuple[SerialApi, SerialApi]) -> None:
    a, b = pair
    for api in pair:
        api.ok(api.set_account_settings(**NUMERIC))
    twin, other_twin = twin_with(a, 2), twin_with(a, 2)
    item = a.all_items(twin)[0]
    for rest in ("", "/flags", "/flags/flag1", "/attributes"):
        response = a.get_v1(a.serial_path(other_twin, item["id"], rest))
        assert (response.status_code, error_fields(response)) == (404, {"path.serialId"})
        response = a.get_v1(a.serial_path(other_twin, item["serial"], rest))
        assert response.status_code == 404
        # B names A's twin in B's own account: no such twin there.
        response = b.get_v1(b.serial_path(twin, item["id"], rest))
        assert (response.status_code, error_fields(response)) == (404, {"path.digitalTwinId"})
    response = b.put_v1(b.serial_path(twin, item["id"], "/flags/flag1"), value="true")
    assert response.status_code == 404
    assert one(a, twin, item["id"], "/flags") == NO_FLAGS


def test_get_one_flag_is_a_bare_boolean(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 1)
    serial = sapi.all_items(twin)[0]["id"]
    response = sapi.get_v1(sapi.serial_path(twin, serial, "/flags/flag2"))
    assert (response.status_code, response.text) == (200, "false")
    set_flag(sapi, twin, serial, "flag2", "true")
    assert sapi.get_v1(sapi.serial_path(twin, serial, "/flags/flag2")).text == "true"
    unknown = sapi.get_v1(sapi.serial_path(twin, serial, "/flags/flag3"))
    assert (unknown.status_code, error_fields(unknown)) == (404, {"path.flagName"})


def test_set_one_flag_answers_its_new_and_previous_value(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 2)
    serial, untouched = (item["id"] for item in sapi.all_items(twin))
    assert set_flag(sapi, twin, serial, "flag1", "true") == [{"name": "flag1", "value": True, "previous_value": False}]
    assert set_flag(sapi, twin, serial, "flag1", "true") == [{"name": "flag1", "value": True, "previous_value": True}]
    assert one(sapi, twin, serial, "/flags") == {"flag1": True, "flag2": False}
    assert one(sapi, twin, untouched, "/flags") == NO_FLAGS
    for value in ("maybe", "1", "True", ""):
        response = sapi.put_v1(sapi.serial_path(twin, serial, "/flags/flag1"), value=value)
        assert (response.status_code, error_fields(response)) == (400, {"query.value"})
    response = sapi.put_v1(sapi.serial_path(twin, serial, "/flags/flag9"), value="false")
    assert (response.status_code, error_fields(response)) == (404, {"path.flagName"})
    assert one(sapi, twin, serial, "/flags") == {"flag1": True, "flag2": False}


def test_set_several_flags(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 1)
    serial = sapi.all_items(twin)[0]["id"]
    path = sapi.serial_path(twin, serial)
    changes = sapi.ok(sapi.post_v1(path, {"flags": {"flag2": True, "flag1": False}}))
    assert changes == [
        {"name": "flag2", "value": True, "previous_value": False},
        {"name": "flag1", "value": False, "previous_value": False},
    ]
    assert schema_errors("FlagChanges", changes) == []
    for body, bad in (
        ({"flags": {"flag1": True, "flag7": True}}, {"body.flags.flag7"}),
        ({"flags": {"flag1": "yes"}}, {"body.flags.flag1"}),
        ({"flags": {"flag1": True}, "extra": 1}, {"body.extra"}),
        ({}, {"body.flags"}),
    ):
        response = sapi.post_v1(path, body)
        assert (response.status_code, error_fields(response)) == (400, bad), body
    assert one(sapi, twin, serial, "/flags") == {"flag1": False, "flag2": True}  # none of the refusals changed it


def test_one_attribute_is_a_json_string_or_204_without_a_value(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 1)
    serial = sapi.all_items(twin)[0]["serial"]
    empty = sapi.get_v1(sapi.serial_path(twin, serial, "/attributes/warranty_start"))
    assert (empty.status_code, empty.content) == (204, b"")
    assert one(sapi, twin, serial, "/attributes") == {}
    changes = sapi.ok(
        sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/warranty_start"), {"value": "2025-04-01"})
    )
    assert changes == [{"name": "warranty_start", "value": "2025-04-01"}]
    response = sapi.get_v1(sapi.serial_path(twin, serial, "/attributes/warranty_start"))
    assert (response.status_code, response.text) == (200, '"2025-04-01"')
    assert one(sapi, twin, serial, "/attributes") == {"warranty_start": "2025-04-01"}


def test_bad_attribute_writes_change_nothing(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 1)
    serial = sapi.all_items(twin)[0]["id"]
    unknown = sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/colour"), {"value": "red"})
    assert (unknown.status_code, error_fields(unknown)) == (404, {"path.attributeName"})
    wrong = sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/warranty_end"), {"value": 2026})
    assert (wrong.status_code, error_fields(wrong)) == (400, {"body.value"})
    both = sapi.put_v1(
        sapi.serial_path(twin, serial), {"flags": {"flag1": True}, "attributes": {"warranty_end": "x", "colour": "red"}}
    )
    assert (both.status_code, error_fields(both)) == (400, {"body.attributes.colour"})
    assert one(sapi, twin, serial) == {"flags": NO_FLAGS, "attributes": {}}  # the flag was not set either
    assert sapi.all_items(twin)[0]["modified"] == sapi.all_items(twin)[0]["created"]


def test_set_flags_and_attributes_together(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 2)
    item = sapi.all_items(twin)[0]
    body = {"flags": {"flag1": True, "flag2": True}, "attributes": {"warranty_start": "2025-04-01"}}
    changes = sapi.ok(sapi.put_v1(sapi.serial_path(twin, item["id"]), body))
    assert changes == {
        "flags": [
            {"name": "flag1", "value": True, "previous_value": False},
            {"name": "flag2", "value": True, "previous_value": False},
        ],
        "attributes": [{"name": "warranty_start", "value": "2025-04-01"}],
    }
    assert schema_errors("SerialStateChanges", changes) == []
    assert one(sapi, twin, item["serial"]) == {
        "flags": {"flag1": True, "flag2": True},
        "attributes": body["attributes"],
    }


def test_setting_anything_updates_the_serials_modified(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 2)
    before = sapi.all_items(twin)
    set_flag(sapi, twin, before[0]["id"], "flag1", "false")  # even to the value it had
    after = sapi.all_items(twin)
    assert after[0]["modified"] > before[0]["modified"]
    assert after[0]["modifiedById"] == "api-key-1"
    assert after[1] == before[1]
    legacy = sapi.all_serials(twin)  # the first API's list shows the change too
    assert legacy[0]["modified"] == after[0]["modified"]


def test_reading_needs_a_serial_role_and_writing_read_write(sapi: SerialApi) -> None:
    twin = twin_with(sapi, 1)
    serial = sapi.all_items(twin)[0]["id"]
    reader = SerialApi(sapi.client, SERIAL_READ_ONLY_KEY, ACCOUNT)
    assert reader.ok(reader.get_v1(reader.serial_path(twin, serial, "/flags"))) == NO_FLAGS
    response = reader.put_v1(reader.serial_path(twin, serial, "/flags/flag1"), value="true")
    assert response.status_code == 403


# ---------------------------------------------------------- account attributes


@pytest.mark.parametrize(
    ("attributes", "bad"),
    [
        ([{"name": f"a{n}", "mandatory": False} for n in range(21)], "body.attributes"),
        ([{"name": "Warranty", "mandatory": False}], "body.attributes[0].name"),
        ([{"name": "a" * 21, "mandatory": False}], "body.attributes[0].name"),
        ([{"name": "lot", "mandatory": False}, {"name": "lot", "mandatory": True}], "body.attributes[1].name"),
        ([{"name": "lot", "mandatory": "yes"}], "body.attributes[0].mandatory"),
        ([{"name": "lot"}], "body.attributes[0].mandatory"),
    ],
)
def test_bad_attributes_are_refused_and_change_nothing(sapi: SerialApi, attributes: list[Any], bad: str) -> None:
    response = sapi.set_account_settings(length=10, strategy="SEQUENTIAL_NUMERIC", attributes=attributes)
    assert response.status_code == 400
    assert bad in error_fields(response)
    twin = twin_with(sapi, 1)  # the settings before stand: length 8, the two warranty attributes
    assert len(sapi.all_items(twin)[0]["serial"]) == 8
    serial = sapi.all_items(twin)[0]["id"]
    sapi.ok(sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/warranty_end"), {"value": "x"}))


def test_twenty_attributes_are_allowed_and_a_new_list_replaces_the_old(sapi: SerialApi) -> None:
    many = [{"name": f"attr_{n}", "mandatory": False} for n in range(20)]
    sapi.ok(sapi.set_account_settings(**NUMERIC, attributes=many))
    twin = twin_with(sapi, 1)
    serial = sapi.all_items(twin)[0]["id"]
    sapi.ok(sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/attr_19"), {"value": "v"}))
    response = sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/warranty_start"), {"value": "x"})
    assert response.status_code == 404  # the earlier attributes were replaced
    sapi.ok(sapi.set_account_settings(**NUMERIC))  # no `attributes`: the attributes stay
    assert one(sapi, twin, serial, "/attributes") == {"attr_19": "v"}


@pytest.mark.slow
def test_flags_and_attributes_cost_memory_only_for_touched_serials() -> None:
    """A 1,000,000-serial job, a flag set on 10,000 of them, and the filter paged through: within 10 MiB."""
    import gc
    import tracemalloc

    from illuminate_mock.registry import Call

    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(**NUMERIC))
        twin = twin_with(api, 1_000_000)
        backend = client.app.state.service.backend
        account = backend.store.accounts[ACCOUNT]
        key = backend.store.api_keys[EDITOR_KEY]
        job = backend.serial.jobs[next(iter(backend.serial.jobs))]
        from illuminate_mock.serials import serial_id

        def call(operation: str, **params: Any) -> Any:
            return backend.handle(
                Call(operation, key, account, {"accountId": ACCOUNT, "digitalTwinId": twin, **params}, None)
            )

        gc.collect()
        tracemalloc.start()
        try:
            untouched = tracemalloc.get_traced_memory()[0]
            for index in range(1, 1_000_001, 100):
                call("setSerialFlag", serialId=serial_id(job.space.id, index), flagName="flag1", value=True)
            found, cursor = 0, None
            while True:
                params = {"limit": 1000, "flags": "flag1=true", **({"cursor": cursor} if cursor else {})}
                page = call("listDigitalTwinSerials", **params).payload
                found += len(page["serials"])
                if not page["pageInfo"]["hasNextPage"]:
                    break
                cursor = page["pageInfo"]["nextCursor"]
                del page
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert found == 10_000
        print(
            f"\nflags on 10,000 of 1,000,000 serials: +{(current - untouched) / 2**20:.2f} MiB kept, "
            f"peak +{(peak - untouched) / 2**20:.2f} MiB"
        )
        assert current - untouched < 10 * 2**20
        assert peak - untouched < 10 * 2**20
