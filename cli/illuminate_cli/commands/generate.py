"""``illuminate serials generate``: start a serialization job, and optionally wait for it.

Two kinds of job (see ``_jobs``):

- with ``--identifier``, ``--attribute`` or ``--flag``, a job of the 2025 API,
  named by an identifier (yours, or ``cli-`` and a random hex string). The
  name is printed before the start is sent, so a run cut short can always be
  looked up; the SDK's start never makes two jobs (it reads the job back by
  its name before it would send the start again);
- otherwise a job of the first API, named by the id the server gives it,
  whose wait shows progress, rate and ETA (and ``settings show`` can find it
  later, from the history file).
"""

from __future__ import annotations

import shlex

import click
from illuminate_sdk import ConflictError, Illuminate, JobStartUnconfirmedError, new_identifier

from .. import _args, _history, _jobs, _twins
from .._context import Seconds, State, global_options
from .._errors import CliError, Exit, interrupted
from .._output import emit_record, note

START_FIELDS = {"body.flags": "--flag", "body.attributes": "--attribute", "body.identifier": "--identifier"}


@click.command("generate", epilog=_twins.TWIN_HELP)
@click.argument("twin")
@click.option("-n", "--count", type=click.IntRange(min=1), required=True, help="Number of serials to generate.")
@click.option("--wait/--no-wait", default=False, show_default=True, help="Wait for the job, with a progress bar.")
@click.option("--timeout", type=Seconds(min=1), default=1800, show_default=True, help="Seconds to wait.")
@click.option(
    "--identifier",
    metavar="NAME",
    help="Name the job (a 2025 job; unique in the account). Default with --attribute/--flag: cli-<random hex>.",
)
@_args.repeatable(
    "--attribute",
    _args.AttributeValue(),
    "Give every new serial this attribute value (repeatable; a 2025 job). Mandatory attributes need one.",
)
@_args.repeatable("--flag", _args.FlagName(), "Set this flag true on every new serial (repeatable; a 2025 job).")
@global_options
def generate(
    twin: str,
    count: int,
    wait: bool,
    timeout: float,
    identifier: str | None,
    attributes: tuple[tuple[str, str], ...],
    flags: tuple[str, ...],
) -> None:
    """Start a job generating COUNT serials for TWIN (its allocation settings, or the account's, must exist).

    Prints the job's id (or, for a 2025 job, its identifier); with --wait,
    waits until the job is done. Ctrl-C while waiting exits 130 and prints
    the command that resumes.

    \b
    With --identifier, --attribute or --flag the job is one of the 2025 API:
    its identifier is printed before it starts, and jobs show/wait/csv take it.
    Otherwise it is a job of the first API, whose wait shows progress and ETA.
    """
    values = _args.unique(attributes, "--attribute")
    if identifier is not None and not _jobs.usable_identifier(identifier):
        raise click.BadParameter("a job identifier is not empty and has no '/', '?' or '#'", param_hint="--identifier")
    st, client, twin_id = _twins.on_twin(twin)
    if identifier is not None or values or flags:
        _named(st, client, twin_id, count, identifier or new_identifier("cli-"), values, flags, wait, timeout)
        return
    job_id = client.start_job(twin_id, count)
    _history.record(
        base_url=st.credentials().base_url, account_id=client.account_id, twin_id=twin_id, job_id=job_id, count=count
    )
    if not wait:
        emit_record(
            st.output,
            [("job", job_id), ("digital twin", twin_id), ("serials", f"{count:,}")],
            json_data={"id": job_id, "digitalTwinId": twin_id, "serialCount": count},
            id_value=job_id,
        )
        if st.output == "table":
            note(f"wait for it: {st.resume_prefix()} jobs wait {shlex.quote(job_id)}")
        return
    if st.output == "table":
        note(f"started job {job_id} for digital twin {twin_id} ({count:,} serials)")
    status = _jobs.wait(st, client, job_id, total=count, timeout=timeout)
    emit_record(st.output, _jobs.fields(status), json_data=status.to_dict(), id_value=job_id)


def _named(
    st: State,
    client: Illuminate,
    twin_id: str,
    count: int,
    name: str,
    attributes: dict[str, str],
    flags: tuple[str, ...],
    wait: bool,
    timeout: float,
) -> None:
    """A 2025 job: its name on stderr first (whatever --output says), then the start, then the wait."""
    look = f"{st.resume_prefix()} jobs show {shlex.quote(name)}"
    note(f"starting job {name} for digital twin {twin_id} ({count:,} serials); should this stop, look with: {look}")
    try:
        with _args.unknown_names(START_FIELDS):
            job = client.start_serialization_job(
                twin_id, count, identifier=name, attributes=attributes or None, flags=list(dict.fromkeys(flags))
            )
    except KeyboardInterrupt:
        raise interrupted(f" while starting job {name}, which may have started: look with: {look}") from None
    except JobStartUnconfirmedError:
        raise CliError(
            f"job {name} may or may not have started (the start and the look-up after it both failed): "
            f"look with: {look} before starting it again",
            Exit.ERROR,
        ) from None
    except ConflictError as exc:
        if exc.code == "JOB_EXISTS" or any(e.get("field") == "body.identifier" for e in exc.errors):
            raise CliError(
                f"--identifier {name}: the account already has a job of this name (see it with: {look}); "
                "choose another name",
                Exit.CONFLICT,
            ) from None
        raise
    fields, data, id_value = _jobs.describe(job)
    if not wait:
        emit_record(st.output, fields, json_data=data, id_value=id_value)
        if st.output == "table":
            note(f"wait for it: {st.resume_prefix()} jobs wait {shlex.quote(name)}")
        return
    done = _jobs.wait_named(st, client, name, total=count, timeout=timeout)
    fields, data, id_value = _jobs.describe(done)
    emit_record(st.output, fields, json_data=data, id_value=id_value)
