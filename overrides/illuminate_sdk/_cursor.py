"""Cursor pagination rules for every list operation, both cursor styles (no I/O).

The API chains pages in two ways, and one pager serves both:

- **header cursors** (the REST lists and the first serial list): the pager
  sends ``first`` (page size) and ``after``; the server answers a JSON list
  with the headers ``has-next-page: true|false`` and ``next-page-token``;
- **body cursors** (the 2025 Serialization API's lists): the pager sends
  ``limit`` and ``cursor``; the server answers ``{"serials": [...],
  "pageInfo": {"hasNextPage": ..., "nextCursor": ...}}`` (``jobs`` instead
  of ``serials`` for the job list).

The pagers (``AsyncPager``, ``SyncPager``) only fetch; ``Cursor`` decides
whether and how to go on, and stops with ``PaginationError`` wherever going
on could loop forever or stop silently:

- the flag (``has-next-page`` / ``pageInfo.hasNextPage``) missing or not
  true/false;
- the flag true with a missing or empty token (``next-page-token`` /
  ``pageInfo.nextCursor``);
- a token seen before (the last ``REMEMBERED_TOKENS`` are remembered);
- ``MAX_EMPTY_PAGES`` empty pages in a row that all say there is more: a
  server that answers empty pages with fresh tokens would otherwise keep
  the loop going forever without a repeated token to catch.
"""

from __future__ import annotations

import functools
import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from ._exceptions import PaginationError, UnexpectedResponseError
from ._response import Reply

T = TypeVar("T")
MAX_PAGE_SIZE = 1000
# Empty pages in a row, each saying there is more, before the pager gives up.
MAX_EMPTY_PAGES = 3
# Tokens remembered to catch a server that sends an earlier token again; bounded so memory stays flat.
REMEMBERED_TOKENS = 10_000


def check_page_size(size: int, name: str = "first") -> None:
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValueError(f"{name} is the page size: 1 to {MAX_PAGE_SIZE} (got {size})")


@dataclass(frozen=True)
class CursorStyle:
    """How one list operation chains its pages: the parameters it takes and where the answer says more."""

    size: str  # the page-size parameter
    start: str  # the cursor parameter
    items: str | None  # body cursors: the page model's attribute holding the items (None: the answer is the list)
    flag: str  # where the answer says whether there is more, for messages
    token: str  # where the answer gives the next cursor, for messages


HEADER_CURSORS = CursorStyle("first", "after", None, "has-next-page", "next-page-token")


@functools.cache
def body_cursors(items: str) -> CursorStyle:
    """The body-cursor style of a page model whose items are in ``items`` (``serials``, ``jobs``)."""
    return CursorStyle("limit", "cursor", items, "pageInfo.hasNextPage", "pageInfo.nextCursor")


_MISSING = object()


def page_problem(name: str, after: str | None, error: UnexpectedResponseError) -> PaginationError | None:
    """A body-cursor page the parser refused, as the PaginationError it is when its pageInfo is broken.

    Only read when the parser has failed, so a good page is decoded once.
    """
    try:
        document: Any = json.loads(error.content)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    where = f"{name} (page read with cursor={after!r})"
    info = document.get("pageInfo", _MISSING)
    if not isinstance(info, dict):
        return PaginationError(f"{where}: the page has no pageInfo object, so the end cannot be told")
    flag = info.get("hasNextPage", _MISSING)
    if flag is _MISSING:
        return PaginationError(f"{where}: the page has no pageInfo.hasNextPage, so the end cannot be told")
    if not isinstance(flag, bool):
        return PaginationError(f"{where}: pageInfo.hasNextPage is {flag!r}; expected true or false")
    token = info.get("nextCursor")
    if token is not None and not isinstance(token, str):
        return PaginationError(f"{where}: pageInfo.nextCursor is {token!r}; expected a string")
    return None


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
    """Where one walk through a list is, and whether the server's answers let it go on."""

    def __init__(self, name: str, after: str | None, style: CursorStyle = HEADER_CURSORS) -> None:
        self.name = name
        self.after = after
        self.style = style
        self.done = False
        self._empty_in_a_row = 0
        self._seen: OrderedDict[str, None] = OrderedDict()
        if after is not None:
            self._seen[after] = None

    def _where(self) -> str:
        return f"{self.name} (page read with {self.style.start}={self.after!r})"

    def page(self, reply: Reply) -> Page[Any]:
        """The page of ``reply``; the cursor moves to the next one (or is done)."""
        after = self.after
        if self.style.items is None:
            items = cast(list[Any], reply.parsed) if reply.parsed is not None else []  # a 204: no items
            has_next = self._header_flag(reply.headers)
            token = reply.headers.get("next-page-token") if has_next else None
        else:
            if reply.parsed is None:
                raise PaginationError(f"{self._where()}: the answer has no body, so no pageInfo tells the end")
            items = getattr(reply.parsed, self.style.items)
            info = reply.parsed.page_info
            has_next = info.has_next_page
            token = info.next_cursor if isinstance(info.next_cursor, str) else None
        return Page(items, after, self._advance(has_next, token, empty=not items))

    def _header_flag(self, headers: Mapping[str, str]) -> bool:
        flag = headers.get("has-next-page")
        if flag is None:
            raise PaginationError(
                f"{self._where()}: the response has no has-next-page header, so the end cannot be told"
            )
        value = flag.strip().lower()
        if value not in ("true", "false"):
            raise PaginationError(f"{self._where()}: has-next-page is {flag!r}; expected 'true' or 'false'")
        return value == "true"

    def _advance(self, has_next: bool, token: str | None, *, empty: bool) -> str | None:
        if not has_next:
            self.done = True
            return None
        style = self.style
        if not token:
            raise PaginationError(f"{self._where()}: {style.flag} is true but {style.token} is missing or empty")
        if token in self._seen:
            raise PaginationError(
                f"{self._where()}: {style.token} {token!r} was already used; following it would repeat pages forever"
            )
        self._empty_in_a_row = self._empty_in_a_row + 1 if empty else 0
        if self._empty_in_a_row >= MAX_EMPTY_PAGES:
            raise PaginationError(
                f"{self._where()}: {self._empty_in_a_row} empty pages in a row, each saying there is more; "
                "the server makes no progress, so the pager stops"
            )
        self._seen[token] = None
        if len(self._seen) > REMEMBERED_TOKENS:
            self._seen.popitem(last=False)
        self.after = token
        return token
