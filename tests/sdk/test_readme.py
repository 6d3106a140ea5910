"""The README's serialization run works as written against the mock, on both faces."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import illuminate_sdk
import pytest
from illuminate_mock.app import create_app
from illuminate_sdk import ENV_ACCOUNT_ID, ENV_API_KEY, ENV_BASE_URL

from tests.sdk.helpers import ACCOUNT, KEY, Face
from tests.servers import serve

README = Path(__file__).parents[2] / "README.md"


def example() -> str:
    """The first Python block of the README's SDK section."""
    section = README.read_text().split("## The SDK", 1)[1]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    return blocks[0]


def test_the_example_is_short() -> None:
    assert len(example().strip().splitlines()) < 15


def test_the_example_runs_against_the_mock(
    face: Face, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As written on the sync face; on the async face, with ``Illuminate`` standing for ``AsyncIlluminate``."""
    code = example()
    count = int(re.search(r"client\.serialize\(twin_id, ([\d_]+)", code)[1])  # type: ignore[index]
    gtin = re.search(r'GTIN = "(\d+)"', code)[1]  # type: ignore[index]
    if face.is_async:

        def connect(*args: Any, **kwargs: Any) -> Any:
            return face.wrap(illuminate_sdk.AsyncIlluminate(*args, **kwargs))

        monkeypatch.setattr(illuminate_sdk, "Illuminate", connect)
    app = create_app()
    with serve(app) as url:
        monkeypatch.setenv(ENV_API_KEY, KEY)
        monkeypatch.setenv(ENV_ACCOUNT_ID, ACCOUNT)
        monkeypatch.setenv(ENV_BASE_URL, url)
        exec(compile(code, str(README), "exec"), {"__name__": "__readme__"})
    lines = capsys.readouterr().out.splitlines()
    serials = [line for line in lines if f"https://id.gs1.org/01/{gtin}/21/" in line]
    assert len(serials) == len(set(serials)) == count
    assert "100%" in lines
    assert len(app.state.service.backend.serial.jobs) == 1
