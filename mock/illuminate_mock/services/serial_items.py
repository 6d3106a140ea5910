"""A digital twin's serial items (2025 API): finding one serial, and the list with its flag filter.

- ``{serialId}`` is a serial's id or its value; a serial of another twin or
  account, or of a job not yet COMPLETED, is not found (404 naming the field).
- ``listDigitalTwinSerials`` lists the serials of COMPLETED jobs in index
  order, ``limit`` at a time; ``pageInfo.nextCursor`` is the id of the first
  serial of the next page (an unknown cursor is 404). ``flags``
  (``flag1=false,flag2=true``) keeps the serials whose flags have those
  values (an unknown flag name is 400 naming ``query.flags``); ``serialId``
  and ``serial`` pick one serial.
- The filter visits only what it must: serials are computed, and a serial
  has a stored record only once something was set on it. A job whose own
  flags match walks its range, skipping stored serials that do not; a job
  whose flags do not match yields only its stored serials that do.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from .. import render
from ..errors import FieldError, bad_request, not_found
from ..models import DigitalTwin, Job, SerialMark
from ..registry import Call, Reply, handles
from ..serials import index_of, parse_serial_id, serial_at, serial_id, serials, space_tag
from ..store import Store


@dataclass(frozen=True)
class SerialRef:
    """One serial of a twin: the job that made it, its index and its value."""

    twin: DigitalTwin
    job: Job
    index: int
    value: str


def path_twin(store: Store, call: Call) -> DigitalTwin:
    return store.twins.require(call.account.id, call.params["digitalTwinId"], "path.digitalTwinId")


def _index(store: Store, twin: DigitalTwin, key: str) -> int | None:
    """The index of the twin's serial named by ``key``, its id or its value (None when it names none)."""
    space = store.serial.spaces.get(twin.id)
    if space is None:
        return None
    parsed = parse_serial_id(key)
    if parsed is not None:
        return parsed[1] if parsed[0] == space_tag(space.id) else None
    return index_of(space, key)


def find_serial(store: Store, call: Call) -> SerialRef:
    """The serial of the path (``{serialId}``: id or value), 404 naming ``path.serialId`` when there is none."""
    twin = path_twin(store, call)
    key = call.params["serialId"]
    index = _index(store, twin, key)
    job = store.serial.job_holding(twin.id, index, store.clock.now()) if index is not None else None
    if job is None or index is None:
        raise not_found("path.serialId", "serial", key)
    return SerialRef(twin, job, index, serial_at(job.space, index))


def _flag_filter(call: Call) -> tuple[int, int]:
    """``flags`` as (the bits it looks at, the values they must have); 400 naming ``query.flags``."""
    text = call.params.get("flags")
    care = want = 0
    if text is None:
        return care, want
    for pair in text.split(","):
        name, _, value = pair.partition("=")
        bit = call.account.flag_bit(name)
        if bit is None:
            raise bad_request([FieldError("query.flags", f"the account has no flag {name!r}")])
        if care & bit:
            raise bad_request([FieldError("query.flags", f"flag {name!r} is given twice")])
        care |= bit
        want |= bit if value == "true" else 0
    return care, want


def _only(store: Store, call: Call, twin: DigitalTwin) -> set[int] | None:
    """The one index ``serialId`` and ``serial`` pick (an empty set when they pick none), None without them."""
    picked: set[int] | None = None
    for name in ("serialId", "serial"):
        if name in call.params:
            index = _index(store, twin, call.params[name])
            found = set() if index is None else {index}
            picked = found if picked is None else picked & found
    return picked


def _runs(job: Job, lo: int, skip: list[int]) -> Iterator[tuple[int, str]]:
    """Serials of ``job`` from ``lo`` on, except the sorted indexes ``skip``, computed run by run."""
    current = lo
    for stop in [*skip, job.last_index + 1]:
        if current < stop:
            yield from zip(range(current, stop), serials(job.space, current, stop - 1), strict=True)
        current = max(current, stop + 1)


def _candidates(
    jobs: list[Job], start: int, only: set[int] | None, marks: dict[int, SerialMark], care: int, want: int
) -> Iterator[tuple[Job, int, str]]:
    """The matching serials from index ``start`` on, in index order."""

    def matches(job: Job, index: int) -> bool:
        mark = marks.get(index)
        return ((job.flags if mark is None else mark.flags) & care) == want

    touched = sorted(marks) if care and marks else []
    for job in jobs:
        lo, hi = max(job.first_index, start), job.last_index
        if lo > hi:
            continue
        if only is not None:
            yield from ((job, i, serial_at(job.space, i)) for i in sorted(only) if lo <= i <= hi and matches(job, i))
            continue
        inside = touched[bisect.bisect_left(touched, lo) : bisect.bisect_right(touched, hi)]
        if (job.flags & care) == want:
            skip = [i for i in inside if not matches(job, i)]
            yield from ((job, i, value) for i, value in _runs(job, lo, skip))
        else:
            yield from ((job, i, serial_at(job.space, i)) for i in inside if matches(job, i))


@handles("listDigitalTwinSerials")
def list_digital_twin_serials(store: Store, call: Call) -> Reply:
    twin = path_twin(store, call)
    care, want = _flag_filter(call)
    state = store.serial
    jobs = state.completed_jobs(twin.id, store.clock.now())
    start = 1
    if "cursor" in call.params:
        # The cursor is the id of the first serial of the page: a serial of this twin that was listed.
        cursor = call.params["cursor"]
        parsed = parse_serial_id(cursor)
        space = state.spaces.get(twin.id)
        if parsed is None or space is None or parsed[0] != space_tag(space.id):
            raise not_found("query.cursor", "cursor", cursor)
        if not any(job.holds(parsed[1]) for job in jobs):
            raise not_found("query.cursor", "cursor", cursor)
        start = parsed[1]
    if not jobs:
        return Reply({"serials": [], "pageInfo": render.page_info(None)})
    marks = state.marks.get(jobs[0].space.id, {})
    names = list(state.account_attributes(call.account.id))
    limit = call.params["limit"]
    page: list[render.Json] = []
    next_cursor: str | None = None
    for job, index, value in _candidates(jobs, start, _only(store, call, twin), marks, care, want):
        if len(page) == limit:
            next_cursor = serial_id(job.space.id, index)
            break
        page.append(render.serial_item(call.account, job, index, value, state, names))
    return Reply({"serials": page, "pageInfo": render.page_info(next_cursor)})
