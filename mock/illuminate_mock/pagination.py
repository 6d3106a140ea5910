"""Cursor pagination: ``first``/``after`` in, ``has-next-page``/``next-page-token`` out.

The one place the two response headers are written, for the REST lists and
the serial list alike. The token is the id of the last item of the page, as
the serialization document describes. The next page holds the items that
sort strictly after that item, so items inserted meanwhile never shift a
page: those that sort earlier are not shown, those that sort later are.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .errors import not_found

T = TypeVar("T")


def page_headers(next_token: str | None) -> dict[str, str]:
    """The headers of a page: the token only when another page follows."""
    if next_token is None:
        return {"has-next-page": "false"}
    return {"has-next-page": "true", "next-page-token": next_token}


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_token: str | None

    def headers(self) -> dict[str, str]:
        return page_headers(self.next_token)


def paginate(
    records: Sequence[T],
    sort_key: Callable[[T], Any],
    *,
    descending: bool,
    first: int,
    after: str | None,
    cursor_record: Callable[[str], T | None],
    id_of: Callable[[T], str],
) -> Page[T]:
    """One page of ``records`` in ``sort_key`` order, starting after the cursor ``after``."""
    ordered = sorted(records, key=sort_key, reverse=descending)
    start = 0
    if after is not None:
        anchor = cursor_record(after)
        if anchor is None:
            raise not_found("query.after", "cursor", after)
        start = _position_after(ordered, sort_key, sort_key(anchor), descending)
    window = ordered[start : start + first + 1]
    page = window[:first]
    has_next = len(window) > first
    return Page(page, id_of(page[-1]) if has_next and page else None)


def _position_after(ordered: list[T], key: Callable[[T], Any], anchor: Any, descending: bool) -> int:
    keys = [key(record) for record in ordered]
    if not descending:
        return bisect.bisect_right(keys, anchor)
    # Descending order: count the keys that are >= anchor (they come first).
    return len(keys) - bisect.bisect_left(list(reversed(keys)), anchor)
