"""``illuminate settings``: serial allocation settings of the account or of a digital twin.

The account's settings are set or updated at any time (with ``--attribute``,
its serial attributes are replaced too); they are copied to a twin without
settings of its own when the twin's first job starts. A twin's own settings
can change until the twin has serials; from then on they are fixed, and an
attempt to change them exits 5, changing nothing.
"""

from __future__ import annotations

import click
from illuminate_sdk import CHARACTER_SETS, SerialStrategy, SettingsAlreadySetError

from .. import _args, _history, _jobs, _signals, _twins
from .._context import global_options, state
from .._errors import CliError, Exit, interrupted
from .._output import emit_json, emit_record, note
from .._safe import clean


@click.group()
@global_options
def settings() -> None:
    """Show or set serial allocation settings (the account's can be updated; a twin's until it has serials)."""


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
@click.option("--length", type=click.IntRange(6, 20), required=True, help="Characters per serial (6-20).")
@click.option("--symbols", help="Characters of RANDOM_ALPHANUMERIC serials (at least 3, all from GS1 CSET 82).")
@click.option(
    "--charset",
    type=click.Choice(list(CHARACTER_SETS), case_sensitive=False),
    metavar="|".join(CHARACTER_SETS),
    help="A named character set of the Illuminate UI for RANDOM_ALPHANUMERIC serials, instead of --symbols.",
)
@_args.repeatable(
    "--attribute",
    _args.AttributeDefinition(),
    "A serial attribute of the account, NAME or NAME:mandatory (repeatable; account settings only). "
    "Given, the list replaces the account's attributes: name them all.",
)
@click.option("--twin", metavar="TWIN", help="Set them for this digital twin instead of the whole account.")
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation (needed without a terminal).")
@global_options
def set_(
    strategy: str,
    length: int,
    symbols: str | None,
    charset: str | None,
    attributes: tuple[tuple[str, bool], ...],
    twin: str | None,
    yes: bool,
) -> None:
    """Set or update the account's allocation settings, or (--twin) set a digital twin's.

    The account's settings can be updated at any time; they apply to twins
    without settings of their own, copied to a twin when its first job
    starts. A twin's settings can change until the twin has serials; then
    they are fixed, and this exits 5 without changing anything. Asks for
    confirmation unless --yes is given.
    """
    if symbols is not None and charset is not None:
        raise click.UsageError("give --symbols or --charset, not both")
    if charset is not None:
        symbols = CHARACTER_SETS[charset]
    if strategy == SerialStrategy.RANDOM_ALPHANUMERIC and not symbols:
        raise click.UsageError("RANDOM_ALPHANUMERIC needs --charset or --symbols (at least 3 characters of CSET 82)")
    if strategy != SerialStrategy.RANDOM_ALPHANUMERIC and symbols is not None:
        raise click.UsageError(f"--symbols and --charset are for RANDOM_ALPHANUMERIC; {strategy} serials are digits")
    definitions = _args.unique(attributes, "--attribute")
    if definitions and twin is not None:
        raise click.UsageError("--attribute belongs to the account's settings: leave out --twin")
    if len(definitions) > 20:
        raise click.UsageError(f"an account has at most 20 serial attributes (got {len(definitions)})")
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin) if twin else None
    scope = f"digital twin {twin_id}" if twin_id else f"account {client.account_id} (every twin without its own)"
    chars = f", character set {charset}" if charset else (f", symbols {symbols!r}" if symbols else "")
    listed = ", ".join(f"{n} (mandatory)" if m else n for n, m in definitions.items())
    summary = f"{strategy}, length {length}{chars}" + (f"; serial attributes: {listed}" if definitions else "")
    if not yes:
        _confirm(f"Set allocation settings {summary} for {scope}? " + _consequence(twin_id, bool(definitions)))
    try:
        result = client.set_allocation_settings(
            strategy=strategy,
            length=length,
            symbols=symbols,
            digital_twin_id=twin_id,
            attributes=definitions if definitions else None,
        )
    except SettingsAlreadySetError as exc:
        raise CliError(
            f"digital twin {twin_id} already has serials, so its allocation settings are fixed; nothing was "
            f"changed (the server said: {exc.message})",
            Exit.CONFLICT,
        ) from None
    emit_record(
        st.output,
        [
            ("set for", scope),
            ("strategy", strategy),
            ("length", length),
            ("character set", charset),
            ("symbols", symbols),
            ("attributes", listed or None),
        ],
        json_data=result.to_dict() if hasattr(result, "to_dict") else result,
        id_value=twin_id or client.account_id,
    )


def _consequence(twin_id: str | None, attributes: bool) -> str:
    if twin_id is not None:
        return "They can change until the twin has serials; from its first job on they are fixed"
    text = "They replace the account's settings, for twins without their own when their first job starts"
    return text + ("; the attributes replace the account's serial attributes" if attributes else "")


def _confirm(prompt: str) -> None:
    try:
        confirmed = click.confirm(clean(prompt), default=False, err=True)
    except click.Abort:  # click's answer to end of input, and to Ctrl-C at the prompt
        if _signals.received() is not None:
            raise interrupted("; nothing was set") from None
        raise CliError("not confirmed: nothing was set (pass --yes to confirm without a prompt)", Exit.USAGE) from None
    if not confirmed:
        raise CliError("cancelled: nothing was set", Exit.ERROR)
