"""The mock's JSON encoder (``render.encode``): orjson's output, the standard library's where orjson refuses."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from illuminate_mock import render

SIGNED_64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
SCALARS = st.none() | st.booleans() | SIGNED_64 | st.floats(allow_nan=False, allow_infinity=False) | st.text()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30)


def standard(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


@given(VALUES)
def test_every_json_value_comes_back_as_itself(value: Any) -> None:
    encoded = render.encode(value)
    assert json.loads(encoded) == json.loads(standard(value))
    encoded.decode("utf-8")  # UTF-8, not escaped ASCII only


def test_what_orjson_refuses_is_encoded_by_the_standard_library() -> None:
    for value in ({"count": 2**70}, {1: "a key that is a number"}, [-(2**64)]):
        assert render.encode(value) == standard(value)


def test_text_is_not_escaped_to_ascii() -> None:
    assert render.encode({"name": "Café ☕"}) == '{"name":"Café ☕"}'.encode()
