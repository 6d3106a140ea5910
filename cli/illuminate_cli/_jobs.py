"""Jobs of both Serialization APIs: finding one named on the command line, describing it, waiting for it.

- A job of the 2025 API is named by its ``identifier`` (chosen when it is
  started); its answer has a status and a count, no progress.
- A job of the first API is named by the id the server gave it; its status
  has progress and the settings it applied.

``find`` takes either: the name is looked up as a 2025 identifier first, and
only when no such job exists (404) as a job id of the first API, so every
command that names a job (``jobs show``, ``jobs wait``, the resume command a
wait prints) works for both. ``--legacy`` skips the first look-up.
"""

from __future__ import annotations

import shlex
from typing import Any

from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.serialization_job import SerializationJob
from illuminate_client.types import Unset
from illuminate_sdk import BadRequestError, Illuminate, JobTimeoutError, NotFoundError

from ._context import State
from ._errors import CliError, Exit, interrupted
from ._progress import progress, waiting

AnyJob = SerializationJob | JobStatus


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


def usable_identifier(name: str) -> bool:
    """Whether ``name`` can be a 2025 job identifier (a path segment: not empty, no ``/``, ``?`` or ``#``)."""
    return bool(name) and not any(c in name for c in "/?#")


def find(client: Illuminate, name: str, *, legacy: bool = False) -> AnyJob:
    """The job ``name`` names: a 2025 job by identifier, else a job of the first API by id; exit 4 if neither."""
    if not legacy and usable_identifier(name):
        try:
            return client.serialization_job(name)
        except NotFoundError:
            pass  # perhaps a job of the first API
        try:
            return client.job_status(name)
        except (NotFoundError, BadRequestError) as exc:  # the first API may refuse a name that is not one of its ids
            raise CliError(
                f"no job {name!r} in account {client.account_id}: no job has this identifier, and the first "
                f"Serialization API has no job of this id (it said: {exc.message})",
                Exit.NOT_FOUND,
            ) from None
    return client.job_status(name)


def short(name: str, width: int = 40) -> str:
    """A job name for a progress line: an id's first eight characters, an identifier up to ``width``."""
    return name if len(name) <= width else name[: width - 1] + "…"


def job_fields(job: SerializationJob) -> list[tuple[str, Any]]:
    """A 2025 job, for a record."""
    count, created = _set(job.count), _set(job.created)
    return [
        ("job", job.identifier),
        ("id", job.id),
        ("status", str(job.status)),
        ("digital twin", _set(job.digital_twin_id)),
        ("serials", f"{count:,}" if isinstance(count, int) else None),
        ("created", created.isoformat() if created is not None else None),
    ]


def job_row(job: SerializationJob) -> dict[str, Any]:
    """A 2025 job, for a table."""
    return {name.replace(" ", "_"): value for name, value in job_fields(job)}


def describe(job: AnyJob) -> tuple[list[tuple[str, Any]], Any, str]:
    """A job of either kind as (record fields, JSON data, id for ``--output id``)."""
    if isinstance(job, SerializationJob):
        return job_fields(job), job.to_dict(), job.identifier
    return fields(job), job.to_dict(), str(_set(job.id) or "")


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


def wait_named(
    st: State, client: Illuminate, identifier: str, *, total: int | None, timeout: float
) -> SerializationJob:
    """``wait`` for a 2025 job: no progress to show until the end; Ctrl-C exits 130 naming the command that resumes."""
    resume = f"{st.resume_prefix()} jobs wait {shlex.quote(identifier)}"
    try:
        with waiting(st.progress, f"job {short(identifier)}", total=total or 0) as bar:
            return client.wait_for_serialization_job(
                identifier, timeout=timeout, on_progress=lambda done: bar.update(1 if done >= 1 else 0),
                _resume_hint=resume,
            )  # fmt: skip
    except KeyboardInterrupt:
        raise interrupted(f"; job {identifier} goes on at the server. Resume with: {resume}") from None
    except JobTimeoutError as exc:
        state = str(exc.status.status) if exc.status is not None else "no status"
        raise CliError(
            f"job {identifier} not finished after {timeout:g} s ({state}); it goes on at the server. "
            f"Wait again with: {resume}",
            Exit.JOB_FAILED,
        ) from None
