"""What the rule modules share: list replies and their orders, id filters, reference checks, update targets.

Kept apart so that each rule module reads as the rules of its own resources.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ..models import Record
from ..pagination import paginate
from ..registry import Call, Reply
from ..store import Collection, sort_key

R = TypeVar("R", bound=Record)


def list_reply(
    call: Call,
    collection: Collection[R],
    records: list[R],
    orders: Mapping[str, Callable[[R], Any]],
    render: Callable[[R], dict[str, Any]],
) -> Reply:
    """One page of ``records`` in the order the ``order`` parameter names (``NAME_ASC`` and the like)."""
    order = call.params["order"]
    page = paginate(
        records,
        orders[order.rsplit("_", 1)[0]],
        descending=order.endswith("_DESC"),
        first=call.params["first"],
        after=call.params.get("after"),
        cursor_record=lambda token: collection.cursor_record(call.account.id, token),
        id_of=lambda record: record.id,
    )
    return Reply([render(record) for record in page.items], page.headers())


def modified_or_name(attribute: str) -> dict[str, Callable[[Any], Any]]:
    """The orders of a list sorted by ``MODIFIED`` or by ``NAME``, the name being ``attribute`` (case-folded)."""
    return {"MODIFIED": sort_key("modified"), "NAME": sort_key(attribute, fold=True)}


def filter_of(call: Call) -> dict[str, Any]:
    """The ``filter`` query parameter, or an empty filter."""
    found: dict[str, Any] = call.params.get("filter") or {}
    return found


def ids(filter_part: Mapping[str, Any] | None, key: str = "ids") -> set[str] | None:
    """The id set a filter names, or None when the filter does not narrow by it."""
    if not filter_part or key not in filter_part:
        return None
    return set(filter_part[key])


def kept_by(block: Mapping[str, Any] | None, records: Iterable[R], **matched_by: Callable[[R], str | None]) -> list[R]:
    """The records a block of ``filter`` keeps: those whose id is among its ``ids``, and whose value is among
    each other list it names (``matched_by``: the list's key -> the record's value). A list it leaves out
    keeps every record."""
    tests = [
        (wanted, value_of)
        for key, value_of in {"ids": _record_id, **matched_by}.items()
        if (wanted := ids(block, key)) is not None
    ]
    return [r for r in records if all(value_of(r) in wanted for wanted, value_of in tests)]


def _record_id(record: Record) -> str:
    return record.id


def check_refs(call: Call, fields: Mapping[str, Any], prefix: str, refs: Mapping[str, Collection[Any]]) -> None:
    """Every id among ``fields`` that ``refs`` names must exist in its collection (404 naming it)."""
    for name, collection in refs.items():
        if name in fields:
            collection.require(call.account.id, fields[name], f"{prefix}.{name}")


def update_target(call: Call, collection: Collection[R]) -> R:
    """The record an update's ``body.id`` names (404 naming ``body.id`` when the account has none)."""
    return collection.require(call.account.id, call.body["id"], "body.id")
