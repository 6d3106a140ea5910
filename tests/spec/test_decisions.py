"""spec/DECISIONS.md and the spec's assumption notes name the same places."""

from __future__ import annotations

import re

from spec_loader import REPO_ROOT, iter_operations, load_spec

SPEC = load_spec()
DECISIONS = (REPO_ROOT / "spec" / "DECISIONS.md").read_text(encoding="utf-8")


def pointer(parts: tuple[object, ...]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def assumption_places(node: object, parts: tuple[object, ...] = ()) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("x-illuminate-assumption"), str):
            found.add(pointer(parts))
        for key, value in node.items():
            found |= assumption_places(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found |= assumption_places(value, (*parts, index))
    return found


def listed_places() -> set[str]:
    # First column of the decision tables: | `/pointer` | ... |
    return set(re.findall(r"^\| `(/[^`]*)` \|", DECISIONS, flags=re.MULTILINE))


def test_every_assumption_in_the_spec_is_listed() -> None:
    missing = assumption_places(SPEC) - listed_places()
    assert not missing, f"add these places to spec/DECISIONS.md: {sorted(missing)}"


def test_every_listed_place_still_has_its_note() -> None:
    stale = listed_places() - assumption_places(SPEC)
    assert not stale, f"spec/DECISIONS.md lists places without an x-illuminate-assumption: {sorted(stale)}"


def test_assumption_notes_are_sentences_not_stubs() -> None:
    notes = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("x-illuminate-assumption"), str):
                notes.append(node["x-illuminate-assumption"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(SPEC)
    assert len(notes) >= 30
    assert all(len(note.split()) >= 6 for note in notes)


REFERENCE_DIR = REPO_ROOT.parent / "shared" / "reference"
_ENDPOINT = re.compile(r"^(GET|POST|PUT|DELETE|PATCH) (/\S*)", re.MULTILINE)


def documented_endpoints(document: str) -> set[tuple[str, str]]:
    """(method, path) of every request a reference document shows (query strings dropped)."""
    path = REFERENCE_DIR / document
    assert path.is_file(), f"reference document {path} not found"
    return {(method.lower(), route.split("?", 1)[0]) for method, route in _ENDPOINT.findall(path.read_text("utf-8"))}


def test_every_operation_is_traced_to_its_document() -> None:
    """Each request line of each document is one operation tracing that document (newest or history)."""
    documents = ("illuminate-rest-api.md", "illuminate-serialization-api.md", "illuminate-serialization-api-v1.md")
    traced: dict[str, set[tuple[str, str]]] = {doc: set() for doc in documents}
    for route, method, operation in iter_operations(SPEC):
        doc = operation["x-illuminate-doc"]
        assert doc["section"], operation["operationId"]
        assert route.startswith(("/rest/", "/api/v1/")), route
        unprefixed = route.removeprefix("/rest").removeprefix("/api/v1")
        for claim in (doc, *doc.get("history", [])):
            traced[claim["document"]].add((method, unprefixed))
    for document in documents:
        assert traced[document] == documented_endpoints(document), document


def test_every_operation_is_complete() -> None:
    for _, method, operation in iter_operations(SPEC):
        name = operation["operationId"]
        assert operation.get("summary"), name
        assert operation.get("description"), name
        assert len(operation.get("tags", [])) == 1, name
        assert operation.get("x-illuminate-roles"), name
        responses = operation["responses"]
        assert "200" in responses, name
        assert {"400", "401", "403", "429", "5XX"} <= set(responses), name
        if method != "get":
            assert operation["x-illuminate-roles"] != ["API_READ_ONLY"], name
