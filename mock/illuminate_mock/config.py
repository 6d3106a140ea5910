"""How a mock instance behaves beyond the fixture: how long serial jobs take, how long uploads wait.

A leaf module so that the state (``store.py``) and the command line
(``cli.py``) can both name these without importing the backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How often ``--state FILE`` is written while the state changes (persistence.py); a kill -9 loses at most this.
STATE_INTERVAL_SECONDS = 5.0


@dataclass(frozen=True)
class JobTiming:
    """How long serial generation jobs take, measured on the backend's clock.

    ``instant``: PENDING in the start response, COMPLETED at the first status
    poll. ``realistic``: PENDING for ``pending_seconds``, then IN_PROGRESS at
    ``serials_per_second`` (at least ``min_seconds``), then COMPLETED.
    """

    pending_seconds: float = 0.0
    serials_per_second: float = float("inf")
    min_seconds: float = 0.0

    @classmethod
    def instant(cls) -> JobTiming:
        return cls()

    @classmethod
    def realistic(cls) -> JobTiming:
        return cls(pending_seconds=1.0, serials_per_second=2_000.0, min_seconds=3.0)

    def duration(self, serial_count: int) -> float:
        return max(self.min_seconds, serial_count / self.serials_per_second)


# Uploads started and never finalized: how long their URL lives, and how many an account may hold.
UPLOAD_TTL_SECONDS = 15 * 60.0
MAX_PENDING_UPLOADS = 20


@dataclass(frozen=True)
class MockConfig:
    job_timing: JobTiming = field(default_factory=JobTiming.instant)
    upload_ttl_seconds: float = UPLOAD_TTL_SECONDS
    max_pending_uploads: int = MAX_PENDING_UPLOADS
