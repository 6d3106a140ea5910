"""Doc coverage of the spec: the real check, and units of the checker (the parser: test_refdocs.py)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import doc_coverage
import pytest
import refdocs

REPO = Path(__file__).resolve().parents[2]
REFERENCE_DIR = REPO.parent / "shared" / "reference"
SPEC_PATH = REPO / "spec" / "openapi.yaml"


def reference_tables() -> list[refdocs.Table]:
    if not all((REFERENCE_DIR / doc).is_file() for doc in refdocs.DOCUMENTS):
        pytest.fail(f"reference documents {refdocs.DOCUMENTS} not found in {REFERENCE_DIR}")
    return refdocs.load_tables(REFERENCE_DIR)


def spec() -> dict[str, Any]:
    if not SPEC_PATH.is_file():
        pytest.fail(f"spec not found at {SPEC_PATH}")
    return doc_coverage.load_spec(SPEC_PATH)


# ------------------------------------------------------------ the real check


def test_doc_coverage_is_complete(record_property: Any) -> None:
    coverage = doc_coverage.check(spec(), reference_tables())
    print(coverage.summary())
    record_property("doc_coverage", coverage.summary())
    assert coverage.problems == [], "\n".join([coverage.summary(), *map(str, coverage.problems)])
    assert coverage.matched == coverage.total


def _owner(schema: dict[str, Any], name: str, full: dict[str, Any]) -> dict[str, Any]:
    """The resolved (allOf part of the) schema whose ``properties`` hold ``name``."""
    for part in doc_coverage._object(full, schema):
        if name in part.get("properties", {}):
            return part
    raise AssertionError(f"`{name}` not found; is the spec itself incomplete?")


def test_broken_copy_of_the_spec_is_reported() -> None:
    broken = copy.deepcopy(spec())
    post_products = broken["paths"]["/rest/products"]["post"]
    body = doc_coverage.body_schema(post_products, broken)
    # 1. a documented property removed
    del _owner(body, "descriptiveSize", broken)["properties"]["descriptiveSize"]
    # 2. a required flag flipped without a note: doc "yes" made optional
    owner = _owner(body, "identifier", broken)
    owner["required"] = [r for r in owner.get("required", []) if r != "identifier"]
    owner["properties"]["identifier"].pop(doc_coverage.ASSUMPTION, None)
    # 3. the other way round: doc "no" made required
    owner = _owner(body, "netContent", broken)
    owner["required"] = [*owner.get("required", []), "netContent"]
    owner["properties"]["netContent"].pop(doc_coverage.ASSUMPTION, None)

    coverage = doc_coverage.check(broken, reference_tables())
    reported = {(p.table, p.name) for p in coverage.problems}
    table = "rest:Create a Product/Body Parameters#1"
    assert {
        (table, "descriptiveSize"),
        (table, "identifier"),
        (table, "netContent"),
    } <= reported
    assert coverage.matched <= coverage.total - 3


# ------------------------------------------------------------ checker units

TINY_DOC = """\
## Requests

### Create a Thing

**Body Parameters**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `accountId` | String | yes | Account |
| `note` | String | no | A note
(see below) |
| `patch` | `ThingPatch` | * | Patch |

**ThingPatch**

| Name | Type | Description |
|------|------|-------------|
 | `colour` | String | Colour |

**Body Parameters**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `finalId` | String | yes | Second step |

### List Things

**Query Parameters**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `accountId` | String | Yes | Account |
| `filter` | Object | no | Filter |

