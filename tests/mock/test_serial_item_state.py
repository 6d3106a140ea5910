"""The 2025 API's serial items, one serial's state: found by id or value (not through another twin or
account), its flags read and set one at a time or several together, its attributes read (204 without a value)
and set, bad writes changing nothing, any change bumping ``modified``, the roles reading and writing need, the
account's attribute declarations (at most 20, a new list replacing the old), and memory spent only on the
serials touched. Source: shared/reference/illuminate-serialization-api-v1.md ("Flags", "Attributes", "Get
Serials" and the per-serial sections) and spec/DECISIONS.md ("Serialization API, 2025").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, SERIAL_READ_ONLY_KEY
from tests.mock.serial_helpers import SerialApi, error_fields, make_app_client, schema_errors
from tests.mock.serial_item_helpers import (
    NO_FLAGS,
    sapi_with_attributes,  # noqa: F401  (the fixture ``sapi`` of these tests)
    set_flag,
    twin_with,
)
from tests.mock.serialization_helpers import NUMERIC


def one(api: SerialApi, twin: str, serial: str, rest: str = "") -> Any:
    return api.ok(api.get_v1(api.serial_path(twin, serial, rest)))


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
