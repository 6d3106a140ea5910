"""Progress on stderr: a rich bar (count, rate, ETA) on a terminal, plain lines elsewhere.

``--progress bar`` draws the bar even when stderr is not a terminal; ``plain``
prints a line at most once a second and at the end (good for CI logs);
``none`` is silent.

The description may hold server text (a job id): it is cleaned once here and
the bar shows it as plain text, never as rich markup.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ._safe import clean


class Reporter(Protocol):
    def update(self, completed: int) -> None:
        """The number of units done so far."""


class _Null:
    def update(self, completed: int) -> None:
        pass


class CountColumn(ProgressColumn):
    """``4,000/10,000`` (or ``4,000`` with no total)."""

    def render(self, task: Task) -> Text:
        done = int(task.completed)
        if task.total is None:
            return Text(f"{done:,}", style="progress.download")
        return Text(f"{done:,}/{int(task.total):,}", style="progress.download")


class RateColumn(ProgressColumn):
    """``2,000 serials/s`` from rich's moving estimate."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text(f"? {self.unit}/s", style="progress.data.speed")
        return Text(f"{speed:,.0f} {self.unit}/s", style="progress.data.speed")


class _Rich:
    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress, self._task = progress, task

    def update(self, completed: int) -> None:
        self._progress.update(self._task, completed=completed)


class _Plain:
    def __init__(
        self,
        description: str,
        total: int | None,
        unit: str,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.description, self.total, self.unit, self.interval = description, total, unit, interval
        self.clock = clock
        self.started = clock()
        self.last_line = -interval
        self.done = 0
        self.printed_done = -1

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.description}: {self.done:,}"
        if self.total:
            text += f"/{self.total:,} {self.unit} ({self.done / self.total:.0%})"
        else:
            text += f" {self.unit}"
        text += f", {rate:,.0f} {self.unit}/s"
        if self.total and rate > 0 and self.done < self.total:
            text += f", ETA {_clock_text((self.total - self.done) / rate)}"
        elif self.total and self.done >= self.total:
            text += f", done in {_clock_text(elapsed)}"
        return text

    def update(self, completed: int) -> None:
        self.done = completed
        now = self.clock() - self.started
        if now - self.last_line >= self.interval:
            self.emit()
            self.last_line = now

    def emit(self) -> None:
        print(self.line(), file=sys.stderr, flush=True)
        self.printed_done = self.done

    def finish(self) -> None:
        if self.printed_done != self.done:
            self.emit()


def _clock_text(seconds: float) -> str:
    return str(timedelta(seconds=round(seconds)))


def _resolved(mode: str) -> str:
    """The mode to show: ``auto`` is a bar on a terminal, plain lines elsewhere."""
    if mode == "auto":
        return "bar" if sys.stderr.isatty() else "plain"
    return mode


def _bar(*columns: ProgressColumn, **options: Any) -> Progress:
    """A rich bar on stderr, whatever stderr is: the description (plain text, never markup), the bar, ``columns``."""
    console = Console(file=sys.stderr, force_terminal=True, highlight=False, markup=False, emoji=False)
    return Progress(
        TextColumn("{task.description}", style="progress.description", markup=False),
        BarColumn(),
        *columns,
        console=console,
        refresh_per_second=8,
        **options,
    )


@contextmanager
def progress(
    mode: str, description: str, *, total: int | None, unit: str = "serials", interval: float = 1.0
) -> Iterator[Reporter]:
    """A reporter for ``mode`` (auto, bar, plain, none); the bar or last line is completed on exit."""
    description = clean(description)
    mode = _resolved(mode)
    if mode == "none":
        yield _Null()
    elif mode == "plain":
        plain = _Plain(description, total, unit, interval)
        try:
            yield plain
        finally:
            plain.finish()
    else:
        bar = _bar(
            TaskProgressColumn(),
            CountColumn(),
            RateColumn(unit),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            speed_estimate_period=10.0,
        )
        with bar:
            yield _Rich(bar, bar.add_task(description, total=total))


class _RichWaiting:
    """A pulsing bar until the end is known, then a full one."""

    def __init__(self, progress: Progress, task: TaskID, total: int, unit: str) -> None:
        self._progress, self._task, self._total, self._unit = progress, task, total, unit

    def update(self, completed: int) -> None:
        if completed:
            state = f"{self._total:,} {self._unit}"
            self._progress.update(self._task, total=self._total, completed=self._total, state=state)


class _PlainWaiting:
    def __init__(self, description: str, total: int, unit: str) -> None:
        self.description, self.total, self.unit = description, total, unit
        self.started = time.monotonic()
        self.done = False
        print(f"{description}: waiting (the API reports no progress, only the end)", file=sys.stderr, flush=True)

    def update(self, completed: int) -> None:
        if completed and not self.done:
            self.done = True
            elapsed = _clock_text(time.monotonic() - self.started)
            print(f"{self.description}: {self.total:,} {self.unit}, done in {elapsed}", file=sys.stderr, flush=True)


@contextmanager
def waiting(mode: str, description: str, *, total: int, unit: str = "serials") -> Iterator[Reporter]:
    """A reporter for a wait whose only news is the end (a 2025 job): ``update(n)`` with n > 0 means done.

    A bar pulses with the time elapsed, then shows ``total``; plain mode
    prints one line at the start and one at the end.
    """
    description = clean(description)
    mode = _resolved(mode)
    if mode == "none":
        yield _Null()
    elif mode == "plain":
        yield _PlainWaiting(description, total, unit)
    else:
        with _bar(TextColumn("{task.fields[state]}", markup=False), TimeElapsedColumn()) as bar:
            task = bar.add_task(description, total=None, state="waiting (the API reports no progress)")
            yield _RichWaiting(bar, task, total, unit)
