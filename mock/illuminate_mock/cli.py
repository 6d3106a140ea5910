"""``illuminate-mock``: serve the mock over HTTP with uvicorn."""

from __future__ import annotations

from pathlib import Path

import click

from .config import JobTiming, MockConfig
from .faults import HEADER, FaultError, FaultPlan
from .fixtures import FixtureError, demo_fixture, load_fixture

TIMINGS = {"instant": JobTiming.instant, "realistic": JobTiming.realistic}


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
def main(
    host: str,
    port: int,
    fixture: Path | None,
    job_timing: str,
    log_level: str,
    faults: tuple[str, ...],
    fault_seed: int,
    allow_fault_header: bool,
) -> None:
    """Serve a stateful mock of the Illuminate REST and Serialization APIs.

    Every path carries its prefix, as the service's do (/rest/..., /api/v1/...):
    point a client at http://HOST:PORT where the service is https://api.dmrc.app.
    The spec is at /openapi.json.
    """
    import uvicorn

    from . import redact
    from .app import create_app
    from .serving import server_options

    try:
        loaded = load_fixture(fixture) if fixture is not None else demo_fixture()
    except FixtureError as exc:
        raise click.ClickException(str(exc)) from None
    plan = _fault_plan(fixture, loaded.faults, faults, fault_seed, allow_fault_header)
    app = create_app(loaded, config=MockConfig(job_timing=TIMINGS[job_timing]()), faults=plan)
    header = "honoured (--allow-fault-header)" if allow_fault_header else "refused (no --allow-fault-header)"
    run_faults = f"{len(plan.faults)} for every request" if plan is not None and plan.faults else "none"
    click.echo(
        f"illuminate-mock: http://{host}:{port} ({fixture or 'built-in demo fixture'}; "
        f"faults: {run_faults}; {HEADER} header: {header})",
        err=True,
    )
    redact.install(redact.SERVER_LOGGERS)  # uvicorn's lines (an access line shows the URL) never show a key
    uvicorn.run(app, host=host, port=port, log_level=log_level, **server_options())


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
