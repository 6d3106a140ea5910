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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.cli.commands.run.context import ExecutionContext
from schemathesis.cli.commands.run.handlers.base import EventHandler
from schemathesis.cli.commands.run.handlers.junitxml import JunitXMLHandler
from schemathesis.cli.commands.run.handlers.output import OutputHandler
from schemathesis.cli.events import LoadingFinished, LoadingStarted
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import from_schema
from schemathesis.engine.events import EngineEvent

from .redact import Redactor
from .summary import RunSummary, SummaryHandler
from .target import Target

CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True)
class RunOptions:
    spec: Path
    report_dir: Path | None
    max_examples: int | None = None
    seed: int | None = None
    phases: tuple[str, ...] = ()
    quiet: bool = False


@dataclass(frozen=True)
class RunResult:
    exit_code: int
    summary: RunSummary


def build_config(target: Target, options: RunOptions) -> SchemathesisConfig:
    config = SchemathesisConfig.from_path(CONFIG_FILE)
    config.update(seed=options.seed, max_failures=None)
    # The account comes from the target, never from generated data: a random
    # account id only ever tests the 403 path.
    parameters = {"query.accountId": target.account_id, "body.accountId": target.account_id}
    config.projects.override.update(
        base_url=target.url,
        headers={"Authorization": f"ApiKey {target.api_key}"},
        parameters=parameters,
        workers=1,
    )
    if options.max_examples is not None:
        config.projects.override.generation.update(max_examples=options.max_examples)
    if options.phases:
        config.projects.override.phases.update(phases=list(options.phases))
    if options.report_dir is not None:
        config.reports.junit.path = str(options.report_dir / "junit.xml")
    return config


def load_schema(target: Target, options: RunOptions, config: SchemathesisConfig) -> Any:
    schema = schemathesis.openapi.from_path(options.spec, config=config)
    if target.in_process:
        from illuminate_mock.app import create_app

        plan = None
        if target.faults:
            from illuminate_mock.faults import FaultPlan

            plan = FaultPlan.parse(list(target.faults))
        schema.app = create_app(faults=plan)
    if not target.allow_writes:
        schema = schema.exclude(method=list(WRITE_METHODS))
    return schema


def _events(schema: Any, location: str) -> Iterator[EngineEvent]:
    started = LoadingStarted(location=location)
    yield started
    yield LoadingFinished.from_schema(
        schema, location=location, start_time=started.timestamp, base_url=schema.config.base_url or ""
    )
    yield from from_schema(schema).execute()


def run(target: Target, options: RunOptions) -> RunResult:
    config = build_config(target, options)
    schema = load_schema(target, options, config)
    project = schema.config
    redactor = Redactor(target.api_key)
    handlers: list[EventHandler[Any]] = []
    junit_path: Path | None = None
    if options.report_dir is not None:
        options.report_dir.mkdir(parents=True, exist_ok=True)
        junit_path = options.report_dir / "junit.xml"
        handlers.append(JunitXMLHandler(junit_path))
    if not options.quiet:
        handlers.append(OutputHandler(config=project))
    failures_file = options.report_dir / "failures.txt" if options.report_dir is not None else None
    summary = SummaryHandler(redactor, failures_file, echo=not options.quiet)
    handlers.append(summary)  # last: its table ends the output

    context = ExecutionContext(config=project)
    for handler in handlers:
        handler.start(context)
    try:
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
