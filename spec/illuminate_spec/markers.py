"""The marks of assumption in the spec: where they stand, what they say, and the rules they name.

Markers
-------
On any schema, parameter, header or response object::

    x-illuminate-assumed:
      maxLength: Why this limit is ours.              # the documented view drops the keyword
      type: {documented: [string, number], reason: ...}  # ... or sets it to the documented value
      required:                                        # ... or drops these names from `required`
        brandId: Why we require it.
      schema: Why the whole shape is ours.             # the documented view replaces the schema by {}
      status: Why this status code is ours.            # (a response object) the status is ours
      content: Why this body is ours.                  # (a response object) the body is ours

Document-wide rules, named at the root under ``x-illuminate-rules`` (name →
reason), cover constraints that would need a marker on every node of a kind:

- ``success-status``: every success is HTTP 200 (documented view: any 2xx, and
  204 without a body);
- ``strict-requests``: requests refuse unknown fields (documented view: no
  ``additionalProperties: false``);
- ``closed-response-enums``: a response enum lists every value a server may
  send (documented view: any string besides the listed ones);
- ``absent-not-null``: an optional response field is left out rather than
  sent as ``null`` (documented view: ``null`` allowed);
- ``no-control-characters``: which characters request strings may hold; the
  patterns that say it carry markers where they stand (so the documented view
  drops them like any marked constraint);
- ``validated-requests`` and ``http-semantics``: how the service answers
  requests that break the spec, unsupported methods and deleted resources.
  They constrain behaviour, not documents, so no view changes; the contract
  suite reports checks that rest on them as drift against a real server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .loader import SpecError, iter_operations, node_at, pointer, pointer_parts

ASSUMED = "x-illuminate-assumed"
RULES = "x-illuminate-rules"
RULE_NAMES = (
    "success-status",
    "strict-requests",
    "closed-response-enums",
    "absent-not-null",
    "validated-requests",
    "no-control-characters",
    "http-semantics",
)
# Keywords that only validate: generated code is the same with or without them.
VALIDATION_ONLY = frozenset(
    {
        "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "propertyNames",
    }
)  # fmt: skip
# Keywords a marker may name on a schema (beyond `required` and `schema`).
SCHEMA_KEYWORDS = frozenset(
    {
        "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "properties",
        "additionalProperties", "items", "oneOf", "anyOf", "allOf", "if", "then", "else", "not",
        "contentMediaType", "contentSchema", "minProperties", "maxProperties", "propertyNames",
    }
)  # fmt: skip
RESPONSE_KEYWORDS = frozenset({"status", "content", "headers"})
# The keywords counted as constraints when the views are compared.
CONSTRAINT_KEYWORDS = (
    "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
)  # fmt: skip
NO_CONTENT = {"description": "Success without a body (any 2xx may come without one; see `success-status`)."}
ANY_OTHER = {"description": "Any other answer: the documents show no error statuses or bodies."}


@dataclass(frozen=True)
class Assumption:
    """One assumed constraint: where it stands in the full view, what it is, why we chose it."""

    pointer: str  # JSON pointer into the spec, e.g. /components/schemas/Product
    keyword: str  # required, enum, maxLength, schema, status, ...
    detail: str  # the required name, or the replaced value; "" otherwise
    reason: str
    rule: str | None = None  # the document-wide rule, when one applies

    @property
    def place(self) -> str:
        return f"{self.pointer}/{self.keyword}" + (f"/{self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Marker:
    """A parsed ``x-illuminate-assumed`` mapping."""

    removed: dict[str, str] = field(default_factory=dict)  # keyword -> reason
    replaced: dict[str, tuple[Any, str]] = field(default_factory=dict)  # keyword -> (documented value, reason)
    required: dict[str, str] = field(default_factory=dict)  # name -> reason


def parse_marker(node: dict[str, Any], where: str) -> Marker | None:
    raw = node.get(ASSUMED)
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw:
        raise SpecError(f"{where}: {ASSUMED} must map keywords to reasons")
    marker = Marker()
    is_response = "description" in node and ("content" in node or "headers" in node or "schema" not in node)
    for keyword, value in raw.items():
        if keyword == "required":
            names = node.get("required", [])
            if not isinstance(value, dict) or not value:
                raise SpecError(f"{where}: {ASSUMED}.required must map required names to reasons")
            for name, reason in value.items():
                if name not in names:
                    raise SpecError(f"{where}: {ASSUMED}.required names {name!r}, which is not required there")
                marker.required[name] = _reason(reason, f"{where}: {ASSUMED}.required.{name}")
        elif isinstance(value, dict):
            if set(value) != {"documented", "reason"}:
                raise SpecError(f"{where}: {ASSUMED}.{keyword} must be a reason or {{documented, reason}}")
            _check_keyword(node, keyword, where, is_response)
            marker.replaced[keyword] = (value["documented"], _reason(value["reason"], f"{where}: {keyword}"))
        else:
            if keyword != "schema":
                _check_keyword(node, keyword, where, is_response)
            marker.removed[keyword] = _reason(value, f"{where}: {ASSUMED}.{keyword}")
    return marker


def _reason(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value.split()) < 4:
        raise SpecError(f"{where}: give the reason as a sentence")
    return value


def _check_keyword(node: dict[str, Any], keyword: str, where: str, is_response: bool) -> None:
    if keyword in RESPONSE_KEYWORDS and is_response:
        return
    if keyword not in SCHEMA_KEYWORDS:
        raise SpecError(f"{where}: {ASSUMED} names an unknown keyword {keyword!r}")
    if keyword not in node:
        raise SpecError(f"{where}: {ASSUMED} names {keyword!r}, which the node does not have")


def rules(document: dict[str, Any]) -> dict[str, str]:
    """The document-wide rules and their reasons; every rule of RULE_NAMES must be there, and no other."""
    found = document.get(RULES)
    if not isinstance(found, dict):
        raise SpecError(f"the spec has no {RULES} mapping (expected {', '.join(RULE_NAMES)})")
    if set(found) != set(RULE_NAMES):
        raise SpecError(f"{RULES} must name exactly {', '.join(RULE_NAMES)} (found {', '.join(found)})")
    return {name: _reason(reason, f"{RULES}.{name}") for name, reason in found.items()}


# ------------------------------------------------------------------ walking


def schema_children(node: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """The child mappings of a node with their path below it (extensions skipped)."""
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        if isinstance(value, dict):
            yield (key,), value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield (key, index), item


def markers(document: dict[str, Any]) -> list[tuple[str, Marker]]:
    """Every marker of the document with its pointer (malformed markers raise SpecError)."""
    found: list[tuple[str, Marker]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), document)]
    while stack:
        parts, node = stack.pop()
        if not isinstance(node, dict):
            continue
        marker = parse_marker(node, pointer(parts))
        if marker is not None:
            found.append((pointer(parts), marker))
        for key, value in node.items():
            if isinstance(value, dict):
                stack.append(((*parts, key), value))
            elif isinstance(value, list):
                stack.extend(((*parts, key, i), item) for i, item in enumerate(value))
    return sorted(found, key=lambda item: item[0])


def assumptions(document: dict[str, Any]) -> list[Assumption]:
    """Every marked assumption, and one entry per document-wide rule (pointer ``/x-illuminate-rules``)."""
    listed: list[Assumption] = []
    for where, marker in markers(document):
        listed += [Assumption(where, "required", name, reason) for name, reason in marker.required.items()]
        listed += [Assumption(where, keyword, "", reason) for keyword, reason in marker.removed.items()]
        listed += [
            Assumption(where, keyword, _short(value), reason) for keyword, (value, reason) in marker.replaced.items()
        ]
    listed += [Assumption(f"/{RULES}", name, "", reason, rule=name) for name, reason in rules(document).items()]
    return listed


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= 40 else text[:37] + "..."


def ref_parts(ref: str) -> list[str]:
    if not ref.startswith("#/"):
        raise SpecError(f"only local references are supported, found {ref!r}")
    return pointer_parts(ref)


def response_schema_roots(document: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(path, schema) of every response body schema, following response ``$ref``s."""
    for route, method, operation in iter_operations(document):
        for status, response in (operation.get("responses") or {}).items():
            parts: tuple[Any, ...] = ("paths", route, method, "responses", status)
            if isinstance(response, dict) and isinstance(response.get("$ref"), str):
                parts = tuple(ref_parts(response["$ref"]))
                response = node_at(document, list(parts))
            for media, content in (response.get("content") or {}).items():
                if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                    yield (*parts, "content", media, "schema"), content["schema"]


