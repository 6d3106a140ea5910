"""``nox -s docs``: an offline reference of the spec in which every assumption is visibly ours."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docs import ASSUMED_LABEL, DECISION_LABEL, docs_view, main
from illuminate_spec.loader import walk
from illuminate_spec.views import assumptions, iter_operations
from spec_loader import load_spec

SPEC = load_spec()


def test_docs_view_marks_every_assumption_where_it_stands() -> None:
    view = docs_view(SPEC)
    text = "\n".join(
        node["description"]
        for _, node in walk(view)
        if isinstance(node, dict) and isinstance(node.get("description"), str)
    )
    marked = [a for a in assumptions(SPEC) if a.rule is None]
    assert text.count(f"⚠ {ASSUMED_LABEL}") >= len({(a.pointer, a.keyword, a.detail) for a in marked}) + 1
    for a in assumptions(SPEC):
        assert " ".join(a.reason.split())[:60] in text, a.place
    assert DECISION_LABEL in text
    product = view["components"]["schemas"]["Product"]["properties"]
    assert ASSUMED_LABEL in product["brandId"]["description"]


@pytest.mark.slow
def test_the_page_is_built_offline_with_every_operation(tmp_path: Path) -> None:
    if shutil.which("npx") is None:
        pytest.fail("npx (Node.js) is needed to render the reference with Redocly")
    assert main(["--out", str(tmp_path)]) == 0
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "cdn.redoc.ly/redoc/v" not in page, "the Redoc bundle must be inlined"
    assert "<script src=" not in page, "the Redoc bundle must be inlined"
    for _, _, operation in iter_operations(SPEC):
        assert operation["operationId"] in page, operation["operationId"]
        assert operation["summary"] in page, operation["summary"]
    assert page.count(ASSUMED_LABEL.replace("'", "")) or page.count("Assumed (ours")
