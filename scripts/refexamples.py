"""Parse the examples of the Illuminate reference documents: ``curl`` commands and JSON blocks.

The tables are ``refdocs``'s. The documents are hand-written and quirky; each
quirk handled is noted where it is handled.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from refdocs import BOLD_LINE, DOCUMENTS, HEADING, lines_and_blocks, read_document_text

ExampleKind = Literal["request", "response", "fragment", "text"]


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
    for index, line, fence, body in lines_and_blocks(text.splitlines()):
        if match := HEADING.match(line):
            level, heading = len(match.group(1)), match.group(2)
            if level <= 2:
                h2, h3, h4 = heading, "", ""
            elif level == 3:
                h3, h4 = heading, ""
            elif not h3:
                h4 = heading  # a "####" straight under a "##" is a section of its own
            if level <= 3 or not h3:
                last_request = None
        elif bold := BOLD_LINE.match(line.strip()):
            heading = bold.group(1).strip()
        if not fence:
            continue
        start_line, section = index + 1, h3 or h4 or h2
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


def load_examples(reference_dir: Path) -> list[Example]:
    return [e for doc in DOCUMENTS for e in parse_examples(read_document_text(reference_dir, doc), doc)]
