"""The short contract run the tests share: seed 1, five examples per operation, examples and fuzzing, quiet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contract_tests.run import RunOptions

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def small_options(report_dir: Path | None, **more: Any) -> RunOptions:
    """The short run's options, reports in ``report_dir`` (None: none written); ``more`` sets other options."""
    return RunOptions(
        spec=SPEC, report_dir=report_dir, seed=1, quiet=True, max_examples=5, phases=("examples", "fuzzing"), **more
    )
