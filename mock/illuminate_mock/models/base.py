"""What every stored resource shares, and how its attributes map to the API's field names.

A resource is a dataclass with snake_case attributes; the API speaks
camelCase. The mapping is mechanical (``description_short`` is
``descriptionShort``), so it is derived from the dataclass fields once per
class instead of being written out a second time. Two ClassVars say what the
mapping must leave alone:

- ``PRIVATE``: bookkeeping the API never shows (the twin a product belongs to,
  an upload token);
- ``SERVER_SET``: shown, but never taken from a request (a variant's
  ``productId``).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Stamp:
    """One audit event: when (as the API prints it), by whom, and its place in the mock's order of events.

    ``seq`` breaks ties between events in the same millisecond, so sorting by
    ``created`` or ``modified`` is total and a cursor never skips a record.
    """

    at: str
    by: str
    seq: int


@dataclass(eq=False, kw_only=True)
class Record:
    """A resource of one account, with the audit fields every resource of the API carries."""

    KIND: ClassVar[str]  # what the API calls one (in "no brand with id ..." and the like)
    PRIVATE: ClassVar[frozenset[str]] = frozenset()
    SERVER_SET: ClassVar[frozenset[str]] = frozenset()

    id: str
    account_id: str
    created: Stamp
    modified: Stamp

    @classmethod
    def create(cls, account_id: str, stamp: Stamp, **fields: Any) -> Self:
        """A new resource with a fresh id, created and last modified by ``stamp``."""
        return cls(id=new_id(), account_id=account_id, created=stamp, modified=stamp, **fields)

    def touch(self, stamp: Stamp) -> None:
        self.modified = stamp

    def apply(self, changes: Mapping[str, Any]) -> None:
        """Set the fields a request names (a create body or an update's ``patch``); other keys are ignored.

        The request validator has already refused unknown fields, so the keys
        ignored here are the ones that steer the request without being stored
        (``accountId``, ``digitalTag``, ``useDefaultSettings`` and the like).
        """
        settable = settable_fields(type(self))
        for name, value in changes.items():
            attribute = settable.get(name)
            if attribute is not None:
                setattr(self, attribute, value)


class Twinned(Record):
    """A resource that stands for a digital twin: a product, a variant or a promotional asset.

    Not a dataclass of its own: each kind declares ``twin_id`` (the twin made
    with it, which the API never shows) itself, last, so that the API shows
    the fields of each kind in the order the kind declares them.
    """

    PRIVATE: ClassVar[frozenset[str]] = frozenset({"twin_id"})
    RESOURCE_TYPE: ClassVar[str]
    GTIN_FIELD: ClassVar[str | None]  # the field whose value a Digital Link carries as the GTIN (None: no GTIN)

    twin_id: str

    @property
    def gtin_source(self) -> str | None:
        """The identifier a Digital Link would carry, if it is a GTIN (None: the kind has none)."""
        return None if self.GTIN_FIELD is None else str(getattr(self, self.GTIN_FIELD))


_AUDIT = frozenset({"id", "account_id", "created", "modified"})


def camel(name: str) -> str:
    """``description_short`` -> ``descriptionShort``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# Per class, computed on first use: rendering asks for every item of every page.
_SHOWN: dict[type[Record], tuple[tuple[str, str], ...]] = {}
_SETTABLE: dict[type[Record], dict[str, str]] = {}


def shown_fields(cls: type[Record]) -> tuple[tuple[str, str], ...]:
    """(attribute, API name) of every field the API shows besides the audit fields, in declaration order."""
    found = _SHOWN.get(cls)
    if found is None:
        found = _SHOWN[cls] = tuple(
            (f.name, camel(f.name))
            for f in dataclasses.fields(cls)
            if f.name not in _AUDIT and f.name not in cls.PRIVATE
        )
    return found


def settable_fields(cls: type[Record]) -> dict[str, str]:
    """API name -> attribute, for the fields a request may set."""
    found = _SETTABLE.get(cls)
    if found is None:
        found = _SETTABLE[cls] = {
            api: attribute for attribute, api in shown_fields(cls) if attribute not in cls.SERVER_SET
        }
    return found


def body_fields(cls: type[Record], body: Mapping[str, Any]) -> dict[str, Any]:
    """The constructor arguments a request body gives for ``cls`` (unstored keys dropped)."""
    settable = settable_fields(cls)
    return {settable[name]: value for name, value in body.items() if name in settable}
