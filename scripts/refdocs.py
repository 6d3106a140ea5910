"""Parse the Illuminate reference documents (Markdown) into plain data.

Two things are read:

* parameter and resource tables (``parse_tables``): every "**Query Parameters**",
  "**Body Parameters**" and "**Filter Parameters**" table under a ``###``
  request heading, every bold sub-table (``**UpdateProductPatch**``) that
  describes the object type of a row in an earlier table of the same section,
  and every field table under ``## Resource Schemas``;
* examples (``parse_examples``): ``curl`` commands and JSON blocks.

The documents are hand-written and quirky; each quirk handled is noted where it
is handled.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

DOCUMENTS = ("illuminate-rest-api.md", "illuminate-serialization-api.md", "illuminate-serialization-api-v1.md")
TableKind = Literal["query", "body", "filter", "sub", "resource"]
PARAMETER_KINDS: dict[str, TableKind] = {
    "Query Parameters": "query",
    "Body Parameters": "body",
    "Filter Parameters": "filter",
}
RESOURCE_SCHEMAS = "Resource Schemas"
ExampleKind = Literal["request", "response", "fragment", "text"]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*\s*$")
_FENCE = re.compile(r"^\s*```\s*(\S*)\s*$")


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


@dataclass(frozen=True)
class CurlRequest:
    """A request an example shows. ``base`` is the base URL's path ("/rest", "/api/v1") when the
    example names it, "" for ``$API_URL`` (which base depends on the section)."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any  # parsed JSON of -d, None when absent or empty
    base: str = ""


@dataclass(frozen=True)
class Example:
    """A curl command (kind "request"), a JSON response, or a JSON fragment.

    ``section`` is the nearest ``###`` heading (``####`` when there is none
    since the last ``##``); ``heading`` the nearest heading or bold line.
    ``request`` is the curl itself for a request and, for a response, the
    latest curl of the same section (the request the response answers).
    ``value`` is the parsed JSON of a response or fragment. A fragment such as
    ``"filter": {...}`` is parsed wrapped in braces.
    """

    document: str
    section: str
    heading: str
    kind: ExampleKind
    line: int
    request: CurlRequest | None
    value: Any
    elided: bool


def short_name(document: str) -> str:
    """Short label of a document: "illuminate-rest-api.md" -> "rest"."""
    return document.removeprefix("illuminate-").removesuffix(".md").removesuffix("-api")


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
        if heading := _HEADING.match(line):
            level, title = len(heading.group(1)), heading.group(2)
            if level <= 2:
                h2, section = title, ""
            elif level == 3:
                section, index = title, 0
            label = ""
            i += 1
            continue
        if bold := _BOLD_LINE.match(line.strip()):
            label = bold.group(1).strip()
            i += 1
            continue
        if _FENCE.match(line):  # skip code blocks
            i = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "```") + 1
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


# ------------------------------------------------------------------- examples


class NotJson(ValueError):
    """A block labelled json that no repair makes JSON (the value is its text)."""


def parse_json_block(text: str) -> tuple[Any, bool, bool]:
    """Parse a JSON block; return (value, elided, fragment).

    Quirks, each repaired rather than refused:

    - fields elided with ``...`` lines make the block invalid JSON: those
      lines are dropped and the commas they leave dangling before ``}`` or
      ``]`` are removed (``elided`` is then True); a trailing comma without
      an elision is removed the same way;
    - a bare member such as ``"filter": {...}`` is parsed wrapped in braces
      (``fragment`` is then True);
    - several values one after the other (the 2025 List Serials example
      shows two serial objects) become a list of those values.

    A block that none of these makes JSON raises ``NotJson``.
    """
    kept = [line for line in text.splitlines() if line.strip().rstrip(",") != "..."]
    elided = len(kept) != len(text.splitlines())
    cleaned = re.sub(r",(\s*[}\]])", r"\1", "\n".join(kept)).strip().rstrip(",")
    try:
        return json.loads(cleaned), elided, False
    except json.JSONDecodeError:
        pass
    try:
        return json.loads("{" + cleaned + "}"), elided, True
    except json.JSONDecodeError:
        pass
    decoder, values, position = json.JSONDecoder(), [], 0
    try:
        while position < len(cleaned):
            value, position = decoder.raw_decode(cleaned, position)
            values.append(value)
            while position < len(cleaned) and cleaned[position] in " \t\r\n":
                position += 1
    except json.JSONDecodeError:
        raise NotJson(text) from None
    return values, elided, False


