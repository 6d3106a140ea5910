"""Parse the Illuminate reference documents (Markdown) into plain data.

Two things are read:

* parameter and resource tables (``parse_tables``): every "**Query Parameters**",
  "**Body Parameters**" and "**Filter Parameters**" table under a ``###``
  request heading, every bold sub-table (``**UpdateProductPatch**``) that
  describes the object type of a row in an earlier table of the same section,
  and every field table under ``## Resource Schemas``;
* examples (``curl`` commands and JSON blocks): ``refexamples``.

The documents are hand-written and quirky; each quirk handled is noted where it
is handled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

DOCUMENTS = ("illuminate-rest-api.md", "illuminate-serialization-api.md", "illuminate-serialization-api-v1.md")
TableKind = Literal["query", "body", "filter", "sub", "resource"]
PARAMETER_KINDS: dict[str, TableKind] = {
    "Query Parameters": "query",
    "Body Parameters": "body",
    "Filter Parameters": "filter",
}
RESOURCE_SCHEMAS = "Resource Schemas"

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*\s*$")
FENCE = re.compile(r"^\s*```\s*(\S*)\s*$")


@dataclass(frozen=True)
class Row:
    """One documented name.

    ``required`` is "yes", "no", "*" (conditionally required) or "" (blank
    cell), lower-cased; None when the table has no Required? column.
    """

    name: str
    type: str
    required: str | None
    description: str


@dataclass(frozen=True)
class Table:
    """A documented table.

    ``index`` is the 1-based position of a query/body/filter table among the
    parameter tables of its section (a sub-table takes its parent's index;
    resource tables have 0). ``parent_path`` is, for a sub-table, the row names
    leading from the parameter table to the object the sub-table describes.
    """

    document: str
    section: str
    kind: TableKind
    label: str
    index: int
    rows: tuple[Row, ...]
    line: int
    parent_path: tuple[str, ...] = ()

    def with_rows(self, rows: tuple[Row, ...]) -> Table:
        return replace(self, rows=rows)

    @property
    def where(self) -> str:
        return f"{short_name(self.document)}:{self.section}/{self.label}#{self.index}"


def short_name(document: str) -> str:
    """Short label of a document: "illuminate-rest-api.md" -> "rest"."""
    return document.removeprefix("illuminate-").removesuffix(".md").removesuffix("-api")


# --------------------------------------------------------------------- code blocks


def fence_end(lines: list[str], start: int) -> int:
    """The index of the line that closes the code block opened at ``start``."""
    return next(j for j in range(start + 1, len(lines)) if lines[j].strip() == "```")


def lines_and_blocks(lines: list[str]) -> Iterator[tuple[int, str, re.Match[str] | None, str]]:
    """``(index, line, None, "")`` for each line outside code blocks; for each code block
    ``(index, opening line, its FENCE match, the text inside)``, the closing line left out."""
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if fence is None:
            yield i, lines[i], None, ""
            i += 1
            continue
        end = fence_end(lines, i)
        yield i, lines[i], fence, "\n".join(lines[i + 1 : end])
        i = end + 1


# --------------------------------------------------------------------- tables


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _unquote(cell: str) -> str:
    return cell.replace("`", "").strip()


def _read_table(lines: list[str], start: int) -> tuple[list[str], int]:
    """Logical rows of the table starting at ``start``, and the next index.

    Quirks: rows may start with a space before the pipe, and a row whose cell
    spills onto the next line (no closing pipe yet) is joined with it.
    """
    rows: list[str] = []
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("|"):
        row = lines[i].strip()
        i += 1
        while not row.endswith("|") and i < len(lines) and lines[i].strip():
            row += " " + lines[i].strip()
            i += 1
        rows.append(row)
    return rows, i


def _to_rows(raw: list[str]) -> tuple[Row, ...]:
    header = [h.lower() for h in _cells(raw[0])]
    name_col = next(i for i, h in enumerate(header) if h in ("name", "field"))
    type_col = header.index("type")
    req_col = next((i for i, h in enumerate(header) if h.startswith("required")), None)
    desc_col = header.index("description")
    rows = []
    for line in raw[2:]:  # raw[1] is the |---| separator
        cells = _cells(line)
        rows.append(
            Row(
                # A trailing "*" marks a footnote ("Applies only to digital twins with serialized watermarks").
                name=_unquote(cells[name_col]).removesuffix("*").strip(),
                type=_unquote(cells[type_col]),
                required=None if req_col is None else cells[req_col].lower(),
                description=cells[desc_col],
            )
        )
    return tuple(rows)


def _object_type(row_type: str) -> str:
    """The object type a Type cell names: "PromotionalAssetLink list" -> "PromotionalAssetLink"."""
    return row_type.removesuffix(" list").strip()


def parse_tables(text: str, document: str) -> list[Table]:
    lines = text.splitlines()
    tables: list[Table] = []
    h2 = section = label = ""
    index = 0  # parameter tables seen so far in this section
    i = 0
    while i < len(lines):
        line = lines[i]
        if heading := HEADING.match(line):
            level, title = len(heading.group(1)), heading.group(2)
            if level <= 2:
                h2, section = title, ""
            elif level == 3:
                section, index = title, 0
            label = ""
            i += 1
            continue
        if bold := BOLD_LINE.match(line.strip()):
            label = bold.group(1).strip()
            i += 1
            continue
        if FENCE.match(line):  # skip code blocks
            i = fence_end(lines, i) + 1
            continue
        if not line.lstrip().startswith("|"):
            i += 1
            continue
        line_no = i + 1
        raw, i = _read_table(lines, i)
        table = _classify(tables, document, h2, section, label, index, line_no)
        label = ""
        if table is not None:
            tables.append(table.with_rows(_to_rows(raw)))
            if table.kind in ("query", "body", "filter"):
                index = table.index
    return tables


def _classify(
    seen: list[Table],
    document: str,
    h2: str,
    section: str,
    label: str,
    index: int,
    line: int,
) -> Table | None:
    """What the table at ``line`` is (rows still empty), or None to ignore it."""
    rows: tuple[Row, ...] = ()
    if label in PARAMETER_KINDS:
        return Table(document, section, PARAMETER_KINDS[label], label, index + 1, rows, line)
    if label:
        # A sub-table: find the row of an earlier table of this section whose
        # Type names it.
        for parent in reversed(seen):
            if parent.section != section or parent.document != document:
                break
            for row in parent.rows:
                # The sub-table is named by a row's type (`UpdateProductPatch`), or by the row itself
                # (2025: **attributes** describes the items of the `attributes` row, typed Object).
                if label in (_object_type(row.type), row.name):
                    path = (*parent.parent_path, row.name)
                    return Table(document, section, "sub", label, parent.index, rows, line, path)
        raise ValueError(f"{document}:{line}: table **{label}** is not named by any row above it")
    if h2 == RESOURCE_SCHEMAS and section:
        return Table(document, section, "resource", section, 0, rows, line)
    return None  # e.g. the subscription table, response headers


# ------------------------------------------------------------------- loading


def load_tables(reference_dir: Path) -> list[Table]:
    return [t for doc in DOCUMENTS for t in parse_tables(read_document_text(reference_dir, doc), doc)]


def read_document_text(reference_dir: Path, document: str) -> str:
    path = reference_dir / document
    if not path.is_file():
        raise FileNotFoundError(f"reference document not found: {path}")
    return path.read_text(encoding="utf-8")
