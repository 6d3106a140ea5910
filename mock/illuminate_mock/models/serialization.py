"""State of the Serialization API: allocation settings, spaces, jobs and serial data carriers.

Serials themselves are never stored: the serial at an index of a space is
computed (``serials.py``), so a job is a few hundred bytes however many
serials it made. Job progress is a function of the clock, so there is no
background work.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

from ..clock import timestamp
from ..serials import AllocationSettings, AllocationSpace

PENDING = "PENDING"
IN_PROGRESS = "IN_PROGRESS"
COMPLETED = "COMPLETED"
FAILED = "FAILED"
# The batches of a serial generation job, in the order they run; each is a third of the progress.
ITEM_TYPES = ("SERIAL_ALLOCATION_BATCH", "SERIAL_DATA_CARRIER_BATCH", "SERIAL_HASHING_BATCH")
ITEM_COUNT = len(ITEM_TYPES)


@dataclass
class Job:
    id: str
    account_id: str
    twin_id: str
    space: AllocationSpace
    first_index: int
    last_index: int
    allocation_level: str  # whose settings applied: ACCOUNT or DIGITAL_TWIN
    # The account's carrier defaults when the job started: a job keeps what it was started with.
    carrier_types: tuple[str, ...]
    default_domain: str
    default_url_format: str
    created_by: str
    started_at: datetime.datetime
    pending_seconds: float
    run_seconds: float
    fails: bool = False

    @property
    def count(self) -> int:
        return self.last_index - self.first_index + 1

    @property
    def settings(self) -> AllocationSettings:
        return self.space.settings

    @functools.cached_property
    def created(self) -> str:
        # Read once per listed serial: formatting it each time dominated listing.
        return timestamp(self.started_at)

    def holds(self, index: int) -> bool:
        return self.first_index <= index <= self.last_index

    def progress(self, now: datetime.datetime) -> tuple[str, float]:
        """(status, progress 0..1) at ``now``."""
        elapsed = (now - self.started_at).total_seconds() - self.pending_seconds
        if elapsed < 0:
            return PENDING, 0.0
        if elapsed < self.run_seconds:
            # Strictly inside (0, 1) while running: 0 and 1 mean "not started" and "done".
            return IN_PROGRESS, min(max(round(elapsed / self.run_seconds, 4), 0.0001), 0.9999)
        if self.fails:
            return FAILED, 0.5
        return COMPLETED, 1.0

    def is_completed(self, now: datetime.datetime) -> bool:
        return self.progress(now)[0] == COMPLETED

    @staticmethod
    def item_status(job_status: str, progress: float, position: int) -> str:
        """Status of the job's ``position``-th batch: each batch is a third of the progress."""
        if job_status == FAILED:
            return COMPLETED if progress >= (position + 1) / ITEM_COUNT else FAILED
        if progress >= (position + 1) / ITEM_COUNT:
            return COMPLETED
        return IN_PROGRESS if job_status == IN_PROGRESS and progress >= position / ITEM_COUNT else PENDING


@dataclass(eq=False, kw_only=True)
class SerialDataCarrier:
    """A carrier added to one serial after its job made it."""

    id: str
    account_id: str
    serial_id: str
    carrier_type: str
    carrier_url: str
    short_id: str | None
    created: str
    created_by: str


@dataclass
class SerialState:
    account_settings: dict[str, AllocationSettings] = field(default_factory=dict)  # account id -> settings
    twin_settings: dict[str, AllocationSettings] = field(default_factory=dict)  # twin id -> settings
    spaces: dict[str, AllocationSpace] = field(default_factory=dict)  # twin id -> space
    twin_of_tag: dict[str, str] = field(default_factory=dict)  # space tag -> twin id
    jobs: dict[str, Job] = field(default_factory=dict)
    twin_jobs: dict[str, list[Job]] = field(default_factory=dict)
    added_carriers: dict[str, list[SerialDataCarrier]] = field(default_factory=dict)  # serial id -> carriers
    # Tests set this to make the next N jobs end FAILED instead of COMPLETED.
    fail_next_jobs: int = 0

    def settings_for(self, twin_id: str, account_id: str) -> tuple[AllocationSettings, str] | None:
        """The settings a job of the twin uses, and whose they are: the twin's win over the account's."""
        settings = self.twin_settings.get(twin_id)
        if settings is not None:
            return settings, "DIGITAL_TWIN"
        settings = self.account_settings.get(account_id)
        if settings is not None:
            return settings, "ACCOUNT"
        return None

    def take_failure(self) -> bool:
        """Whether the next job is to fail (and count it off)."""
        fails = self.fail_next_jobs > 0
        self.fail_next_jobs = max(0, self.fail_next_jobs - 1)
        return fails

    def completed_jobs(self, twin_id: str, now: datetime.datetime) -> list[Job]:
        return [job for job in self.twin_jobs.get(twin_id, []) if job.is_completed(now)]
