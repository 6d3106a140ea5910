"""Helpers of the tests that send the reference documents' example requests to the mock as written.

Examples are read with the project's parser (``scripts/refexamples.py``), so a
new or changed example in the documents shows up in the tests
(``test_doc_examples_serialization.py``, ``test_doc_examples_rest.py``,
``test_doc_examples_v1_against_mock.py``; ``test_doc_examples_coverage.py``
checks that every example is sent). Each one is sent with the demo key
``demo-editor-key`` of the demo account ``aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56``
(the account id the documents use), and must get the documented answer: HTTP
200 and, where the document shows a response, the same keys and the same
values for the fields the request determines.

Only ids are substituted, never anything else: whole string values equal to
a placeholder or to one of the documents' literal example ids are replaced
by ids of resources the test creates first (see ``SUBSTITUTIONS`` for why
each is needed). A value that still starts with ``$`` after substitution
fails the test, so a new placeholder cannot slip through unsent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import refexamples
from illuminate_spec.loader import load_spec
from refexamples import CurlRequest, Example

from tests.mock.helpers import ACCOUNT, EDITOR_KEY
from tests.mock.serial_helpers import SerialApi

REFERENCE_DIR = Path(__file__).resolve().parents[3] / "shared" / "reference"
SER = "illuminate-serialization-api.md"
SER_V1 = "illuminate-serialization-api-v1.md"
REST = "illuminate-rest-api.md"

# The documents' literal example ids (serialization document). The account id
# is the demo account's, so it is sent unchanged; the others name resources a
# fresh mock cannot have, because the server mints every id.
DOC_TWIN = "bbbb2222-ef45-98fe-76dc-ba54fe32dcb1"
DOC_JOB = "cccc3333-e5f6-1ab2-c34d-fe09dc87ba65"
DOC_SERIAL = "dddd4444-5fe4-32dc-b10a-987654fedcba"
DOC_PAGE_TOKEN = "eeee5555-5fe4-32dc-b10a-987654fedcba"

# Why each substitution is needed, by placeholder or literal id.
SUBSTITUTIONS = {
    "$ACCOUNT_ID": "the REST document writes the account as a placeholder; the demo account is the documents' own",
    "$BRAND_ID": "a product needs an existing brand; brand ids are minted by the server",
    "$GTIN1": "the filter must name products that exist: the test creates them with these GTINs",
    "$GTIN2": "as $GTIN1",
    "$GTINn": "as $GTIN1",
    "$PROMOASSET_ID1": "the filter must name promotional assets that exist; their ids are minted by the server",
    "$PROMOASSET_ID2": "as $PROMOASSET_ID1",
    "$PROMOASSET_IDn": "as $PROMOASSET_ID1",
    "$PRODUCTVARIANT_ID": "the update needs an existing variant; variant ids are minted by the server",
    "$DIGITAL_TWIN_ID": "a data carrier needs an existing twin (one without a watermark yet)",
    "$PRODUCT_ID": "the twin filter must name an existing product",
    "$VARIANT_ID": "the twin filter must name an existing product variant",
    "$PROMOASSET_ID": "the twin filter must name an existing promotional asset",
    DOC_TWIN: "the documents' twin does not exist in a fresh mock; twin ids are minted by the server",
    DOC_JOB: "job ids are minted when a job starts: the status request must name the job the test started",
    DOC_SERIAL: "serial ids are minted by the server: the carrier requests must name a serial the job made",
    DOC_PAGE_TOKEN: "the second page must start from the next-page-token the first page returned",
}

EXAMPLES: list[Example] = refexamples.load_examples(REFERENCE_DIR) if REFERENCE_DIR.is_dir() else []
# In the current REST document "About the Digital Twin ID" is a subsection (####) of
# "Next Page Token", so the parser files its examples under that section with this
# heading; as a section of its own it would be the section. Either way it is found by name.
ABOUT_TWIN_ID = "About the Digital Twin ID"


def place(example: Example) -> str:
    """The section an example belongs to, ``ABOUT_TWIN_ID`` for that subsection's examples."""
    return ABOUT_TWIN_ID if ABOUT_TWIN_ID in (example.section, example.heading) else example.section


