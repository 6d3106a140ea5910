"""Two views of one spec: what we claim (full) and what the documents show (documented).

The spec is a claim about a service we know only from prose. Every
constraint in it is either documented (a table or an example of the
reference documents shows it) or assumed. Assumptions are marked where they
stand, in a machine-readable way, so this module can derive:

- the **full view**: the spec as written, every assumption included. The
  mock implements it; the contract suite holds the bundled mock to it.
- the **documented view**: every assumed constraint removed. A real server
  is failed only for breaking this view; breaking only the full view is
  *drift* (a difference to record, confirm and fold back into the spec).
- the **generator view**: the input of openapi-python-client. Requests as in
  the full view (they are what we send); responses as in the documented
  view, so the generated client reads every answer the documents allow,
  except that the shapes of invented responses are kept (all fields
  optional), so the client stays typed.

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

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .loader import SpecError, iter_operations, pointer, pointer_parts

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


def _children(node: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
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


def _ref_target(ref: str) -> list[str]:
    if not ref.startswith("#/"):
        raise SpecError(f"only local references are supported, found {ref!r}")
    return pointer_parts(ref)


def _get(document: dict[str, Any], parts: list[str]) -> Any:
    node: Any = document
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def response_schema_roots(document: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(path, schema) of every response body schema, following response ``$ref``s."""
    for route, method, operation in iter_operations(document):
        for status, response in (operation.get("responses") or {}).items():
            parts: tuple[Any, ...] = ("paths", route, method, "responses", status)
            if isinstance(response, dict) and isinstance(response.get("$ref"), str):
                parts = tuple(_ref_target(response["$ref"]))
                response = _get(document, list(parts))
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
                parts = tuple(_ref_target(parameter["$ref"]))
                parameter = _get(document, list(parts))
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


# ------------------------------------------------------------------ deriving the views


