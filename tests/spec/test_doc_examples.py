"""Every example of the reference documents validates against the spec.

Requests: the curl body against the operation's requestBody schema, and the
URL's query string against the query parameters. Responses: against the
operation's 200 application/json schema. Fragments (``"filter": {...}``
snippets): as query parameters of ``GET /digitalTwins``, the call they are
written for.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import doc_coverage
import pytest
import refdocs
import refexamples
from illuminate_spec import views
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from refexamples import CurlRequest, Example

REPO = Path(__file__).resolve().parents[2]
REFERENCE_DIR = REPO.parent / "shared" / "reference"
SPEC_PATH = REPO / "spec" / "openapi.yaml"
SPEC_URI = "urn:illuminate:openapi"


def _independent_counts() -> dict[str, int]:
    """Examples per kind, counted from the fences alone (a parser regression that loses one fails)."""
    counts = {"request": 0, "response": 0, "fragment": 0, "text": 0}
    for document in refdocs.DOCUMENTS:
        path = REFERENCE_DIR / document
        if not path.is_file():
            continue
        blocks = re.findall(r"^```\s*(\S*)\s*\n(.*?)^```", path.read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL)
        for language, body in blocks:
            shown = body.strip()
            if language == "json":
                literal = shown[:1] in ("{", "[") or shown in ("true", "false", "null")
                counts["fragment" if shown.startswith('"') else "response" if literal else "text"] += 1
            elif shown.startswith("curl") or re.match(
                r"^(GET|POST|PUT|DELETE|PATCH) /\S*\?[^{\s]*$", (shown.splitlines() or [""])[0]
            ):
                counts["request"] += 1
    return counts


# JSON shown outside any curl's section, mapped to the call it documents.
EXPLICIT = {
    # "About the Digital Twin ID" is a #### under "Next Page Token" in the 2025 REST document.
    ("illuminate-rest-api.md", "Next Page Token"): CurlRequest("GET", "/digitalTwins", (), None),
    ("illuminate-serialization-api.md", "Digital Twin ID"): CurlRequest("GET", "/digitalTwins", (), None),
}
PLACEHOLDER = re.compile(r"^\$[A-Z][A-Z0-9_]*$")  # "$ACCOUNT_ID"


def _load_examples() -> list[Example]:
    try:
        return refexamples.load_examples(REFERENCE_DIR)
    except FileNotFoundError:
        return []  # reported as a failing case below, never skipped


def _ids(examples: list[Example]) -> list[str]:
    base = [f"{refdocs.short_name(e.document)}:{e.section}:{e.kind}" for e in examples]
    totals, seen = Counter(base), Counter[str]()
    ids = []
    for name in base:
        seen[name] += 1
        ids.append(f"{name}#{seen[name]}" if totals[name] > 1 else name)
    return ids


EXAMPLES = _load_examples()
CASES = [pytest.param(e, id=i) for e, i in zip(EXAMPLES, _ids(EXAMPLES), strict=True)] or [
    pytest.param(None, id="reference-documents-missing")
]


def _missing_docs() -> str:
    return f"reference documents {refdocs.DOCUMENTS} not found in {REFERENCE_DIR}"


@pytest.fixture(scope="module", params=["documented", "full"])
def spec(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each example against both views: the documented-only view (as published, elisions and all)
    and the full view (our claims, which must accept every documented example too)."""
    if not SPEC_PATH.is_file():
        pytest.fail(f"spec not found at {SPEC_PATH}")
    full = doc_coverage.load_spec(SPEC_PATH)
    return views.documented_view(full) if request.param == "documented" else full


