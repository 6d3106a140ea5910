"""``illuminate settings``: serial allocation settings, which can be set once and never changed."""

from __future__ import annotations

import click
from illuminate_sdk import SerialStrategy

from .. import _history, _jobs, _signals, _twins
from .._context import global_options, state
from .._errors import CliError, Exit, interrupted
from .._output import emit_json, emit_record, note
from .._safe import clean


@click.group()
@global_options
def settings() -> None:
    """Show or set serial allocation settings (set once; they can never be changed)."""


@settings.command("show", epilog=_twins.TWIN_HELP)
@click.option("--twin", metavar="TWIN", help="Show the settings applied to this twin's latest job.")
@click.option("--job", "job_id", metavar="JOB_ID", help="Show the settings job JOB_ID applied.")
@global_options
def show(twin: str | None, job_id: str | None) -> None:
    """Show the allocation settings a job applied.

    The API cannot read settings back: a job's status shows the settings it
    used. Without --job, the latest job this machine started (for --twin, or
    for the account) is used; if there is none, this says so and exits 0.
    """
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin) if twin else None
    source = "--job"
    if job_id is None:
        entry = _history.latest(base_url=st.credentials().base_url, account_id=client.account_id, twin_id=twin_id)
        if entry is None:
            scope = f"digital twin {twin_id}" if twin_id else f"account {client.account_id}"
            reason = (
                f"no allocation settings visible for {scope}: the API cannot read them back, and no job started "
                f"from this machine is known for it. Settings show in a job's status: "
                f"{st.resume_prefix()} settings show --job JOB_ID"
            )
            if st.output == "json":
                emit_json({"settings": None, "reason": reason})
            else:
                note(reason)
            return
        job_id, source = str(entry["jobId"]), f"latest job started here ({entry.get('started')})"
    status = client.job_status(job_id)
    data = status.data
    fields = [
        ("from job", f"{job_id} ({source})"),
        *[
            (name, value)
            for name, value in _jobs.fields(status)
            if name
            in ("digital twin", "strategy", "length", "symbols", "settings of", "default domain", "default carrier")
        ],
    ]
    emit_record(
        st.output,
        fields,
        json_data={"jobId": job_id, "digitalTwinId": _jobs.twin_of(status), "settings": data.to_dict()},
        id_value=job_id,
    )


@settings.command("set", epilog=_twins.TWIN_HELP)
@click.option(
    "--strategy", type=click.Choice([s.value for s in SerialStrategy]), required=True, help="How serials are drawn."
)
@click.option("--length", type=click.IntRange(1, 20), required=True, help="Characters per serial (GS1 allows 1-20).")
@click.option("--symbols", help="Characters of RANDOM_ALPHANUMERIC serials (at least 3, all from GS1 CSET 82).")
@click.option("--twin", metavar="TWIN", help="Set them for this digital twin instead of the whole account.")
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation (needed without a terminal).")
@global_options
def set_(strategy: str, length: int, symbols: str | None, twin: str | None, yes: bool) -> None:
    """Set the account's (or with --twin, a twin's) allocation settings. They can NEVER be changed.

    Asks for confirmation unless --yes is given. Settings that already exist
    are not changed and the command exits 5.
    """
    if strategy == SerialStrategy.RANDOM_ALPHANUMERIC and not symbols:
        raise click.UsageError("RANDOM_ALPHANUMERIC needs --symbols (at least 3 characters of GS1 CSET 82)")
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin) if twin else None
    scope = f"digital twin {twin_id}" if twin_id else f"account {client.account_id} (every twin without its own)"
    summary = f"{strategy}, length {length}" + (f", symbols {symbols!r}" if symbols else "")
    if not yes:
        prompt = f"Set allocation settings {summary} for {scope}? They can never be changed"
        try:
            confirmed = click.confirm(clean(prompt), default=False, err=True)
        except click.Abort:  # click's answer to end of input, and to Ctrl-C at the prompt
            if _signals.received() is not None:
                raise interrupted("; nothing was set") from None
            raise CliError(
                "not confirmed: nothing was set (pass --yes to confirm without a prompt)", Exit.USAGE
            ) from None
        if not confirmed:
            raise CliError("cancelled: nothing was set", Exit.ERROR)
    result = client.set_allocation_settings(strategy=strategy, length=length, symbols=symbols, digital_twin_id=twin_id)
    emit_record(
        st.output,
        [("set for", scope), ("strategy", strategy), ("length", length), ("symbols", symbols)],
        json_data=result.to_dict() if hasattr(result, "to_dict") else result,
        id_value=twin_id or client.account_id,
    )
