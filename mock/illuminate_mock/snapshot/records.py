"""Records (brands, products, twins' carriers, images, ...) to and from a snapshot's JSON objects.

The mapping is the dataclass's own, as for the API (``models/base.py``):
every field under its camelCase name, the private ones too (a product's
``twinId``, an image's ``uploadToken``), the audit stamps as ``{at, by,
seq}``. Reading checks each field against the dataclass's type hint, so
the one mapping serves every kind and a new field is saved without a line
here. A field left out takes its default; an unset one (None) is left out.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from ..clock import parse_moment
from ..fixtures import CARRIER_TYPES, URL_FORMATS
from ..models import DataCarrier, Image, Record, Stamp
from ..models.base import camel
from ..models.images import IMAGE_SIGNATURES, PENDING, READY
from ..serial_ids import MAX_SERIAL_ID_INDEX
from .checks import array, at, boolean, fail, integer, obj, string_list, text, timestamp_text

R = TypeVar("R", bound=Record)

_AUDIT = ("id", "account_id", "created", "modified")
# Fields whose values the rules look up in a table: another value would fail a request later.
CHOICES: dict[tuple[type[Record], str], frozenset[str]] = {
    (DataCarrier, "carrier_type"): frozenset(CARRIER_TYPES),
    (DataCarrier, "url_format"): frozenset(URL_FORMATS),
    (Image, "content_type"): frozenset(IMAGE_SIGNATURES),
    (Image, "status"): frozenset({PENDING, READY}),
}


def encode_stamp(stamp: Stamp) -> dict[str, Any]:
    return {"at": stamp.at, "by": stamp.by, "seq": stamp.seq}


def decode_stamp(value: Any, place: str) -> Stamp:
    found = obj(value, place, ("at", "by", "seq"))
    return Stamp(
        timestamp_text(found["at"], at(place, "at")),
        text(found["by"], at(place, "by")),
        integer(found["seq"], at(place, "seq"), 1, MAX_SERIAL_ID_INDEX),
    )


@dataclasses.dataclass(frozen=True)
class _Field:
    attribute: str
    name: str  # in the snapshot
    hint: Any
    required: bool


_FIELDS: dict[tuple[type[Record], frozenset[str]], tuple[_Field, ...]] = {}


def _fields(cls: type[Record], skip: frozenset[str]) -> tuple[_Field, ...]:
    """The fields a snapshot holds for ``cls`` (those in ``skip`` aside), from its type hints, once per class."""
    found = _FIELDS.get((cls, skip))
    if found is not None:
        return found
    hints = typing.get_type_hints(cls)
    found = _FIELDS[(cls, skip)] = tuple(
        _Field(
            f.name,
            camel(f.name),
            hints[f.name],
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
        if f.name not in _AUDIT and f.name not in skip
    )
    return found


def encode_record(record: Record, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """``record`` as a snapshot object (fields in ``skip`` left to the caller)."""
    body: dict[str, Any] = {
        "id": record.id,
        "accountId": record.account_id,
        "created": encode_stamp(record.created),
        "modified": encode_stamp(record.modified),
    }
    for field in _fields(type(record), skip):
        value = getattr(record, field.attribute)
        if value is not None:
            # Lists and custom attributes are copied: the snapshot is written after the lock is let go.
            body[field.name] = copy.deepcopy(value) if isinstance(value, list | dict) else value
    return body


def decode_record(
    cls: type[R],
    value: Any,
    place: str,
    accounts: Mapping[str, object],
    skip: frozenset[str] = frozenset(),
    others: tuple[str, ...] = (),
    **built: Any,
) -> R:
    """A ``cls`` from a snapshot object.

    ``skip``: attributes the caller builds (passed in ``built``), read from
    the snapshot's fields ``others`` by the caller.
    """
    fields = _fields(cls, skip)
    required = ("id", "accountId", "created", "modified", *(f.name for f in fields if f.required))
    found = obj(value, place, required, (*(f.name for f in fields if not f.required), *others))
    account_id = text(found["accountId"], at(place, "accountId"))
    if account_id not in accounts:
        fail(at(place, "accountId"), "names an account the fixture does not have")
    arguments: dict[str, Any] = {}
    for field in fields:
        if field.name in found:
            where = at(place, field.name)
            arguments[field.attribute] = _typed(field.hint, found[field.name], where)
            _check_value(cls, field.attribute, arguments[field.attribute], where)
    return cls(
        id=text(found["id"], at(place, "id")),
        account_id=account_id,
        created=decode_stamp(found["created"], at(place, "created")),
        modified=decode_stamp(found["modified"], at(place, "modified")),
        **arguments,
        **built,
    )


def _typed(hint: Any, value: Any, place: str) -> Any:
    """``value`` checked against a field's type hint (the few types records use)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        if value is None:
            return None
        return _typed(options[0], value, place)
    if hint is str:
        return text(value, place)
    if hint is bool:
        return boolean(value, place)
    origin = typing.get_origin(hint)
    if origin is list:
        return string_list(value, place) if typing.get_args(hint) == (str,) else array(value, place)
    if origin is dict:
        if not isinstance(value, dict):
            fail(place, "must be an object")
        return value
    raise TypeError(f"no snapshot reading for {hint!r}")  # a new kind of field: add it above


def _check_value(cls: type[Record], attribute: str, value: Any, place: str) -> None:
    choices = CHOICES.get((cls, attribute))
    if choices is not None and value is not None:
        text(value, place, choices)
    if isinstance(value, str) and attribute.endswith(("_date", "_date_time")):
        # The rules compare these dates (an asset's start and end): one that cannot be read would fail later.
        try:
            parse_moment(value)
        except ValueError:
            fail(place, "must be an ISO 8601 date or date-time")
