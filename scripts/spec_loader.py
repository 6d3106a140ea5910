"""Validate the canonical OpenAPI document (loading is ``illuminate_spec.loader``'s job).

Every script that reads ``spec/`` goes through here, so a broken spec fails the
same way everywhere: one message naming the file and the place, then a
non-zero exit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from illuminate_spec import views
from illuminate_spec.loader import SpecError, iter_operations, pointer, read_document, walk
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

__all__ = [
    "CANONICAL_SPEC",
    "REPO_ROOT",
    "SpecError",
    "iter_operations",
    "load_spec",
    "operation_ids",
    "read_or_report",
    "validate_spec",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
CANONICAL_SPEC = REPO_ROOT / "spec" / "openapi.yaml"
T = TypeVar("T")


def load_spec(path: Path = CANONICAL_SPEC) -> dict[str, Any]:
    """Parse ``path`` into plain JSON-compatible data (the one loader, ``illuminate_spec.loader``)."""
    return read_document(path)


def read_or_report(path: Path, script: str, read: Callable[[dict[str, Any]], T]) -> T | None:
    """``read`` of the spec at ``path``; None once a SpecError of either has been printed on stderr as
    ``script: message`` (the caller exits non-zero then)."""
    try:
        return read(load_spec(path))
    except SpecError as exc:
        print(f"{script}: {exc}", file=sys.stderr)
        return None


def _line_of(path: Path, parts: Sequence[Any]) -> int | None:
    """1-based line of the node at ``parts`` in the YAML file, if it can be found."""
    try:
        with path.open(encoding="utf-8") as handle:
            node: Any = YAML(typ="rt").load(handle)
    except (OSError, MarkedYAMLError):
        return None
    line: int | None = None
    for part in parts:
        try:
            if isinstance(node, list):
                line = node.lc.item(int(part))[0] + 1  # type: ignore[attr-defined]
                node = node[int(part)]
            else:
                line = node.lc.key(part)[0] + 1
                node = node[part]
        except (AttributeError, KeyError, IndexError, TypeError, ValueError):
            break
    return line


def _spec_error(path: Path, parts: Sequence[Any], message: str) -> SpecError:
    line = _line_of(path, parts)
    where = f"{path}:{line}" if line else str(path)
    return SpecError(f"{where}: {message} (at {pointer(parts)})")


def _schema_roots(document: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every top-level Schema Object: components.schemas entries and inline `schema`s."""
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            yield ("components", "schemas", name), schema
    for parts, node in walk(document.get("paths") or {}, ("paths",)):
        if parts and parts[-1] == "schema" and isinstance(node, dict):
            yield parts, node
    for section in ("parameters", "responses", "headers", "requestBodies"):
        for parts, node in walk(document.get("components", {}).get(section) or {}, ("components", section)):
            if parts and parts[-1] == "schema" and isinstance(node, dict):
                yield parts, node


def _check_schemas(document: dict[str, Any], path: Path) -> None:
    """Each schema against the JSON Schema 2020-12 meta-schema, with absolute places.

    openapi-spec-validator also checks schemas, but reports paths relative to
    the schema it was looking at; this pass can say where in the file it is.
    """
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
    for parts, schema in _schema_roots(document):
        error = best_match(meta.iter_errors(schema))
        if error is not None:
            raise _spec_error(path, (*parts, *error.absolute_path), f"invalid schema: {error.message}")


def _check_refs(document: dict[str, Any], path: Path) -> None:
    for parts, node in walk(document):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            continue
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise _spec_error(path, parts, f"only local references are supported, found {ref!r}")
        target: Any = document
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or token not in target:
                raise _spec_error(path, (*parts, "$ref"), f"unresolvable reference {ref!r}")
            target = target[token]


def validate_spec(document: dict[str, Any], path: Path = CANONICAL_SPEC) -> None:
    """Raise SpecError, naming file, line and JSON pointer, for the first problem found."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    _check_refs(document, path)
    _check_schemas(document, path)
    if views.RULES in document:  # the canonical spec: markers and rules must be well formed
        try:
            views.assumptions(document)
        except SpecError as exc:
            raise SpecError(f"{path}: {exc}") from None
    seen: dict[str, tuple[Any, ...]] = {}
    for route, method, operation in iter_operations(document):
        op_id = operation.get("operationId")
        if isinstance(op_id, str) and op_id in seen:
            first = pointer(seen[op_id])
            raise _spec_error(
                path, ("paths", route, method, "operationId"), f"duplicate operationId {op_id!r} (first at {first})"
            )
        seen[str(op_id)] = ("paths", route, method, "operationId")
    try:
        validate(document, base_uri=path.resolve().as_uri())
    except OpenAPIValidationError as exc:
        raise _spec_error(path, tuple(exc.absolute_path), exc.message) from None
    except Exception as exc:  # noqa: BLE001 - the validator crashes (KeyError, ...) on some malformed input
        raise SpecError(f"{path}: the OpenAPI validator failed on this document: {type(exc).__name__}: {exc}") from None


def operation_ids(document: dict[str, Any]) -> list[str]:
    return [str(op.get("operationId")) for _, _, op in iter_operations(document)]
