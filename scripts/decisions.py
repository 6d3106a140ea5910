"""Write the table of assumed constraints into spec/DECISIONS.md, from the spec's markers.

    python scripts/decisions.py           # rewrite the generated part of DECISIONS.md
    python scripts/decisions.py --check   # exit 1 when it is out of date

The table is derived, never edited: every ``x-illuminate-assumed`` marker and
every document-wide rule of ``spec/openapi.yaml`` is one row (its place, the
constraint, the reason). The hand-written part of DECISIONS.md (the
modelling decisions noted with ``x-illuminate-assumption``) stays as it is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from illuminate_spec.views import RULES, assumptions
from spec_loader import CANONICAL_SPEC, REPO_ROOT, read_or_report

DECISIONS = REPO_ROOT / "spec" / "DECISIONS.md"
BEGIN = "<!-- begin generated: assumed constraints (python scripts/decisions.py) -->"
END = "<!-- end generated -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(document: dict[str, object]) -> str:
    found = assumptions(document)
    rules = [a for a in found if a.rule is not None]
    marked = [a for a in found if a.rule is None]
    lines = [
        BEGIN,
        "",
        f"{len(marked)} constraints are marked `x-illuminate-assumed` where they stand, and "
        f"{len(rules)} document-wide rules (`{RULES}`) cover constraints of every node of a kind. "
        "The documented-only view (`illuminate_spec.views.documented_view`) drops all of them.",
        "",
        "### Document-wide rules",
        "",
        "| Rule | What the documented view does instead | Reason |",
        "|---|---|---|",
    ]
    instead = {
        "success-status": "accepts any 2xx, and 204 without a body",
        "strict-requests": "drops `additionalProperties: false` from requests",
        "closed-response-enums": "accepts any string where a response lists values",
        "absent-not-null": "accepts null for every optional response field",
        "validated-requests": "(behaviour) checks that rest on it are drift against a real server",
        "http-semantics": "(behaviour) checks that rest on it are drift against a real server",
        "no-control-characters": "drops the patterns, which are marked where they stand",
    }
    lines += [f"| `{a.keyword}` | {instead.get(a.keyword, '')} | {_cell(a.reason)} |" for a in rules]
    lines += [
        "",
        "### Marked constraints",
        "",
        "| Place → constraint | Documented view | Reason |",
        "|---|---|---|",
    ]
    for a in marked:
        if a.keyword == "required":
            what, instead_text = f"`required: {a.detail}`", "optional"
        elif a.keyword == "schema":
            what, instead_text = "the whole schema", "any value"
        elif a.keyword == "status":
            what, instead_text = "the status code", "any other status (`default`)"
        elif a.keyword == "content":
            what, instead_text = "the response body", "any body" if not a.detail else "a wider body (see the marker)"
        elif a.detail:
            what, instead_text = f"`{a.keyword}`", f"`{a.keyword}: {_cell(a.detail)}`"
        else:
            what, instead_text = f"`{a.keyword}`", "dropped"
        lines.append(f"| `{a.pointer}` → {what} | {instead_text} | {_cell(a.reason)} |")
    lines += ["", END]
    return "\n".join(lines)


def updated(text: str, table: str) -> str:
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        return head + table + tail
    return text.rstrip("\n") + "\n\n## Assumed constraints (generated)\n\n" + table + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=CANONICAL_SPEC)
    parser.add_argument("--decisions", type=Path, default=DECISIONS)
    parser.add_argument("--check", action="store_true", help="only report whether the table is current")
    args = parser.parse_args(argv)
    table = read_or_report(args.spec, "decisions", render)
    if table is None:
        return 2
    current = args.decisions.read_text(encoding="utf-8")
    wanted = updated(current, table)
    if args.check:
        if wanted != current:
            print(f"decisions: {args.decisions} is out of date; run python scripts/decisions.py", file=sys.stderr)
            return 1
        print(f"decisions: {args.decisions} is up to date")
        return 0
    if wanted != current:
        args.decisions.write_text(wanted, encoding="utf-8")
    print(f"decisions: wrote {args.decisions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
