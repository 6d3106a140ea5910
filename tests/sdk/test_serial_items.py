"""Flags and attributes of one serial, by its id or its value (respx and the mock, both faces)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
from illuminate_client.models.attribute_change import AttributeChange
from illuminate_client.models.flag_change import FlagChange
from illuminate_sdk import NotFoundError, SerialFlagsAndAttributes, UnexpectedResponseError

from tests.sdk.helpers import V1, make_twin

SERIAL_ID = "dddd4444-5fe4-32dc-b10a-987654fedcba"
ITEM = f"{V1}/digitalTwins/t/serials/{SERIAL_ID}"
CHANGE = [{"name": "flag2", "value": True, "previous_value": False}]


def test_one_flag_and_every_flag(client: Any) -> None:
    with respx.mock() as router:
        one = router.get(f"{ITEM}/flags/flag1").respond(json=False)
        every = router.get(f"{ITEM}/flags").respond(json={"flag1": False, "flag2": True})
        assert client.serial_flag("t", SERIAL_ID, "flag1") is False
        assert client.serial_flags("t", SERIAL_ID) == {"flag1": False, "flag2": True}
    assert (one.call_count, every.call_count) == (1, 1)


def test_a_serial_is_named_by_its_value_as_well_percent_encoded(client: Any) -> None:
    value = "AB/C%1"  # GS1 CSET 82 has / and %
    with respx.mock() as router:
        route = router.get(f"{V1}/digitalTwins/t/serials/AB%2FC%251/flags/flag1").respond(json=True)
        assert client.serial_flag("t", value, "flag1") is True
    assert route.call_count == 1


def test_setting_one_flag_sends_the_value_in_the_query_and_returns_its_change(client: Any) -> None:
    with respx.mock() as router:
        route = router.put(f"{ITEM}/flags/flag2").respond(json=CHANGE)
        change = client.set_serial_flag("t", SERIAL_ID, "flag2", True)
    assert isinstance(change, FlagChange)
    assert (change.name, change.value, change.previous_value) == ("flag2", True, False)
    assert route.calls.last.request.url.params["value"] == "true"
    with pytest.raises(TypeError, match="True or False"):
        client.set_serial_flag("t", SERIAL_ID, "flag2", "yes")


def test_setting_several_flags(client: Any) -> None:
    changes = [{"name": "flag1", "value": True, "previous_value": False}, *CHANGE]
    with respx.mock() as router:
        route = router.post(ITEM).respond(json=changes)
        got = client.set_serial_flags("t", SERIAL_ID, {"flag1": True, "flag2": True})
    assert [(c.name, c.value) for c in got] == [("flag1", True), ("flag2", True)]
    assert json.loads(route.calls.last.request.content) == {"flags": {"flag1": True, "flag2": True}}


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ({"json": "new attr1 value"}, "new attr1 value"),
        ({"text": "new attr1 value"}, "new attr1 value"),  # as the document prints it: unquoted
        ({"status_code": 204}, None),  # "if the attribute has no value, nothing is returned"
        ({"content": b"", "headers": {"content-type": "application/json"}}, None),  # an empty 200, the same
        ({"content": b""}, None),
    ],
    ids=["json-string", "text-plain", "204", "empty-200-json", "empty-200"],
)
def test_one_attribute_is_its_value_or_none(client: Any, answer: dict[str, Any], value: str | None) -> None:
    with respx.mock() as router:
        router.get(f"{ITEM}/attributes/warranty_start").respond(**answer)
        assert client.serial_attribute("t", SERIAL_ID, "warranty_start") == value


def test_an_attribute_value_of_another_type_breaks_the_spec(client: Any) -> None:
    with respx.mock() as router:
        router.get(f"{ITEM}/attributes/warranty_start").respond(json=42)
        with pytest.raises(UnexpectedResponseError, match="expected string"):
            client.serial_attribute("t", SERIAL_ID, "warranty_start")


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        ({"json": {"attr1": "attr1 value", "attr2": "attr2 value"}}, {"attr1": "attr1 value", "attr2": "attr2 value"}),
        ({"json": {}}, {}),
        ({"status_code": 204}, {}),
        ({"content": b""}, {}),  # "if the serial has no attributes ..., nothing is returned"
    ],
    ids=["values", "none-as-object", "204", "empty-200"],
)
def test_every_attribute(client: Any, answer: dict[str, Any], values: dict[str, str]) -> None:
    with respx.mock() as router:
        router.get(f"{ITEM}/attributes").respond(**answer)
        assert client.serial_attributes("t", SERIAL_ID) == values


def test_setting_one_attribute(client: Any) -> None:
    with respx.mock() as router:
        route = router.put(f"{ITEM}/attributes/attr1").respond(json=[{"name": "attr1", "value": "new attr1 value"}])
        change = client.set_serial_attribute("t", SERIAL_ID, "attr1", "new attr1 value")
    assert isinstance(change, AttributeChange)
    assert change.value == "new attr1 value"
    assert json.loads(route.calls.last.request.content) == {"value": "new attr1 value"}


def test_flags_and_attributes_together(client: Any) -> None:
    state = {"flags": {"flag1": True, "flag2": False}, "attributes": {"attr1": "attr1 value"}}
    changes = {"flags": CHANGE, "attributes": [{"name": "attr1", "value": "attr1 value"}]}
    with respx.mock() as router:
        router.get(ITEM).respond(json=state)
        put = router.put(ITEM).respond(json=changes)
        got = client.serial_flags_and_attributes("t", SERIAL_ID)
        done = client.set_serial_flags_and_attributes("t", SERIAL_ID, flags={"flag2": True})
    assert got == SerialFlagsAndAttributes({"flag1": True, "flag2": False}, {"attr1": "attr1 value"})
    assert (got.flags, got.attributes) == (state["flags"], state["attributes"])
    assert [c.name for c in done.flags] == ["flag2"]
    assert json.loads(put.calls.last.request.content) == {"flags": {"flag2": True}, "attributes": {}}
    with pytest.raises(TypeError, match="nothing to set"):
        client.set_serial_flags_and_attributes("t", SERIAL_ID)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.serial_attribute("t", SERIAL_ID, "Warranty"),
        lambda c: c.serial_attribute("t", SERIAL_ID, "a" * 21),
        lambda c: c.set_serial_attribute("t", SERIAL_ID, "warranty-start", "x"),
        lambda c: c.set_serial_flags_and_attributes("t", SERIAL_ID, attributes={"Bad": "x"}),
        lambda c: c.serial_flag("t", SERIAL_ID, ""),
        lambda c: c.serial_flags("t", ""),
    ],
    ids=["upper-case", "too-long", "dash", "bad-in-several", "empty-flag", "empty-serial"],
)
def test_names_are_checked_before_anything_is_sent(client: Any, call: Any) -> None:
    with respx.mock() as router:  # nothing is routed: a request would fail the test
        with pytest.raises(ValueError, match=r"name|serial"):
            call(client)
        assert not router.calls


def test_attribute_values_are_strings(client: Any) -> None:
    with pytest.raises(TypeError, match="strings"):
        client.set_serial_attribute("t", SERIAL_ID, "attr1", 5)


# ------------------------------------------------------------------ against the mock


def test_flags_and_attributes_on_the_mock(live: Any) -> None:
    _, twin = make_twin(live)
    live.set_allocation_settings(strategy="RANDOM_NUMERIC", length=10, attributes={"warranty_start": False})
    run = live.serialize(twin, 3, flags=["flag2"], attributes={"warranty_start": "2025-04-01"})
    first, second, _ = list(run)
    assert first.flags.additional_properties == {"flag1": False, "flag2": True}
    assert live.serial_flags(twin, first.id) == {"flag1": False, "flag2": True}
    change = live.set_serial_flag(twin, first.serial, "flag1", True)  # by value
    assert (change.name, change.value, change.previous_value) == ("flag1", True, False)
    assert live.serial_flag(twin, first.id, "flag1") is True  # by id
    assert live.serial_attribute(twin, first.id, "warranty_start") == "2025-04-01"
    live.set_serial_attribute(twin, second.serial, "warranty_start", "2026-01-01")
    assert live.serial_attributes(twin, second.id) == {"warranty_start": "2026-01-01"}
    live.set_serial_flags(twin, second.id, {"flag1": True, "flag2": False})
    both = live.set_serial_flags_and_attributes(
        twin, second.id, flags={"flag2": True}, attributes={"warranty_start": "2027-01-01"}
    )
    assert [(c.name, c.value) for c in both.attributes] == [("warranty_start", "2027-01-01")]
    assert live.serial_flags_and_attributes(twin, second.serial) == SerialFlagsAndAttributes(
        {"flag1": True, "flag2": True}, {"warranty_start": "2027-01-01"}
    )
    flagged = [s.id for s in live.serial_items(twin, flags={"flag1": True})]
    assert sorted(flagged) == sorted([first.id, second.id])
    assert [s.id for s in live.serial_items(twin, serial=second.serial)] == [second.id]
    with pytest.raises(NotFoundError):
        live.serial_flags(twin, "no-such-serial")
