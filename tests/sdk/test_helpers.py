"""GS1 helpers, filters and request bodies built from keyword arguments (client tests on both faces)."""

from __future__ import annotations

import inspect
import json
from typing import Any

import attrs
import illuminate_spec.gs1
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st
from illuminate_client import models
from illuminate_client.api.brands import create_brand
from illuminate_client.api.serial_generation_jobs import start_serial_generation_job
from illuminate_client.models.digital_twin_filter import DigitalTwinFilter
from illuminate_sdk import digital_link, filter_json, gtin14
from illuminate_sdk._arguments import camel, operation
from illuminate_spec.gs1 import CSET82, check_digit

from tests.sdk.helpers import ACCOUNT, BASE, brand


def test_the_gs1_helpers_are_the_shared_ones() -> None:
    """One home for GS1 facts: the SDK re-exports illuminate_spec.gs1, it keeps no copy."""
    assert digital_link is illuminate_spec.gs1.digital_link
    assert gtin14 is illuminate_spec.gs1.gtin14


@pytest.mark.parametrize(
    ("given_gtin", "expected"),
    [
        ("09506000134352", "09506000134352"),
        ("9506000134352", "09506000134352"),  # GTIN-13
        ("614141000036", "00614141000036"),  # GTIN-12
        ("96385074", "00000096385074"),  # GTIN-8
        (9506000134352, "09506000134352"),
    ],
)
def test_gtins_are_padded_to_14_digits(given_gtin: str | int, expected: str) -> None:
    assert gtin14(given_gtin) == expected


@pytest.mark.parametrize("bad", ["09506000134353", "123", "0950600013435x", "", "095060001343521"])
def test_bad_gtins_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="GTIN"):
        gtin14(bad)


def test_digital_link_percent_encodes_all_but_unreserved() -> None:
    url = digital_link("9506000134352", "AB-._/%&+!*'()12")
    assert url == "https://id.gs1.org/01/09506000134352/21/AB-._%2F%25%26%2B%21%2A%27%28%2912"


def test_digital_link_checks_the_serial() -> None:
    with pytest.raises(ValueError, match="CSET 82"):
        digital_link("09506000134352", "a b")
    with pytest.raises(ValueError, match="1 to 20"):
        digital_link("09506000134352", "x" * (illuminate_spec.gs1.SERIAL_MAX_LENGTH + 1))


@given(st.text(alphabet=sorted(CSET82), min_size=1, max_size=illuminate_spec.gs1.SERIAL_MAX_LENGTH))
def test_digital_link_serial_round_trips(serial: str) -> None:
    from urllib.parse import unquote

    url = digital_link("09506000134352", serial)
    encoded = url.rsplit("/", 1)[1]
    assert unquote(encoded) == serial
    assert all(c.isalnum() or c in "-._~%" for c in encoded)


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_check_digit_makes_valid_gtins(body: str) -> None:
    assert gtin14(body + str(check_digit(body))) == body + str(check_digit(body))


def test_filters_serialise_from_models_dicts_and_text() -> None:
    model = DigitalTwinFilter.from_dict({"product": {"identifiers": {"eq": "09506000134352"}}})
    assert json.loads(filter_json(model)) == {"product": {"identifiers": {"eq": "09506000134352"}}}
    assert filter_json({"ids": ["a"]}) == '{"ids":["a"]}'
    assert filter_json('{"ids": ["a"]}') == '{"ids": ["a"]}'


def _request_models() -> set[type]:
    """Every model a request is built from: an operation's body and the models inside it."""
    found: set[type] = set()
    todo = [p.annotation for op in _operations() for name, p in op.params.items() if name == "body"]
    while todo:
        model = todo.pop()
        if not (isinstance(model, type) and attrs.has(model)) or model in found:
            continue
        found.add(model)
        for field in attrs.fields(model):
            todo += [getattr(models, n) for n in dir(models) if n in str(field.type)]
    return found


def _operations() -> list[Any]:
    import importlib
    import pkgutil

    import illuminate_client.api

    found = []
    for info in pkgutil.walk_packages(illuminate_client.api.__path__, "illuminate_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            found.append(operation(module))
    return found


def test_every_request_models_fields_map_to_their_json_names() -> None:
    """Keyword arguments become JSON names by camel-casing: true for every model a request is built from.

    (Not for every answer model: a FlagChange answers ``previous_value``, which no request sends.)
    """
    request_models = _request_models()
    assert models.StartSerializationJobRequest in request_models
    assert models.AttributeDefinition in request_models  # inside the account settings' body
    for model in request_models:
        for field in attrs.fields(model):
            if field.name == "additional_properties":
                continue
            # The JSON name appears in the model's to_dict source as a string literal.
            assert f'"{camel(field.name)}"' in inspect.getsource(model.to_dict), (model.__name__, field.name)


def test_a_body_from_keywords_a_dict_or_a_model(client: Any) -> None:
    ways: list[dict[str, Any]] = [
        {"name": "Acme"},
        {"body": {"name": "Acme"}},
        {"body": models.CreateNamedResourceRequest(account_id=ACCOUNT, name="Acme")},
    ]
    with respx.mock(base_url=BASE) as router:
        route = router.post("/brands").respond(json=brand())
        for kwargs in ways:
            client.call(create_brand, **kwargs)
    bodies = [json.loads(c.request.content) for c in route.calls]
    assert bodies == [{"accountId": ACCOUNT, "name": "Acme"}] * len(ways)


def test_body_mistakes_are_named(client: Any) -> None:
    with pytest.raises(TypeError, match="serialCount"):  # the field, as the API names it
        client.call(start_serial_generation_job, digital_twin_id="t")
    with pytest.raises(TypeError, match="has no field colour"):
        client.call(create_brand, body={"name": "x", "colour": "red"})
    with pytest.raises(TypeError, match="not both"):
        client.call(create_brand, body={"name": "x"}, name="y")
    with pytest.raises(TypeError, match="is not a generated operation"):
        client.call(json)
    with pytest.raises(ValueError, match="order must be one of"):
        client.serials("t", order="SIDEWAYS")  # type: ignore[arg-type]
