"""The two views of the spec: every assumption marked, the documented view derived from the marks.

The documented-only view is the spec minus every assumed constraint. These
tests hold the marks to their grammar, the derived views to OpenAPI, and the
derivation to its promise: each assumption named in the spec is gone from
the documented view, and everything else is still there.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from decisions import render
from illuminate_spec import views
from illuminate_spec.loader import SpecError, pointer_parts, walk
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from spec_loader import REPO_ROOT, load_spec, validate_spec

SPEC = load_spec()
DOCUMENTED = views.documented_view(SPEC)
GENERATOR = views.generator_view(SPEC)


def at(document: dict[str, Any], where: str) -> Any:
    node: Any = document
    for part in pointer_parts(where):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def test_every_mark_is_well_formed_and_every_rule_declared() -> None:
    found = views.assumptions(SPEC)
    rules = {a.keyword for a in found if a.rule is not None}
    assert rules == set(views.RULE_NAMES)
    marked = [a for a in found if a.rule is None]
    assert len(marked) >= 40, "the spec's assumed constraints are marked where they stand"
    assert all(len(a.reason.split()) >= 4 for a in found)


@pytest.mark.parametrize("view", ["documented", "generator"])
def test_derived_views_are_valid_openapi(view: str) -> None:
    document = DOCUMENTED if view == "documented" else GENERATOR
    validate_spec(document, REPO_ROOT / f"spec/openapi.{view}.yaml")
    assert views.RULES not in document
    text = repr(document)
    assert views.ASSUMED not in text


def test_decisions_table_is_generated_from_the_marks() -> None:
    decisions = (REPO_ROOT / "spec" / "DECISIONS.md").read_text(encoding="utf-8")
    assert render(SPEC) in decisions, "run python scripts/decisions.py"


def test_each_marked_constraint_is_gone_from_the_documented_view() -> None:
    for a in views.assumptions(SPEC):
        if a.rule is not None or a.keyword in ("status", "content"):
            continue  # rules and response objects are checked below
        full = at(SPEC, a.pointer)
        documented = at(DOCUMENTED, a.pointer)
        if "anyOf" in documented and "anyOf" not in full:
            documented = documented["anyOf"][0]  # widened by a rule (null or any string); the core is first
        assert a.keyword == "schema" or a.keyword == "required" or a.keyword in full, a
        if a.keyword == "required":
            assert a.detail in full["required"], a
            assert a.detail not in documented.get("required", []), a
        elif a.keyword == "schema":
            assert not {k for k in documented if not k.startswith("x-")} - {"description", "title"}, a
        elif a.detail:
            assert documented[a.keyword] != full[a.keyword], a
        else:
            assert a.keyword not in documented, a


def test_everything_not_marked_survives_in_the_documented_view() -> None:
    """Documented constraints stay: required names and limits of documented schemas."""
    serial = DOCUMENTED["components"]["schemas"]["Serial"]
    assert set(serial["required"]) == set(SPEC["components"]["schemas"]["Serial"]["required"]) - {"status"}
    settings = DOCUMENTED["components"]["schemas"]["SerialAllocationSettings"]
    assert settings["required"] == ["length", "strategy"]
    length = DOCUMENTED["components"]["schemas"]["SerialLength"]
    assert (length["minimum"], length["maximum"]) == (6, 20)
    twins = DOCUMENTED["paths"]["/rest/digitalTwins"]["get"]["responses"]["2XX"]
    assert twins["content"]["application/json"]["schema"]["maxItems"] == 1000
    assert twins["headers"]["has-next-page"]["$ref"] == "#/components/headers/HasNextPage"


def test_rules_are_applied() -> None:
    for route, method, operation in views.iter_operations(DOCUMENTED):
        responses = operation["responses"]
        assert "200" not in responses, (method, route)
        assert {"2XX", "204"} <= set(responses), (method, route)
        assert "default" in responses
        assert not {"400", "401", "403", "404", "409", "429"} & set(responses), (method, route)
    # closed-response-enums: a job's status may be any string in the documented view only.
    full_job = SPEC["components"]["schemas"]["JobStatus"]
    documented_job = DOCUMENTED["components"]["schemas"]["JobStatus"]
    assert full_job["properties"]["status"] == {"$ref": "#/components/schemas/JobState"}
    assert {"type": "string"} in documented_job["properties"]["status"]["anyOf"]
    # absent-not-null: an optional response field may be null, a required one not.
    twin = DOCUMENTED["components"]["schemas"]["DigitalTwin"]["properties"]
    assert {"type": "null"} in twin["productId"]["anyOf"]
    assert "anyOf" not in twin["id"]
    # strict-requests: request bodies are open in the documented view, closed in the full one.
    assert SPEC["components"]["schemas"]["CreateProductRequest"]["additionalProperties"] is False
    assert "additionalProperties" not in DOCUMENTED["components"]["schemas"]["CreateProductRequest"]


def _validator(document: dict[str, Any], where: str) -> Draft202012Validator:
    uri = "urn:view"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    return Draft202012Validator({"$ref": f"{uri}#{where}"}, registry=registry)


TWIN = {
    "id": "t1",
    "created": "2024-05-01T21:51:18.776Z",
    "createdById": "auth0|1",
    "modified": "2024-05-01T21:51:18.776Z",
    "modifiedById": "auth0|1",
    "dataCarriers": [],
    "resourceId": "p1",
    "resourceType": "PRODUCT",
}


@pytest.mark.parametrize(
    ("change", "full_ok", "documented_ok"),
    [
        ({}, True, True),
        ({"resourceType": "PRODUCT_KIT"}, False, True),  # an enum value we did not list
        ({"productId": None}, False, True),  # null for an optional field
        ({"resourceId": None}, False, True),
        ({"productId": ""}, False, True),  # empty productId of a twin that is not a product
        ({"id": 12345}, False, False),  # a documented field of the wrong type
        ({"dataCarriers": None}, False, False),  # a documented field gone
    ],
)
def test_views_judge_answers_differently(change: dict[str, Any], full_ok: bool, documented_ok: bool) -> None:
    body = [{**TWIN, **change}]
    where = "/paths/~1rest~1digitalTwins/get/responses/{}/content/application~1json/schema"
    assert _validator(SPEC, where.format("200")).is_valid(body) is full_ok
    assert _validator(DOCUMENTED, where.format("2XX")).is_valid(body) is documented_ok
    missing = [{k: v for k, v in TWIN.items() if k != "resourceType"}]
    assert not _validator(SPEC, where.format("200")).is_valid(missing)
    assert _validator(DOCUMENTED, where.format("2XX")).is_valid(missing)


def test_settings_refusal_in_every_encoding_is_documented() -> None:
    content = DOCUMENTED["paths"]["/rest/accountSerialAllocationSettings"]["post"]["responses"]["2XX"]["content"]
    assert set(content) == {"application/json", "text/plain"}
    where = "/paths/~1rest~1accountSerialAllocationSettings/post/responses/2XX/content/application~1json/schema"
    documented = _validator(DOCUMENTED, where)
    text = "Entity with ID serial_allocation_settings would cause the following conflict: ..."
    assert documented.is_valid(text)
    assert documented.is_valid({"message": text})
    assert not documented.is_valid({"accountId": 5, "serialAllocationSettings": {}})
    full = _validator(SPEC, where.replace("2XX", "200"))
    assert full.is_valid(text)
    assert not full.is_valid({"message": text})


def test_generator_view_keeps_requests_full_and_invented_shapes() -> None:
    schemas = GENERATOR["components"]["schemas"]
    assert schemas["CreateProductRequest"]["additionalProperties"] is False
    image = schemas["DigitalTwinImage"]
    assert "required" not in image
    assert "fileName" in image["properties"]
    assert "properties" not in DOCUMENTED["components"]["schemas"]["DigitalTwinImage"]
    variant = schemas["ProductVariant"]["properties"]["consumerProductVariantReasonCode"]
    assert variant["type"] == ["string", "number"]
    assert schemas["CreateProductVariantRequest"]["properties"]["consumerProductVariantReasonCode"] == {
        "$ref": "#/components/schemas/ReasonCode"
    }
    settings = GENERATOR["paths"]["/rest/accountSerialAllocationSettings"]["post"]["responses"]["2XX"]["content"]
    assert set(settings) == {"application/json"}


def _broken(mutate: Any) -> dict[str, Any]:
    document = copy.deepcopy(SPEC)
    mutate(document)
    return document


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["components"]["schemas"]["Id"].update({views.ASSUMED: {"maximum": "no such keyword here"}}),
            "does not have",
        ),
        (
            lambda d: d["components"]["schemas"]["Product"][views.ASSUMED]["required"].update(
                {"bogus": "a reason for it"}
            ),
            "not required there",
        ),
        (lambda d: d["components"]["schemas"]["Id"].update({views.ASSUMED: {"minLength": "short"}}), "sentence"),
        (lambda d: d[views.RULES].pop("absent-not-null"), "must name exactly"),
    ],
)
def test_malformed_marks_are_refused_with_their_place(mutate: Any, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        views.assumptions(_broken(mutate))


def test_every_response_schema_is_traced_or_marked_invented() -> None:
    """A response-only schema names its document section, is wholly ours, or sits inside one that does."""
    schemas = SPEC["components"]["schemas"]
    response_only = views.reachable_components(SPEC, views.response_schema_roots(SPEC)) - views.reachable_components(
        SPEC, views.request_schema_roots(SPEC)
    )

    def covered_directly(name: str) -> bool:
        schema = schemas[name]
        return "x-illuminate-doc" in schema or "schema" in schema.get(views.ASSUMED, {})

    covered = {name for name in response_only if covered_directly(name)}
    changed = True
    while changed:
        changed = False
        for name in response_only - covered:
            referrers = [other for other in response_only if f"'#/components/schemas/{name}'" in repr(schemas[other])]
            if referrers and all(r in covered for r in referrers):
                covered.add(name)
                changed = True
    assert response_only - covered == set()


def test_census_counts_documented_and_assumed() -> None:
    census = views.response_census(SPEC)
    assert census.documented > 0
    assert census.assumed > 0
    assert sum(census.assumed_by_kind.values()) == census.assumed
    marked = [a for a in views.assumptions(SPEC) if a.pointer.startswith("/components/schemas/")]
    invented = {a.pointer for a in marked if a.keyword == "schema"}
    required_in_invented = sum(
        len(node.get("required", []))
        for where in invented
        for _, node in walk(at(SPEC, where))
        if isinstance(node, dict)
    )
    assert census.assumed_by_kind["required"] == required_in_invented + sum(a.keyword == "required" for a in marked)
