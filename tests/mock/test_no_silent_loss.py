"""No silent loss: what a client sends is kept as sent or refused naming the field, and every answer is JSON.

- custom attribute keys starting with ``_`` are kept;
- NUL and the other C0 control characters (and DEL) are refused with 400
  naming the field in names, identifiers, ids, codes and every object key;
  free text (descriptions, custom attribute values, serial attribute
  values) may hold tab, line feed and carriage return, never NUL;
- a URL over the mock's limit gets the spec's JSON error, in process and
  served; a served mock answers even requests the HTTP parser refuses with
  the spec's JSON error (a long ``filter`` on ``GET /rest/digitalTwins``
  once got h11's plain-text 400, because uvicorn's request-head buffer is
  16 KiB and such a URL is longer).
"""

from __future__ import annotations

import json
import socket
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from illuminate_mock.app import MAX_URL_BYTES, create_app
from illuminate_mock.serving import MAX_HEAD_BYTES, server_options

from tests.mock.asgi_helpers import asgi_call, http_scope
from tests.mock.helpers import ACCOUNT, EDITOR_KEY, Api, field_names
from tests.mock.serial_helpers import SerialApi
from tests.servers import serve

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"ApiKey {EDITOR_KEY}"}
LIST = {"accountId": ACCOUNT, "first": "10", "order": "CREATED_ASC"}


@contextmanager
def served() -> Iterator[str]:
    """The mock served as ``illuminate-mock`` serves it (its uvicorn options), on a free port."""
    with serve(create_app(), **server_options()) as url:
        yield url


def assert_json_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["message"]
    return body


# ----------------------------------------------------------- underscore keys


def test_custom_attribute_keys_starting_with_an_underscore_are_kept_everywhere(api: Api) -> None:
    attributes = {"_private": "x", "__dunder__": {"_nested": [1]}, "a": "b"}
    product = api.create_product(customAttributes=attributes)
    variant = api.create_variant(product["identifier"], customAttributes=attributes)
    asset = api.create_asset(customAttributes=attributes)
    assert product["customAttributes"] == variant["customAttributes"] == asset["customAttributes"] == attributes
    listed = api.ok(api.get("/rest/products", first=10, order="NAME_ASC"))
    assert listed[0]["customAttributes"] == attributes
    twin = api.twin_of("product", product["id"])
    assert twin["product"]["customAttributes"] == attributes


# ---------------------------------------------------------- control characters


@pytest.mark.parametrize("char", ["\x00", "\x01", "\t", "\n", "\r", "\x1b", "\x7f"])
def test_names_and_identifiers_refuse_every_control_character(api: Api, char: str) -> None:
    brand = api.post("/rest/brands", {"name": f"bad{char}name"})
    assert (brand.status_code, field_names(brand)) == (400, {"body.name"})
    product = api.post("/rest/products", api.product_body(identifier=f"sku{char}1"))
    assert (product.status_code, field_names(product)) == (400, {"body.identifier"})
    names = [b["name"] for b in api.ok(api.get("/rest/brands", first=100, order="NAME_ASC"))]
    assert all(char not in name for name in names)  # nothing was made with it
    assert api.ok(api.get("/rest/products", first=10, order="NAME_ASC")) == []


@pytest.mark.parametrize("char", ["\t", "\n", "\r", "\x07", "\x1b", "\x7f"])
def test_free_text_may_hold_any_character_but_nul(api: Api, char: str) -> None:
    text = f"first line{char}second line"
    attributes = {"note": text, "list": [text], "nested": {f"key{char}": text}}
    product = api.create_product(descriptionShort=text[:64], customAttributes=attributes)
    assert product["descriptionShort"] == text[:64]
    assert product["customAttributes"] == attributes
    variant = api.create_variant(product["identifier"], consumerProductVariantDescription=text)
    assert variant["consumerProductVariantDescription"] == text


