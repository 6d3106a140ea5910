"""The per-operation answer rules of the call path are the spec's (illuminate_sdk._response), both faces."""

from __future__ import annotations

import re
from typing import Any

import pytest
import respx
from illuminate_client.api.serial_items import get_serial_attribute, get_serial_attributes, get_serial_flags
from illuminate_sdk import UnexpectedResponseError
from illuminate_sdk._response import DECLARES_NO_CONTENT, EMPTY_MEANS_NONE, TEXT_ANSWERS
from illuminate_spec.loader import load_spec
from illuminate_spec.views import documented_view, iter_operations

from tests.sdk.helpers import V1

SPEC = load_spec().document
SERIAL = f"{V1}/digitalTwins/t/serials/s"


def module_name(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def test_an_empty_200_is_no_value_exactly_where_the_spec_says_nothing_may_come() -> None:
    declared = {module_name(op["operationId"]) for _, _, op in iter_operations(SPEC) if "204" in op["responses"]}
    assert declared == DECLARES_NO_CONTENT == {"get_serial_attribute"}
    # And getSerialAttributes, whose document says "if the serial has no attributes ..., nothing is returned".
    assert {"get_serial_attributes"} == EMPTY_MEANS_NONE - DECLARES_NO_CONTENT
    attributes = next(op for _, _, op in iter_operations(SPEC) if op["operationId"] == "getSerialAttributes")
    assert "nothing is returned" in attributes["x-illuminate-assumption"]


def test_a_text_answer_is_the_value_exactly_where_the_documented_view_takes_text() -> None:
    documented = documented_view(SPEC)
    takes_text = set()
    for _, _, op in iter_operations(documented):
        content = op["responses"].get("2XX", {}).get("content", {})
        if content.get("text/plain", {}).get("schema") == {"type": "string"} and "anyOf" not in str(content):
            takes_text.add(module_name(op["operationId"]))
    assert takes_text == TEXT_ANSWERS == {"get_serial_attribute"}  # the settings' text is the refusal instead


@pytest.mark.parametrize(
    ("module", "path"),
    [(get_serial_attribute, f"{SERIAL}/attributes/a"), (get_serial_attributes, f"{SERIAL}/attributes")],
)
def test_an_empty_200_reads_as_none_where_nothing_may_come(client: Any, module: Any, path: str) -> None:
    kwargs = {"digital_twin_id": "t", "serial_id": "s"} | ({"attribute_name": "a"} if "a" in path[-2:] else {})
    with respx.mock() as router:
        router.get(path).respond(200, content=b"", headers={"content-type": "application/json"})
        assert client.call(module, **kwargs) is None


def test_an_empty_200_still_breaks_the_spec_elsewhere(client: Any) -> None:
    with respx.mock() as router:
        router.get(f"{SERIAL}/flags").respond(200, content=b"", headers={"content-type": "application/json"})
        with pytest.raises(UnexpectedResponseError):
            client.call(get_serial_flags, digital_twin_id="t", serial_id="s")
