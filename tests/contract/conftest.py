"""Helpers to run the contract suite from tests, small and quiet."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # contract_tests is a folder of the repository, not an installed package
    sys.path.insert(0, str(REPO))
