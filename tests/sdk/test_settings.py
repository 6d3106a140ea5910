"""Allocation settings (account: set or update, with attributes; twin: until it has serials), the named
character sets, and what ``serialize`` sends (respx and the mock, both faces)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import illuminate_spec.gs1
import pytest
import respx
from illuminate_client.models.attribute_definition import AttributeDefinition
from illuminate_sdk import AN_47, CHARACTER_SETS, GS1_36W, GS1_64W, UAN_27, SettingsAlreadySetError

from tests.sdk.helpers import ACCOUNT, BASE, V1, make_twin

SETTINGS = {"accountId": ACCOUNT, "serialAllocationSettings": {"length": 8, "strategy": "RANDOM_NUMERIC"}}
REFUSAL = (
    "Entity with ID serial_allocation_settings would cause the following conflict: "
    "Once the serial allocation settings have been set, they cannot be changed."
)


def test_the_named_character_sets_are_the_shared_ones() -> None:
    assert (AN_47, GS1_36W, GS1_64W, UAN_27) == (
        illuminate_spec.gs1.AN_47,
        illuminate_spec.gs1.GS1_36W,
        illuminate_spec.gs1.GS1_64W,
        illuminate_spec.gs1.UAN_27,
    )
    assert CHARACTER_SETS is illuminate_spec.gs1.CHARACTER_SETS
    assert CHARACTER_SETS == {"AN-47": AN_47, "GS1-36w": GS1_36W, "GS1-64w": GS1_64W, "UAN-27": UAN_27}
    assert AN_47 == "23456789BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz"  # as the 2025 document prints it


@pytest.mark.parametrize(
    "attributes",
    [
        [{"name": "warranty_start", "mandatory": True}, {"name": "warranty_end", "mandatory": False}],
        [AttributeDefinition(name="warranty_start", mandatory=True), {"name": "warranty_end", "mandatory": False}],
        {"warranty_start": True, "warranty_end": False},
    ],
    ids=["dicts", "models", "name-to-mandatory"],
)
def test_account_settings_take_attributes(client: Any, attributes: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/accountSerialAllocationSettings").respond(json=SETTINGS)
        client.set_allocation_settings(strategy="RANDOM_ALPHANUMERIC", length=8, symbols=AN_47, attributes=attributes)
    assert json.loads(route.calls.last.request.content) == {
        "accountId": ACCOUNT,
        "length": 8,
        "strategy": "RANDOM_ALPHANUMERIC",
        "symbols": AN_47,
        "attributes": [{"name": "warranty_start", "mandatory": True}, {"name": "warranty_end", "mandatory": False}],
    }


@pytest.mark.parametrize(
    ("attributes", "kind", "needle"),
    [
        ([{"name": "Warranty", "mandatory": True}], ValueError, "attribute name"),
        ([{"name": "a" * 21, "mandatory": True}], ValueError, "attribute name"),
        ([{"name": "a", "mandatory": True}, {"name": "a", "mandatory": False}], ValueError, "listed twice"),
        ({f"a{n}": False for n in range(21)}, ValueError, "at most 20"),
        ([{"name": "a", "mandatory": "yes"}], TypeError, "mandatory"),
    ],
    ids=["upper-case", "too-long", "twice", "too-many", "mandatory-not-bool"],
)
def test_attributes_are_checked_before_sending(
    client: Any, attributes: Any, kind: type[Exception], needle: str
) -> None:
    with pytest.raises(kind, match=needle):
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8, attributes=attributes)


def test_a_twin_takes_no_attributes(client: Any) -> None:
    with pytest.raises(TypeError, match="belong to the account"):
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8, digital_twin_id="t", attributes={})


def test_account_settings_are_set_or_updated(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/accountSerialAllocationSettings").respond(json=SETTINGS)
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        assert client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=9) is True
    assert route.call_count == 2


def test_a_twin_with_serials_keeps_its_settings(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/digitalTwinSerialAllocationSettings").respond(json=REFUSAL)
        with pytest.raises(SettingsAlreadySetError):
            client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8, digital_twin_id="t")
        assert client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=8, digital_twin_id="t") is False


# ------------------------------------------------------------------ what serialize sends


def _job_routes(router: respx.Router) -> tuple[respx.Route, respx.Route]:
    def started(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"id": "j", "status": "PENDING", "identifier": json.loads(request.content)["identifier"]}
        )

    start = router.post(f"{V1}/jobs/serialization").mock(side_effect=started)
    read = router.get(url__regex=rf"{V1}/jobs/serialization/[^/]+$").mock(
        side_effect=lambda request: httpx.Response(
            200, json={"id": "j", "status": "COMPLETED", "identifier": request.url.path.rsplit("/", 1)[1]}
        )
    )
    return start, read


def test_serialize_without_settings_sends_none(client: Any) -> None:
    with respx.mock(assert_all_called=False) as router:
        settings = router.post(url__regex=r".*SerialAllocationSettings$").respond(json=SETTINGS)
        start, read = _job_routes(router)
        run = client.serialize("t", 5)
    assert settings.call_count == 0
    assert run.settings_created is None
    assert (start.call_count, read.call_count) == (1, 1)
    assert run.identifier.startswith("sdk-")


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({"length": 8}, {"length": 8, "strategy": "RANDOM_NUMERIC"}),
        ({"symbols": UAN_27}, {"length": 10, "strategy": "RANDOM_ALPHANUMERIC", "symbols": UAN_27}),
        ({"strategy": "SEQUENTIAL_NUMERIC"}, {"length": 10, "strategy": "SEQUENTIAL_NUMERIC"}),
    ],
    ids=["length", "symbols", "strategy"],
)
def test_serialize_sends_the_settings_it_is_given(client: Any, given: dict[str, Any], sent: dict[str, Any]) -> None:
    with respx.mock() as router:
        settings = router.post(f"{BASE}/accountSerialAllocationSettings").respond(json=SETTINGS)
        _job_routes(router)
        run = client.serialize("t", 5, **given)
    assert json.loads(settings.calls.last.request.content) == {"accountId": ACCOUNT, **sent}
    assert run.settings_created is True


def test_serialize_on_a_twin_that_keeps_its_settings_goes_on(client: Any) -> None:
    with respx.mock() as router:
        router.post(f"{BASE}/digitalTwinSerialAllocationSettings").respond(json=REFUSAL)
        start, _ = _job_routes(router)
        run = client.serialize("t", 5, length=8, twin_settings=True)
    assert run.settings_created is False
    assert start.call_count == 1


def test_serialize_resumes_a_job_by_its_identifier_without_starting_one(client: Any) -> None:
    with respx.mock(assert_all_called=False) as router:
        start, read = _job_routes(router)
        run = client.serialize("t", identifier="job_1")
    assert (start.call_count, read.call_count) == (0, 1)
    assert (run.identifier, run.job_id, run.settings_created) == ("job_1", "j", None)


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({}, "needs serial_count"),
        ({"serial_count": 5, "legacy": True, "identifier": "x"}, "for 2025 jobs"),
        ({"job_id": "j", "flags": ["flag1"]}, "for 2025 jobs"),
    ],
)
def test_serialize_refuses_what_cannot_go_together(client: Any, kwargs: dict[str, Any], needle: str) -> None:
    with pytest.raises(TypeError, match=needle):
        client.serialize("t", **kwargs)


# ------------------------------------------------------------------ against the mock


def test_settings_on_the_mock(live: Any) -> None:
    _, twin = make_twin(live)
    # The account's: set, and set again (updated, never refused).
    live.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
    live.set_allocation_settings(strategy="RANDOM_NUMERIC", length=9, attributes={"warranty_start": False})
    # The twin's: may change until the twin has serials.
    live.set_allocation_settings(strategy="RANDOM_ALPHANUMERIC", length=12, symbols=GS1_36W, digital_twin_id=twin)
    live.set_allocation_settings(strategy="RANDOM_ALPHANUMERIC", length=10, symbols=UAN_27, digital_twin_id=twin)
    serials = [s.serial for s in live.serialize(twin, 200)]
    assert all(len(s) == 10 and set(s) <= set(UAN_27) for s in serials)
    with pytest.raises(SettingsAlreadySetError):
        live.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8, digital_twin_id=twin)
    live.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)  # the account's still may
