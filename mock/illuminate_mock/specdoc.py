"""The spec's operations as the mock serves them: routes, roles, parameters and schema locations.

The mock is an independent implementation: it reads ``spec/openapi.yaml``
through ``illuminate_spec.loader`` (never the generated client) and takes
from it the routes, the request schemas and the roles of every operation.
Schemas are kept by their JSON pointer into the document, so validators
resolve every ``$ref`` through the spec's one registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from illuminate_spec.loader import Spec, pointer
from jsonschema import Draft202012Validator, FormatChecker

from .models.accounts import RoleRule

__all__ = ["Operation", "Parameter", "locate", "operations", "schema_validator"]


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
            parameters=tuple(
                _parameter(spec, p, f"{where}/parameters/{i}") for i, p in enumerate(raw.get("parameters", []))
            ),
            body_pointer=_body_pointer(spec, raw, where),
            statuses=frozenset(str(code) for code in raw.get("responses", {})),
        )
    return table


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
