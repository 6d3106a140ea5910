"""Doc coverage of the spec, and unit tests of the reference-document parser."""

from __future__ import annotations

import copy
import re
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


# ------------------------------------------------------------ parser units

QUIRKY = """\
## Requests

### Update a Thing

```
PUT /things
```

**Body Parameters**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `accountId` | String | Yes | Account |
| `patch` | `ThingPatch` | yes | Patch to apply 
(see below) |
| `links` | `ThingLink` list | * | Links |
| `note` | String |  | Note |

**ThingPatch**

| Name | Type | Description |
|------|------|-------------|
 | `colour` | String | Colour |
 | `size` | Number | Size |

**ThingLink**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `targetId` | String | no | Target |

**Body Parameters**

| Name | Type | Required? | Description |
|------|------|-----------|-------------|
| `second` | String | yes | In the second table |

**Filter Parameters**

| Name | Type | Description |
|------|------|-------------|
| `thing.ids.in` | String list | IDs |
"""


def test_rows_quirks_leading_space_spill_over_and_required_cells() -> None:
    body, patch, _link, second, filter_ = refdocs.parse_tables(QUIRKY, "doc.md")
    assert [(r.name, r.type, r.required) for r in body.rows] == [
        ("accountId", "String", "yes"),
        ("patch", "ThingPatch", "yes"),
        ("links", "ThingLink list", "*"),
        ("note", "String", ""),
    ]
    assert body.rows[1].description == "Patch to apply (see below)"
    assert [(r.name, r.required) for r in patch.rows] == [
        ("colour", None),
        ("size", None),
    ]
    assert [(r.name, r.required) for r in filter_.rows] == [("thing.ids.in", None)]
    assert second.rows[0].name == "second"


def test_sub_tables_point_at_the_row_naming_them() -> None:
    body, patch, link, second, filter_ = refdocs.parse_tables(QUIRKY, "doc.md")
    assert (body.kind, body.section, body.index) == ("body", "Update a Thing", 1)
    assert (patch.kind, patch.label, patch.parent_path, patch.index) == (
        "sub",
        "ThingPatch",
        ("patch",),
        1,
    )
    assert (link.kind, link.parent_path) == ("sub", ("links",))
    assert (second.kind, second.index) == ("body", 2)
    assert (filter_.kind, filter_.index) == ("filter", 3)


def test_unnamed_bold_table_is_an_error() -> None:
    text = "### S\n\n**Mystery**\n\n| Name | Type | Description |\n|--|--|--|\n| `a` | String | A |\n"
    with pytest.raises(ValueError, match="Mystery"):
        refdocs.parse_tables(text, "doc.md")


def test_resource_tables_only_under_resource_schemas() -> None:
    text = """\
## Resource Schemas

### Widget 

> note

| Field | Type | Description |
|-------|------|-------------|
| `id` | String | ID |
| `tags` | String list | Tags |

## Getting Started

| Subscription | Yes |
| --- | --- |
| Automate | Yes |

### Other

| Field | Type | Description |
|-------|------|-------------|
| `ignored` | String | not a resource |
"""
    (widget,) = refdocs.parse_tables(text, "doc.md")
    assert (widget.kind, widget.section, widget.label) == (
        "resource",
        "Widget",
        "Widget",
    )
    assert [r.name for r in widget.rows] == ["id", "tags"]


def _independent_counts() -> tuple[int, int]:
    """(tables, rows) of the documents, counted without the parser.

    Rows: every table line whose first cell is a backticked name (parameter
    and resource tables; the subscription, header and character-set tables
    have plain first cells). Tables: the bold parameter labels, the bold
    labels that a table row names as its type (sub-tables), and the ``###``
    sections under "## Resource Schemas".
    """
    tables = rows = 0
    for document in refdocs.DOCUMENTS:
        text = (REFERENCE_DIR / document).read_text(encoding="utf-8")
        lines = text.splitlines()
        rows += sum(1 for line in lines if re.match(r"^\s*\|\s*`", line))
        named_types = set(re.findall(r"\|\s*`?([A-Z][A-Za-z]+)`?(?: list)?\s*\|", text))
        named_types |= set(re.findall(r"^\s*\|\s*`([A-Za-z]+)`\s*\|", text, re.MULTILINE))  # rows naming a sub-table
        in_resources = False
        for line in lines:
            if line.startswith("## "):
                in_resources = line.strip() == "## Resource Schemas"
            elif line.startswith("### ") and in_resources:
                tables += 1
            elif label := re.fullmatch(r"\*\*(.+?)\*\*\s*", line.strip()):
                name = label.group(1)
                tables += name in refdocs.PARAMETER_KINDS or name in named_types
    return tables, rows


def test_real_documents_tables() -> None:
    tables = reference_tables()
    by_where = {t.where: t for t in tables}
    expected_tables, expected_rows = _independent_counts()
    assert len(tables) == expected_tables
    assert sum(len(t.rows) for t in tables) == expected_rows
    patch = by_where["rest:Update a Product/UpdateProductPatch#1"]
    assert patch.parent_path == ("patch",)
    assert len(patch.rows) == 13
    assert patch.rows[0].name == "additionalTradeItemIdentification"
    links = by_where["rest:Create a Promotional Asset Link/PromotionalAssetLink#1"]
    assert links.parent_path == ("links",)
    upload = "rest:Upload a Digital Twin Image From File/Body Parameters"
    assert [r.name for r in by_where[f"{upload}#2"].rows] == [
        "accountId",
        "digitalTwinImageId",
    ]
    assert len(by_where[f"{upload}#1"].rows) == 5
    assert {t.kind for t in tables} == {"query", "body", "filter", "sub", "resource"}
    assert sum(t.kind == "resource" for t in tables) == 7
    carriers = by_where["serialization:Create a Data Carrier/Body Parameters#1"]
    assert [r.required for r in carriers.rows] == ["yes", "yes", "yes", "yes", "*", "*"]


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