def test_free_text_refuses_nul(api: Api) -> None:
    response = api.post("/rest/products", api.product_body(descriptionShort="a\x00b"))
    assert (response.status_code, field_names(response)) == (400, {"body.descriptionShort"})
    response = api.post("/rest/products", api.product_body(customAttributes={"note": {"deep": ["a\x00b"]}}))
    assert (response.status_code, field_names(response)) == (400, {"body.customAttributes.note.deep[0]"})
    assert "control character NUL" in response.json()["errors"][0]["message"]
    assert api.ok(api.get("/rest/products", first=10, order="NAME_ASC")) == []


def test_free_text_is_what_the_spec_says_it_is() -> None:
    from illuminate_mock.limits import FREE_TEXT_PATTERN
    from illuminate_spec.loader import load_spec

    schemas = load_spec().document["components"]["schemas"]
    assert schemas["AttributeValues"]["additionalProperties"]["pattern"] == FREE_TEXT_PATTERN
    assert schemas["CreateProductRequest"]["properties"]["descriptionShort"]["pattern"] == FREE_TEXT_PATTERN
    assert schemas["Name"]["pattern"] != FREE_TEXT_PATTERN


def test_object_keys_are_names(api: Api) -> None:
    response = api.post("/rest/products", api.product_body(customAttributes={"bad\nkey": "v"}))
    assert (response.status_code, field_names(response)) == (400, {"body.customAttributes"})
    assert api.ok(api.get("/rest/products", first=10, order="NAME_ASC")) == []


def test_query_and_path_values_refuse_control_characters(api: Api) -> None:
    response = api.get("/rest/brands", first=10, order="NAME_ASC", after="a\x00b")
    assert (response.status_code, field_names(response)) == (400, {"query.after"})
    sapi = SerialApi(api.client, api.key, api.account)
    response = sapi.client.get(sapi.v1("/jobs/serialization/job%00one"), headers=sapi.headers)
    assert (response.status_code, field_names(response)) == (400, {"path.jobIdentifier"})
    response = api.get("/rest/digitalTwins", first=10, order="CREATED_ASC", filter={"query": "x\x01"})
    assert (response.status_code, field_names(response)) == (400, {"query.filter.query"})


def test_serial_attribute_values_are_free_text(api: Api) -> None:
    sapi = SerialApi(api.client, api.key, api.account)
    sapi.ok(
        sapi.set_account_settings(
            length=8, strategy="RANDOM_NUMERIC", attributes=[{"name": "note", "mandatory": False}]
        )
    )
    twin = sapi.product_twin()
    sapi.v1_job(twin, 1, attributes={"note": "line\none"})
    serial = sapi.all_items(twin)[0]["id"]
    assert sapi.ok(sapi.get_v1(sapi.serial_path(twin, serial, "/attributes/note"))) == "line\none"
    bad = sapi.put_v1(sapi.serial_path(twin, serial, "/attributes/note"), {"value": "nul\x00"})
    assert (bad.status_code, field_names(bad)) == (400, {"body.value"})
    refused = sapi.start_v1_job(twin, 1, "job\tname")
    assert (refused.status_code, field_names(refused)) == (400, {"body.identifier"})


def test_a_lone_surrogate_is_still_refused(api: Api) -> None:
    raw = b'{"accountId": "%s", "name": "a\\ud800b"}' % ACCOUNT.encode()
    response = api.client.post("/rest/brands", content=raw, headers={**api.headers, "Content-Type": "application/json"})
    assert (response.status_code, field_names(response)) == (400, {"body.name"})
    paired = raw.replace(b"\\ud800", b"\\ud83d\\ude00")  # a pair is one character: fine
    assert (
        api.client.post(
            "/rest/brands", content=paired, headers={**api.headers, "Content-Type": "application/json"}
        ).status_code
        == 200
    )


# ----------------------------------------------------------------- long URLs


