"""Write a static API reference of the spec that works offline, every assumption marked as ours.

    python scripts/docs.py [--out reports/docs]   # nox -s docs

Builds the *docs view* of the spec (the full view, with each assumed
constraint and each modelling decision spelled out in the description of
the node it stands on, and the document-wide rules in the introduction),
then renders it with Redocly's ``build-docs`` (pinned; the Redoc scripts
inlined with ``--inlineBundle``, so the page needs no network). Output:
``index.html`` and the docs view it was built from, ``openapi.docs.json``.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from illuminate_spec.loader import node_at, pointer_parts
from illuminate_spec.views import ASSUMED, RULES, assumptions
from spec_loader import CANONICAL_SPEC, REPO_ROOT, read_or_report

REDOCLY = "@redocly/cli@2.77.0"  # the same pin as noxfile.py's lint session
ASSUMED_LABEL = "Assumed (ours, not the documents')"
DECISION_LABEL = "Our decision"
DECISION = "x-illuminate-assumption"


def _at(document: dict[str, Any], where: str) -> Any:
    return node_at(document, pointer_parts(where))


def _append(node: dict[str, Any], text: str) -> None:
    current = str(node.get("description", "")).rstrip()
    node["description"] = f"{current}\n\n{text}" if current else text


def _property(node: dict[str, Any], name: str) -> dict[str, Any] | None:
    prop = (node.get("properties") or {}).get(name)
    return prop if isinstance(prop, dict) else None


def docs_view(document: dict[str, Any]) -> dict[str, Any]:
    """The full view with every assumption written into the description where it stands."""
    out = copy.deepcopy(document)
    for a in assumptions(document):
        if a.rule is not None:
            continue
        node = _at(out, a.pointer)
        if a.keyword == "required":
            target = _property(node, a.detail) or node
            _append(target, f"**⚠ {ASSUMED_LABEL}: always present.** {a.reason}")
        elif a.keyword == "schema":
            _append(node, f"**⚠ {ASSUMED_LABEL}: this whole shape.** {a.reason}")
        elif a.keyword in ("status", "content"):
            what = "this status code" if a.keyword == "status" else "this body"
            _append(node, f"**⚠ {ASSUMED_LABEL}: {what}.** {a.reason}")
        else:
            value = json.dumps(_at(document, a.pointer).get(a.keyword))
            _append(node, f"**⚠ {ASSUMED_LABEL}: `{a.keyword}: {value}`.** {a.reason}")
    stack: list[Any] = [out]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            note = current.get(DECISION)
            if isinstance(note, str):
                _append(current, f"**{DECISION_LABEL}:** {' '.join(note.split())}")
            stack.extend(v for k, v in current.items() if k != ASSUMED)
        elif isinstance(current, list):
            stack.extend(current)
    rules = [a for a in assumptions(document) if a.rule is not None]
    intro = [
        "## Documented versus assumed",
        "",
        "Every constraint here is either shown by a table or an example of Digimarc's documents, or assumed by us. "
        f"Assumed constraints are marked **⚠ {ASSUMED_LABEL}** where they stand; modelling choices where the "
        f"documents are silent or contradict themselves are marked **{DECISION_LABEL}**. These hold everywhere:",
        "",
        *[f"- **`{a.keyword}`** (⚠ assumed): {' '.join(a.reason.split())}" for a in rules],
    ]
    _append(out["info"], "\n".join(intro))
    out.pop(RULES, None)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=CANONICAL_SPEC)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "reports" / "docs")
    args = parser.parse_args(argv)
    view = read_or_report(args.spec, "docs", docs_view)
    if view is None:
        return 2
    npx = shutil.which("npx")
    if npx is None:
        print("docs: npx not found; the reference is rendered by Redocly CLI (install Node.js)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    source = args.out / "openapi.docs.json"
    source.write_text(json.dumps(view, indent=1, ensure_ascii=False), encoding="utf-8")
    page = args.out / "index.html"
    command = [npx, "--yes", REDOCLY, "build-docs", str(source), "--output", str(page), "--inlineBundle"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not page.is_file():
        print(f"docs: redocly build-docs failed (exit {result.returncode}):\n{result.stderr[-2000:]}", file=sys.stderr)
        return 1
    print(f"docs: wrote {page} ({page.stat().st_size // 1024} KiB, works offline) from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
