"""True subprocess runs of ``python -m illuminate_cli``: progress output, signals, streaming 100,000 serials.

Signals are sent at a known point, never after a sleep: an export runs
through ``SerialsGate``, which parks it mid-stream until the test has seen
the temporary file grow (or the QR staging folder fill); a job wait runs
against a mock whose clock stands still, so the job cannot finish first.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import (
    INTERRUPTED,
    ManualClock,
    command,
    for_signals,
    make_twin,
    run,
    run_resume,
    signalled,
    subprocess_env,
    wait_until,
)
from tests.cli.wrappers import SerialsGate
from tests.servers import Served


@pytest.mark.slow
def test_generate_wait_shows_a_progress_bar(slow_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = slow_mock.url
    twin = make_twin(slow_mock.url)
    result = run(["serials", "generate", twin, "-n", "6000", "--wait", "--progress", "bar"], env)
    assert result.returncode == 0, result.stderr
    assert "6,000/6,000" in result.stderr
    assert "serials/s" in result.stderr
    assert "ETA" in result.stderr
    assert "100%" in result.stderr
    assert "COMPLETED" in result.stdout
    plain = run(["serials", "generate", twin, "-n", "6000", "--wait"], env)  # auto: not a terminal, plain lines
    lines = [line for line in plain.stderr.splitlines() if line.startswith("job ")]
    assert len(lines) >= 2
    assert "ETA" in "".join(lines[:-1])
    assert "6,000/6,000 serials (100%)" in lines[-1]


@for_signals()
def test_signal_while_waiting_prints_the_resume_command(
    signum: int, frozen_twin: tuple[Served, ManualClock, str], env: dict[str, str]
) -> None:
    _, clock, twin = frozen_twin
    with signalled(["serials", "generate", twin, "-n", "8000", "--wait", "--progress", "plain"], env, signum) as err:
        err.wait_for("started job")
        err.wait_for("job ")  # the first progress line: polling has begun, and the clock stands still
    last = err.text().strip().splitlines()[-1]
    assert last.startswith(f"illuminate: {INTERRUPTED[signum]}; job "), last
    assert "goes on at the server" in last
    resume, resumed = run_resume(last, clock, env)
    assert resume[:3] == ["illuminate", "jobs", "wait"]
    assert "8,000/8,000" in resumed.stderr


def _interrupt_export(
    signum: int, env: dict[str, str], args: list[str], ready: Callable[[], object], what: str, gate: SerialsGate
) -> str:
    """Start the export, wait until ``ready()``, signal it; its stderr. The gate keeps it from finishing first."""
    try:
        with signalled(["serials", "export", *args, "--progress", "plain"], env, signum) as err:
            wait_until(ready, what)
    finally:
        gate.release()
    return err.text()


@for_signals()
def test_signal_mid_export_leaves_no_file(
    signum: int, wrapped: Callable[..., Served], env: dict[str, str], tmp_path: Path
) -> None:
    served = wrapped(SerialsGate, 20)  # 20 pages (about 2.4 MB of CSV: the 1 MiB buffer has been written out)
    env["ILLUMINATE_BASE_URL"] = served.url
    twin = make_twin(served.url, count=25_000)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "serials.csv"

    def parked_and_grown() -> bool:
        return served.app.reached.is_set() and any(p.stat().st_size > 0 for p in out.glob(".serials.csv.*.part"))

    args = [twin, "-f", str(target)]
    err = _interrupt_export(signum, env, args, parked_and_grown, "a grown .part file, export parked", served.app)
    assert err.strip().splitlines()[-1].startswith(f"illuminate: {INTERRUPTED[signum]} after 20,000 serials; nothing")
    assert list(out.iterdir()) == []


@for_signals()
def test_signal_mid_qr_export_leaves_no_folder(
    signum: int, wrapped: Callable[..., Served], env: dict[str, str], tmp_path: Path
) -> None:
    served = wrapped(SerialsGate, 1)  # the second page never comes: the export is stopped among the first's images
    env["ILLUMINATE_BASE_URL"] = served.url
    twin = make_twin(served.url, count=1500)
    out = tmp_path / "out"
    out.mkdir()

    def staged() -> bool:
        return any(any(p.iterdir()) for p in out.glob(".qr.*.part"))

    args = [twin, "-f", str(out / "s.csv"), "--qr-dir", str(out / "qr")]
    err = _interrupt_export(signum, env, args, staged, "QR images in the staging folder", served.app)
    assert err.strip().splitlines()[-1].startswith(f"illuminate: {INTERRUPTED[signum]} after ")
    assert list(out.iterdir()) == []


def test_signals_ignored_by_the_parent_stay_ignored(wrapped: Callable[..., Served], env: dict[str, str]) -> None:
    """Under nohup (SIGHUP ignored) a closed terminal must not stop the export."""
    served = wrapped(SerialsGate, 1)
    env["ILLUMINATE_BASE_URL"] = served.url
    twin = make_twin(served.url, count=1500)
    nohup = ["sh", "-c", 'trap "" HUP; exec "$@"', "sh", *command()]  # as nohup does: SIGHUP ignored, then exec
    child = subprocess.Popen(
        [*nohup, "serials", "export", twin, "-f", os.devnull, "--progress", "none"],
        env=subprocess_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(served.app.reached.is_set, "the export to reach the gate")
        child.send_signal(signal.SIGHUP)
        served.app.release()
        _, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    finally:
        child.kill()
        served.app.release()


def peak_rss_kib(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the command; its own peak RSS (KiB) from wait4, which reports that one child only."""
    child = subprocess.Popen(
        [*command(), *args], env=subprocess_env(env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert child.stderr is not None
    err = child.stderr.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.returncode == 0, err
    return usage.ru_maxrss, err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_of_100k_serials_streams(mock: Served, env: dict[str, str], tmp_path: Path, fmt: str) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    small, large = make_twin(mock.url, count=20_000), make_twin(mock.url, count=100_000)
    rss_small, _ = peak_rss_kib(["serials", "export", small, "-f", str(tmp_path / f"s.{fmt}")], env)
    rss_large, err = peak_rss_kib(["serials", "export", large, "-f", str(tmp_path / f"l.{fmt}")], env)
    assert "exported 100,000 serials" in err
    assert "100,000 serials" in err
    # Five times the serials: memory must not follow (a list of 100k rows alone would add tens of MiB).
    assert rss_large < rss_small * 1.25 + 8 * 1024, (rss_small, rss_large)
    with (tmp_path / f"l.{fmt}").open() as handle:
        if fmt == "csv":
            serials = [row["serial"] for row in csv.DictReader(handle)]
        else:
            serials = [line.split('"serial": "')[1].split('"')[0] for line in handle]
    assert len(serials) == 100_000 == len(set(serials))