def long_filter(size: int) -> str:
    """A digital twin filter of ``size`` bytes or so: ids in ``digitalTwinIds.in``."""
    ids = [f"{n:036d}" for n in range(size // 39)]
    return json.dumps({"digitalTwinIds": {"in": ids[:1000]}, "query": "x" * max(0, size - 39_000)})


def parse_answer(answer: bytes) -> tuple[int, dict[str, str], Any]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in header_lines)
    return int(status_line.split()[1]), headers, json.loads(body) if body else None


def raw_get(url: str, target: str) -> tuple[int, dict[str, str], Any]:
    """GET ``target`` over a plain socket (httpx refuses URLs over 64 KiB before it sends them)."""
    request = f"GET {target} HTTP/1.1\r\nHost: mock\r\nAuthorization: ApiKey {EDITOR_KEY}\r\nConnection: close\r\n\r\n"
    return parse_answer(raw_exchange(url, request.encode()))


def twins_target(filter_text: str) -> str:
    return "/rest/digitalTwins?" + urllib.parse.urlencode({**LIST, "filter": filter_text})


async def test_a_url_over_the_limit_gets_the_json_error_in_process() -> None:
    app = create_app()
    target = twins_target("x" * (MAX_URL_BYTES + 1)).encode()
    path, _, query = target.partition(b"?")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    headers = [(b"authorization", f"ApiKey {EDITOR_KEY}".encode())]
    sent = await asgi_call(app, http_scope("GET", path.decode(), headers, query), receive)
    assert sent[0]["status"] == 400
    body = json.loads(sent[1]["body"])
    assert [error["field"] for error in body["errors"]] == ["query"]
    assert str(MAX_URL_BYTES) in body["message"]


def test_a_served_mock_answers_long_urls_with_the_spec_json() -> None:
    with served() as url:
        # The contract suite's case: a filter of 1000 ids, a URL far over h11's default buffer of 16 KiB
        # (which a plain uvicorn answers with a text/plain 400 once the head arrives in pieces).
        status, headers, body = raw_get(url, twins_target(long_filter(100_000)))
        assert (status, body) == (200, []), body
        status, headers, body = raw_get(url, twins_target("x" * (MAX_URL_BYTES + 10)))
        assert (status, headers["content-type"], [e["field"] for e in body["errors"]]) == (
            400,
            "application/json",
            ["query"],
        )
        # A head over what uvicorn may buffer (sent unfinished): refused by the HTTP layer, still the spec's body.
        unfinished = b"GET /rest/digitalTwins?filter=" + b"x" * (MAX_HEAD_BYTES + 8193)
        status, headers, body = parse_answer(raw_exchange(url, unfinished))
        assert (status, headers["content-type"], body["status"]) == (400, "application/json", 400)


def raw_exchange(url: str, request: bytes) -> bytes:
    """Send raw bytes to a served mock and read its whole answer (it closes the connection)."""
    host, port = httpx.URL(url).host, httpx.URL(url).port
    with socket.create_connection((host, port), timeout=10) as connection:
        # In pieces, as a real network delivers a long request head: h11 refuses a head it holds
        # incomplete over its buffer, so a head that arrives at once would slip past the limit.
        for start in range(0, len(request), 8192):
            connection.sendall(request[start : start + 8192])
            time.sleep(0.001)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "request_bytes",
    [b"NOT A REQUEST\r\n\r\n", b"GET /rest/brands HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"],
    ids=["garbage-line", "bad-header"],
)
def test_a_served_mock_answers_an_unreadable_request_with_the_spec_json(request_bytes: bytes) -> None:
    with served() as url:
        answer = raw_exchange(url, request_bytes)
    status, headers, body = parse_answer(answer)
    assert (status, headers["content-type"], body["status"]) == (400, "application/json", 400)


def test_a_served_mock_answers_any_method_and_upgrade_with_the_spec_json() -> None:
    with served() as url, httpx.Client(base_url=url, timeout=10) as client:
        assert_json_error(client.request("TRACE", "/rest/brands", headers=AUTH), 405)
        upgrade = client.get(
            "/rest/digitalTwins", params=LIST, headers={**AUTH, "Connection": "Upgrade", "Upgrade": "websocket"}
        )
        assert upgrade.status_code == 200
        assert_json_error(client.get("/rest/nowhere", headers=AUTH), 404)
