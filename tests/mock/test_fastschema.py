"""The compiled verdicts of ``fastschema.py`` say exactly what ``jsonschema`` says, for every request schema.

Validation asks the compiled predicate first and trusts a yes: a predicate
that accepted what ``jsonschema`` refuses would let an invalid request
through. So for every schema the mock validates requests with (each
parameter's and each body's), values built from the schema itself (valid
ones, and ones broken in one place: a wrong type, a missing or extra field,
a string off its pattern or length, a number past its bound) get the same
verdict from both.
"""

from __future__ import annotations

import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from illuminate_mock import specdoc
from illuminate_mock.fastschema import compile_schema
from illuminate_mock.validation import FORMATS
from illuminate_spec.loader import load_spec

SPEC = load_spec()
POINTERS = sorted(
    {p.schema_pointer for op in specdoc.operations(SPEC).values() for p in op.parameters}
    | {op.body_pointer for op in specdoc.operations(SPEC).values() if op.body_pointer is not None}
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.sampled_from(["", "\x00", "a\nb", "2024-02-30", "2024-01-01T00:00:00Z", "https://x.example/a", "not a uri"]),
)
JUNK = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner))


def _resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = SPEC.at(schema["$ref"].removeprefix("#"))
    return schema


def _strings(schema: dict[str, Any], clean: bool) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength", 40)
    if schema.get("format") in FORMATS_OK:
        options = [st.just(FORMATS_OK[schema["format"]])]
    elif "pattern" in schema:
        options = [st.from_regex(schema["pattern"], fullmatch=True).filter(lambda text: low <= len(text) <= high)]
    else:
        options = [st.text(string.ascii_letters, min_size=low, max_size=min(high, low + 20))]
    if "example" in schema and isinstance(schema["example"], str):
        options.append(st.just(schema["example"]))
    if not clean:
        options.extend([st.text(max_size=8), st.text(string.printable, max_size=40)])
        options.extend(st.just("a" * max(0, bound + shift)) for bound in (low, high) for shift in (-1, 0, 1))
        options.append(st.sampled_from([*FORMATS_OK.values(), "urn:x"]))
    return st.one_of(options)


FORMATS_OK = {"date": "2024-01-31", "date-time": "2024-01-01T10:00:00+01:00", "uri": "https://example.com/x"}


def instances(schema: Any, depth: int = 0, clean: bool = False) -> st.SearchStrategy[Any]:
    """Values near ``schema``: valid ones (most of those ``clean`` gives), and ones broken in one place or more."""
    schema = _resolve(schema)
    if not isinstance(schema, dict) or depth > 6:
        return st.none() if clean else JUNK
    if clean and ("enum" in schema or "const" in schema):
        return st.sampled_from(schema["enum"]) if "enum" in schema else st.just(schema["const"])
    options: list[st.SearchStrategy[Any]] = [] if clean else [SCALARS]
    if "enum" in schema:
        options.append(st.sampled_from(schema["enum"]))
    if "const" in schema:
        options.append(st.just(schema["const"]))
    for key in ("allOf", "anyOf", "oneOf"):
        options.extend(instances(sub, depth + 1, clean) for sub in schema.get(key, []))
    for key in ("then", "else", "if"):
        if key in schema and not clean:
            options.append(instances(schema[key], depth + 1, clean))
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if "properties" in schema or "object" in types:
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        fields = {name: instances(properties.get(name, {}), depth + 1, clean) for name in {*properties, *required}}
        mandatory = {name: fields[name] for name in required}
        if not clean:
            fields["unknownField"] = JUNK
            options.append(st.fixed_dictionaries({}, optional=fields))  # a required field may be missing
        optional = {name: value for name, value in fields.items() if name not in mandatory}
        options.append(st.fixed_dictionaries(mandatory, optional=optional))
    if "items" in schema or "array" in types:
        low, high = schema.get("minItems", 0), min(schema.get("maxItems", 3), 3)
        if not clean:
            low, high = max(0, low - 1), high + 1
        options.append(st.lists(instances(schema.get("items", {}), depth + 1, clean), min_size=low, max_size=high))
    if "string" in types or "pattern" in schema:
        options.append(_strings(schema, clean))
    if "integer" in types or "number" in types:
        low, high = schema.get("minimum", -10), schema.get("maximum", 10**6)
        options.append(st.integers(low, high))
        if not clean:
            options.append(st.sampled_from([low - 1, high + 1, 1.0, 2.5]))
    if "boolean" in types:
        options.append(st.booleans())
    if not options:
        return st.none() if "null" in types else JUNK
    return st.one_of(options)


@pytest.mark.slow  # hypothesis over every request schema: about 20 s in all
@pytest.mark.parametrize("pointer", POINTERS)
def test_the_compiled_verdict_is_jsonschemas(pointer: str) -> None:
    check = compile_schema(SPEC.at(pointer), SPEC.at, FORMATS)
    assert check is not None, f"{pointer} has no compiled verdict: every request schema of the spec should"
    validator = specdoc.schema_validator(SPEC, pointer, FORMATS)
    seen = {True: 0, False: 0}

    def agree(value: Any) -> None:
        expected = validator.is_valid(value)
        seen[expected] += 1
        assert check(value) is expected, value

    for clean in (True, False):
        run = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        run(given(instances(SPEC.at(pointer), clean=clean))(agree))()
        assert seen[True], f"no valid value was generated for {pointer}"
    assert seen[False], f"no invalid value was generated for {pointer}"


def test_a_schema_with_a_keyword_it_does_not_compile_gets_no_verdict() -> None:
    assert compile_schema({"prefixItems": [{"type": "string"}]}, SPEC.at, FORMATS) is None
    assert compile_schema({"properties": {"a": {"$dynamicRef": "#x"}}}, SPEC.at, FORMATS) is None
    assert compile_schema({"$ref": "https://example.com/schema"}, SPEC.at, FORMATS) is None
    assert compile_schema({"patternProperties": {"^a": {}}, "additionalProperties": False}, SPEC.at, FORMATS) is None


@pytest.mark.parametrize(
    ("schema", "value", "valid"),
    [
        ({"type": "integer"}, True, False),  # bool is no integer to JSON Schema
        ({"type": "integer"}, 2.0, True),
        ({"enum": [1]}, True, False),
        ({"const": False}, 0, False),
        ({"uniqueItems": True}, [1, True], True),
        ({"uniqueItems": True}, [{"a": 1}, {"a": 1}], False),
        ({"pattern": "^a$"}, "a\n", True),  # re.search: $ matches before a final newline, as in jsonschema
        ({"format": "date"}, "2024-02-30", False),
        ({"format": "date-time"}, 5, True),  # formats apply to strings only
        ({"minimum": 3}, "2", True),
        ({"if": {"required": ["a"]}, "then": {"required": ["b"]}}, {"a": 1}, False),
        ({"not": {"required": ["a"]}}, {"a": 1}, False),
        ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, 1, False),
        ({"additionalProperties": {"type": "string"}, "properties": {"n": {}}}, {"n": 1, "x": "s"}, True),
        ({"propertyNames": {"maxLength": 1}}, {"ab": 1}, False),
    ],
)
def test_keywords_keep_jsonschemas_semantics(schema: dict[str, Any], value: Any, valid: bool) -> None:
    check = compile_schema(schema, SPEC.at, FORMATS)
    assert check is not None
    validator = specdoc.Draft202012Validator(schema, format_checker=FORMATS)
    assert validator.is_valid(value) is valid
    assert check(value) is valid
