"""The canonical spec, as the mock reads it: operations, parameters, schemas.

The mock is an independent implementation: it reads ``spec/openapi.yaml``
directly (never the generated client) and takes from it the routes, the
request schemas and the roles of every operation.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

SPEC_ENV = "ILLUMINATE_SPEC"
# In a wheel the spec is shipped inside the package; in a checkout it is spec/.
_CANDIDATES = (
    Path(__file__).with_name("_spec") / "openapi.yaml",
    Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml",
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_path() -> Path:
    override = os.environ.get(SPEC_ENV)
    if override:
        return Path(override)
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"OpenAPI spec not found (looked in {', '.join(map(str, _CANDIDATES))}); set {SPEC_ENV}")


@functools.cache
def load(path: Path | None = None) -> dict[str, Any]:
    """The spec as plain JSON-compatible data (cached: it never changes at run time)."""
    source = path or spec_path()
    with source.open(encoding="utf-8") as handle:
        document = YAML(typ="safe", pure=True).load(handle)
    # A JSON round trip drops any YAML-specific types and proves it serialises.
    loaded: dict[str, Any] = json.loads(json.dumps(document))
    return loaded


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    json_content: bool  # declared with content: application/json (the filter)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    roles: frozenset[str]
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    statuses: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_cursor_list(self) -> bool:
        return any(p.name == "after" for p in self.parameters)


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _parameter(document: dict[str, Any], raw: dict[str, Any]) -> Parameter:
    item = resolve(document, raw)
    if "content" in item:
        schema = item["content"]["application/json"]["schema"]
        return Parameter(item["name"], item["in"], bool(item.get("required")), schema, True)
    return Parameter(item["name"], item["in"], bool(item.get("required")), item["schema"], False)


def operations(document: dict[str, Any]) -> dict[tuple[str, str], Operation]:
    """Every operation keyed by (METHOD, path)."""
    table: dict[tuple[str, str], Operation] = {}
    for route, item in document["paths"].items():
        for method in HTTP_METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            body = raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            table[(method.upper(), route)] = Operation(
                operation_id=raw["operationId"],
                method=method.upper(),
                path=route,
                roles=frozenset(raw.get("x-illuminate-roles", [])),
                parameters=tuple(_parameter(document, p) for p in raw.get("parameters", [])),
                body_schema=body,
                statuses=frozenset(str(code) for code in raw.get("responses", {})),
            )
    return table
