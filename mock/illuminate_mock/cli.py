"""``illuminate-mock``: serve the mock over HTTP with uvicorn."""

from __future__ import annotations

from pathlib import Path

import click

from .config import JobTiming, MockConfig
from .faults import FaultError, FaultPlan
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
    help="Inject a fault (repeatable; added to the fixture's `faults:`), e.g. server-error=503@0.3. "
    "`none` injects nothing but honours the X-Mock-Fault request header. Modes: see illuminate_mock.faults.",
)
@click.option("--fault-seed", default=0, show_default=True, help="Seed of the fault dice, for reproducible runs.")
def main(
    host: str,
    port: int,
    fixture: Path | None,
    job_timing: str,
    log_level: str,
    faults: tuple[str, ...],
    fault_seed: int,
) -> None:
    """Serve a stateful mock of the Illuminate REST and Serialization APIs.

    Operations live at the root: point a client at http://HOST:PORT where the
    service is https://api.dmrc.app/rest. The spec is at /openapi.json.
    """
    import uvicorn

    from .app import create_app

    try:
        loaded = load_fixture(fixture) if fixture is not None else demo_fixture()
    except FixtureError as exc:
        raise click.ClickException(str(exc)) from None
    plan = _fault_plan(fixture, loaded.faults, faults, fault_seed)
    app = create_app(loaded, config=MockConfig(job_timing=TIMINGS[job_timing]()), faults=plan)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def _fault_plan(fixture: Path | None, from_fixture: tuple[str, ...], from_cli: tuple[str, ...], seed: int) -> FaultPlan:
    """The run's faults (fixture first, then --fault).

    A served mock always has a plan, even an empty one, so a client can pick a
    fault for one request with the ``X-Mock-Fault`` header and nothing else.
    """
    if not from_fixture and not from_cli:
        return FaultPlan.parse([], seed=seed)
    for source, specs in ((f"{fixture}: faults", from_fixture), ("--fault", from_cli)):
        try:
            FaultPlan.parse(specs)
        except FaultError as exc:
            raise click.ClickException(f"{source}: {exc}") from None
    plan = FaultPlan.parse([*from_fixture, *from_cli], seed=seed)
    click.echo(f"illuminate-mock: fault injection on (seed {seed}; X-Mock-Fault header honoured)", err=True)
    for line in plan.describe().splitlines():
        click.echo(f"  fault {line}", err=True)
    return plan


if __name__ == "__main__":
    main()
