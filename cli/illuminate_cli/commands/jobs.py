"""``illuminate jobs``: show a serial generation job, or wait for it."""

from __future__ import annotations

import click

from .. import _jobs
from .._context import Seconds, global_options, state
from .._output import emit_record

TIMEOUT_HELP = "Give up waiting after this many seconds (the job goes on at the server; exit 6)."


@click.group()
@global_options
def jobs() -> None:
    """Show serial generation jobs, or wait for one to finish."""


@jobs.command("show")
@click.argument("job_id")
@global_options
def show(job_id: str) -> None:
    """Show the status of job JOB_ID: state, progress, twin, count and the settings it applied."""
    st = state()
    status = state().client().job_status(job_id)
    emit_record(st.output, _jobs.fields(status), json_data=status.to_dict(), id_value=job_id)


@jobs.command("wait")
@click.argument("job_id")
@click.option("--timeout", type=Seconds(min=1), default=1800, show_default=True, help=TIMEOUT_HELP)
@global_options
def wait(job_id: str, timeout: float) -> None:
    """Wait for job JOB_ID to finish, with a progress bar (progress, rate, ETA).

    Ctrl-C stops waiting (exit 130) and prints the command that resumes; the
    job goes on at the server.
    """
    st = state()
    client = st.client()
    first = client.job_status(job_id)
    status = _jobs.wait(st, client, job_id, total=_jobs.serial_count(first), timeout=timeout)
    emit_record(st.output, _jobs.fields(status), json_data=status.to_dict(), id_value=job_id)
