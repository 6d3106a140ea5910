"""`python -m contract_tests` as people run it: against a served mock, and with bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from mock_process import free_port, running_mock
from spec_loader import iter_operations, load_spec

REPO = Path(__file__).resolve().parents[2]
ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"


@pytest.fixture(scope="module")
def served_mock() -> Iterator[str]:
    """The real `illuminate-mock` command on loopback, stopped afterwards."""
    with running_mock(quiet=True) as (url, _):
        yield url


def contract(*args: str, env: dict[str, str] | None = None, tmp: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ILLUMINATE_")}
    environment.update(env or {})
    command = [sys.executable, "-m", "contract_tests", "--report-dir", str(tmp / "reports"), *args]
    return subprocess.run(command, cwd=REPO, env=environment, capture_output=True, text=True, timeout=600, check=False)


SMALL = ("--max-examples", "3", "--seed", "1", "--phase", "examples", "--phase", "fuzzing")
REMOTE_ENV = {"ILLUMINATE_API_KEY": KEY, "ILLUMINATE_ACCOUNT_ID": ACCOUNT}


def operations_in(output: str) -> int:
    line = next(line for line in output.splitlines() if line.startswith("operations tested:"))
    return int(line.split()[2])


@pytest.mark.slow
def test_a_remote_run_is_read_only_by_default(served_mock: str, tmp_path: Path) -> None:
    result = contract("--base-url", served_mock, *SMALL, env=REMOTE_ENV, tmp=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "read-only (GET operations only)" in result.stdout
    gets = [op for _, method, op in iter_operations(load_spec()) if method == "get"]
    assert operations_in(result.stdout) == len(gets)
    assert "CONTRACT SUMMARY" in result.stdout


@pytest.mark.slow
def test_a_remote_write_run_behaves_like_the_in_process_run(served_mock: str, tmp_path: Path) -> None:
    remote = contract(
        "--base-url",
        served_mock,
        "--allow-writes",
        "--sandbox-account-id",
        ACCOUNT,
        *SMALL,
        env=REMOTE_ENV,
        tmp=tmp_path,
    )
    local = contract(*SMALL, tmp=tmp_path / "local")
    assert remote.returncode == local.returncode == 0, remote.stdout[-3000:]
    assert operations_in(remote.stdout) == operations_in(local.stdout) == len(iter_operations(load_spec()))
    assert "failures: 0" in remote.stdout


def test_writes_without_a_named_sandbox_are_refused(served_mock: str, tmp_path: Path) -> None:
    result = contract("--base-url", served_mock, "--allow-writes", *SMALL, env=REMOTE_ENV, tmp=tmp_path)
    assert result.returncode != 0
    assert "--sandbox-account-id" in result.stderr
    assert "CONTRACT SUMMARY" not in result.stdout


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (("--base-url", "http://127.0.0.1:{dead}"), REMOTE_ENV, "cannot reach"),
        (("--base-url", "{mock}"), {**REMOTE_ENV, "ILLUMINATE_API_KEY": "wrong-key-123"}, "refused the API key"),
        (("--base-url", "{mock}"), {"ILLUMINATE_API_KEY": KEY}, "no account id"),
        (("--spec", "no/such/openapi.yaml"), {}, "does not exist"),
        (("--base-url", "ftp://example"), REMOTE_ENV, "must be http(s)://host"),
    ],
    ids=["unreachable", "wrong-key", "no-account", "no-spec", "bad-url"],
)
def test_bad_input_stops_at_once_with_one_line(
    served_mock: str, tmp_path: Path, args: tuple[str, ...], env: dict[str, str], expected: str
) -> None:
    filled = tuple(a.format(dead=free_port(), mock=served_mock) for a in args)
    result = contract(*filled, env=env, tmp=tmp_path)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert expected in errors[0]
    assert "wrong-key-123" not in result.stdout + result.stderr


@pytest.mark.slow
def test_reports_never_contain_the_key(served_mock: str, tmp_path: Path) -> None:
    key_env = {**REMOTE_ENV}
    result = contract("--base-url", served_mock, *SMALL, env=key_env, tmp=tmp_path)
    assert result.returncode == 0
    reports = list((tmp_path / "reports").iterdir())
    assert {p.name for p in reports} == {"junit.xml", "failures.txt", "drift.json", "links.txt"}
    for report in reports:
        assert KEY not in report.read_text()
    assert KEY not in result.stdout + result.stderr
