"""``python -m contract_tests``: hold a server to the spec (the README's main job)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from .redact import Redactor
from .run import RunOptions, run
from .seed import SeedError
from .target import TargetError, check_remote, check_report_dir, check_spec_path, resolve_target

DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
PHASES = ("examples", "coverage", "fuzzing", "stateful")


Made = TypeVar("Made")


def called_with_options(receiver: Callable[..., Made]) -> Made:
    """``receiver`` called with the command's options of the names its parameters have.

    The option names are the parameter names, so no list of keywords is kept
    twice; a parameter without an option keeps its default.
    """
    options = click.get_current_context().params
    wanted = inspect.signature(receiver).parameters
    return receiver(**{name: value for name, value in options.items() if name in wanted})


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--base-url", envvar="ILLUMINATE_BASE_URL", help="Server to test (default: the bundled mock, in process)."
)
@click.option("--api-key", envvar="ILLUMINATE_API_KEY", help="API key for --base-url (never printed).")
@click.option("--account-id", envvar="ILLUMINATE_ACCOUNT_ID", help="Account to test against.")
@click.option("--allow-writes", is_flag=True, help="Let a remote run create resources (needs --sandbox-account-id).")
@click.option("--sandbox-account-id", help="Repeat the account id to confirm it is a sandbox account.")
@click.option("--spec", type=click.Path(path_type=Path), default=DEFAULT_SPEC, show_default=True)
@click.option("--report-dir", type=click.Path(path_type=Path), default=Path("reports/contract"), show_default=True)
@click.option("--max-examples", type=click.IntRange(1), help="Cases per operation and mode (config default 60).")
@click.option("--seed", type=int, help="Seed for reproducible generation.")
@click.option("--phase", "phases", multiple=True, type=click.Choice(PHASES), help="Run only these phases.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Parallel workers against --base-url (schemathesis's workers); the summary, drift and reports are merged.",
)
@click.option(
    "--request-deadline",
    type=click.FloatRange(0.1),
    default=60.0,
    show_default=True,
    help="Seconds a whole response may take (status, headers and body), however slowly it trickles.",
)
@click.option(
    "--strict-assumptions",
    is_flag=True,
    help="Fail on drift too (a response that breaks only an assumption of the spec). Always on for the bundled mock.",
)
@click.option(
    "--fault", "faults", multiple=True, help="Run the bundled mock with this fault (to prove the suite fails)."
)
def main(
    base_url: str | None,
    api_key: str | None,
    account_id: str | None,
    allow_writes: bool,
    sandbox_account_id: str | None,
    spec: Path,
    report_dir: Path,
    max_examples: int | None,
    seed: int | None,
    phases: tuple[str, ...],
    workers: int,
    request_deadline: float,
    strict_assumptions: bool,
    faults: tuple[str, ...],
) -> None:
    """Run every schemathesis check, in every phase, against a server.

    Without --base-url the target is the bundled mock, in process: no
    network, no account. With it, the run is read-only unless
    --allow-writes and --sandbox-account-id name the account, and a response
    that breaks only an assumption of the spec is drift (listed in the
    summary and in REPORT_DIR/drift.json), not a failure.
    """
    try:
        check_spec_path(spec)
        check_report_dir(report_dir)
        target = called_with_options(resolve_target)
        if not target.in_process:
            check_remote(target)
        elif workers > 1:
            raise TargetError("--workers only applies with --base-url (the bundled mock runs in process, one worker)")
    except TargetError as exc:
        raise click.ClickException(str(exc)) from None
    mode = "read-write" if target.allow_writes else "read-only (GET operations only)"
    parallel = f"; {workers} workers" if workers > 1 else ""
    click.echo(f"contract: {target.base_url or 'bundled mock, in process'}; {mode}{parallel}; reports in {report_dir}")
    options = called_with_options(RunOptions)
    try:
        result = run(target, options)
    except SeedError as exc:
        raise click.ClickException(str(Redactor(api_key)(str(exc)))) from None
    raise SystemExit(result.exit_code)


if __name__ == "__main__":
    main()
