"""The table parser of the reference documents (``scripts/refdocs.py``): its quirks and the real tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import refdocs

REFERENCE_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "reference"


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
    if not all((REFERENCE_DIR / doc).is_file() for doc in refdocs.DOCUMENTS):
        pytest.fail(f"reference documents {refdocs.DOCUMENTS} not found in {REFERENCE_DIR}")
    tables = refdocs.load_tables(REFERENCE_DIR)
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
