"""``illuminate jobs``: list the account's serialization jobs, show one, wait for one, download its CSV.

A JOB is a 2025 job's identifier or, failing that, a job id of the first
Serialization API (``_jobs.find``); ``--legacy`` looks up the id only.
"""

from __future__ import annotations

import shlex

import click
from illuminate_client.models.serialization_job import SerializationJob

from .. import _files, _jobcsv, _jobs
from .._context import Seconds, global_options, state
from .._errors import CliError, Exit
from .._output import emit_record, emit_rows, note

TIMEOUT_HELP = "Give up waiting after this many seconds (the job goes on at the server; exit 6)."
JOB_HELP = (
    "JOB is a job's identifier (2025 API) or a job id of the first Serialization API; "
    "the identifier is looked up first."
)
LEGACY = click.option(
    "--legacy", is_flag=True, help="JOB is a job id of the first Serialization API (skip the identifier look-up)."
)
COLUMNS = [
    ("job", "JOB"),
    ("status", "STATUS"),
    ("serials", "SERIALS"),
    ("digital_twin", "DIGITAL TWIN"),
    ("created", "CREATED"),
    ("id", "ID"),
]
PAGE = 1000


@click.group()
@global_options
def jobs() -> None:
    """List serialization jobs, show one, wait for one to finish, download its CSV."""


@jobs.command("list")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many (0: all).")
@click.option("--cursor", metavar="ID", help="Start after this job (the id that the previous listing said).")
@global_options
def list_(limit: int, cursor: str | None) -> None:
    """List the account's serialization jobs (2025 API), oldest first.

    When there are more than --limit, a note on stderr gives the command that
    lists the next ones.
    """
    st = state()
    client = st.client()
    found: list[SerializationJob] = []
    more: str | None = None
    if limit == 0:
        found = list(client.jobs(limit=PAGE, cursor=cursor))
    else:
        while len(found) < limit:  # each page asks for what is left, so the next cursor is exactly where it stops
            page = next(client.jobs(limit=min(limit - len(found), PAGE), cursor=cursor).pages())
            found += page.items
            cursor = more = page.next_token
            if more is None:
                break
            if not page.items:  # the SDK's pager stops a server that sends only empty pages; so does this loop
                raise CliError(f"the job list sent an empty page that says there is more (cursor {more!r})")
    emit_rows(
        st.output,
        [_jobs.job_row(job) for job in found],
        COLUMNS,
        json_data=[job.to_dict() for job in found],
        id_key="job",
        empty="no serialization jobs",
    )
    if more is not None:
        note(f"more jobs: {st.resume_prefix()} jobs list --limit {limit} --cursor {shlex.quote(more)}")


@jobs.command("show", epilog=JOB_HELP)
@click.argument("job_id", metavar="JOB")
@LEGACY
@global_options
def show(job_id: str, legacy: bool) -> None:
    """Show job JOB: its state and count (and, for a job of the first API, progress and settings)."""
    st = state()
    job = _jobs.find(st.client(), job_id, legacy=legacy)
    fields, data, id_value = _jobs.describe(job)
    emit_record(st.output, fields, json_data=data, id_value=id_value)


@jobs.command("wait", epilog=JOB_HELP)
@click.argument("job_id", metavar="JOB")
@click.option("--timeout", type=Seconds(min=1), default=1800, show_default=True, help=TIMEOUT_HELP)
@LEGACY
@global_options
def wait(job_id: str, timeout: float, legacy: bool) -> None:
    """Wait for job JOB to finish, with a progress bar (a 2025 job reports no progress, only its end).

    Ctrl-C stops waiting (exit 130) and prints the command that resumes; the
    job goes on at the server.
    """
    st = state()
    client = st.client()
    first = _jobs.find(client, job_id, legacy=legacy)
    if isinstance(first, SerializationJob):
        count = first.count if isinstance(first.count, int) else None
        done: _jobs.AnyJob = _jobs.wait_named(st, client, job_id, total=count, timeout=timeout)
    else:
        done = _jobs.wait(st, client, job_id, total=_jobs.serial_count(first), timeout=timeout)
    fields, data, id_value = _jobs.describe(done)
    emit_record(st.output, fields, json_data=data, id_value=id_value)


@jobs.command("csv")
@click.argument("identifier")
@_files.FILE_OPTION
@global_options
def csv(identifier: str, path: str) -> None:
    """Download the CSV of 2025 job IDENTIFIER (id, serial, digitalTwinId, carrierUrl per serial), streaming.

    The job must be COMPLETED (else exit 5). The CSV is written exactly as the
    server sends it. Ctrl-C, SIGTERM or SIGHUP stop the download and remove the
    partial file (exit 130, 143, 129).
    """
    st = state()
    target = _files.plan(path)  # a refused path fails here, before any request
    client = st.client()
    if not _jobs.usable_identifier(identifier):
        raise CliError(f"{identifier!r} is not a job identifier (no '/', '?' or '#')", Exit.USAGE)
    job = client.serialization_job(identifier)
    resume = f"{st.resume_prefix()} jobs wait {shlex.quote(identifier)}"
    if str(job.status) != "COMPLETED":
        raise _jobcsv.not_completed(identifier, str(job.status), resume)
    count = job.count if isinstance(job.count, int) else None
    written = _jobcsv.download(client, identifier, target, total=count, progress_mode=st.progress, resume=resume)
    if target.kind is not _files.Kind.STDOUT:
        note(f"wrote the CSV of job {identifier} ({written:,} serials) to {target.shown}")
