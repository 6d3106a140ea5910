"""Cursor pagination: ``first``/``after`` in, ``has-next-page``/``next-page-token`` out.

The token is the id of the last record of the page, as the serialization
document describes. The next page holds the records that sort strictly after
that record, so records inserted meanwhile never shift a page: those that
sort earlier are not shown, those that sort later are.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import not_found
from .store import Record


@dataclass(frozen=True)
class Page:
    items: list[Record]
    next_token: str | None

    def headers(self) -> dict[str, str]:
        if self.next_token is None:
            return {"has-next-page": "false"}
        return {"has-next-page": "true", "next-page-token": self.next_token}


def paginate(
    records: Sequence[Record],
    sort_key: Callable[[Record], Any],
    *,
    descending: bool,
    first: int,
    after: str | None,
    cursor_record: Callable[[str], Record | None],
) -> Page:
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
    return Page(page, page[-1]["id"] if has_next and page else None)


def _position_after(ordered: list[Record], key: Callable[[Record], Any], anchor: Any, descending: bool) -> int:
    keys = [key(record) for record in ordered]
    if not descending:
        return bisect.bisect_right(keys, anchor)
    # Descending order: count the keys that are >= anchor (they come first).
    return len(keys) - bisect.bisect_left(list(reversed(keys)), anchor)
