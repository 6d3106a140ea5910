"""Validate an OpenAPI document: ``python scripts/check_spec.py [PATH]``.

Exit 0 when valid; otherwise one line naming the file, the line and the JSON
pointer of the first problem, and exit 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from spec_loader import CANONICAL_SPEC, SpecError, iter_operations, load_spec, validate_spec


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else CANONICAL_SPEC
    try:
        document = load_spec(path)
        validate_spec(document, path)
    except SpecError as exc:
        print(f"check_spec: {exc}", file=sys.stderr)
        return 1
    print(f"check_spec: {path} is valid ({len(iter_operations(document))} operations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
