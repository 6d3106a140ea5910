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

The markers and the document-wide rules that decide what each view drops are
read by ``illuminate_spec.markers``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .loader import iter_operations, node_at, pointer, pointer_parts
from .markers import (
    ANY_OTHER,
    ASSUMED,
    CONSTRAINT_KEYWORDS,
    NO_CONTENT,
    RULE_NAMES,
    RULES,
    VALIDATION_ONLY,
    Assumption,
    Marker,
    assumptions,
    markers,
    parse_marker,
    reachable_components,
    ref_parts,
    request_schema_roots,
    response_schema_roots,
    rules,
    schema_children,
)

# The marker API is re-exported: a reader of the views finds what they are made from here too.
__all__ = [
    "ASSUMED",
    "RULES",
    "RULE_NAMES",
    "Assumption",
    "Census",
    "Marker",
    "assumptions",
    "documented_view",
    "generator_view",
    "markers",
    "reachable_components",
    "request_schema_roots",
    "response_census",
    "response_schema_roots",
    "rules",
]

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
        node = node_at(out, parts)
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
                    target = node_at(pristine, ref_parts(target["$ref"]))
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
            stack.append(node_at(document, ref_parts(ref)))
        stack.extend(child for _, child in schema_children(current))


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
        target = node_at(document, ref_parts(ref))
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
        node = node_at(document, list(parts))
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
            stack.append((tuple(ref_parts(ref)), invented))
        for below, _child in schema_children(node):
            stack.append(((*parts, *below), invented))
    for route, method, operation in iter_operations(document):
        for status, response in (operation.get("responses") or {}).items():
            target = response
            if isinstance(response, dict) and isinstance(response.get("$ref"), str):
                target = node_at(document, ref_parts(response["$ref"]))
            response_marker = parse_marker(target, f"{route} {method} {status}") or Marker()
            census.add("status", assumed=status == "200" or "status" in response_marker.removed)
            for _header in target.get("headers") or {}:
                census.add("header", assumed="headers" in response_marker.removed)
    return census
