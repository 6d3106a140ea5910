"""Contract violations that a JSON Schema check is sure to catch: broken bodies, undeclared statuses.

Every broken body is checked against the operation's response schema before
it is used, through the spec's one registry (``Spec.registry``), the same one
request validation resolves through.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from illuminate_spec.loader import Spec, load_spec
from jsonschema import Draft202012Validator

from ..specdoc import Operation, locate, operations, schema_validator

log = logging.getLogger("illuminate_mock.faults")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    for kind, name in ((str, "string"), (list, "array"), (dict, "object")):
        if isinstance(value, kind):
            return name
    return "null"


class ResponseSchemas:
    """The spec's operations and validators for their JSON responses, built once each."""

    def __init__(self, spec: Spec | None = None) -> None:
        self.spec = spec or load_spec()
        self.operations = operations(self.spec)
        self._validators: dict[str, Draft202012Validator] = {}

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    def schema_pointer(self, operation: Operation, status: int) -> str | None:
        """JSON pointer to the JSON schema of ``status`` (or its ``2XX``), if declared."""
        responses = self.spec.at(operation.responses_pointer)
        key = next((k for k in (str(status), f"{str(status)[0]}XX") if k in responses), None)
        if key is None:
            return None
        response, where = locate(self.spec, responses[key], f"{operation.responses_pointer}/{key}")
        if "schema" not in response.get("content", {}).get("application/json", {}):
            return None
        return f"{where}/content/application~1json/schema"

    def validator(self, operation: Operation, status: int) -> Draft202012Validator | None:
        where = self.schema_pointer(operation, status)
        if where is None:
            return None
        if where not in self._validators:
            self._validators[where] = schema_validator(self.spec, where)
        return self._validators[where]

    def schema(self, where: str) -> dict[str, Any]:
        found: dict[str, Any] = self.spec.resolve(self.spec.at(where))
        return found


# ------------------------------------------------------------------ body mutations

# Tried in this order; the first of another JSON type that the schema rejects is used.
_WRONG_VALUES: tuple[Any, ...] = (12345, "wrong-type", True, [], {})


def _required(spec: Spec, schema: dict[str, Any]) -> list[str]:
    """Required names of an object schema, including those of its oneOf/anyOf/allOf branches."""
    schema = spec.resolve(schema)
    names = list(schema.get("required", []))
    for keyword in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(keyword, []):
            names += _required(spec, branch)
    return list(dict.fromkeys(names))


def _object_mutations(obj: dict[str, Any], names: list[str], mode: str) -> Iterator[dict[str, Any]]:
    for name in (n for n in names if n in obj):
        if mode == "missing-field":
            yield {k: v for k, v in obj.items() if k != name}
            continue
        for wrong in _WRONG_VALUES:
            if _json_type(wrong) != _json_type(obj[name]):
                yield {**obj, name: wrong}


def _mutations(body: Any, schema: dict[str, Any], spec: Spec, mode: str) -> Iterator[Any]:
    """Candidate broken bodies, most targeted first; the last ones change the body's own type."""
    schema = spec.resolve(schema)
    if isinstance(body, list):
        names = _required(spec, schema.get("items", {}))
        if body and isinstance(body[0], dict):
            for item in _object_mutations(body[0], names, mode):
                yield [item, *body[1:]]
        elif not body and mode == "missing-field":
            yield [{}]  # an item with every required field missing
    elif isinstance(body, dict):
        yield from _object_mutations(body, _required(spec, schema), mode)
    yield from (wrong for wrong in _WRONG_VALUES if _json_type(wrong) != _json_type(body))


def break_body(body: Any, mode: str, schemas: ResponseSchemas, operation: Operation, status: int) -> Any:
    """``body`` with a required field removed or mistyped, such that the response schema rejects it."""
    validator = schemas.validator(operation, status)
    where = schemas.schema_pointer(operation, status)
    if validator is None or where is None:
        return body
    for candidate in _mutations(body, schemas.schema(where), schemas.spec, mode):
        if not validator.is_valid(candidate):
            return candidate
    log.warning("%s: no change of %s breaks its response schema", mode, operation.operation_id)
    return body


def undocumented_status(operation: Operation) -> int:
    for status in (418, 421, 451, 499):
        if str(status) not in operation.statuses and f"{str(status)[0]}XX" not in operation.statuses:
            return status
    return 418