@pytest.fixture(scope="module")
def registry(spec: dict[str, Any]) -> Registry[Any]:
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def _absolute_refs(node: Any) -> Any:
    """Copy of a spec schema whose local refs point into the registered spec."""
    if isinstance(node, dict):
        return {
            k: SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _absolute_refs(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node


def _ignorable(error: ValidationError, elided: bool, strict: bool) -> bool:
    # "$ACCOUNT_ID"-like placeholders stand for real values: they are strings,
    # but not expected to meet a pattern, format or length.
    if isinstance(error.instance, str) and PLACEHOLDER.match(error.instance):
        return error.validator in ("pattern", "format", "minLength", "maxLength")
    # Fields elided with "..." are missing on purpose; the documented view
    # requires only what the examples show, so it takes them as published.
    return elided and not strict and error.validator == "required"


def errors(
    registry: Registry[Any],
    schema: Any,
    instance: Any,
    where: str,
    elided: bool = False,
) -> list[str]:
    validator = Draft202012Validator(_absolute_refs(copy.deepcopy(schema)), registry=registry)
    strict = views.RULES not in registry.contents(SPEC_URI)  # the documented view has no rules left
    return [
        f"{where}{e.json_path.removeprefix('$')}: {e.message}"
        for e in validator.iter_errors(instance)
        if not _ignorable(e, elided, strict)
    ]


def _matches(route: str, path: str) -> bool:
    """A spec route against a documented path, concrete (`.../job_1`) or a template (`.../{jobIdentifier}`)."""
    pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(route)) + "$"
    return route == path or re.match(pattern, path) is not None


def operation(spec: dict[str, Any], request: CurlRequest) -> tuple[str, dict[str, Any]]:
    """(spec route, operation) of a documented request; the route carries its base (/rest, /api/v1)."""
    bases = [request.base] if request.base else ["/rest", "/api/v1"]
    for base in bases:
        for route, item in spec.get("paths", {}).items():
            op = item.get(request.method.lower())
            if op is not None and _matches(route, base + request.path):
                return route, op
    pytest.fail(f"no operation {request.method} {request.path} in the spec")


def _from_query_string(param: dict[str, Any], raw: str, spec: dict[str, Any]) -> Any:
    """A query-string value as the JSON value the parameter schema describes."""
    if "content" in param:  # the JSON `filter` object
        return json.loads(raw)
    kind = doc_coverage.resolve(spec, doc_coverage.parameter_schema(param)).get("type")
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw  # let the schema report it
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    return raw


def query_errors(
    spec: dict[str, Any],
    registry: Registry[Any],
    request: CurlRequest,
    values: dict[str, Any],
) -> list[str]:
    """Each value against the query parameter of its name; required ones present."""
    route, op = operation(spec, request)
    problems = []
    for name, value in values.items():
        try:
            param = doc_coverage.query_parameter(spec, route, op, name)
        except doc_coverage.Missing as missing:
            problems.append(f"{name}: {missing} in {request.method} {request.path}")
            continue
        problems += errors(registry, doc_coverage.parameter_schema(param), value, f"query {name}")
    for param in doc_coverage.parameters(spec, route, op):
        if param.get("in") == "query" and param.get("required") and param["name"] not in values:
            problems.append(f"required query parameter `{param['name']}` is not sent")
    return problems


def request_errors(spec: dict[str, Any], registry: Registry[Any], request: CurlRequest) -> list[str]:
    route, op = operation(spec, request)
    values: dict[str, Any] = {}
    for name, raw in request.query:
        try:
            param = doc_coverage.query_parameter(spec, route, op, name)
        except doc_coverage.Missing:
            values[name] = raw  # reported by query_errors
            continue
        values[name] = _from_query_string(param, raw, spec)
    if request.body is not None and request.method == "GET":
        # The documents send a JSON body with GET; its fields are the query
        # parameters of the same names.
        values.update(request.body)
    problems = query_errors(spec, registry, request, values) if values or request.method == "GET" else []
    if request.body is not None and request.method != "GET":
        body = doc_coverage.body_schema(op, spec)
        problems += errors(registry, body, request.body, "body")
    return problems


def response_errors(
    spec: dict[str, Any],
    registry: Registry[Any],
    example: Example,
    request: CurlRequest,
) -> list[str]:
    _, op = operation(spec, request)
    responses = op.get("responses", {})
    response = doc_coverage.resolve(spec, responses.get("200") or responses.get("2XX") or {})
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return [f"{request.method} {request.path} has no 200 application/json response"]
    resolved = doc_coverage.resolve(spec, schema)
    if resolved.get("type") == "array" and isinstance(example.value, dict):
        # A list returns an array, but the serialization document's List
        # Serials example shows one lone serial (a known flaw of the doc): it
        # is validated as one item of the list.
        schema = resolved["items"]
    return errors(registry, schema, example.value, "response", elided=example.elided)


def body_errors(spec: dict[str, Any], registry: Registry[Any], example: Example, request: CurlRequest) -> list[str]:
    """A JSON block showing a request body (2025 "Sample Input" / "Sample Body")."""
    _, op = operation(spec, request)
    return errors(registry, doc_coverage.body_schema(op, spec), example.value, "body")


def _shows_a_body(example: Example) -> bool:
    return example.heading in ("Sample Input", "Sample Body")


def _shows_an_answer(example: Example) -> bool:
    return "Output" in example.heading or "Response" in example.heading


@pytest.mark.parametrize("example", CASES)
def test_example_validates_against_the_spec(
    example: Example | None, spec: dict[str, Any], registry: Registry[Any]
) -> None:
    if example is None:
        pytest.fail(_missing_docs())
    request = example.request or EXPLICIT.get((example.document, example.section))
    if request is None:
        pytest.fail(f"{example.document}:{example.line}: no request to map this example to")
    if example.kind == "request":
        problems = request_errors(spec, registry, request)
    elif _shows_a_body(example):
        problems = body_errors(spec, registry, example, request)
    elif example.kind == "fragment" and not _shows_an_answer(example):
        problems = query_errors(spec, registry, request, example.value)
        problems = [p for p in problems if "is not sent" not in p]  # a fragment shows one parameter
    else:
        # A response; "text" (not JSON at all, e.g. `new attr1 value`) is the answer as a string.
        problems = response_errors(spec, registry, example, request)
    where = f"{example.document}:{example.line} ({request.method} {request.path})"
    assert problems == [], f"{where}\n" + "\n".join(problems)


def test_broken_examples_are_reported(spec: dict[str, Any], registry: Registry[Any]) -> None:
    """The checks above must be able to fail: wrong types, unknown and missing names."""
    post = CurlRequest("POST", "/products", (), {"accountId": "$ACCOUNT_ID", "identifier": 123})
    assert any("123" in p for p in request_errors(spec, registry, post))
    listing = CurlRequest("GET", "/serials", (("accountId", "a"), ("first", "many"), ("bogus", "1")), None)
    problems = request_errors(spec, registry, listing)
    assert any(p.startswith("query first") for p in problems)
    assert any(p.startswith("bogus") for p in problems)
    assert any("`order` is not sent" in p for p in problems)
    get_body = CurlRequest(
        "GET",
        "/products",
        (),
        {"accountId": "a", "first": "30", "filter": {"product": 1}},
    )
    problems = request_errors(spec, registry, get_body)
    assert any(p.startswith("query first") for p in problems)
    assert any(p.startswith("query filter") for p in problems)
    serial = Example("doc.md", "S", "Example Response", "response", 1, listing, {"serial": 5}, False)
    assert response_errors(spec, registry, serial, listing) != []


def test_example_count() -> None:
    if not EXAMPLES:
        pytest.fail(_missing_docs())
    counts = Counter(e.kind for e in EXAMPLES)
    print(f"doc examples: {len(EXAMPLES)} ({dict(counts)})")
    expected = _independent_counts()
    assert dict(counts) == expected
    assert len(set(_ids(EXAMPLES))) == len(EXAMPLES) == sum(expected.values())
