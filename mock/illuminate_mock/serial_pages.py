"""Pages of the legacy serial list (``GET /rest/serials``), rendered straight to JSON bytes, and a cache of them.

A page of 1000 serials is 1000 objects of nine fields, seven of them the
same for every serial of a job. Building 1000 dicts and encoding them cost
more than computing the serials, so a page is written from a template per
job instead (``render.SerialTemplate``): the bytes are exactly what
``render.encode`` makes of ``render.serial`` for each serial
(``tests/mock/test_serial_pages.py``).

Serials are computed, never stored, so a page is a pure function of what it
shows: the jobs (their ids, ranges, accounts, twins, creation stamps), the
space (id, seed, settings), the cursor, the order and the page size, and
what was set on its serials. ``PageCache`` keeps recent pages keyed by all
of that, so a page is only ever served again while every one of those is
unchanged; pages of a space with serials that were marked since are not
cached at all. The cache is bounded in entries and bytes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator, Mapping
from typing import Any

from .models import Job, SerialMark
from .render import SerialTemplate
from .serial_ids import serial_id

__all__ = ["PAGE_CACHE", "PageCache", "cached_page", "page_key", "render_page", "runs"]


def runs(jobs: list[Job], after: int | None, descending: bool, count: int) -> Iterator[tuple[Job, int, int]]:
    """The index runs ``(job, lo, hi)`` of the first ``count`` serials strictly after index ``after``, in order.

    Jobs are walked by their first index (backwards when ``descending``);
    a run is listed ``lo..hi`` whichever the order.
    """
    left = count
    for job in sorted(jobs, key=lambda j: j.first_index, reverse=descending):
        if left <= 0:
            return
        start, end = job.first_index, job.last_index
        if after is not None:
            if descending:
                end = min(end, after - 1)
            else:
                start = max(start, after + 1)
        if start > end:
            continue
        if descending:
            start = max(start, end - left + 1)
        else:
            end = min(end, start + left - 1)
        left -= end - start + 1
        yield job, start, end


def render_page(
    jobs: list[Job], after: int | None, descending: bool, first: int, marks: Mapping[int, SerialMark]
) -> tuple[bytes, str | None]:
    """A page of at most ``first`` serials, and the next page's token (the last serial's id) when there is one."""
    found = list(runs(jobs, after, descending, first + 1))
    total = sum(hi - lo + 1 for _, lo, hi in found)
    has_next = total > first
    if has_next:  # drop the one serial that only told there is more
        job, lo, hi = found.pop()
        if lo < hi:
            found.append((job, lo + 1, hi) if descending else (job, lo, hi - 1))
    texts: list[str] = []
    for job, lo, hi in found:
        items = SerialTemplate(job).items(lo, hi, marks)
        if descending:
            items.reverse()
        texts.extend(items)
    token = None
    if has_next and found:
        job, lo, hi = found[-1]
        token = serial_id(job.space.id, lo if descending else hi)
    return ("[" + ",".join(texts) + "]").encode("utf-8"), token


def page_key(jobs: list[Job], after: int | None, descending: bool, first: int) -> Hashable:
    """Everything a page's bytes depend on but the marks of its serials (pages with marks are not cached)."""
    space = jobs[0].space
    shown = tuple(
        (job.id, job.first_index, job.last_index, job.account_id, job.twin_id, job.created, job.created_by)
        for job in jobs
    )
    return (space.id, space.seed, space.settings, shown, after, descending, first)


class PageCache:
    """Recent pages by ``page_key``: at most ``max_entries`` of them, ``max_bytes`` in all (least recent go first)."""

    def __init__(self, max_entries: int = 64, max_bytes: int = 8 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._pages: OrderedDict[Hashable, tuple[bytes, str | None]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # mocks of several stores (each with its own lock) share the cache

    def get(self, key: Hashable) -> tuple[bytes, str | None] | None:
        with self._lock:
            found = self._pages.get(key)
            if found is not None:
                self._pages.move_to_end(key)
            return found

    def put(self, key: Hashable, page: tuple[bytes, str | None]) -> None:
        size = len(page[0])
        if size > self.max_bytes:
            return
        with self._lock:
            previous = self._pages.pop(key, None)
            if previous is not None:
                self._bytes -= len(previous[0])
            self._pages[key] = page
            self._bytes += size
            while len(self._pages) > self.max_entries or self._bytes > self.max_bytes:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped[0])

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._pages)


PAGE_CACHE = PageCache()


def cached_page(
    jobs: list[Job], after: int | None, descending: bool, first: int, marks: Mapping[int, SerialMark]
) -> tuple[bytes, str | None]:
    """``render_page``, from ``PAGE_CACHE`` when the space has no marked serial."""
    if not jobs:
        return b"[]", None
    if marks:
        return render_page(jobs, after, descending, first, marks)
    key: Any = page_key(jobs, after, descending, first)
    page = PAGE_CACHE.get(key)
    if page is None:
        page = render_page(jobs, after, descending, first, marks)
        PAGE_CACHE.put(key, page)
    return page
