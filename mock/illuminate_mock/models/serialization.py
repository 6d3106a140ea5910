"""State of the Serialization API: allocation settings, spaces, jobs, serial flags and attributes, carriers.

Serials themselves are never stored: the serial at an index of a space is
computed (``serials.py``), so a job is a few hundred bytes however many
serials it made. What a job gives every serial (its flags and attribute
values) is kept on the job; a serial gets a record of its own
(``SerialMark``) only when a flag or an attribute of it is set, so a
million-serial job costs what it did until its serials are touched. Job
progress is a function of the clock, so there is no background work.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..clock import timestamp
from ..serials import AllocationSettings, AllocationSpace
from .base import Stamp

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
    identifier: str | None = None  # the name a job of the 2025 API was started with; None for a legacy job
    attributes: Mapping[str, str] = field(default_factory=dict)  # attribute values of every serial it made
    flags: int = 0  # flags set on every serial it made, as a mask over the account's flags

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


@dataclass(frozen=True)
class AttributeDefinition:
    """A serial attribute of an account (set with the account's allocation settings)."""

    name: str
    mandatory: bool


class SerialMark:
    """What was set on one serial after its job made it: its flags (the whole mask) and attribute values.

    Only serials that had a flag or an attribute set have one; every other
    serial has its job's flags and attribute values.
    """

    __slots__ = ("attributes", "flags", "modified")

    def __init__(self, flags: int, attributes: dict[str, str] | None, modified: Stamp) -> None:
        self.flags = flags
        self.attributes = attributes  # values set on this serial, over its job's
        self.modified = modified


@dataclass
class SerialState:
    account_settings: dict[str, AllocationSettings] = field(default_factory=dict)  # account id -> settings
    twin_settings: dict[str, AllocationSettings] = field(default_factory=dict)  # twin id -> settings
    spaces: dict[str, AllocationSpace] = field(default_factory=dict)  # twin id -> space
    twin_of_tag: dict[str, str] = field(default_factory=dict)  # space tag -> twin id
    jobs: dict[str, Job] = field(default_factory=dict)
    twin_jobs: dict[str, list[Job]] = field(default_factory=dict)
    added_carriers: dict[str, list[SerialDataCarrier]] = field(default_factory=dict)  # serial id -> carriers
    attributes: dict[str, tuple[AttributeDefinition, ...]] = field(default_factory=dict)  # account id -> attributes
    named_jobs: dict[str, dict[str, Job]] = field(default_factory=dict)  # account id -> identifier -> job, oldest first
    marks: dict[str, dict[int, SerialMark]] = field(default_factory=dict)  # space id -> index -> what was set
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

    def job_holding(self, twin_id: str, index: int, now: datetime.datetime) -> Job | None:
        """The completed job of the twin that made the serial at ``index``, if any.

        A twin's jobs are kept in allocation order, so their ranges ascend and
        a bisection finds the one job that can hold ``index``.
        """
        jobs = self.twin_jobs.get(twin_id, [])
        position = bisect.bisect_right(jobs, index, key=lambda job: job.first_index) - 1
        if position < 0 or not jobs[position].holds(index) or not jobs[position].is_completed(now):
            return None
        return jobs[position]

    def mark_of(self, job: Job, index: int) -> SerialMark | None:
        marks = self.marks.get(job.space.id)
        return marks.get(index) if marks else None

    def flags_of(self, job: Job, index: int) -> int:
        """The serial's flag mask: what was set on it, else what its job gave it."""
        mark = self.mark_of(job, index)
        return job.flags if mark is None else mark.flags

    def attributes_of(self, job: Job, index: int) -> dict[str, str]:
        """The serial's attribute values: its job's, with those set on the serial over them."""
        mark = self.mark_of(job, index)
        if mark is None or not mark.attributes:
            return dict(job.attributes)
        return {**job.attributes, **mark.attributes}

    def mark(self, job: Job, index: int, stamp: Stamp) -> SerialMark:
        """The record of what is set on the serial, made on its first change; ``stamp`` is its new ``modified``."""
        marks = self.marks.setdefault(job.space.id, {})
        found = marks.get(index)
        if found is None:
            found = marks[index] = SerialMark(job.flags, None, stamp)
        found.modified = stamp
        return found

    def account_attributes(self, account_id: str) -> dict[str, AttributeDefinition]:
        """The account's serial attributes by name, in the order they were set."""
        return {definition.name: definition for definition in self.attributes.get(account_id, ())}
