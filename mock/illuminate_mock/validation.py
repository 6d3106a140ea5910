"""Check a request against its operation in the spec, naming every bad field.

Query values arrive as text and are converted to the parameter's type first;
the JSON ``filter`` is parsed from its text. The docs also send parameters of
GET lists as a JSON body; ``merge_get_body`` folds such a body into the query
values (see spec/DECISIONS.md).
"""

from __future__ import annotations

import datetime
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from illuminate_spec.loader import Spec
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .errors import FieldError, bad_request
from .fastschema import Check, compile_schema
from .limits import RequestShape
from .specdoc import Operation, Parameter, schema_validator

_RFC3339 = re.compile(r"^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$")
_MAX_MESSAGE = 200
MAX_COUNTED_ERRORS = 200  # problems counted at most (each costs a few KiB while counted); 20 are listed

FORMATS = FormatChecker(formats=())


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))  # rejects month 13 and the like
    return True


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE.match(value):
        return False
    datetime.date.fromisoformat(value)  # rejects 2024-02-30 and the like
    return True


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


FORMATS.checks("date-time", raises=ValueError)(_is_date_time)
FORMATS.checks("date", raises=ValueError)(_is_date)
FORMATS.checks("uri")(_is_uri)


@dataclass(frozen=True)
class ValidRequest:
    params: dict[str, Any]  # path and query parameters, by name
    body: Any
    path: dict[str, Any] = field(default_factory=dict)  # the path parameters alone