def find(document: str, section: str, kind: str = "request", heading: str | None = None) -> list[Example]:
    found = [
        e
        for e in EXAMPLES
        if e.document == document and place(e) == section and e.kind == kind and heading in (None, e.heading)
    ]
    assert found, f"no {kind} example in {document} / {section} / {heading}: did the document change?"
    return found


def one(document: str, section: str, kind: str = "request", heading: str | None = None) -> Example:
    found = find(document, section, kind, heading)
    assert len(found) == 1, [e.line for e in found]
    return found[0]


def substitute(value: Any, ids: Mapping[str, str]) -> Any:
    """``value`` with every string equal to a key of ``ids`` replaced, at any depth."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [substitute(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: substitute(item, ids) for key, item in value.items()}
    return value


def placeholders(value: Any) -> list[str]:
    """Strings still looking like ``$PLACEHOLDER`` (or JSON text holding one)."""
    if isinstance(value, str):
        return re.findall(r"\$[A-Za-z_][A-Za-z0-9_]*", value)
    if isinstance(value, list):
        return [p for item in value for p in placeholders(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in placeholders(item)]
    return []


def send(client: Any, request: CurlRequest, ids: Mapping[str, str]) -> httpx.Response:
    """Send a documented request as written, ids substituted, with the demo editor key."""
    unknown = [key for key in ids if key not in SUBSTITUTIONS]
    assert unknown == [], f"substitutions without a documented reason: {unknown}"
    query = [(name, substitute(value, ids)) for name, value in request.query]
    body = substitute(request.body, ids)
    left = placeholders(query) + placeholders(body)
    assert left == [], f"{request.method} {request.path}: placeholders left unsubstituted: {left}"
    headers = {"Authorization": f"ApiKey {EDITOR_KEY}"}
    if body is None:
        return client.request(request.method, url_of(request), params=query, headers=headers)
    headers["Content-Type"] = "application/json"
    return client.request(request.method, url_of(request), params=query, content=json.dumps(body), headers=headers)


def _route_pattern(route: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(route)) + "$")


ROUTES = [(_route_pattern(route), method.upper()) for route, method, _ in load_spec().operations()]


def url_of(request: CurlRequest) -> str:
    """The path a documented request goes to: its base (``/rest``, ``/api/v1``) and its path.

    An example written with ``$API_URL`` names no base; its path is found under
    the one base where the spec has that operation.
    """
    bases = [request.base] if request.base else ["/rest", "/api/v1"]
    found = [
        base + request.path
        for base in bases
        if any(method == request.method and pattern.match(base + request.path) for pattern, method in ROUTES)
    ]
    assert len(found) == 1, f"{request.method} {request.path}: under {found or 'no base'} in the spec"
    return found[0]


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def same_keys(
    documented: Any, actual: Any, where: str = "$", extra: frozenset[str] = frozenset(), elided: bool = False
) -> list[str]:
    """Where ``actual`` does not have the keys of ``documented`` (recursively; lists pairwise).

    ``extra``: top-level keys ``actual`` may add. ``elided``: the example leaves
    fields out with ``...``, so ``actual`` may add keys anywhere.
    """
    problems: list[str] = []
    if isinstance(documented, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        if set(documented) - set(actual):
            problems.append(f"{where}: missing {sorted(set(documented) - set(actual))}")
        if not elided and set(actual) - set(documented) - extra:
            problems.append(f"{where}: not documented {sorted(set(actual) - set(documented) - extra)}")
        for key in set(documented) & set(actual):
            problems += same_keys(documented[key], actual[key], f"{where}.{key}", elided=elided)
    elif isinstance(documented, list) and documented and isinstance(documented[0], dict):
        if not isinstance(actual, list) or len(actual) != len(documented):
            return [f"{where}: expected {len(documented)} items, got {actual!r}"]
        for index, (doc_item, item) in enumerate(zip(documented, actual, strict=True)):
            problems += same_keys(doc_item, item, f"{where}[{index}]", elided=elided)
    return problems


def assert_same_keys(documented: Any, actual: Any, extra: frozenset[str] = frozenset(), elided: bool = False) -> None:
    problems = same_keys(documented, actual, extra=extra, elided=elided)
    assert problems == [], "\n".join(problems)


def demo_api(client: Any) -> SerialApi:
    return SerialApi(client, EDITOR_KEY, ACCOUNT)
