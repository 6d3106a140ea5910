"""Cursor pagination rules for every list operation with ``first``/``after`` (no I/O).

The server says ``has-next-page: true|false`` and ``next-page-token``; the
pager passes the token back as ``after``. The pagers (``AsyncPager``,
``SyncPager``) only fetch; ``Cursor`` decides whether and how to go on, and
stops with ``PaginationError`` wherever going on could loop forever or stop
silently:

- ``has-next-page`` missing or not ``true``/``false``;
- ``has-next-page: true`` with a missing or empty ``next-page-token``;
- a token seen before (the last ``REMEMBERED_TOKENS`` are remembered);
- ``MAX_EMPTY_PAGES`` empty pages in a row that all say there is more: a
  server that answers empty pages with fresh tokens would otherwise keep
  the loop going forever without a repeated token to catch.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from ._exceptions import PaginationError
from ._response import Reply

T = TypeVar("T")
MAX_PAGE_SIZE = 1000
# Empty pages in a row, each saying there is more, before the pager gives up.
MAX_EMPTY_PAGES = 3
# Tokens remembered to catch a server that sends an earlier token again; bounded so memory stays flat.
REMEMBERED_TOKENS = 10_000


def check_page_size(first: int) -> None:
    if not 1 <= first <= MAX_PAGE_SIZE:
        raise ValueError(f"first is the page size: 1 to {MAX_PAGE_SIZE} (got {first})")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the cursor it was read with, and the cursor of the next (None on the last)."""

    items: list[T]
    after: str | None
    next_token: str | None

    @property
    def has_next(self) -> bool:
        return self.next_token is not None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class Cursor:
    """Where one walk through a list is, and whether the server's headers let it go on."""

    def __init__(self, name: str, after: str | None) -> None:
        self.name = name
        self.after = after
        self.done = False
        self._empty_in_a_row = 0
        self._seen: OrderedDict[str, None] = OrderedDict()
        if after is not None:
            self._seen[after] = None

    def page(self, reply: Reply) -> Page[Any]:
        """The page of ``reply``; the cursor moves to the next one (or is done)."""
        items = cast(list[Any], reply.parsed) if reply.parsed is not None else []  # a 204: no items
        after = self.after
        return Page(items, after, self._advance(reply.headers, empty=not items))

    def _advance(self, headers: Mapping[str, str], *, empty: bool) -> str | None:
        where = f"{self.name} (page read with after={self.after!r})"
        flag = headers.get("has-next-page")
        if flag is None:
            raise PaginationError(f"{where}: the response has no has-next-page header, so the end cannot be told")
        value = flag.strip().lower()
        if value == "false":
            self.done = True
            return None
        if value != "true":
            raise PaginationError(f"{where}: has-next-page is {flag!r}; expected 'true' or 'false'")
        token = headers.get("next-page-token")
        if not token:
            raise PaginationError(f"{where}: has-next-page is true but next-page-token is missing or empty")
        if token in self._seen:
            raise PaginationError(
                f"{where}: next-page-token {token!r} was already used; following it would repeat pages forever"
            )
        self._empty_in_a_row = self._empty_in_a_row + 1 if empty else 0
        if self._empty_in_a_row >= MAX_EMPTY_PAGES:
            raise PaginationError(
                f"{where}: {self._empty_in_a_row} empty pages in a row, each saying there is more; "
                "the server makes no progress, so the pager stops"
            )
        self._seen[token] = None
        if len(self._seen) > REMEMBERED_TOKENS:
            self._seen.popitem(last=False)
        self.after = token
        return token
