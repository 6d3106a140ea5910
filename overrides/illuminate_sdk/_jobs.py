"""Waiting for a serialization job: the schedule and the rules, without I/O.

``JobWaiter`` decides (when to poll next, when to give up, what counts as
done); the clients' wait loops only send and sleep. It waits on either kind
of job: a job of the first Serialization API (``JobStatus``, by job id, with
progress) or a job of the 2025 API (``SerializationJob``, by identifier,
without progress: its callback hears of the end only, ``1.0``). Modelled on
google-api-core's ``operation.result(timeout=)`` and azure-core's LROPoller:
an overall deadline, a growing interval, Retry-After honoured, progress
reported, resumable from the job id. Every wait ends: at COMPLETED, FAILED,
a non-transient error or the deadline, however many polls it takes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from illuminate_client.models.job_state import JobState
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.serialization_job import SerializationJob

from ._exceptions import (
    APIConnectionError,
    IlluminateError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    JobWaitInterrupted,
    RateLimitError,
    UnexpectedResponseError,
)

log = logging.getLogger("illuminate_sdk.jobs")
ProgressCallback = Callable[[float], object]
# Errors that say nothing about the job: keep polling until the deadline.
TRANSIENT_ERRORS = (APIConnectionError, RateLimitError, InternalServerError, UnexpectedResponseError)
DEFAULT_WAIT_TIMEOUT = 1800.0


@dataclass(frozen=True)
class PollSchedule:
    """When to ask for a job's status again.

    The interval starts at ``initial`` and grows by ``growth`` per poll, but
    never beyond ``initial + fraction * elapsed`` (so a job is seen done at
    most ``fraction`` of its run time plus ``initial`` late) nor ``maximum``.
    With ``use_estimate``, once two estimates of the end (from the reported
    progress) agree, the next poll is timed for that end instead.
    """

    initial: float = 1.0
    growth: float = 1.5
    fraction: float = 0.1
    maximum: float = 60.0
    use_estimate: bool = True
    margin: float = 0.2

    def __post_init__(self) -> None:
        if not (self.initial > 0 and self.maximum >= self.initial and self.growth >= 1):
            raise ValueError("PollSchedule needs initial > 0, maximum >= initial and growth >= 1")
        if self.fraction < 0 or self.margin < 0:
            raise ValueError("PollSchedule needs fraction >= 0 and margin >= 0")

    @property
    def _growth_steps(self) -> int:
        """Growth steps after which the interval has reached ``maximum``: more would change nothing.

        The exponent is capped there, so a long wait never computes ``growth ** polls``
        (an OverflowError after about 1,750 polls at the default growth).
        """
        if self.growth == 1 or self.maximum == self.initial:
            return 0
        return math.ceil(math.log(self.maximum / self.initial) / math.log(self.growth))

    def interval(self, polls: int, elapsed: float) -> float:
        grown = self.initial * self.growth ** min(max(polls - 1, 0), self._growth_steps)
        return min(self.maximum, grown, self.initial + self.fraction * elapsed)


class JobWaiter:
    """The state of one wait; see the module docstring."""

    def __init__(
        self,
        job_id: str,
        *,
        timeout: float,
        schedule: PollSchedule,
        clock: Callable[[], float],
        on_progress: ProgressCallback | None,
        resume_hint: str,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be a positive number of seconds")
        self.job_id = job_id
        self.schedule = schedule
        self.clock = clock
        self.on_progress = on_progress
        self.resume_hint = resume_hint
        self.started = clock()
        self.deadline = self.started + timeout
        self.polls = 0
        self.last: JobStatus | SerializationJob | None = None
        self._progress: float | None = None
        self._samples: list[tuple[float, float]] = []  # (time, progress) of the last two polls with progress
        self._estimates: list[float] = []  # estimated end times, latest last
        self._retry_after = 0.0

    # -------------------------------------------------------------- outcomes

    def observe(self, status: JobStatus | None, headers: Mapping[str, str]) -> JobStatus | None:
        """Record a status; the final status when COMPLETED, None to keep waiting."""
        if status is None:
            self._unreadable()
            return None
        progress = min(max(float(status.breakdown.progress), 0.0), 1.0)
        done = self._record(status, str(status.status), progress, headers)
        return status if done else None

    def observe_job(self, job: SerializationJob | None, headers: Mapping[str, str]) -> SerializationJob | None:
        """Record a 2025 job (it has no progress); the job when COMPLETED, None to keep waiting."""
        if job is None:
            self._unreadable()
            return None
        done = self._record(job, str(job.status), None, headers)
        return job if done else None

    def _unreadable(self) -> None:
        """A 2xx without a body: nothing learnt, keep waiting."""
        self.polls += 1
        log.debug("job %s: status answer without a body (poll %d)", self.job_id, self.polls)

    def _record(
        self, last: JobStatus | SerializationJob, state: str, progress: float | None, headers: Mapping[str, str]
    ) -> bool:
        self.polls += 1
        self.last = last
        self._retry_after = _retry_after(headers)
        if state == JobState.COMPLETED:
            progress = 1.0
        if progress is not None and progress != self._progress:
            self._progress = progress
            if self.on_progress is not None:
                self.on_progress(progress)
        shown = f" {progress:.1%}" if progress is not None else ""
        log.debug("job %s: %s%s (poll %d)", self.job_id, state, shown, self.polls)
        if state == JobState.COMPLETED:
            return True
        if state == JobState.FAILED:
            at = f" at {progress:.0%}" if progress is not None else ""
            detail = "; see error.status.breakdown for the step" if isinstance(last, JobStatus) else ""
            raise JobFailedError(f"serialization job {self.job_id} FAILED{at}{detail}", job_id=self.job_id, status=last)
        if progress is not None:
            self._estimate(progress)
        return False

    def failed_poll(self, error: IlluminateError) -> None:
        """A status request failed: keep waiting on transient errors, raise the rest."""
        self.polls += 1
        if not isinstance(error, TRANSIENT_ERRORS):
            raise error
        self._retry_after = 0.0
        log.warning("job %s: status poll failed (%s); still waiting", self.job_id, error)

    # -------------------------------------------------------------- timing

    def _estimate(self, progress: float) -> None:
        now = self.clock()
        if progress <= 0.0:
            return
        self._samples = [*self._samples[-1:], (now, progress)]
        if len(self._samples) == 2:
            (t1, p1), (t2, p2) = self._samples
            if p2 > p1 and t2 > t1:
                self._estimates = [*self._estimates[-1:], t2 + (1.0 - p2) * (t2 - t1) / (p2 - p1)]

    def _steady_end(self, now: float) -> float | None:
        if not self.schedule.use_estimate or len(self._estimates) < 2:
            return None
        previous, latest = self._estimates
        if abs(latest - previous) > 0.1 * max(latest - self.started, 0.0) + 0.5:
            return None
        return latest

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raises JobTimeoutError once the deadline has passed."""
        now = self.clock()
        remaining = self.deadline - now
        if remaining <= 0:
            raise JobTimeoutError(self._timeout_message(now), job_id=self.job_id, status=self.last)
        delay = self.schedule.interval(self.polls, now - self.started)
        end = self._steady_end(now)
        if end is not None:
            delay = min(max(end - now + self.schedule.margin, self.schedule.margin), self.schedule.maximum)
        return min(max(delay, self._retry_after), remaining)

    # -------------------------------------------------------------- messages

    def _state(self) -> str:
        if self.last is None:
            return "status not read yet"
        if isinstance(self.last, SerializationJob):
            return str(self.last.status)
        return f"{self.last.status}, {self._progress or 0.0:.0%}"

    def _timeout_message(self, now: float) -> str:
        return (
            f"serialization job {self.job_id} not finished after {now - self.started:.0f} s ({self._state()}); "
            f"it goes on at the server. Wait again with: {self.resume_hint}"
        )

    def interrupted_message(self) -> str:
        return (
            f"stopped waiting for serialization job {self.job_id} ({self._state()}); "
            f"it goes on at the server. Resume with: {self.resume_hint}"
        )

    def interrupted(self, interrupt: KeyboardInterrupt) -> JobWaitInterrupted:
        """Ctrl-C while waiting, as the KeyboardInterrupt that says how to resume (an inner wait's is kept)."""
        if isinstance(interrupt, JobWaitInterrupted):
            return interrupt
        return JobWaitInterrupted(self.interrupted_message(), job_id=self.job_id)


def _retry_after(headers: Mapping[str, str]) -> float:
    value = headers.get("Retry-After", "").strip()
    try:
        return max(float(value), 0.0) if value else 0.0
    except ValueError:
        return 0.0