class RequestValidator:
    """Validators for every operation's parameters and body, built once each."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._cache: dict[str, Draft202012Validator] = {}
        self._checks: dict[str, Check | None] = {}
        self._kinds: dict[str, object] = {}
        self._conditions = _conditions(spec.document)
        self._nodes: dict[str, Any] = {}
        self.shape = RequestShape(spec)

    def _at(self, where: str) -> Any:
        """The schema at pointer ``where`` (cached: looked up for every request)."""
        node = self._nodes.get(where)
        if node is None:
            node = self._nodes[where] = self._spec.at(where)
        return node

    def _kind(self, parameter: Parameter) -> object:
        """The JSON type of a query parameter, which says how to convert its text (cached: asked per request)."""
        where = parameter.schema_pointer
        if where not in self._kinds:
            self._kinds[where] = self._spec.resolve(self._spec.at(where)).get("type")
        return self._kinds[where]

    def _check(self, where: str) -> Check | None:
        """The compiled verdict of the schema at ``where`` (``fastschema.py``), None when it has none."""
        if where not in self._checks:
            self._checks[where] = compile_schema(self._spec.at(where), self._spec.at, FORMATS)
        return self._checks[where]

    def _validator(self, where: str) -> Draft202012Validator:
        validator = self._cache.get(where)
        if validator is None:
            validator = schema_validator(self._spec, where, FORMATS)
            self._cache[where] = validator
        return validator

    def validate(
        self,
        operation: Operation,
        query: Iterable[tuple[str, Any]],
        body: Any,
        has_body: bool,
        path: Mapping[str, str] | None = None,
        *,
        scan_text: bool = True,
    ) -> ValidRequest:
        """The request's parameters and body, or a 400 naming the first problems (and counting the rest).

        ``scan_text``: whether the body's strings may hold control characters
        at all (false when its JSON text has no escape that could make one).
        """
        errors = _Found()
        path_params = self._path_params(operation, path or {}, errors)
        params = {**path_params, **self._params(operation, list(query), errors)}
        if operation.body_pointer is not None:
            if not has_body:
                errors.append(FieldError("body", "a JSON request body is required"))
            else:
                # The shape first: a list over its limit is refused before its items are read.
                problem = self.shape.problem(body, self._at(operation.body_pointer), "body", scan_text=scan_text)
                if problem is not None:
                    errors.append(problem)
                else:
                    self._schema_errors(operation.body_pointer, body, "body", errors)
        if errors:
            raise bad_request(errors, counted=errors.complete)
        return ValidRequest(params, body if operation.body_pointer is not None else None, path_params)

    def _checked(self, parameter: Parameter, raw: Any, field_name: str, errors: _Found) -> tuple[bool, Any]:
        """A parameter's value converted, its shape and then its schema checked: (ok, value)."""
        try:
            value = self._convert(parameter, raw)
        except ValueError as exc:
            errors.append(FieldError(field_name, str(exc)))
            return False, None
        problem = self.shape.problem(value, self._at(parameter.schema_pointer), field_name)
        if problem is not None:
            errors.append(problem)
            return False, None
        return self._schema_errors(parameter.schema_pointer, value, field_name, errors), value

    def _path_params(self, operation: Operation, path: Mapping[str, str], errors: _Found) -> dict[str, Any]:
        """The path's parameters, each converted and checked against its schema (``path.<name>``)."""
        params: dict[str, Any] = {}
        for parameter in operation.parameters:
            if parameter.location != "path":
                continue
            field_name = f"path.{parameter.name}"
            if parameter.name not in path:
                errors.append(FieldError(field_name, "this path parameter is required"))
                continue
            ok, value = self._checked(parameter, path[parameter.name], field_name, errors)
            if ok:
                params[parameter.name] = value
        return params

    def _params(self, operation: Operation, query: list[tuple[str, Any]], errors: _Found) -> dict[str, Any]:
        values: dict[str, list[Any]] = {}
        for name, value in query:
            values.setdefault(name, []).append(value)
        params: dict[str, Any] = {}
        known = {p.name for p in operation.parameters if p.location == "query"}
        # Strict like the request bodies: a misspelt parameter is an error, not silently ignored.
        errors.extend(FieldError(f"query.{name}", "unknown query parameter") for name in values if name not in known)
        for parameter in operation.parameters:
            if parameter.location != "query":
                continue
            field_name = f"query.{parameter.name}"
            given = values.get(parameter.name)
            if not given:
                if parameter.required:
                    errors.append(FieldError(field_name, "this query parameter is required"))
                continue
            if len(given) > 1:
                errors.append(FieldError(field_name, "given more than once"))
                continue
            ok, value = self._checked(parameter, given[0], field_name, errors)
            if ok:
                params[parameter.name] = value
        return params

    def _convert(self, parameter: Parameter, value: Any) -> Any:
        if not isinstance(value, str):
            return value  # already typed: it came from a JSON body
        if parameter.json_content:
            try:
                document = json.loads(value, parse_constant=reject_constant, parse_float=parse_finite_float)
            except (ValueError, RecursionError):
                raise ValueError('must be JSON text (for example {"ids": ["..."]})') from None
            return document
        kind = self._kind(parameter)
        if kind == "integer":
            if not re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
                raise ValueError(f"must be an integer, got {_short(value)}")
            return int(value)
        if kind == "number":
            try:
                return float(value)
            except ValueError:
                raise ValueError(f"must be a number, got {_short(value)}") from None
        if kind == "boolean":
            if value not in ("true", "false"):
                raise ValueError(f"must be true or false, got {_short(value)}")
            return value == "true"
        return value

    def _schema_errors(self, where: str, value: Any, prefix: str, errors: _Found) -> bool:
        """Add the schema's complaints about ``value`` to ``errors``; whether there were none.

        At most ``MAX_COUNTED_ERRORS`` are taken from the validator (it finds
        them lazily), so a value with many bad parts costs no more than that.
        A valid value is told by the compiled verdict alone, when the schema
        has one: ``jsonschema`` walks the schema only to name what is wrong.
        """
        check = self._check(where)
        if check is not None and check(value):
            return True
        validator = self._validator(where)
        found = list(itertools.islice(validator.iter_errors(value), MAX_COUNTED_ERRORS + 1))
        if len(found) > MAX_COUNTED_ERRORS:
            found, errors.complete = found[:MAX_COUNTED_ERRORS], False
        described: list[FieldError] = []
        for error in sorted(found, key=lambda e: list(map(str, e.absolute_path))):
            described.extend(_describe(error, prefix, self._conditions))
        # One entry per field and message, in a stable order.
        errors.extend(dict.fromkeys(described))
        return not found