def request_schema_roots(document: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(path, schema) of every request body and parameter schema."""
    for route, method, operation in iter_operations(document):
        base = ("paths", route, method)
        for media, content in ((operation.get("requestBody") or {}).get("content") or {}).items():
            if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                yield (*base, "requestBody", "content", media, "schema"), content["schema"]
        for index, parameter in enumerate(operation.get("parameters") or []):
            parts: tuple[Any, ...] = (*base, "parameters", index)
            if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
                parts = tuple(ref_parts(parameter["$ref"]))
                parameter = node_at(document, list(parts))
            if isinstance(parameter.get("schema"), dict):
                yield (*parts, "schema"), parameter["schema"]
            for media, content in (parameter.get("content") or {}).items():
                if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                    yield (*parts, "content", media, "schema"), content["schema"]


def reachable_components(document: dict[str, Any], roots: Iterator[tuple[tuple[Any, ...], dict[str, Any]]]) -> set[str]:
    """Names of component schemas reachable from the given schemas."""
    seen: set[str] = set()
    stack = [schema for _, schema in roots]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = pointer_parts(ref)[2]
            if name not in seen:
                seen.add(name)
                stack.append(document["components"]["schemas"][name])
        stack.extend(value for key, value in node.items() if not key.startswith("x-"))
    return seen
