"""The README's serialization run works as written against the mock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from illuminate_mock.app import create_app

from .conftest import ACCOUNT, KEY, serve

README = Path(__file__).parents[2] / "README.md"


def example() -> str:
    """The first Python block of the README's SDK section."""
    section = README.read_text().split("## The SDK", 1)[1]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    return blocks[0]


def test_the_example_is_short() -> None:
    assert len(example().strip().splitlines()) < 15


def test_the_example_runs_against_the_mock(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    app = create_app()
    with serve(app) as url:
        monkeypatch.setenv("ILLUMINATE_API_KEY", KEY)
        monkeypatch.setenv("ILLUMINATE_ACCOUNT_ID", ACCOUNT)
        monkeypatch.setenv("ILLUMINATE_BASE_URL", url)
        exec(compile(example(), str(README), "exec"), {"__name__": "__readme__"})
    lines = capsys.readouterr().out.splitlines()
    serials = [line for line in lines if "https://id.gs1.org/01/09506000134352/21/" in line]
    assert len(serials) == len(set(serials)) == 10_000
    assert "100%" in lines
    assert len(app.state.service.backend.serial.jobs) == 1
