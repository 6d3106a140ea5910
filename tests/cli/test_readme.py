"""The README's terminal session for `illuminate` runs as written (on a free port instead of 8080)."""

from __future__ import annotations

import csv
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import ROOT, subprocess_env

README = ROOT / "README.md"


def session_commands() -> list[str]:
    """The ``$`` lines of the console block that starts the mock."""
    section = README.read_text().split("## The command line (`illuminate`)", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n(.*?)```", section, flags=re.S)
    [session] = [b for b in blocks if "illuminate-mock" in b]
    return [line[2:] for line in session.splitlines() if line.startswith("$ ")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.slow
def test_readme_session_runs_as_written(tmp_path: Path) -> None:
    commands = session_commands()
    assert commands[0].startswith("illuminate-mock --port 8080")
    assert commands[-1].startswith("head")
    port = str(free_port())
    script = "\n".join(
        ["set -euo pipefail", "trap 'kill $(jobs -p) 2>/dev/null || true' EXIT"]
        + [c.replace("8080", port) for c in commands]
    )
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if shutil.which("illuminate") is None:  # before the entry point is installed
        shim = bin_dir / "illuminate"
        shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m illuminate_cli "$@"\n')
        shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = {
        "ILLUMINATE_CONFIG": str(tmp_path / "none.toml"),
        "ILLUMINATE_STATE_DIR": str(tmp_path / "state"),
        "PATH": os.pathsep.join([str(bin_dir), str(Path(sys.executable).parent), os.environ["PATH"]]),
    }
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        ["bash", "-c", script], cwd=work, env=subprocess_env(env), capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10,000/10,000 serials (100%)" in result.stderr
    assert "ETA" in result.stderr
    assert result.stdout.count("https://id.gs1.org/01/09506000134352/21/") == 2  # head -3 cards.csv
    rows = list(csv.DictReader((work / "cards.csv").open()))
    assert len(rows) == 10_000 == len({r["serial"] for r in rows})
