"""Waiting for a job with progress, and describing a job's status."""

from __future__ import annotations

import shlex
from typing import Any

from illuminate_client.models.job_status import JobStatus
from illuminate_client.types import Unset
from illuminate_sdk import Illuminate, JobTimeoutError

from ._context import State
from ._errors import CliError, Exit, interrupted
from ._progress import progress


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def serial_count(status: JobStatus) -> int | None:
    """The job's number of serials, from its inclusive index range."""
    span = _set(status.data.range_)
    if isinstance(span, list) and len(span) == 2:
        return int(span[1]) - int(span[0]) + 1
    return None


def twin_of(status: JobStatus) -> str | None:
    """The digital twin a job serializes, as its allocation step reports it."""
    for group in status.breakdown.job_items:
        for item in group.items:
            twin = _set(item.data.digital_twin_id)
            if twin:
                return str(twin)
    return None


def fields(status: JobStatus) -> list[tuple[str, Any]]:
    data = status.data
    return [
        ("job", _set(status.id)),
        ("status", str(status.status)),
        ("progress", f"{float(status.breakdown.progress):.0%}"),
        ("digital twin", twin_of(status)),
        ("serials", f"{serial_count(status):,}" if serial_count(status) is not None else None),
        ("strategy", str(data.strategy)),
        ("length", data.length),
        ("symbols", _set(data.symbols)),
        ("settings of", _set(data.allocation_level) and str(data.allocation_level)),
        ("default domain", _set(data.default_domain)),
        ("default carrier", _set(data.default_data_carrier) and str(data.default_data_carrier)),
        ("QR code step", _set(data.qr_code_step)),
        ("watermark step", _set(data.watermark_step)),
    ]


def wait(st: State, client: Illuminate, job_id: str, *, total: int | None, timeout: float) -> JobStatus:
    """Poll until COMPLETED with a progress bar; Ctrl-C exits 130 naming the command that resumes.

    The job id comes from the server: quoted, so the printed command can be pasted as it is.
    """
    resume = f"{st.resume_prefix()} jobs wait {shlex.quote(job_id)}"
    try:
        with progress(st.progress, f"job {job_id[:8]}", total=total or 100, unit="serials" if total else "%") as bar:
            scale = total or 100
            return client.wait_for_job(
                job_id, timeout=timeout, on_progress=lambda done: bar.update(round(done * scale)), _resume_hint=resume
            )
    except KeyboardInterrupt:  # JobWaitInterrupted from the SDK, or a signal just before or after its wait
        raise interrupted(f"; job {job_id} goes on at the server. Resume with: {resume}") from None
    except JobTimeoutError as exc:
        state = f"{exc.status.status}, {float(exc.status.breakdown.progress):.0%}" if exc.status else "no status"
        raise CliError(
            f"job {job_id} not finished after {timeout:g} s ({state}); it goes on at the server. "
            f"Wait again with: {resume}",
            Exit.JOB_FAILED,
        ) from None
