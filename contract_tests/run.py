"""Run the contract suite: schemathesis, all checks, every phase, against a target.

Schemathesis's CLI cannot test an in-process ASGI app, and the suite's
default target is exactly that (the bundled mock, no network). So this module
drives schemathesis's engine itself and feeds its events to the same output
and JUnit handlers the CLI uses, plus a summary of its own. Those handlers
are schemathesis internals: the version is pinned in pyproject.toml.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from illuminate_spec.loader import read_document
from illuminate_spec.views import documented_view
from schemathesis.cli.commands.run.context import ExecutionContext
from schemathesis.cli.commands.run.handlers.base import EventHandler
from schemathesis.cli.commands.run.handlers.junitxml import JunitXMLHandler
from schemathesis.cli.commands.run.handlers.output import OutputHandler
from schemathesis.cli.events import LoadingFinished, LoadingStarted
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import from_schema
from schemathesis.engine.events import EngineEvent
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

from .bounded import DEFAULT_DEADLINE, bounded_sessions
from .judge import DriftLog, Judge
from .probes import Exchange, Probes
from .redact import Redactor, redacted_output
from .seed import SeedError, Seeds, create_seeds, discover_seeds
from .sending import sender
from .summary import RunSummary, SummaryHandler
from .target import Target

CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")
FIXTURE_FILE = Path(__file__).with_name("fixture.yaml")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True)
class RunOptions:
    spec: Path
    report_dir: Path | None
    max_examples: int | None = None
    seed: int | None = None
    phases: tuple[str, ...] = ()
    quiet: bool = False
    # Drift (a difference from an assumption only) fails the run too. Always on for the bundled
    # mock, which implements every assumption; off by default against a real server.
    strict_assumptions: bool = False
    request_deadline: float = DEFAULT_DEADLINE  # seconds a whole response may take
    workers: int = 1  # schemathesis's workers (remote targets)


@dataclass(frozen=True)
class RunResult:
    exit_code: int
    summary: RunSummary


def build_config(target: Target, options: RunOptions, seeds: Seeds) -> SchemathesisConfig:
    config = SchemathesisConfig.from_path(CONFIG_FILE)
    config.update(seed=options.seed, max_failures=None)
    # The account and seeded ids come from the target, never from generated
    # data: a random id only ever tests the 403 or 404 path. Bodies get them
    # in _seeding_hook; query parameters through schemathesis's overrides.
    parameters = {
        "query.accountId": target.account_id,
        "path.accountId": target.account_id,
        **{f"query.{k}": v for k, v in seeds.query.items()},
        **{f"path.{k}": v for k, v in seeds.path.items()},
    }
    config.projects.override.update(
        base_url=target.url,
        headers={"Authorization": f"ApiKey {target.api_key}"},
        parameters=parameters,
        workers=options.workers if not target.in_process else 1,
    )
    if options.max_examples is not None:
        config.projects.override.generation.update(max_examples=options.max_examples)
    if options.phases:
        config.projects.override.phases.update(phases=list(options.phases))
    return config


def make_app(target: Target) -> Any:
    """The bundled mock for an in-process run (with the target's faults), else None."""
    if not target.in_process:
        return None
    from illuminate_mock.app import create_app
    from illuminate_mock.fixtures import load_fixture

    plan = None
    if target.faults:
        from illuminate_mock.faults import FaultPlan

        plan = FaultPlan.parse(list(target.faults))
    return create_app(load_fixture(FIXTURE_FILE), faults=plan)


def load_schema(target: Target, options: RunOptions, config: SchemathesisConfig, app: Any) -> Any:
    schema: Any = schemathesis.openapi.from_path(options.spec, config=config)
    if app is not None:
        schema.app = app
    if not target.allow_writes:
        schema = schema.exclude(method=list(WRITE_METHODS))
    return schema


def prepare_seeds(target: Target, app: Any, probes: Probes | None = None, deadline: float = DEFAULT_DEADLINE) -> Seeds:
    """Seed ids (creating them on write runs), then send the assumption probes (see probes.py)."""
    # Faults would break the seeding requests themselves; seed a clean app
    # only when there are none (a faulty mock is tested with random ids).
    if target.faults:
        return Seeds(body={"accountId": target.account_id})
    exchanges: list[Exchange] = []
    try:
        with sender(target, app, deadline) as plain_send:

            def send(method: str, path: str, **kwargs: Any) -> httpx.Response:
                response = plain_send(method, path, **kwargs)
                exchanges.append(Exchange(method, path, kwargs.get("params") or {}, kwargs.get("json"), response))
                return response

            if target.allow_writes:
                seeds = create_seeds(send, target.account_id)
            else:
                seeds = discover_seeds(send, target.account_id)
            if probes is not None:
                probes.status_of_successes(exchanges)
                probes.run(plain_send, seeds, target.account_id, writes=target.allow_writes)
            return seeds
    except httpx.HTTPError as exc:
        raise SeedError(f"seeding: {type(exc).__name__} talking to {target.url}: {exc}") from None


@contextmanager
def _seeding_hook(seeds: Seeds) -> Iterator[None]:
    """Put the account and seeded ids into request bodies while a run lasts.

    Schemathesis's own body override (``parameters = {"body.accountId": ...}``)
    makes its positive generator emit invalid nested values (4.32.5), so a
    ``before_call`` hook does it instead. Only string values are replaced, so
    negative cases keep their wrong types and missing fields; schemathesis
    re-checks each case after the hook, so a case's mode stays truthful.
    """

    def apply_seeds(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
        seeds.apply(case.operation.label, case.body)

    schemathesis.hook("before_call")(apply_seeds)
    try:
        yield
    finally:
        GLOBAL_HOOK_DISPATCHER.unregister(apply_seeds)


def _events(schema: Any, location: str) -> Iterator[EngineEvent]:
    started = LoadingStarted(location=location)
    yield started
    yield LoadingFinished.from_schema(
        schema, location=location, start_time=started.timestamp, base_url=schema.config.base_url or ""
    )
    yield from from_schema(schema).execute()


def make_judge(target: Target, options: RunOptions, redactor: Redactor) -> Judge:
    """Both views of the spec, for telling documented failures from drift."""
    full = read_document(options.spec)
    documented = schemathesis.openapi.from_dict(documented_view(full))
    strict = target.in_process or options.strict_assumptions
    return Judge(full, documented, DriftLog(redactor), strict=strict)


def run(target: Target, options: RunOptions) -> RunResult:
    """The whole run (seeding, probes, every phase), its console output redacted throughout."""
    redactor = Redactor(target.api_key)
    with redacted_output(redactor):
        return _run(target, options, redactor)


def _run(target: Target, options: RunOptions, redactor: Redactor) -> RunResult:
    app = make_app(target)
    judge = make_judge(target, options, redactor)
    seeds = prepare_seeds(target, app, Probes(judge.full, judge.log, target.url), options.request_deadline)
    if not options.quiet:
        print(f"contract: seeded ids for {seeds.describe()}", flush=True)
        for note in seeds.notes:
            print(f"contract: {note}", flush=True)
    config = build_config(target, options, seeds)
    schema = load_schema(target, options, config, app)
    project = schema.config
    handlers: list[EventHandler[Any]] = []
    junit_path: Path | None = None
    if options.report_dir is not None:
        options.report_dir.mkdir(parents=True, exist_ok=True)
        junit_path = options.report_dir / "junit.xml"
        handlers.append(JunitXMLHandler(junit_path))
    if not options.quiet:
        handlers.append(OutputHandler(config=project))
    failures_file = options.report_dir / "failures.txt" if options.report_dir is not None else None
    drift_file = options.report_dir / "drift.json" if options.report_dir is not None else None
    summary = SummaryHandler(redactor, failures_file, echo=not options.quiet, drift=judge.log, drift_file=drift_file)
    summary.summary.strict = judge.strict
    handlers.append(summary)  # last: its table ends the output

    return _execute(schema, options, project, handlers, summary, junit_path, redactor, judge, seeds)


def _execute(
    schema: Any,
    options: RunOptions,
    project: Any,
    handlers: list[EventHandler[Any]],
    summary: SummaryHandler,
    junit_path: Path | None,
    redactor: Redactor,
    judge: Judge,
    seeds: Seeds,
) -> RunResult:
    """Feed the engine's events to the handlers (console, JUnit, summary) while the checks are judged."""
    context = ExecutionContext(config=project)
    for handler in handlers:
        handler.start(context)
    try:
        with judge.installed(), _seeding_hook(seeds), bounded_sessions(deadline=options.request_deadline):
            for event in _events(schema, str(options.spec)):
                context.on_event(event)
                for handler in handlers:
                    handler.handle_event(context, event)
    finally:
        for handler in handlers:
            handler.shutdown(context)
        if junit_path is not None:
            redactor.scrub_file(junit_path)
        sys.stdout.flush()
    return RunResult(int(context.exit_code), summary.summary)
