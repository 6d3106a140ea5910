"""The pre-generation transform keeps what the generator would otherwise lose."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from prepare_spec import prepare_for_generator
from spec_loader import SpecError, iter_operations, load_spec


def document(parameters: list[dict[str, Any]], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "listThings", "parameters": parameters, "responses": {}}}},
        "components": {"schemas": schemas or {}},
    }


def parameters_of(prepared: dict[str, Any]) -> list[dict[str, Any]]:
    return list(prepared["paths"]["/things"]["get"]["parameters"])


def test_json_content_parameter_becomes_a_json_string() -> None:
    filter_schema = {"$ref": "#/components/schemas/ThingFilter"}
    source = document(
        [
            {
                "name": "filter",
                "in": "query",
                "description": "Narrow it.",
                "content": {"application/json": {"schema": filter_schema}},
            }
        ],
        {"ThingFilter": {"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "string"}}}}},
    )

    (parameter,) = parameters_of(prepare_for_generator(source))

    assert "content" not in parameter
    assert parameter["schema"]["type"] == "string"
    assert parameter["schema"]["contentMediaType"] == "application/json"
    assert parameter["schema"]["contentSchema"] == filter_schema
    assert "ThingFilter" in parameter["description"]


def test_the_input_document_is_not_modified() -> None:
    source = document([{"name": "f", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}}])
    before = copy.deepcopy(source)

    prepare_for_generator(source)

    assert source == before


def test_non_json_parameter_content_is_refused_with_its_place() -> None:
    source = document([{"name": "f", "in": "query", "content": {"text/csv": {"schema": {"type": "string"}}}}])

    with pytest.raises(SpecError, match=r"paths\./things\.get\.parameters\[0\].*text/csv"):
        prepare_for_generator(source)


@pytest.mark.parametrize("style", [{"style": "pipeDelimited"}, {"explode": False}, {"style": "spaceDelimited"}])
def test_array_styles_the_generator_ignores_are_refused(style: dict[str, Any]) -> None:
    parameter = {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, **style}

    with pytest.raises(SpecError, match="style/explode"):
        prepare_for_generator(document([parameter]))


def test_default_style_and_scalar_parameters_pass() -> None:
    parameters = [
        {"name": "ids", "in": "query", "style": "form", "explode": True, "schema": {"type": "array", "items": {}}},
        {"name": "first", "in": "query", "explode": False, "schema": {"type": "integer"}},
    ]

    assert len(parameters_of(prepare_for_generator(document(parameters)))) == 2


def test_parameter_description_reaches_plain_schemas_but_not_enums() -> None:
    schemas = {"Id": {"type": "string", "description": "generic"}, "Order": {"type": "string", "enum": ["A", "B"]}}
    parameters = [
        {
            "name": "accountId",
            "in": "query",
            "description": "The account.",
            "schema": {"$ref": "#/components/schemas/Id"},
        },
        {"name": "order", "in": "query", "description": "Sort.", "schema": {"$ref": "#/components/schemas/Order"}},
    ]

    account, order = parameters_of(prepare_for_generator(document(parameters, schemas)))

    assert account["schema"] == {"type": "string", "description": "The account."}
    assert order["schema"] == {"$ref": "#/components/schemas/Order"}


def test_validation_only_keywords_are_removed_and_shapes_kept() -> None:
    link = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}, "not": {"type": "string"}},
        "oneOf": [{"required": ["a"], "not": {"required": ["b"]}}, {"required": ["b"]}],
        "if": {"properties": {"a": {"const": "x"}}},
        "then": {"required": ["b"]},
    }
    shaped = {"oneOf": [{"$ref": "#/components/schemas/Link"}, {"type": "string"}]}

    prepared = prepare_for_generator(document([], {"Link": link, "Shaped": shaped}))["components"]["schemas"]

    assert set(prepared["Link"]) == {"type", "properties"}
    assert set(prepared["Link"]["properties"]) == {"a", "b", "not"}, "a property named `not` is a field, not a keyword"
    assert prepared["Shaped"] == shaped


def test_the_real_spec_keeps_every_filter() -> None:
    source = load_spec()
    prepared = prepare_for_generator(source)

    def filters(doc: dict[str, Any]) -> list[str]:
        return [
            op["operationId"]
            for _, _, op in iter_operations(doc)
            for p in op.get("parameters", [])
            if p.get("name") == "filter"
        ]

    json_filters = [p for _, _, op in iter_operations(source) for p in op.get("parameters", []) if "content" in p]
    assert filters(prepared) == filters(source)
    assert len(filters(source)) == len(json_filters) > 0
