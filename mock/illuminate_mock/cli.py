"""``illuminate-mock``: serve the mock over HTTP with uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .config import STATE_INTERVAL_SECONDS, JobTiming, MockConfig
from .faults import HEADER, FaultError, FaultPlan
from .fixtures import FixtureError, demo_fixture, load_fixture

TIMINGS = {"instant": JobTiming.instant, "realistic": JobTiming.realistic}
ADMIN_TOKEN_ENV = "ILLUMINATE_MOCK_ADMIN_TOKEN"


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option(
    "--fixture",
    type=click.Path(dir_okay=False, path_type=Path),
    help="YAML or JSON file of accounts and API keys (default: the built-in demo fixture).",
)
@click.option(
    "--job-timing",
    type=click.Choice(sorted(TIMINGS)),
    default="instant",
    show_default=True,
    help="instant: jobs finish at the first status poll; realistic: they take seconds, like the service.",
)
@click.option(
    "--log-level", default="info", show_default=True, type=click.Choice(["debug", "info", "warning", "error"])
)
@click.option(
    "--fault",
    "faults",
    multiple=True,
    metavar="MODE[=VALUE][@RATE]",
    help="Inject a fault into every request (repeatable; added to the fixture's `faults:`), e.g. "
    "server-error=503@0.3. Modes: see illuminate_mock.faults.",
)
@click.option("--fault-seed", default=0, show_default=True, help="Seed of the fault dice, for reproducible runs.")
@click.option(
    "--allow-fault-header",
    is_flag=True,
    help=f"Honour the {HEADER} request header (a fault for one request, ignore-auth included). Off by "
    "default: anyone who can reach the mock could use it, so without this flag a request carrying the "
    "header is refused with 400.",
)
@click.option(
    "--admin-token",
    envvar=ADMIN_TOKEN_ENV,
    show_envvar=True,
    metavar="TOKEN",
    help="Turn on the admin API under /_mock/admin/ (reset, fixture, snapshot, clock, requests), each call "
    "needing `Authorization: Bearer TOKEN` (16 to 512 visible ASCII characters). Prefer the environment "
    "variable: an option shows in `ps`. Off without a token.",
)
@click.option(
    "--state",
    "state_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the state in this JSON file across restarts: restored at start (created when missing), written "
    "atomically while it changes and on shutdown. A file that cannot be read refuses the start.",
)
@click.option(
    "--state-interval",
    type=click.FloatRange(min=0.1, max=86_400),
    metavar="SECONDS",
    help=f"How often the --state file is written when the state changed [default: {STATE_INTERVAL_SECONDS:g}]; "
    "a kill -9 loses at most this much.",
)
def main(
    host: str,
    port: int,
    fixture: Path | None,
    job_timing: str,
    log_level: str,
    faults: tuple[str, ...],
    fault_seed: int,
    allow_fault_header: bool,
    admin_token: str | None,
    state_path: Path | None,
    state_interval: float | None,
) -> None:
    """Serve a stateful mock of the Illuminate REST and Serialization APIs.

    Every path carries its prefix, as the service's do (/rest/..., /api/v1/...):
    point a client at http://HOST:PORT where the service is https://api.dmrc.app.
    The spec is at /openapi.json.
    """
    import uvicorn

    from . import redact
    from .admin import TokenError, check_token
    from .app import create_app
    from .clock import MovableClock
    from .persistence import PersistingApp, StateFile, StateFileError
    from .serving import log_config, server_options

    if state_interval is not None and state_path is None:
        raise click.UsageError("--state-interval needs --state")
    if admin_token is not None:
        try:
            check_token(admin_token)
        except TokenError as exc:
            raise click.ClickException(f"--admin-token ({ADMIN_TOKEN_ENV}): {exc}") from None
    try:
        loaded = load_fixture(fixture) if fixture is not None else demo_fixture()
    except FixtureError as exc:
        raise click.ClickException(str(exc)) from None
    plan = _fault_plan(fixture, loaded.faults, faults, fault_seed, allow_fault_header)
    # A movable clock (the system's time until the admin API moves it): time runs as it always did.
    config = MockConfig(job_timing=TIMINGS[job_timing]())
    app: Any = create_app(loaded, clock=MovableClock(), config=config, faults=plan, admin_token=admin_token)
    state_note = "none"
    if state_path is not None:
        state = StateFile(state_path, app.state.service.backend, state_interval or STATE_INTERVAL_SECONDS)
        try:
            opened = state.open()
        except StateFileError as exc:
            raise click.ClickException(str(exc)) from None
        state_note = f"{state_path} ({opened}; written every {state.interval:g} s when changed, and on shutdown)"
        app = PersistingApp(app, state)
    header = "honoured (--allow-fault-header)" if allow_fault_header else "refused (no --allow-fault-header)"
    run_faults = f"{len(plan.faults)} for every request" if plan is not None and plan.faults else "none"
    admin = "on (/_mock/admin/, bearer token)" if admin_token is not None else "off (no --admin-token)"
    click.echo(
        f"illuminate-mock: http://{host}:{port} ({fixture or 'built-in demo fixture'}; "
        f"faults: {run_faults}; {HEADER} header: {header}; admin API: {admin}; state: {state_note})",
        err=True,
    )
    redact.install(redact.SERVER_LOGGERS)  # uvicorn's lines (an access line shows the URL) never show a key
    options = {"log_config": log_config(log_level), **server_options()}
    uvicorn.run(app, host=host, port=port, log_level=log_level, **options)


def _fault_plan(
    fixture: Path | None, from_fixture: tuple[str, ...], from_cli: tuple[str, ...], seed: int, allow_header: bool
) -> FaultPlan | None:
    """The run's faults (fixture first, then --fault); None when there are none and the header is off."""
    if not from_fixture and not from_cli:
        return FaultPlan.parse([], seed=seed, allow_header=True) if allow_header else None
    for source, specs in ((f"{fixture}: faults", from_fixture), ("--fault", from_cli)):
        try:
            FaultPlan.parse(specs)
        except FaultError as exc:
            raise click.ClickException(f"{source}: {exc}") from None
    plan = FaultPlan.parse([*from_fixture, *from_cli], seed=seed, allow_header=allow_header)
    click.echo(f"illuminate-mock: fault injection on (seed {seed})", err=True)
    for line in plan.describe().splitlines():
        click.echo(f"  fault {line}", err=True)
    return plan


if __name__ == "__main__":
    main()
