"""Rules of the whole repository that no single part owns."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("spec", "overrides", "mock", "contract_tests", "cli", "scripts", "tests")
# Tool-derived: the sync face of the SDK (scripts/unasync.py) and the generated client.
DERIVED = ("overrides/illuminate_sdk/_sync/", "generated/")
MAX_LINES = 400


def hand_written_modules() -> list[Path]:
    paths = [path for folder in HAND_WRITTEN for path in sorted((ROOT / folder).rglob("*.py"))]
    return [path for path in paths if not any(path.relative_to(ROOT).as_posix().startswith(d) for d in DERIVED)]


def test_there_are_modules_to_check() -> None:
    assert len(hand_written_modules()) > 100


@pytest.mark.parametrize("path", hand_written_modules(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_hand_written_module_is_over_400_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it by what its parts are about"
