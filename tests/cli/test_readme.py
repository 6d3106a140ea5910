"""The README's terminal session for `illuminate` runs as written (on a free port instead of 8080)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.shared_helpers import blocks, commands, section, shell


def session_commands() -> list[str]:
    """The ``$`` lines of the console block that starts the mock."""
    [session] = [b for b in blocks(section("The command line (`illuminate`)"), "console") if "illuminate-mock" in b]
    return commands(session)


@pytest.mark.slow
def test_readme_session_runs_as_written(tmp_path: Path) -> None:
    lines = session_commands()
    assert lines[0].startswith("illuminate-mock --port 8080")
    assert lines[-1].startswith("head")
    work = tmp_path / "work"
    work.mkdir()
    result = shell(lines, tmp_path, timeout=180, cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10,000/10,000 serials (100%)" in result.stderr
    assert "ETA" in result.stderr
    assert result.stdout.count("https://id.gs1.org/01/09506000134352/21/") == 2  # head -3 cards.csv
    rows = list(csv.DictReader((work / "cards.csv").open()))
    assert len(rows) == 10_000 == len({r["serial"] for r in rows})
