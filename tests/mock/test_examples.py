"""The integrator's example tests (mock/examples/) pass from an empty folder, on the installed package only."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "mock" / "examples"


def example_test_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    ]


@pytest.mark.slow
@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("test_*.py")), ids=lambda path: path.name)
def test_an_example_passes_where_only_the_installed_package_is_importable(example: Path, tmp_path: Path) -> None:
    shutil.copy(example, tmp_path / example.name)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", example.name],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},  # nothing of this checkout on PYTHONPATH
        capture_output=True,
        text=True,
        timeout=300,
    )
    expected = len(example_test_names(example))
    assert expected > 0
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{expected} passed" in result.stdout, result.stdout[-2000:]
