"""What a contract run found, as a table people can act on, and a failure file.

A schemathesis event handler: it counts cases and check results per
operation while the run goes, then prints the table last and writes every
failure with its curl command (the API key redacted) to ``failures.txt``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path
from typing import Any

from schemathesis.cli.commands.run.handlers.base import EventHandler
from schemathesis.engine import Status, events

from .judge import DriftLog
from .redact import Redactor

DRIFT_SHOWN = 15  # rows of the drift table printed; drift.json has them all
MESSAGE_LINES = 12  # of a failure's message in failures.txt (the schema excerpt after them is long)


@dataclass
class RunSummary:
    operations: set[str] = field(default_factory=set)
    cases: Counter[str] = field(default_factory=Counter)  # operation label -> generated cases
    checks_run: Counter[str] = field(default_factory=Counter)  # check name -> times run
    failures: Counter[str] = field(default_factory=Counter)  # check name -> failed cases
    # (operation, check, title) -> (the first lines of the failure's message, a curl that reproduces it)
    failure_details: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)  # HTTP status -> responses
    drift: list[dict[str, Any]] = field(default_factory=list)  # set at the end of the run
    strict: bool = False  # drift counted as failures (the bundled mock, or --strict-assumptions)
    links: set[str] = field(default_factory=set)  # the spec's OpenAPI links the stateful phase followed

    @property
    def total_cases(self) -> int:
        return sum(self.cases.values())

    @property
    def total_failures(self) -> int:
        return sum(self.failures.values())

    def failed_checks(self) -> set[str]:
        return {name for name, count in self.failures.items() if count}

    def record(self, event: events.ScenarioFinished) -> None:
        recorder = event.recorder
        label = recorder.label
        if not label.startswith("Stateful"):
            self.operations.add(label)
        self.cases[label] += len(recorder.cases)
        for case_node in recorder.cases.values():
            transition = getattr(case_node, "transition", None)
            if transition is not None and getattr(case_node, "is_transition_applied", False):
                self.links.add(str(transition.id))
        for interaction in recorder.interactions.values():
            if interaction.response is not None:
                self.statuses[interaction.response.status_code] += 1
        for case_id, nodes in recorder.checks.items():
            operation = _operation_of(recorder, case_id, label)
            for node in nodes:
                self.checks_run[node.name] += 1
                if node.status == Status.FAILURE and node.failure_info is not None:
                    title = node.failure_info.failure.title
                    key = (operation, node.name, title)
                    if key not in self.failure_details:
                        self.failures[node.name] += 1
                        message = node.failure_info.failure.message or ""
                        detail = "\n".join(message.strip().splitlines()[:MESSAGE_LINES])
                        self.failure_details[key] = (detail, node.failure_info.code_sample)

    def table(self) -> str:
        names = sorted(set(self.checks_run) | set(self.failures))
        width = max([len("check"), *(len(n) for n in names)])
        lines = [
            "CONTRACT SUMMARY",
            f"operations tested: {len(self.operations)}   cases: {self.total_cases}   "
            f"check runs: {sum(self.checks_run.values())}   failures: {self.total_failures}",
            "",
            f"{'check'.ljust(width)} | {'runs':>7} | {'failures':>8}",
            f"{'-' * width}-|-{'-' * 7}-|-{'-' * 8}",
        ]
        lines += [f"{n.ljust(width)} | {self.checks_run[n]:>7} | {self.failures[n]:>8}" for n in names]
        if self.links:
            lines += ["", f"stateful links followed: {len(self.links)} (listed in links.txt)"]
        if self.statuses:
            # Shows a server that only rate-limits or only says 404 at a glance.
            seen = ", ".join(f"{code} x{count}" for code, count in sorted(self.statuses.items()))
            lines += ["", f"responses by status: {seen}"]
        if self.drift:
            verdict = "counted as failures (strict)" if self.strict else "not failures; see drift.json"
            lines += ["", f"DRIFT: {len(self.drift)} differences from the spec's assumptions ({verdict})"]
            lines += [
                f"  {d['operation']}: {d['observed']}  [assumed at {d['place']}]" for d in self.drift[:DRIFT_SHOWN]
            ]
            if len(self.drift) > DRIFT_SHOWN:
                lines.append(f"  ... and {len(self.drift) - DRIFT_SHOWN} more")
        else:
            lines += ["", "drift: none (the server met every assumption the run touched)"]
        if self.errors:
            lines += ["", f"errors (not check failures): {len(self.errors)}"]
            lines += [f"  - {error}" for error in self.errors[:10]]
        return "\n".join(lines)


def _operation_of(recorder: Any, case_id: str, default: str) -> str:
    node = recorder.cases.get(case_id)
    operation = getattr(getattr(node, "value", None), "operation", None)
    return str(getattr(operation, "label", default))


@dataclass(eq=False, repr=False)  # identity as before; no repr that could show what the redactor hides
class SummaryHandler(EventHandler[Any]):
    """Collects a RunSummary; prints it at the very end and writes the failure file."""

    redactor: Redactor
    failures_file: Path | None
    _: KW_ONLY
    echo: bool = True
    drift: DriftLog | None = None
    drift_file: Path | None = None
    summary: RunSummary = field(default_factory=RunSummary, init=False)

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            self.summary.record(event)
        elif isinstance(event, events.NonFatalError):
            self.summary.errors.append(self.redactor(f"{event.label}: {event.info.title}"))
        elif isinstance(event, events.FatalError):
            self.summary.errors.append(self.redactor(f"fatal: {event.exception}"))

    def shutdown(self, ctx: Any) -> None:
        if self.drift is not None:
            self.summary.drift = [entry.to_json() for entry in self.drift.sorted()]
        if self.drift_file is not None:
            text = json.dumps(self.summary.drift, indent=2, ensure_ascii=False)
            self.drift_file.write_text(self.redactor(text) + "\n", encoding="utf-8")
        if self.failures_file is not None:
            self.failures_file.write_text(self.redactor(self._failure_report()), encoding="utf-8")
            links = "".join(f"{link}\n" for link in sorted(self.summary.links))
            self.failures_file.with_name("links.txt").write_text(self.redactor(links), encoding="utf-8")
        if self.echo:
            print("\n" + self.redactor(self.summary.table()), flush=True)

    def _failure_report(self) -> str:
        if not self.summary.failure_details:
            return "No failures.\n"
        blocks = []
        for (operation, check, title), (detail, curl) in sorted(self.summary.failure_details.items()):
            said = "".join(f"\n    {line}" for line in detail.splitlines())
            blocks.append(f"{operation}\n  check: {check}\n  {title}{said}\n  reproduce:\n    {curl}\n")
        return "\n".join(blocks)
