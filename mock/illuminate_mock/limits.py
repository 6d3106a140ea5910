"""Cheap checks of a request's shape, made before it is validated item by item, so every request costs little.

JSON Schema validation visits every item of a list before it reports that
the list is too long, and reports each bad item on its own: a body of 1 MiB
can hold half a million small bad items. So the shape is checked first,
walking only the containers (and, when a string may hold one, the strings):

- a JSON body holds at most 50,000 objects and lists (counted in its text,
  before it is parsed);
- a list holds at most its schema's ``maxItems``, and never more than 1000
  items (the documented limit of every list); an object at most 1000 fields;
  nesting at most 32 levels;
- no string holds a NUL or a lone UTF-16 surrogate, and none but free text
  holds another C0 control character or DEL (the spec's rule
  ``no-control-characters``). Which strings are free text is the spec's word:
  those whose pattern is the free-text pattern, and everything inside a
  custom attribute's value (any JSON, keys included); every other string and
  every other object key is a name.

The first problem found ends the walk: one refusal is enough, and its cost
is bounded by the size of the request, never by what the schema would do
with it.
"""

from __future__ import annotations

import re
from typing import Any

from illuminate_spec.loader import Spec

from .errors import FieldError

MAX_LIST_ITEMS = 1000  # "The limit for GET operations is 1000 records per request" (REST, Getting Started)
MAX_OBJECT_FIELDS = 1000
MAX_JSON_DEPTH = 32  # real payloads nest a few levels; deeper ones would only exhaust recursion
# Objects and lists in one JSON text: 1000 links are 1000 objects; half a million empty ones would take
# 30 MB to parse before any of the checks below could refuse them.
MAX_JSON_CONTAINERS = 50_000

_ANY_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_TEXT_CONTROL = re.compile("[\x00\ud800-\udfff]")
# In JSON text a control character or a surrogate can only be written as an escape.
_ESCAPES = re.compile(rb"\\(?:u00[01][0-9a-fA-F]|u007[fF]|u[dD][89a-fA-F]|[bfnrt])|\x7f")
FREE_TEXT_PATTERN = "^[^\\x00]*$"  # the spec's pattern of free text (anchor freeText)


def too_many_containers(raw: bytes) -> str | None:
    """Why JSON text ``raw`` is refused before it is parsed, or None.

    Counts every ``{`` and ``[`` (those inside strings too, so it may count
    more than there are, never fewer): a C-speed scan of the bytes.
    """
    count = raw.count(b"{") + raw.count(b"[")
    if count > MAX_JSON_CONTAINERS:
        return f"holds more than {MAX_JSON_CONTAINERS} objects and lists"
    return None


def may_hold_control_characters(raw: bytes) -> bool:
    """Whether JSON text ``raw`` may decode to a string with a control character or a surrogate."""
    return _ESCAPES.search(raw) is not None


def text_problem(value: str, free_text: bool = False) -> str | None:
    """What is wrong with a string of a request, or None."""
    found = (_TEXT_CONTROL if free_text else _ANY_CONTROL).search(value)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return "contains an unpaired UTF-16 surrogate"
    name = "NUL" if char == "\x00" else f"U+{ord(char):04X}"
    allowed = "" if free_text else " in a name, id or code"
    return f"contains the control character {name}, which is not allowed{allowed}"


class RequestShape:
    """The shape checks above, guided by the spec's schemas (for ``maxItems`` and free-text places)."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._resolved: dict[int, dict[str, Any]] = {}

    def _resolve(self, schema: Any) -> dict[str, Any]:
        if not isinstance(schema, dict):
            return {}
        found = self._resolved.get(id(schema))
        if found is None:
            resolved = self._spec.resolve(schema)
            found = self._resolved[id(schema)] = resolved if isinstance(resolved, dict) else {}
        return found

    def problem(self, value: Any, schema: Any, where: str, *, scan_text: bool = True) -> FieldError | None:
        """The first problem of ``value`` (at ``where``, described by ``schema``), or None.

        A node without a schema of its own (inside ``additionalProperties: true``:
        a custom attribute's value) is free text throughout, its keys included.
        """
        stack: list[tuple[Any, Any, str, int, bool]] = [(value, schema, where, 1, False)]
        while stack:
            node, node_schema, at, depth, free = stack.pop()
            resolved = self._resolve(node_schema)
            if isinstance(node, str):
                problem = text_problem(node, free or resolved.get("pattern") == FREE_TEXT_PATTERN)
                if problem is not None:
                    return FieldError(at, problem)
                continue
            if depth > MAX_JSON_DEPTH:
                return FieldError(where, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
            if isinstance(node, list):
                limit = min(resolved.get("maxItems", MAX_LIST_ITEMS), MAX_LIST_ITEMS)
                if len(node) > limit:
                    return FieldError(at, f"holds {len(node)} items; at most {limit} are allowed")
                items = resolved.get("items")
                child_free = free or not isinstance(items, dict)
                for index in range(len(node) - 1, -1, -1):
                    child = node[index]
                    if isinstance(child, dict | list) or (scan_text and isinstance(child, str)):
                        stack.append((child, items, f"{at}[{index}]", depth + 1, child_free))
            elif isinstance(node, dict):
                if len(node) > MAX_OBJECT_FIELDS:
                    return FieldError(at, f"holds {len(node)} fields; at most {MAX_OBJECT_FIELDS} are allowed")
                properties = resolved.get("properties", {})
                extra = resolved.get("additionalProperties")
                for key in reversed(list(node)):
                    if scan_text:
                        problem = text_problem(key, free)
                        if problem is not None:
                            return FieldError(at, f"the field name {key[:40]!r} {problem}")
                    child = node[key]
                    if isinstance(child, dict | list) or (scan_text and isinstance(child, str)):
                        sub = properties.get(key, extra if isinstance(extra, dict) else None)
                        stack.append((child, sub, f"{at}.{key}", depth + 1, free or not isinstance(sub, dict)))
        return None
