"""Cursor pagination for every list operation with ``first``/``after``.

The server says ``has-next-page: true|false`` and ``next-page-token``; the
pager passes the token back as ``after``. Only one page is held at a time, so
memory does not grow with the total. Headers that would make the loop run
forever (a missing or repeated token) or stop silently (no or unreadable
``has-next-page``) raise ``PaginationError`` instead.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from illuminate_client.types import Response

from ._exceptions import PaginationError
from ._operations import parsed

T = TypeVar("T")
MAX_PAGE_SIZE = 1000
# Tokens remembered to catch a server that sends an earlier token again; bounded so memory stays flat.
_REMEMBERED_TOKENS = 10_000


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


class _Cursor:
    def __init__(self, name: str, after: str | None) -> None:
        self.name = name
        self.after = after
        self.done = False
        self._seen: OrderedDict[str, None] = OrderedDict()
        if after is not None:
            self._seen[after] = None

    def advance(self, headers: Mapping[str, str]) -> str | None:
        where = f"{self.name} (page read with after={self.after!r})"
        flag = headers.get("has-next-page")
        if flag is None:
            raise PaginationError(f"{where}: the response has no has-next-page header, so the end cannot be told")
        if flag.strip().lower() == "false":
            self.done = True
            return None
        if flag.strip().lower() != "true":
            raise PaginationError(f"{where}: has-next-page is {flag!r}; expected 'true' or 'false'")
        token = headers.get("next-page-token")
        if not token:
            raise PaginationError(f"{where}: has-next-page is true but next-page-token is missing or empty")
        if token in self._seen:
            raise PaginationError(
                f"{where}: next-page-token {token!r} was already used; following it would repeat pages forever"
            )
        self._seen[token] = None
        if len(self._seen) > _REMEMBERED_TOKENS:
            self._seen.popitem(last=False)
        self.after = token
        return token


def _page(cursor: _Cursor, response: Response[Any]) -> Page[Any]:
    after = cursor.after
    items = cast(list[Any], parsed(response))
    return Page(items, after, cursor.advance(response.headers))


class SyncPager(Generic[T]):
    """Iterate items (``for item in pager``) or pages (``pager.pages()``).

    ``resume_after`` is the cursor to pass as ``after=`` to go on after the
    last page whose items were all yielded (None: from the start).
    """

    def __init__(self, name: str, fetch: Callable[[str | None], Response[Any]], after: str | None) -> None:
        self._name, self._fetch = name, fetch
        self.resume_after = after

    def pages(self) -> Iterator[Page[T]]:
        cursor = _Cursor(self._name, self.resume_after)
        while not cursor.done:
            page = _page(cursor, self._fetch(cursor.after))
            yield page
            self.resume_after = page.next_token

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items
            self.resume_after = page.next_token

    def __repr__(self) -> str:
        return f"<SyncPager {self._name} after={self.resume_after!r}>"


class AsyncPager(Generic[T]):
    """Iterate items (``async for item in pager``) or pages (``pager.pages()``); see SyncPager."""

    def __init__(self, name: str, fetch: Callable[[str | None], Awaitable[Response[Any]]], after: str | None) -> None:
        self._name, self._fetch = name, fetch
        self.resume_after = after

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        cursor = _Cursor(self._name, self.resume_after)
        while not cursor.done:
            page = _page(cursor, await self._fetch(cursor.after))
            yield page
            self.resume_after = page.next_token

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
            self.resume_after = page.next_token

    def __repr__(self) -> str:
        return f"<AsyncPager {self._name} after={self.resume_after!r}>"
