"""Validate an OpenAPI document: ``python scripts/check_spec.py [PATH]``.

Exit 0 when valid; otherwise one line naming the file, the line and the JSON
pointer of the first problem, and exit 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from spec_loader import CANONICAL_SPEC, iter_operations, read_or_report, validate_spec


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else CANONICAL_SPEC
    operations = read_or_report(path, "check_spec", lambda document: _operations_if_valid(document, path))
    if operations is None:
        return 1
    print(f"check_spec: {path} is valid ({operations} operations)")
    return 0


def _operations_if_valid(document: dict[str, Any], path: Path) -> int:
    """How many operations the document has, once ``validate_spec`` has found no problem."""
    validate_spec(document, path)
    return len(iter_operations(document))


if __name__ == "__main__":
    sys.exit(main())
