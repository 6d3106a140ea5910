"""``jobs list|show|wait|csv`` and ``serials generate`` with a 2025 job (by identifier), against the mock."""

from __future__ import annotations

import csv
import io
import json
import os
import shlex
import stat
import threading
from pathlib import Path

import pytest

from tests.cli.helpers import (
    ManualClock,
    invoke,
    make_twin,
    one_line,
    sdk,
    start_job,
    start_named,
)
from tests.servers import Served

NEW_LEAVES = [
    ["jobs", "list"], ["jobs", "csv"], ["serials", "get"], ["serials", "set"], ["serials", "flags"],
    ["serials", "flags", "get"], ["serials", "flags", "set"], ["serials", "attributes"],
    ["serials", "attributes", "get"], ["serials", "attributes", "set"],
]  # fmt: skip


@pytest.fixture
def served_env(mock: Served, env: dict[str, str]) -> dict[str, str]:
    env["ILLUMINATE_BASE_URL"] = mock.url
    return env


@pytest.mark.parametrize("args", NEW_LEAVES, ids=" ".join)
def test_help_of_the_new_commands(args: list[str], env: dict[str, str]) -> None:
    result = invoke([*args, "--help"], env)
    assert result.exit_code == 0, result.output
    assert "Usage: illuminate" in result.stdout
    assert "--output" in result.stdout


def test_default_base_url_is_the_host(mock: Served, env: dict[str, str]) -> None:
    help_text = invoke(["--help"], env).stdout + invoke(["brands", "list", "--help"], env).stdout
    assert "https://api.dmrc.app" in help_text
    assert "dmrc.app/rest" not in help_text
    env["ILLUMINATE_BASE_URL"] = mock.url + "/rest"  # the documents' base URL: its /rest is dropped
    status = invoke(["auth", "status", "--output", "json"], env)
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["baseUrl"] == mock.url


def test_generate_a_named_job_then_show_wait_list(mock: Served, served_env: dict[str, str]) -> None:
    twin = make_twin(mock.url)
    name = f"batch-{os.getpid()}-{id(twin)}"
    started = invoke(
        ["serials", "generate", twin, "-n", "30", "--identifier", name, "--flag", "flag1", "-q"], served_env
    )
    assert started.exit_code == 0, started.output
    assert started.stdout == f"{name}\n"
    assert started.stderr.startswith(f"starting job {name} for digital twin {twin} (30 serials)")
    assert f"jobs show {name}" in started.stderr

    with sdk(mock.url) as client:
        expected = client.serialization_job(name).to_dict()
        items = list(client.serial_items(twin))
    assert len(items) == 30
    assert all(item.flags["flag1"] is True and item.flags["flag2"] is False for item in items)

    shown = invoke(["jobs", "show", name, "--output", "json"], served_env)
    assert json.loads(shown.stdout) == expected  # the exact data, round trip
    table = invoke(["jobs", "show", name], served_env)
    assert f"job:          {name}" in table.stdout
    assert "COMPLETED" in table.stdout
    assert "30" in table.stdout

    waited = invoke(["jobs", "wait", name, "--progress", "plain"], served_env)
    assert waited.exit_code == 0, waited.output
    assert "COMPLETED" in waited.stdout
    assert f"job {name}: 30 serials, done in" in waited.stderr

    listed = invoke(["jobs", "list", "--limit", "0", "--output", "json"], served_env)
    assert expected in json.loads(listed.stdout)
    assert name in invoke(["jobs", "list", "--limit", "0", "-q"], served_env).stdout.split()
    assert name in invoke(["jobs", "list", "--limit", "0"], served_env).stdout


def test_generate_a_named_job_with_wait_and_json(mock: Served, served_env: dict[str, str]) -> None:
    twin = make_twin(mock.url)
    result = invoke(
        [
            "serials",
            "generate",
            twin,
            "-n",
            "25",
            "--flag",
            "flag2",
            "--wait",
            "--progress",
            "plain",
            "--output",
            "json",
        ],
        served_env,
    )
    assert result.exit_code == 0, result.output
    job = json.loads(result.stdout)
    assert job["status"] == "COMPLETED"
    assert job["count"] == 25
    assert job["identifier"].startswith("cli-")  # made up for --flag without --identifier, printed first
    assert result.stderr.startswith(f"starting job {job['identifier']} ")
    assert "25 serials, done in" in result.stderr


