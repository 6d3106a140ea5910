"""The example parser of the reference documents (``scripts/refexamples.py``): JSON blocks, curl, headings."""

from __future__ import annotations

import refexamples
from refexamples import CurlRequest


def test_json_block_with_elided_fields() -> None:
    text = '[\n  {\n    "a": 1,\n    ...\n    "b": {"c": 2,\n ...\n},\n    ...\n  },\n  ...\n]'
    value, elided, fragment = refexamples.parse_json_block(text)
    assert value == [{"a": 1, "b": {"c": 2}}]
    assert (elided, fragment) == (True, False)


def test_json_fragment_is_wrapped() -> None:
    value, elided, fragment = refexamples.parse_json_block('"filter": {\n  "x": {"ids": ["$ID"]}\n}')
    assert value == {"filter": {"x": {"ids": ["$ID"]}}}
    assert (elided, fragment) == (False, True)


def test_curl_with_unbalanced_quote_and_body() -> None:
    text = """curl -H "Authorization: ApiKey $API_KEY" \\
  -H 'Content-Type:application/json \\
  -X POST '$API_URL/jobs/serialGeneration' \\
  -d '{
  "accountId": "a",
  "serialCount": 10000
}'"""
    assert refexamples.parse_curl(text) == CurlRequest(
        "POST", "/jobs/serialGeneration", (), {"accountId": "a", "serialCount": 10000}
    )


def test_curl_defaults_to_get_and_reads_the_query_string() -> None:
    text = """curl --location 'https://api.dmrc.app/rest/serials?accountId=a&first=100&filter={"query":"x%20y"}' \\
--header 'Authorization: ApiKey $API_KEY' \\
--data ''"""
    request = refexamples.parse_curl(text)
    assert request == CurlRequest(
        "GET",
        "/serials",
        (("accountId", "a"), ("first", "100"), ("filter", '{"query":"x y"}')),
        None,
        base="/rest",
    )


def test_examples_are_tied_to_headings_and_requests() -> None:
    text = """\
## Examples

### Thing Example

#### First Page
```shell
curl -X GET '$API_URL/things?first=1'
```

#### Example Response

```json
{"id": "1"}
```

**Example Responses**

```json
[{"id": "2"}]
```

### Other

```json
"filter": {"a": 1}
```
"""
    first, response, responses, fragment = refexamples.parse_examples(text, "doc.md")
    assert (first.kind, first.section, first.heading) == (
        "request",
        "Thing Example",
        "First Page",
    )
    assert first.request == CurlRequest("GET", "/things", (("first", "1"),), None)
    assert (response.kind, response.heading, response.value) == (
        "response",
        "Example Response",
        {"id": "1"},
    )
    assert response.request == first.request
    assert (responses.heading, responses.value, responses.request) == (
        "Example Responses",
        [{"id": "2"}],
        first.request,
    )
    assert (fragment.kind, fragment.section, fragment.request) == (
        "fragment",
        "Other",
        None,
    )
