"""Reading a snapshot's JSON with its place always known: each check names where a value is wrong.

A snapshot comes from outside (an admin call, a state file someone may have
edited), so every value is checked for its type and range before anything is
built from it, and the first problem ends the reading with the place
(``products[3].brandId``) and what is wrong there. Values are never quoted
whole: a snapshot may be large, and a place is enough to find the problem.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Collection, Mapping
from typing import Any, NoReturn

_NAME = 40  # characters of an unknown field name an error shows, at most
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")
# The audit stamps' form, as clock.timestamp writes it.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


class SnapshotError(ValueError):
    """A snapshot that cannot be loaded: ``place`` says where, ``problem`` what is wrong there."""

    def __init__(self, place: str, problem: str) -> None:
        super().__init__(f"{place}: {problem}")
        self.place = place
        self.problem = problem

    def describe(self, source: str) -> str:
        """One line: the source (a file, or ``snapshot``), the place and the problem."""
        return f"{source}: {self.place}: {self.problem}"


def fail(place: str, problem: str) -> NoReturn:
    raise SnapshotError(place, problem)


def at(place: str, name: str | int) -> str:
    """The place of a field or an item below ``place``."""
    if isinstance(name, int):
        return f"{place}[{name}]"
    return f"{place}.{name}" if place else name


def shown(name: str) -> str:
    return repr(name if len(name) <= _NAME else name[: _NAME - 3] + "...")


def obj(value: Any, place: str, required: Collection[str], optional: Collection[str] = ()) -> dict[str, Any]:
    """``value`` as an object with the ``required`` fields, and no field outside ``optional`` besides."""
    if not isinstance(value, dict):
        fail(place or "(top level)", "must be an object")
    for name in required:
        if name not in value:
            fail(at(place, name), "is required")
    for name in value:
        if name not in required and name not in optional:
            fail(at(place, name), f"is not a field of the snapshot format here ({shown(name)})")
    return value


def array(value: Any, place: str) -> list[Any]:
    if not isinstance(value, list):
        fail(place, "must be a list")
    return value


def text(value: Any, place: str, choices: Collection[str] | None = None) -> str:
    if not isinstance(value, str):
        fail(place, "must be a string")
    if choices is not None and value not in choices:
        fail(place, f"must be one of {', '.join(sorted(choices))}")
    return value


def optional_text(value: Any, place: str, choices: Collection[str] | None = None) -> str | None:
    return None if value is None else text(value, place, choices)


def boolean(value: Any, place: str) -> bool:
    if not isinstance(value, bool):
        fail(place, "must be true or false")
    return value


def integer(value: Any, place: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        fail(place, "must be an integer")
    if not low <= value <= high:
        fail(place, f"must be in the range [{low}, {high}]")
    return value


def number(value: Any, place: str, low: float, high: float) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        fail(place, "must be a number")
    if not (math.isfinite(value) and low <= value <= high):
        fail(place, f"must be a finite number in the range [{low:g}, {high:g}]")
    return float(value)


def moment(value: Any, place: str) -> datetime.datetime:
    """An ISO 8601 date-time with a time zone (how the snapshot writes job starts and expiries)."""
    written = text(value, place)
    try:
        parsed = datetime.datetime.fromisoformat(written.replace("Z", "+00:00"))
    except ValueError:
        fail(place, "must be an ISO 8601 date-time")
    if parsed.tzinfo is None:
        fail(place, "must be a date-time with a time zone")
    return parsed.astimezone(datetime.UTC)


def timestamp_text(value: Any, place: str) -> str:
    """A stamp's time as the API prints it (``2024-09-25T19:58:00.000Z``)."""
    written = text(value, place)
    if not _TIMESTAMP.fullmatch(written):
        fail(place, "must be a timestamp of the form 2024-09-25T19:58:00.000Z")
    moment(written, place)
    return written


def string_map(value: Any, place: str) -> dict[str, str]:
    """An object of strings (attribute values)."""
    if not isinstance(value, dict):
        fail(place, "must be an object")
    for name, item in value.items():
        text(item, at(place, name))
    return value


def string_list(value: Any, place: str, choices: Collection[str] | None = None) -> list[str]:
    items = array(value, place)
    for index, item in enumerate(items):
        text(item, at(place, index), choices)
    return items


def unique(seen: set[str], value: str, place: str, what: str) -> None:
    if value in seen:
        fail(place, f"the snapshot lists this {what} twice")
    seen.add(value)


def bad_text(document: Any) -> str | None:
    """The place of the first string (value or field name) holding a NUL or a lone UTF-16 surrogate.

    JSON text can carry both as escapes; the API never stores either, and a
    lone surrogate could not even be sent back as UTF-8. One walk of the
    whole document without recursion, and a second one that keeps the
    places only when the first finds something.
    """
    if not _holds_bad_text(document):
        return None
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, place = stack.pop()
        if isinstance(node, str):
            if _BAD_TEXT.search(node):
                return place or "(top level)"
        elif isinstance(node, list):
            stack.extend((item, at(place, index)) for index, item in reversed(list(enumerate(node))))
        elif isinstance(node, dict):
            for name, item in reversed(node.items()):
                if _BAD_TEXT.search(name):
                    return at(place, "(a field name)")
                stack.append((item, at(place, name)))
    return None


def _holds_bad_text(document: Any) -> bool:
    search = _BAD_TEXT.search
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if search(node):
                return True
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if any(search(name) for name in node):
                return True
            stack.extend(node.values())
    return False


def lookup(table: Mapping[str, Any], key: str, place: str, what: str) -> Any:
    found = table.get(key)
    if found is None:
        fail(place, f"names no {what} of the snapshot")
    return found