def documented_view(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with every assumed constraint removed (see the module docstring)."""
    return _derive(document, keep_invented_shapes=False, error_responses=False)


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """Requests of the full view, responses of the documented view, invented response shapes kept."""
    return _derive(document, keep_invented_shapes=True, error_responses=False, requests_full=True)


def _derive(
    document: dict[str, Any], *, keep_invented_shapes: bool, error_responses: bool, requests_full: bool = False
) -> dict[str, Any]:
    pristine = copy.deepcopy(document)
    out = copy.deepcopy(document)
    response_only = reachable_components(out, response_schema_roots(out)) - reachable_components(
        out, request_schema_roots(out)
    )
    # 1. Markers, applied where they stand. In the generator view, requests keep the full view:
    #    only markers on response-only schemas and on response objects are applied.
    for where, marker in markers(out):
        parts = pointer_parts(where)
        node = _get(out, parts)
        in_response_only = len(parts) >= 3 and parts[:2] == ["components", "schemas"] and parts[2] in response_only
        if requests_full and not (in_response_only or _is_response_object(parts)):
            continue
        _apply_marker(node, marker, keep_invented_shapes=keep_invented_shapes)
    # 2. success-status and the error responses.
    for _route, _method, operation in iter_operations(out):
        responses = operation.get("responses") or {}
        if requests_full:
            # The generated client parses JSON; the SDK reads any other body from the raw response.
            for response in responses.values():
                content = response.get("content") if isinstance(response, dict) else None
                if isinstance(content, dict):
                    for media in [m for m in content if m != "application/json"]:
                        del content[media]
        if "200" in responses:
            responses["2XX"] = responses.pop("200")
            responses.setdefault("204", dict(NO_CONTENT))
        if not error_responses:
            for status in [s for s in responses if not str(s).startswith("2")]:
                target = responses[status]
                if isinstance(target, dict) and isinstance(target.get("$ref"), str):
                    target = _get(pristine, _ref_target(target["$ref"]))
                if ASSUMED in target and "status" in target[ASSUMED]:
                    del responses[status]
            responses.setdefault("default", dict(ANY_OTHER))
    # 3. strict-requests (requests only; responses are open already).
    if not requests_full:
        for _, schema in list(request_schema_roots(out)):
            _open_objects(out, schema, set())
    # 4. closed-response-enums and absent-not-null, in response context only. In the generator
    #    view, a shared component (one requests use too) with a marker is inlined at its response
    #    sites in its documented form: requests keep the full form, answers the documented one.
    done: set[str] = set()
    inline = pristine if requests_full else None
    for _, schema in list(response_schema_roots(out)):
        _loosen_response(out, schema, response_only, done, inline)
    _drop_markers(out)
    out.pop(RULES, None)
    return out


def _is_response_object(parts: list[str]) -> bool:
    return (len(parts) >= 3 and parts[:2] == ["components", "responses"]) or (
        len(parts) >= 5 and parts[0] == "paths" and parts[3] == "responses"
    )


def _apply_marker(node: dict[str, Any], marker: Marker, *, keep_invented_shapes: bool) -> None:
    for name in marker.required:
        node["required"] = [n for n in node.get("required", []) if n != name]
        if not node["required"]:
            del node["required"]
    for keyword, (value, _) in marker.replaced.items():
        node[keyword] = copy.deepcopy(value)
    for keyword in marker.removed:
        if keyword == "schema":
            if keep_invented_shapes:
                node.pop("required", None)
            else:
                kept = {k: v for k, v in node.items() if k in ("description", "title") or k.startswith("x-")}
                node.clear()
                node.update(kept)
        elif keyword == "status":
            continue  # handled with the operation's responses
        else:
            node.pop(keyword, None)


def _open_objects(document: dict[str, Any], node: Any, seen: set[int]) -> None:
    """Drop ``additionalProperties: false`` everywhere below ``node`` (components once)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, dict) or id(current) in seen:
            continue
        seen.add(id(current))
        if current.get("additionalProperties") is False:
            del current["additionalProperties"]
        ref = current.get("$ref")
        if isinstance(ref, str):
            stack.append(_get(document, _ref_target(ref)))
        stack.extend(child for _, child in _children(current))


