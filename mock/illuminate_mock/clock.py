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
        self.current += datetime.timedelta(seconds=seconds)


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