_BASE_URL = re.compile(r"(?:\$API_URL|https://api\.dmrc\.app(/rest|/api/v1))(/[^'\s]*)")
_REQUEST_LINE = re.compile(r"^(GET|POST|PUT|DELETE|PATCH) (/\S*)")
_METHOD = re.compile(r"(?:-X|--request)\s+['\"]?([A-Za-z]+)")
_DATA = re.compile(r"(?:-d|--data(?:-raw)?)\s+'(.*?)'", re.DOTALL)


def parse_curl(text: str) -> CurlRequest:
    """Read method, path, query and body of a curl command.

    No shell tokenizer is used: some snippets open a quote they never close
    (``-H 'Content-Type:application/json \\``), so each part is found by its
    own pattern. The method defaults to GET (the documents' ``--data ''`` on a
    GET means "no body", though curl itself would then POST).
    """
    command = re.sub(r"\\\n", " ", text)
    url = _BASE_URL.search(command)
    if url is None:
        raise ValueError(f"no API URL in curl command: {text!r}")
    parts = urlsplit(url.group(2))
    method = _METHOD.search(command)
    data = _DATA.search(command)
    body = json.loads(data.group(1)) if data and data.group(1).strip() else None
    return CurlRequest(
        method=method.group(1).upper() if method else "GET",
        path=parts.path.rstrip("/") or "/",
        query=tuple(parse_qsl(parts.query, keep_blank_values=True)),
        body=body,
        base=url.group(1) or "",
    )


def parse_examples(text: str, document: str) -> list[Example]:
    examples: list[Example] = []
    h3 = h4 = h2 = heading = ""
    last_request: CurlRequest | None = None
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if match := _HEADING.match(line):
            level, heading = len(match.group(1)), match.group(2)
            if level <= 2:
                h2, h3, h4 = heading, "", ""
            elif level == 3:
                h3, h4 = heading, ""
            elif not h3:
                h4 = heading  # a "####" straight under a "##" is a section of its own
            if level <= 3 or not h3:
                last_request = None
        elif bold := _BOLD_LINE.match(line.strip()):
            heading = bold.group(1).strip()
        fence = _FENCE.match(line)
        if not fence:
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "```")
        body, start_line, i = "\n".join(lines[i + 1 : end]), i + 1, end + 1
        section = h3 or h4 or h2
        if fence.group(1) == "json":
            kind: ExampleKind
            try:
                value, elided, fragment = parse_json_block(body)
                kind = "fragment" if fragment else "response"
            except NotJson:
                value, elided, kind = body.strip(), False, "text"
            examples.append(
                Example(
                    document,
                    section,
                    heading,
                    kind,
                    start_line,
                    last_request,
                    value,
                    elided,
                )
            )
        elif (line_match := _REQUEST_LINE.match(body.strip())) and last_request is None:
            # The 2025 document shows the request line (`GET /accounts/{accountId}/...`) instead of a
            # curl: the section's examples answer that request. The path keeps its {placeholders}.
            route = urlsplit(line_match.group(2))
            query = tuple(parse_qsl(route.query, keep_blank_values=True))
            last_request = CurlRequest(line_match.group(1), route.path, query, None)
        elif (line_match := _REQUEST_LINE.match(body.strip())) and "?" in line_match.group(2):
            # A sample request line with a query string (2025 "Get Serials"): an example request.
            route = urlsplit(line_match.group(2))
            query = tuple(parse_qsl(route.query, keep_blank_values=True))
            shown = CurlRequest(line_match.group(1), route.path, query, None)
            examples.append(Example(document, section, heading, "request", start_line, shown, None, False))
        elif body.strip().startswith("curl"):
            last_request = parse_curl(body)
            examples.append(
                Example(
                    document,
                    section,
                    heading,
                    "request",
                    start_line,
                    last_request,
                    None,
                    False,
                )
            )
    return examples


# ------------------------------------------------------------------- loading


def load_tables(reference_dir: Path) -> list[Table]:
    return [t for doc in DOCUMENTS for t in parse_tables(_read(reference_dir, doc), doc)]


def load_examples(reference_dir: Path) -> list[Example]:
    return [e for doc in DOCUMENTS for e in parse_examples(_read(reference_dir, doc), doc)]


def _read(reference_dir: Path, document: str) -> str:
    path = reference_dir / document
    if not path.is_file():
        raise FileNotFoundError(f"reference document not found: {path}")
    return path.read_text(encoding="utf-8")
