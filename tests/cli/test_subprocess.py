"""True subprocess runs of ``python -m illuminate_cli``: progress output, Ctrl-C, streaming 100,000 serials."""

from __future__ import annotations

import csv
import os
import shlex
import signal
import subprocess
from pathlib import Path

import pytest

from .conftest import Served, command, make_twin, run, subprocess_env


def popen(args: list[str], env: dict[str, str], **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*command(), *args],
        env=subprocess_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )


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


def test_ctrl_c_while_waiting_prints_the_resume_command(slow_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = slow_mock.url
    twin = make_twin(slow_mock.url)
    child = popen(["serials", "generate", twin, "-n", "8000", "--wait", "--progress", "plain"], env)
    assert child.stderr is not None
    started = child.stderr.readline()
    assert started.startswith("started job"), started
    child.stderr.readline()  # the first progress line: polling has begun
    child.send_signal(signal.SIGINT)
    _out, err = child.communicate(timeout=30)
    assert child.returncode == 130, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("illuminate: interrupted; job ")
    assert "Resume with: illuminate jobs wait " in last
    resume = shlex.split(last.split("Resume with: ")[1])
    assert resume[:3] == ["illuminate", "jobs", "wait"]
    resumed = run([*resume[1:], "--progress", "plain"], env)
    assert resumed.returncode == 0
    assert "COMPLETED" in resumed.stdout
    assert "8,000/8,000" in resumed.stderr


def test_ctrl_c_mid_export_leaves_no_file(latency_mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    env["ILLUMINATE_BASE_URL"] = latency_mock.url
    twin = make_twin(latency_mock.url, count=60_000)
    target = tmp_path / "serials.csv"
    child = popen(["serials", "export", twin, "-f", str(target), "--progress", "plain"], env)
    assert child.stderr is not None
    assert child.stderr.readline().startswith("export: ")  # a page is written to the temporary file
    assert list(tmp_path.glob(".serials.csv.*.part"))
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 130
    assert err.strip().splitlines()[-1].startswith("illuminate: interrupted after ")
    assert list(tmp_path.iterdir()) == []


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
