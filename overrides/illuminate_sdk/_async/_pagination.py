"""``AsyncPager``: every item of a paginated list, one page held at a time, either cursor style.

The pager only fetches; ``_cursor.Cursor`` decides whether and how to go on
(and when to stop with ``PaginationError``), so memory does not grow with the
total and a broken server cannot keep the loop going.

The faces differ in one line, marked for ``scripts/unasync.py``: the sync
pager hands out a page's items with ``yield from``, which an async generator
cannot use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

from .._cursor import HEADER_CURSORS, Cursor, CursorStyle, Page
from .._response import Reply

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """Iterate items (``async for item in pager``) or pages (``async for page in pager.pages()``).

    ``resume_after`` is the cursor to pass as ``after=`` (or ``cursor=``) to
    go on after the last page whose items were all yielded (None: from the start).
    """

    def __init__(
        self,
        name: str,
        fetch: Callable[[str | None], Awaitable[Reply]],
        after: str | None,
        style: CursorStyle = HEADER_CURSORS,
    ) -> None:
        self._name, self._fetch, self._style = name, fetch, style
        self.resume_after = after

    async def pages(self) -> AsyncIterator[Page[T]]:
        cursor = Cursor(self._name, self.resume_after, self._style)
        while not cursor.done:
            page: Page[T] = cursor.page(await self._fetch(cursor.after))
            yield page
            self.resume_after = page.next_token

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            # An async generator cannot ``yield from``; the sync face does, which is faster per item.
            for item in page.items:  # unasync: sync: yield from page.items
                yield item  # unasync: async-only
            self.resume_after = page.next_token

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name} after={self.resume_after!r}>"