def _loosen_response(
    document: dict[str, Any],
    node: dict[str, Any],
    response_only: set[str],
    done: set[str],
    inline_from: dict[str, Any] | None,
) -> None:
    """Open enums and admit null on optional fields, below a response body schema."""

    def documented(schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref")
        if inline_from is None or not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            return schema
        name = pointer_parts(ref)[2]
        target: dict[str, Any] = inline_from["components"]["schemas"][name]
        if name in response_only or ASSUMED not in target or "enum" in target:
            return schema
        if isinstance(target[ASSUMED], dict) and set(target[ASSUMED]) <= VALIDATION_ONLY:
            return schema  # the generated code is the same with or without these: keep the shared model
        copied = copy.deepcopy(target)
        marker = parse_marker(copied, ref)
        assert marker is not None
        _apply_marker(copied, marker, keep_invented_shapes=True)
        return copied

    stack: list[dict[str, Any]] = [node]
    while stack:
        current = stack.pop()
        ref = current.get("$ref")
        if isinstance(ref, str):
            name = pointer_parts(ref)[2] if ref.startswith("#/components/schemas/") else None
            if name is not None and name in response_only and name not in done:
                done.add(name)
                stack.append(document["components"]["schemas"][name])
            continue
        properties = current.get("properties")
        if isinstance(properties, dict):
            required = set(current.get("required", []))
            for key, prop in list(properties.items()):
                if not isinstance(prop, dict):
                    continue
                properties[key] = _widen(document, documented(prop), null=key not in required)
                stack.append(properties[key])
        for keyword in ("items", "additionalProperties"):
            child = current.get(keyword)
            if isinstance(child, dict):
                current[keyword] = _widen(document, documented(child), null=False)
                stack.append(current[keyword])
        for keyword in ("anyOf", "oneOf", "allOf"):
            branches = current.get(keyword)
            if isinstance(branches, list):
                stack.extend(branch for branch in branches if isinstance(branch, dict))


def _is_enum(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = _get(document, _ref_target(ref))
        return isinstance(target, dict) and "enum" in target
    return "enum" in schema


def _widen(document: dict[str, Any], schema: dict[str, Any], *, null: bool) -> dict[str, Any]:
    """``schema`` or also any string (an enum) or also null (an optional field), as one flat anyOf."""
    if not {k for k in schema if not k.startswith("x-")} - {"description", "title"}:
        return schema  # no constraint at all: null is already allowed
    extra: list[dict[str, Any]] = []
    if _is_enum(document, schema):
        extra.append({"type": "string"})
    if null:
        extra.append({"type": "null"})
    if not extra:
        return schema
    if set(schema) <= {"anyOf", "description"} and isinstance(schema.get("anyOf"), list):
        branches = [b for b in schema["anyOf"] if b not in extra]
        return {**schema, "anyOf": [*branches, *extra]}
    description = schema.get("description")
    inner = {k: v for k, v in schema.items() if k != "description"} if "$ref" not in schema else schema
    widened = {"anyOf": [inner, *extra]}
    if description and "$ref" not in schema:
        widened["description"] = description
    return widened


def _drop_markers(node: Any) -> None:
    """Markers carry reasons for the full view; a derived view keeps its descriptions only."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            current.pop(ASSUMED, None)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


# ------------------------------------------------------------------ counting


@dataclass
class Census:
    """How many response constraints the documents show, and how many are ours."""

    documented: int = 0
    assumed: int = 0
    assumed_by_kind: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, *, assumed: bool) -> None:
        if assumed:
            self.assumed += 1
            self.assumed_by_kind[kind] = self.assumed_by_kind.get(kind, 0) + 1
        else:
            self.documented += 1


def response_census(document: dict[str, Any]) -> Census:
    """Count every constraint a response must meet in the full view, documented or assumed.

    Counted: each required name, each constraint keyword (type, enum, format,
    limits, ...) of every schema reachable from a response body (each spec
    place once), each declared status code and each response header.
    """
    census = Census()
    marked = dict(markers(document))
    seen: set[str] = set()
    stack: list[tuple[tuple[Any, ...], bool]] = [(parts, False) for parts, _ in response_schema_roots(document)]
    while stack:
        parts, inherited = stack.pop()
        where = pointer(parts)
        node = _get(document, list(parts))
        if where in seen or not isinstance(node, dict):
            continue
        seen.add(where)
        marker = marked.get(where) or Marker()
        invented = inherited or "schema" in marker.removed
        for name in node.get("required", []):
            census.add("required", assumed=invented or name in marker.required)
        for keyword in CONSTRAINT_KEYWORDS:
            if keyword in node:
                ours = keyword in marker.removed or keyword in marker.replaced or keyword == "enum"
                census.add(keyword, assumed=invented or ours)
        if node.get("additionalProperties") is False:
            census.add("additionalProperties", assumed=True)
        ref = node.get("$ref")
        if isinstance(ref, str):
            stack.append((tuple(_ref_target(ref)), invented))
        for below, _child in _children(node):
            stack.append(((*parts, *below), invented))
    for route, method, operation in iter_operations(document):
        for status, response in (operation.get("responses") or {}).items():
            target = response
            if isinstance(response, dict) and isinstance(response.get("$ref"), str):
                target = _get(document, _ref_target(response["$ref"]))
            response_marker = parse_marker(target, f"{route} {method} {status}") or Marker()
            census.add("status", assumed=status == "200" or "status" in response_marker.removed)
            for _header in target.get("headers") or {}:
                census.add("header", assumed="headers" in response_marker.removed)
    return census
