"""JSON Schema verdicts compiled to Python closures, once per schema: the fast path of ``validation.py``.

``jsonschema`` walks a schema for every value it validates, keyword by
keyword, building a validator and an error generator at every level: for
the mock's small requests that walk cost more than everything else the
request does. Most requests are valid, and for a valid value only the
verdict matters, so ``compile_schema`` turns a schema into a predicate with
the very semantics of ``jsonschema``'s Draft 2020-12 keywords (its type
checker, its ``equal`` and ``uniq``, ``re.search`` for ``pattern``, the same
``FormatChecker``). ``validation.py`` asks the predicate first and, only
when it says no, asks ``jsonschema`` for the errors, which decides: a
predicate can make a request faster, never change its answer.

A schema with a keyword this module does not compile (``$dynamicRef``,
``prefixItems``, ``unevaluated*``, a remote ``$ref``...) gets no predicate
(None) and is always validated by ``jsonschema``. Keywords ``jsonschema``
does not know (``description``, ``example``, ``x-...``) are ignored, as it
ignores them.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema._utils import equal, uniq

__all__ = ["Check", "compile_schema"]

Check = Callable[[Any], bool]
Resolve = Callable[[str], Any]  # a JSON pointer of the document -> the schema there

_KNOWN = frozenset(Draft202012Validator.VALIDATORS)
_COMPILED = frozenset(
    {
        "$ref", "additionalProperties", "allOf", "anyOf", "const", "enum", "exclusiveMaximum",
        "exclusiveMinimum", "format", "if", "items", "maxItems", "maxLength", "maxProperties", "maximum",
        "minItems", "minLength", "minProperties", "minimum", "not", "oneOf", "pattern", "properties",
        "propertyNames", "required", "type", "uniqueItems",
    }
)  # fmt: skip


class _Unsupported(Exception):
    """The schema uses a keyword compiled here differently (or not at all): no predicate for it."""


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_TYPES: dict[str, Check] = {
    "array": lambda value: isinstance(value, list),
    "boolean": lambda value: isinstance(value, bool),
    "integer": _is_integer,
    "null": lambda value: value is None,
    "number": _is_number,
    "object": lambda value: isinstance(value, dict),
    "string": lambda value: isinstance(value, str),
}


def compile_schema(schema: Any, resolve: Resolve, formats: FormatChecker | None) -> Check | None:
    """A predicate saying exactly whether ``jsonschema`` finds ``value`` valid against ``schema``, or None.

    ``resolve`` gives the schema at a local ``$ref`` (``#/components/...``).
    """
    try:
        return _Compiler(resolve, formats).compile(schema)
    except _Unsupported:
        return None


class _Compiler:
    def __init__(self, resolve: Resolve, formats: FormatChecker | None) -> None:
        self._resolve = resolve
        self._formats = formats
        self._refs: dict[str, list[Check]] = {}  # pointer -> its predicate (a cell: references may recurse)

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda value: True
        if schema is False:
            return lambda value: False
        if not isinstance(schema, Mapping):
            raise _Unsupported(f"schema {schema!r}")
        # $id and $anchor would move the base of its references: none in the spec, none compiled.
        unsupported = (_KNOWN - _COMPILED).intersection(schema) | {"$id", "$anchor"}.intersection(schema)
        if unsupported:
            raise _Unsupported(", ".join(sorted(unsupported)))
        checks: list[Check] = []
        for keyword in _ORDER:
            if keyword in schema:
                checks.append(getattr(self, "_" + keyword.lstrip("$"))(schema[keyword], schema))
        if not checks:
            return lambda value: True
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)

    # ---------------------------------------------------------------- any instance

    def _type(self, types: Any, schema: Mapping[str, Any]) -> Check:
        names = [types] if isinstance(types, str) else list(types)
        if not all(isinstance(name, str) and name in _TYPES for name in names):
            raise _Unsupported(f"type {types!r}")
        found = [_TYPES[name] for name in names]
        if len(found) == 1:
            return found[0]
        return lambda value: any(is_type(value) for is_type in found)

    def _enum(self, members: Any, schema: Mapping[str, Any]) -> Check:
        texts = frozenset(member for member in members if isinstance(member, str))
        rest = [member for member in members if not isinstance(member, str)]
        # equal() compares text with ==, so text is in the enum exactly when it is one of its texts.
        return lambda value: value in texts if isinstance(value, str) else any(equal(m, value) for m in rest)

    def _const(self, constant: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: equal(value, constant)

    def _ref(self, reference: Any, schema: Mapping[str, Any]) -> Check:
        if not isinstance(reference, str) or not reference.startswith("#/"):
            raise _Unsupported(f"$ref {reference!r}")
        pointer = reference[1:]
        cell = self._refs.get(pointer)
        if cell is None:
            cell = self._refs[pointer] = []
            cell.append(self.compile(self._resolve(pointer)))
        return lambda value: cell[0](value)

    def _allOf(self, schemas: Any, schema: Mapping[str, Any]) -> Check:
        found = [self.compile(sub) for sub in schemas]
        return lambda value: all(check(value) for check in found)

    def _anyOf(self, schemas: Any, schema: Mapping[str, Any]) -> Check:
        found = [self.compile(sub) for sub in schemas]
        return lambda value: any(check(value) for check in found)

    def _oneOf(self, schemas: Any, schema: Mapping[str, Any]) -> Check:
        found = [self.compile(sub) for sub in schemas]
        return lambda value: sum(1 for check in found if check(value)) == 1

    def _not(self, sub: Any, schema: Mapping[str, Any]) -> Check:
        check = self.compile(sub)
        return lambda value: not check(value)

    def _if(self, sub: Any, schema: Mapping[str, Any]) -> Check:
        condition = self.compile(sub)
        then = self.compile(schema["then"]) if "then" in schema else None
        otherwise = self.compile(schema["else"]) if "else" in schema else None

        def check(value: Any) -> bool:
            branch = then if condition(value) else otherwise
            return branch is None or branch(value)

        return check

    def _format(self, name: Any, schema: Mapping[str, Any]) -> Check:
        formats = self._formats
        if formats is None:
            return lambda value: True
        return lambda value: formats.conforms(value, name)

    # ---------------------------------------------------------------- numbers

    def _minimum(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not _is_number(value) or not value < bound

    def _maximum(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not _is_number(value) or not value > bound

    def _exclusiveMinimum(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not _is_number(value) or value > bound

    def _exclusiveMaximum(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not _is_number(value) or value < bound

    # ---------------------------------------------------------------- strings

    def _minLength(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not isinstance(value, str) or len(value) >= bound

    def _maxLength(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not isinstance(value, str) or len(value) <= bound

    def _pattern(self, pattern: Any, schema: Mapping[str, Any]) -> Check:
        search = re.compile(pattern).search  # jsonschema: re.search(pattern, instance)
        return lambda value: not isinstance(value, str) or search(value) is not None

    # ---------------------------------------------------------------- arrays

    def _items(self, sub: Any, schema: Mapping[str, Any]) -> Check:
        check = self.compile(sub)
        return lambda value: not isinstance(value, list) or all(check(item) for item in value)

    def _minItems(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not isinstance(value, list) or len(value) >= bound

    def _maxItems(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not isinstance(value, list) or len(value) <= bound

    def _uniqueItems(self, unique: Any, schema: Mapping[str, Any]) -> Check:
        if not unique:
            return lambda value: True
        return lambda value: not isinstance(value, list) or bool(uniq(value))

    # ---------------------------------------------------------------- objects

    def _properties(self, properties: Any, schema: Mapping[str, Any]) -> Check:
        found = [(name, self.compile(sub)) for name, sub in properties.items()]

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            return all(sub(value[name]) for name, sub in found if name in value)

        return check

    def _additionalProperties(self, extra: Any, schema: Mapping[str, Any]) -> Check:
        if "patternProperties" in schema:
            raise _Unsupported("patternProperties")
        known = frozenset(schema.get("properties", {}))
        if extra is False:
            return lambda value: not isinstance(value, dict) or known.issuperset(value)
        check = self.compile(extra)
        return lambda value: (
            not isinstance(value, dict) or all(check(item) for name, item in value.items() if name not in known)
        )

    def _propertyNames(self, sub: Any, schema: Mapping[str, Any]) -> Check:
        check = self.compile(sub)
        return lambda value: not isinstance(value, dict) or all(check(name) for name in value)

    def _required(self, names: Any, schema: Mapping[str, Any]) -> Check:
        needed = list(names)
        return lambda value: not isinstance(value, dict) or all(name in value for name in needed)

    def _minProperties(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not isinstance(value, dict) or len(value) >= bound

    def _maxProperties(self, bound: Any, schema: Mapping[str, Any]) -> Check:
        return lambda value: not isinstance(value, dict) or len(value) <= bound


# Cheap checks first: a wrong type or a missing field is found before any nested value is visited.
_ORDER = (
    "type", "enum", "const", "required", "additionalProperties", "minLength", "maxLength", "pattern",
    "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
    "uniqueItems", "minProperties", "maxProperties", "properties", "propertyNames", "items", "$ref",
    "allOf", "anyOf", "oneOf", "not", "if",
)  # fmt: skip

assert frozenset(_ORDER) == _COMPILED
