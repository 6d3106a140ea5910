"""Time as the mock sees it: a clock that tests can replace, and the API's timestamp format.

Job progress and audit stamps are functions of this clock and nothing else,
so a test that moves a ``ManualClock`` by hand sees exactly what a client
would see after that much time, without sleeping.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime.datetime: ...


class AdjustableClock(Clock, Protocol):
    """A clock a test or the admin API can move: ``ManualClock`` and ``MovableClock``."""

    def advance(self, seconds: float) -> None: ...

    def set(self, moment: datetime.datetime) -> None: ...


class SystemClock:
    def now(self) -> datetime.datetime:
        return datetime.datetime.now(datetime.UTC)


@dataclass
class ManualClock:
    """A clock tests move by hand, so job progress is deterministic."""

    current: datetime.datetime = field(
        default_factory=lambda: datetime.datetime(2024, 9, 25, 19, 58, tzinfo=datetime.UTC)
    )

    def now(self) -> datetime.datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += _forward(seconds)

    def set(self, moment: datetime.datetime) -> None:
        self.current = _aware(moment)


@dataclass
class MovableClock:
    """The system's time plus an offset that a test (or the admin API) moves.

    Time passes as usual, so a client that polls a job sees it progress; a
    test that does not want to wait moves the clock on instead of sleeping.
    """

    offset: datetime.timedelta = datetime.timedelta(0)

    def now(self) -> datetime.datetime:
        return datetime.datetime.now(datetime.UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += _forward(seconds)

    def set(self, moment: datetime.datetime) -> None:
        self.offset = _aware(moment) - datetime.datetime.now(datetime.UTC)


def _forward(seconds: float) -> datetime.timedelta:
    """A step forward: time never runs backwards by ``advance`` (use ``set`` for that)."""
    if not 0 <= seconds < 1e10:  # also refuses NaN; 1e10 s is over 300 years
        raise ValueError(f"the clock moves forward by 0 to 1e10 seconds, not {seconds!r}")
    return datetime.timedelta(seconds=seconds)


def _aware(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None:
        raise ValueError("the clock is set to an aware date-time (with a time zone), not a naive one")
    return moment.astimezone(datetime.UTC)


def timestamp(moment: datetime.datetime) -> str:
    """ISO 8601 with milliseconds and Z, as in the documents' examples."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_moment(value: str) -> datetime.datetime:
    """A date-time the request validator accepted (RFC 3339, ``Z`` or an offset) as an aware datetime.

    A date alone (``YYYY-MM-DD``, where the spec allows one) is the start of
    that day in UTC, so it compares with the stamps, which are all UTC.
    """
    moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
