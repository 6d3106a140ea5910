"""Signals during the 2025 commands, as true subprocesses, sent at a known point (never after a sleep).

``jobs csv`` runs through ``CsvGate``, which holds the CSV mid-stream until
the test has seen the temporary file grow; a 2025 job's wait runs against a
mock whose clock stands still, so the job cannot finish first.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

from tests.cli.helpers import (
    INTERRUPTED,
    ManualClock,
    for_signals,
    make_twin,
    run_resume,
    signalled,
    start_named,
    wait_until,
)
from tests.cli.wrappers import CsvGate
from tests.servers import Served


@for_signals()
def test_signal_mid_jobs_csv_leaves_no_file(
    signum: int, wrapped: Callable[..., Served], env: dict[str, str], tmp_path: Path
) -> None:
    served = wrapped(CsvGate, 3)  # the header and two chunks of 10,000 lines (about 2.8 MB) get through
    env["ILLUMINATE_BASE_URL"] = served.url
    twin = make_twin(served.url)
    name = start_named(served.url, twin, 50_000, "big_job")
    out = tmp_path / "out"
    out.mkdir()
    try:
        with signalled(["jobs", "csv", name, "-f", str(out / "job.csv"), "--progress", "plain"], env, signum) as err:
            wait_until(
                lambda: served.app.reached.is_set() and any(p.stat().st_size > 0 for p in out.glob(".job.csv.*.part")),
                "a grown .part file, download parked",
            )
    finally:
        served.app.release()
    last = err.text().strip().splitlines()[-1]
    assert last.startswith(f"illuminate: {INTERRUPTED[signum]} after "), last
    assert f"nothing was written to {out / 'job.csv'}" in last
    assert list(out.iterdir()) == []


@for_signals(signal.SIGINT, signal.SIGTERM)
def test_signal_while_waiting_for_a_named_job(
    signum: int, frozen_twin: tuple[Served, ManualClock, str], env: dict[str, str]
) -> None:
    _, clock, twin = frozen_twin
    args = ["serials", "generate", twin, "-n", "8000", "--identifier", "resumable", "--wait", "--progress", "plain"]
    with signalled(args, env, signum) as err:
        first = err.wait_for("starting job resumable ")  # the name comes before the start is sent
        assert "jobs show resumable" in first
        err.wait_for("job resumable: waiting")  # started, and polling: the clock stands still
    lines = err.text().strip().splitlines()
    assert lines[0] == first.rstrip("\n")
    assert lines[-1].startswith(f"illuminate: {INTERRUPTED[signum]}; job resumable goes on at the server"), lines[-1]
    resume, resumed = run_resume(lines[-1], clock, env)
    assert resume == ["illuminate", "jobs", "wait", "resumable"]
    assert "job resumable: 8,000 serials, done in" in resumed.stderr
