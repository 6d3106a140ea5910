"""The spec's operations as the mock serves them: routes, roles, parameters and schema locations.

The mock is an independent implementation: it reads ``spec/openapi.yaml``
through ``illuminate_spec.loader`` (never the generated client) and takes
from it the routes, the request schemas and the roles of every operation.
Schemas are kept by their JSON pointer into the document, so validators
resolve every ``$ref`` through the spec's one registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from illuminate_spec.loader import Spec, pointer
from jsonschema import Draft202012Validator, FormatChecker

from .models.accounts import RoleRule

__all__ = ["Match", "Operation", "Parameter", "Router", "locate", "operations", "schema_validator"]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema_pointer: str  # where its schema is in the document
    json_content: bool  # declared with content: application/json (the filter)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    roles: RoleRule
    parameters: tuple[Parameter, ...]
    body_pointer: str | None  # where the JSON request body's schema is, if there is a body
    statuses: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_cursor_list(self) -> bool:
        return any(p.name == "after" for p in self.parameters)

    @property
    def responses_pointer(self) -> str:
        return pointer(("paths", self.path, self.method.lower(), "responses"))


def locate(spec: Spec, node: Any, where: str) -> tuple[Any, str]:
    """``node`` (found at pointer ``where``) with its ``$ref`` followed, and the pointer it ends at.

    ``Spec.resolve`` gives the node alone; the validators need its place in
    the document too, so this follows the same references with ``Spec.at``
    and keeps the last pointer.
    """
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        where = node["$ref"].removeprefix("#")
        node = spec.at(where)
    return node, where


def _parameter(spec: Spec, raw: Any, where: str) -> Parameter:
    item, where = locate(spec, raw, where)
    if "content" in item:
        return Parameter(
            item["name"], item["in"], bool(item.get("required")), f"{where}/content/application~1json/schema", True
        )
    return Parameter(item["name"], item["in"], bool(item.get("required")), f"{where}/schema", False)


def _parameters(spec: Spec, route: str, method: str, raw: dict[str, Any]) -> tuple[Parameter, ...]:
    """The path item's parameters, then the operation's; an operation's parameter replaces one of its path item."""
    item_where = pointer(("paths", route))
    found: dict[tuple[str, str], Parameter] = {}
    item = spec.at(item_where)
    for index, node in enumerate(item.get("parameters", [])):
        parameter = _parameter(spec, node, f"{item_where}/parameters/{index}")
        found[(parameter.name, parameter.location)] = parameter
    for index, node in enumerate(raw.get("parameters", [])):
        parameter = _parameter(spec, node, f"{item_where}/{method}/parameters/{index}")
        found[(parameter.name, parameter.location)] = parameter
    return tuple(found.values())


def _body_pointer(spec: Spec, raw: dict[str, Any], where: str) -> str | None:
    if "requestBody" not in raw:
        return None
    body, where = locate(spec, raw["requestBody"], f"{where}/requestBody")
    if "schema" not in body.get("content", {}).get("application/json", {}):
        return None
    return f"{where}/content/application~1json/schema"


def operations(spec: Spec) -> dict[tuple[str, str], Operation]:
    """Every operation keyed by (METHOD, path)."""
    table: dict[tuple[str, str], Operation] = {}
    for route, method, raw in spec.operations():
        where = pointer(("paths", route, method))
        table[(method.upper(), route)] = Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=route,
            roles=RoleRule.from_spec(raw.get("x-illuminate-roles")),
            parameters=_parameters(spec, route, method, raw),
            body_pointer=_body_pointer(spec, raw, where),
            statuses=frozenset(str(code) for code in raw.get("responses", {})),
        )
    return table


@dataclass(frozen=True)
class Match:
    """What a request path names: its spec route, that route's operations by method, and its path parameters."""

    route: str
    methods: dict[str, Operation]
    path_params: dict[str, str]


@dataclass(frozen=True)
class _Template:
    route: str
    segments: tuple[str | None, ...]  # a literal segment, or None where a parameter goes
    names: tuple[str, ...]  # the parameters' names, in path order
    methods: dict[str, Operation]

    @property
    def literals(self) -> int:
        return sum(segment is not None for segment in self.segments)


_PARAMETER = re.compile(r"^\{([^{}/]+)\}$")


class Router:
    """Finds the operation a request path names: literal routes by look-up, templated ones segment by segment.

    Paths are compared segment by segment after percent-decoding each segment
    on its own, so an encoded slash (``%2F``) stays inside its segment. Where
    two templates match, the one with more literal segments wins.
    """

    def __init__(self, table: dict[tuple[str, str], Operation]) -> None:
        by_route: dict[str, dict[str, Operation]] = {}
        for (method, route), operation in table.items():
            by_route.setdefault(route, {})[method] = operation
        self._literal: dict[tuple[str, ...], tuple[str, dict[str, Operation]]] = {}
        self._templates: dict[int, list[_Template]] = {}
        for route, methods in by_route.items():
            parts = tuple(route.strip("/").split("/"))
            found = [_PARAMETER.match(part) for part in parts]
            if not any(found):
                self._literal[parts] = (route, methods)
                continue
            segments = tuple(None if m else part for m, part in zip(found, parts, strict=True))
            names = tuple(m.group(1) for m in found if m)
            self._templates.setdefault(len(parts), []).append(_Template(route, segments, names, methods))
        for templates in self._templates.values():
            templates.sort(key=lambda t: -t.literals)

    def match_path(self, raw_path: bytes) -> Match | None:
        """The route of a raw (percent-encoded) request path, or None (a path that is not UTF-8 names none)."""
        text = raw_path.split(b"?", 1)[0].decode("latin-1")
        if not text.startswith("/"):
            return None
        try:
            segments = [unquote(part, errors="strict") for part in text.strip("/").split("/")]
        except UnicodeDecodeError:
            return None
        return self.match(segments)

    def match(self, segments: list[str]) -> Match | None:
        """The route of a path given as its decoded segments (no leading empty segment), or None."""
        literal = self._literal.get(tuple(segments))
        if literal is not None:
            return Match(literal[0], literal[1], {})
        for template in self._templates.get(len(segments), []):
            if all(want is None or want == got for want, got in zip(template.segments, segments, strict=True)):
                values = [got for want, got in zip(template.segments, segments, strict=True) if want is None]
                return Match(template.route, template.methods, dict(zip(template.names, values, strict=True)))
        return None


def schema_validator(spec: Spec, where: str, format_checker: FormatChecker | None = None) -> Draft202012Validator:
    """A validator for the schema at JSON pointer ``where``, every ``$ref`` resolved through the spec's registry.

    The registry is built once per loaded spec (``Spec.registry``), so request
    validation and the fault module share it. The validator is made for the
    whole document and then narrowed to the node (``evolve``), so a local
    ``#/components/...`` reference resolves against the document, and the
    node itself is validated directly: wrapping it as
    ``{"$ref": SPEC_URI + "#" + where}`` would cost a registry look-up for
    every value validated, several per request.
    """
    document = Draft202012Validator(spec.document, registry=spec.registry, format_checker=format_checker)
    return document.evolve(schema=spec.at(where))