def test_legacy_jobs_still_work_by_id(mock: Served, served_env: dict[str, str]) -> None:
    twin = make_twin(mock.url)
    job_id = start_job(mock.url, twin, 12)
    for extra in ([], ["--legacy"]):
        shown = invoke(["jobs", "show", job_id, "--output", "json", *extra], served_env)
        assert shown.exit_code == 0, shown.output
        assert json.loads(shown.stdout)["id"] == job_id
        assert "breakdown" in json.loads(shown.stdout)  # the first API's status
        waited = invoke(["jobs", "wait", job_id, "--progress", "plain", *extra], served_env)
        assert waited.exit_code == 0, waited.output
        assert "12/12 serials (100%)" in waited.stderr
    generated = invoke(["serials", "generate", twin, "-n", "5", "-q"], served_env)  # no 2025 option: the first API
    assert generated.exit_code == 0
    assert "breakdown" in invoke(["jobs", "show", generated.stdout.strip(), "--output", "json"], served_env).stdout


def test_jobs_list_pages_and_says_how_to_go_on(fresh_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = fresh_mock.url  # a mock of its own: exactly these jobs
    twin = make_twin(fresh_mock.url)
    names = [start_named(fresh_mock.url, twin, 2, f"job_{i}") for i in range(5)]
    first = invoke(["jobs", "list", "--limit", "2", "-q"], env)
    assert first.stdout.split() == names[:2]
    more = first.stderr.strip().splitlines()[-1]
    assert more.startswith("more jobs: illuminate jobs list --limit 2 --cursor ")
    second = invoke([*shlex.split(more.split(": ", 1)[1])[1:], "-q"], env)
    assert second.stdout.split() == names[2:4]
    rest = invoke([*shlex.split(second.stderr.strip().split(": ", 1)[1])[1:], "-q"], env)
    assert rest.stdout.split() == names[4:]
    assert "more jobs" not in rest.stderr
    assert invoke(["jobs", "list", "--limit", "0", "-q"], env).stdout.split() == names
    table = invoke(["jobs", "list"], env).stdout
    assert table.splitlines()[0].split() == ["JOB", "STATUS", "SERIALS", "DIGITAL", "TWIN", "CREATED", "ID"]


def test_jobs_list_empty(fresh_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = fresh_mock.url
    result = invoke(["jobs", "list"], env)
    assert result.exit_code == 0
    assert "no serialization jobs" in result.stderr
    assert json.loads(invoke(["jobs", "list", "--output", "json"], env).stdout) == []


# ---------------------------------------------------------------- jobs csv


@pytest.fixture(scope="module")
def csv_job(mock: Served) -> tuple[str, bytes]:
    twin = make_twin(mock.url)
    name = start_named(mock.url, twin, 3000, f"csv-{os.getpid()}")
    with sdk(mock.url) as client:
        return name, b"".join(client.job_csv(name))


def test_jobs_csv_to_a_file(csv_job: tuple[str, bytes], served_env: dict[str, str], tmp_path: Path) -> None:
    name, expected = csv_job
    out = tmp_path / "job.csv"
    result = invoke(["jobs", "csv", name, "--file", str(out), "--progress", "plain"], served_env)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == expected  # exactly what the server sent, CRLF and all
    assert f"wrote the CSV of job {name} (3,000 serials) to {out}" in result.stderr
    assert "3,000/3,000 serials (100%)" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 3000
    assert list(rows[0]) == ["id", "serial", "digitalTwinId", "carrierUrl"]
    out.chmod(0o600)
    assert invoke(["jobs", "csv", name, "-f", str(out), "--progress", "none"], served_env).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # replaced, permissions kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["job.csv"]  # no .part left


def test_jobs_csv_to_stdout(csv_job: tuple[str, bytes], served_env: dict[str, str]) -> None:
    name, expected = csv_job
    for args in ([], ["--file", "-"]):
        result = invoke(["jobs", "csv", name, "--progress", "none", *args], served_env)
        assert result.exit_code == 0, result.output
        assert result.stdout_bytes == expected
        assert result.stderr == ""


def test_jobs_csv_file_kinds(csv_job: tuple[str, bytes], served_env: dict[str, str], tmp_path: Path) -> None:
    name, expected = csv_job
    null = invoke(["jobs", "csv", name, "-f", "/dev/null", "--progress", "none"], served_env)
    assert null.exit_code == 0, null.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert invoke(["jobs", "csv", name, "-f", str(fifo), "--progress", "none"], served_env).exit_code == 0
    reader.join(30)
    assert received == [expected]
    folder = tmp_path / "folder"
    folder.mkdir()
    refused = invoke(["jobs", "csv", name, "-f", str(folder)], served_env)
    assert refused.exit_code == 1
    assert one_line(refused.stderr)
    assert "it is a folder" in refused.stderr
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert invoke(["jobs", "csv", name, "-f", str(link), "--progress", "none"], served_env).exit_code == 0
    assert link.is_symlink()
    assert real.read_bytes() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "link.csv", "pipe", "real.csv"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_jobs_csv_disk_full(csv_job: tuple[str, bytes], served_env: dict[str, str]) -> None:
    result = invoke(["jobs", "csv", csv_job[0], "-f", "/dev/full", "--progress", "none"], served_env)
    assert result.exit_code == 1
    assert one_line(result.stderr)
    assert "/dev/full" in result.stderr


def test_jobs_csv_of_a_job_not_completed(
    frozen_twin: tuple[Served, ManualClock, str], env: dict[str, str], tmp_path: Path
) -> None:
    served, clock, twin = frozen_twin
    name = start_named(served.url, twin, 5000, "slow_job", wait=False)
    out = tmp_path / "s.csv"
    result = invoke(["jobs", "csv", name, "-f", str(out)], env)
    assert result.exit_code == 5
    assert one_line(result.stderr), result.stderr
    assert "is PENDING" in result.stderr or "is IN_PROGRESS" in result.stderr
    assert "once it is COMPLETED" in result.stderr
    assert f"jobs wait {name}" in result.stderr
    assert list(tmp_path.iterdir()) == []
    clock.advance(3600)
    assert invoke(["jobs", "csv", name, "-f", str(out), "--progress", "none"], env).exit_code == 0
    assert out.read_text().count("\n") == 5001


def test_jobs_csv_of_a_failed_job(fresh_mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    env["ILLUMINATE_BASE_URL"] = fresh_mock.url  # the failure switch is account-wide
    twin = make_twin(fresh_mock.url)
    fresh_mock.backend.serial.fail_next_jobs = 1
    name = start_named(fresh_mock.url, twin, 5, "doomed", wait=False)
    result = invoke(["jobs", "csv", name, "-f", str(tmp_path / "s.csv")], env)
    assert result.exit_code == 6
    assert one_line(result.stderr)
    assert "FAILED" in result.stderr
    waited = invoke(["jobs", "wait", name, "--progress", "none"], env)
    assert waited.exit_code == 6
    assert "FAILED" in waited.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [["jobs", "show", "no_such_job"], ["jobs", "wait", "no_such_job"], ["jobs", "csv", "no_such_job", "-f", "X"]],
    ids=["show", "wait", "csv"],
)
def test_a_job_that_does_not_exist(args: list[str], served_env: dict[str, str], tmp_path: Path) -> None:
    args = [str(tmp_path / "x.csv") if a == "X" else a for a in args]
    result = invoke(args, served_env)
    assert result.exit_code == 4, result.output
    assert one_line(result.stderr), result.stderr
    assert "no_such_job" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_job_name_taken_or_malformed(mock: Served, served_env: dict[str, str]) -> None:
    twin = make_twin(mock.url)
    name = start_named(mock.url, twin, 3, f"taken-{os.getpid()}")
    with sdk(mock.url) as client:
        before = len(list(client.serial_items(twin)))
    taken = invoke(["serials", "generate", twin, "-n", "3", "--identifier", name], served_env)
    assert taken.exit_code == 5
    assert taken.stderr.count("\n") == 2  # the name first, then the one line that says what is wrong
    assert taken.stderr.splitlines()[-1].startswith(f"illuminate: --identifier {name}: the account already has")
    for bad in ("a/b", "", "x?y"):
        result = invoke(["serials", "generate", twin, "-n", "3", "--identifier", bad], served_env)
        assert result.exit_code == 2, (bad, result.output)
        assert one_line(result.stderr)
        assert "--identifier" in result.stderr
    with sdk(mock.url) as client:
        assert len(list(client.serial_items(twin))) == before  # nothing was made
