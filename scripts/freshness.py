"""How a script that derives files answers ``--check``: whether they are current, in the same words everywhere."""

from __future__ import annotations

import sys


def check_answer(what: str, stale: list[str], remedy: str, current: str) -> int:
    """The exit status of ``--check``: 1 when ``stale`` lists differences (printed on stderr under "``what``
    is stale; run ``remedy``"), else 0 after printing ``current``."""
    if stale:
        print(f"{what} is stale; run `{remedy}`:", file=sys.stderr)
        print("\n".join(f"  {line}" for line in stale), file=sys.stderr)
        return 1
    print(current)
    return 0