**Filter Parameters**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `thingids.ids` | String list | yes | IDs |
"""


def tiny_spec() -> dict[str, Any]:
    def doc(section: str, table: int | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {"document": "doc.md", "section": section}
        return found if table is None else {**found, "table": table}

    def body(ref: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}

    string = {"type": "string"}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "post": {
                    "x-illuminate-doc": doc("Create a Thing", 1),
                    "requestBody": body("CreateThing"),
                },
                "get": {
                    "x-illuminate-doc": doc("List Things"),
                    "parameters": [
                        {
                            "name": "accountId",
                            "in": "query",
                            "required": True,
                            "schema": string,
                        },
                        {"$ref": "#/components/parameters/Filter"},
                    ],
                },
            },
            "/things/finish": {
                "post": {
                    "x-illuminate-doc": doc("Create a Thing", 2),
                    "requestBody": body("Finish"),
                },
            },
        },
        "components": {
            "parameters": {
                "Filter": {
                    "name": "filter",
                    "in": "query",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingFilter"}}},
                }
            },
            "schemas": {
                "Base": {
                    "type": "object",
                    "required": ["accountId"],
                    "properties": {"accountId": string},
                },
                "CreateThing": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "properties": {
                                "note": string,
                                "patch": {"$ref": "#/components/schemas/ThingPatch"},
                            }
                        },
                    ]
                },
                "ThingPatch": {"type": "object", "properties": {"colour": string}},
                "Finish": {
                    "type": "object",
                    "required": ["finalId"],
                    "properties": {"finalId": string},
                },
                "ThingFilter": {
                    "type": "object",
                    "required": ["thing"],
                    "properties": {
                        "thing": {
                            "x-illuminate-doc-name": "thingids",
                            "type": "object",
                            "required": ["ids"],
                            "properties": {"ids": {"type": "array", "items": string}},
                        }
                    },
                },
            },
        },
    }


def tiny_check(spec: dict[str, Any]) -> doc_coverage.Coverage:
    return doc_coverage.check(spec, refdocs.parse_tables(TINY_DOC, "doc.md"))


def test_checker_accepts_a_complete_spec() -> None:
    coverage = tiny_check(tiny_spec())
    assert coverage.problems == []
    assert (coverage.matched, coverage.total) == (8, 8)
    assert coverage.summary() == "doc coverage: 8/8 names (100.0%)"


def test_checker_reports_a_removed_property() -> None:
    spec = tiny_spec()
    del spec["components"]["schemas"]["ThingPatch"]["properties"]["colour"]
    coverage = tiny_check(spec)
    assert [(p.table, p.name, p.place) for p in coverage.problems] == [
        ("doc:Create a Thing/ThingPatch#1", "colour", "POST /things")
    ]
    assert coverage.matched == 7


@pytest.mark.parametrize(
    ("schema", "name", "flip"),
    [
        ("Base", "accountId", "drop"),  # doc "yes", spec optional
        ("CreateThing", "note", "add"),  # doc "no", spec required (via allOf)
        ("CreateThing", "patch", "add"),  # doc "*", spec required
        ("Finish", "finalId", "drop"),  # second table of the section
    ],
)
def test_checker_reports_a_flipped_required_flag_unless_noted(schema: str, name: str, flip: str) -> None:
    spec = tiny_spec()
    node = spec["components"]["schemas"][schema]
    if flip == "drop":
        node["required"].remove(name)
    else:
        node["allOf"][1]["required"] = [name]
    problems = tiny_check(spec).problems
    assert [p.name for p in problems] == [name]
    assert "Required?" in problems[0].message

    owner = node["allOf"][1] if "allOf" in node and name != "accountId" else node
    owner["properties"][name] = {
        **owner["properties"][name],
        "x-illuminate-assumption": "why",
    }
    assert tiny_check(spec).problems == []


def test_checker_walks_filter_paths_with_doc_names_and_required() -> None:
    spec = tiny_spec()
    thing = spec["components"]["schemas"]["ThingFilter"]["properties"]["thing"]
    thing["required"] = []
    assert [p.name for p in tiny_check(spec).problems] == ["thingids.ids"]
    del thing["x-illuminate-doc-name"]
    problems = tiny_check(spec).problems
    assert [p.name for p in problems] == ["thingids.ids"]
    assert "thingids" in problems[0].message


def test_checker_reports_query_parameters_and_missing_operations() -> None:
    spec = tiny_spec()
    spec["paths"]["/things"]["get"]["parameters"][0]["required"] = False
    assert [p.name for p in tiny_check(spec).problems] == ["accountId"]
    del spec["paths"]["/things/finish"]
    problems = tiny_check(spec).problems
    assert any(p.table == "doc:Create a Thing/Body Parameters#2" and "finalId" in p.message for p in problems)