class _Found(list[FieldError]):
    """The problems of a request, and whether all of them were counted."""

    complete = True


def parse_finite_float(text: str) -> float | int:
    """A JSON number with a fraction or exponent, as Python sees it.

    1e400 would become inf, which JSON cannot send back: refused. An integral
    value such as 349.0 is an integer to JSON Schema, so it becomes an int
    here and the rules never see a float where they count. Only up to 2**53
    (where a float still holds every integer): 1e308 as an int is 309 digits,
    so a body of short numbers would come back 60 times its size, and stay
    so in memory; beyond that it stays a float (an integer to JSON Schema
    still, and beyond every count the rules check).
    """
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"number {text[:40]} is out of range")
    return int(number) if number.is_integer() and abs(number) <= _EXACT_INTEGERS else number


_EXACT_INTEGERS = 2**53


def reject_constant(name: str) -> Any:
    """For ``json.loads``: NaN and Infinity are not JSON, whatever Python's parser allows."""
    raise ValueError(f"{name} is not JSON")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _path(prefix: str, parts: Iterable[Any]) -> str:
    """``body.links[1].productId``: the same names the business rules use."""
    text = prefix
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _conditions(document: Any) -> dict[int, dict[str, Any]]:
    """Every ``then`` schema of the document (by identity) with the ``if`` that switches it on.

    A validation error carries the very schema object it failed, so a field
    that a ``then`` requires can be explained by the switch that asked for it.
    """
    found: dict[int, dict[str, Any]] = {}
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("if"), dict) and isinstance(node.get("then"), dict):
                found[id(node["then"])] = node["if"]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _switches(
    condition: dict[str, Any] | None, instance: dict[str, Any], where: str, missing: list[str]
) -> list[FieldError]:
    """The boolean switches of an ``if`` that made fields required (``useDefaultSettings: false``)."""
    if condition is None:
        return []
    needed = " and ".join(f"{where}.{name}" for name in missing)
    return [
        FieldError(f"{where}.{name}", f"is {json.dumps(rule['const'])}, which needs {needed}")
        for name, rule in condition.get("properties", {}).items()
        if isinstance(rule, dict) and isinstance(rule.get("const"), bool) and name in instance
    ]


def _describe(error: ValidationError, prefix: str, conditions: dict[int, dict[str, Any]]) -> list[FieldError]:
    where = _path(prefix, error.absolute_path)
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        missing = [name for name in error.validator_value if name not in instance]
        # From an if/then/else "exactly one of" rule, the field is one of two alternatives.
        message = "this field (or its alternative) is required" if "else" in error.relative_schema_path else None
        found = [FieldError(f"{where}.{name}", message or "this field is required") for name in missing]
        return found + _switches(conditions.get(id(error.schema)), instance, where, missing)
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = set(error.schema.get("properties", {}))
        return [FieldError(f"{where}.{name}", "unknown field") for name in instance if name not in known]
    negated = error.validator_value if error.validator == "not" else None
    if isinstance(negated, dict) and set(negated) == {"required"} and isinstance(instance, dict):
        # An "exactly one of" rule (if/then/else in the spec): name the extra field.
        return [
            FieldError(f"{where}.{name}", "not allowed together with the alternative field")
            for name in negated["required"]
        ]
    message = error.message
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    return [FieldError(where, message)]


def merge_get_body(query: list[tuple[str, str]], body: Any) -> list[tuple[str, Any]]:
    """Query items plus the top-level fields of a JSON body sent with GET."""
    merged: list[tuple[str, Any]] = list(query)
    if isinstance(body, dict):
        merged.extend(body.items())
    return merged
