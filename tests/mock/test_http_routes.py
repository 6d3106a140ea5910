"""The mock's HTTP layer, routing: an unknown path is a JSON 404 (with or without a key), a wrong method a
JSON 405 with the Allow header, ``/openapi.json`` serves the spec, and every response has a request id
of its own.
"""

from __future__ import annotations

import pytest
from illuminate_spec.loader import load_spec

from tests.mock.helpers import EDITOR_KEY
from tests.mock.http_helpers import assert_error

SPEC = load_spec().document


# ------------------------------------------------------------ routing


@pytest.mark.parametrize("path", ["/nope", "/rest/brands/extra", "/", "/rest/brand", "/rest/Brands"])
def test_unknown_path_is_404_json(client, path):
    body = assert_error(client.get(path, headers={"Authorization": f"ApiKey {EDITOR_KEY}"}), 404)
    assert body["code"] == "NOT_FOUND"


def test_unknown_path_is_404_even_without_a_key(client):
    assert_error(client.get("/nope"), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PATCH", "/rest/brands", {"GET", "POST"}),
        ("DELETE", "/rest/products", {"GET", "POST", "PUT"}),
        ("POST", "/rest/digitalTwins", {"GET"}),
        ("GET", "/rest/digitalTwinImages/uploads/start", {"POST"}),
        ("PUT", "/rest/promotionalAssetLinks", {"GET", "POST", "DELETE"}),
    ],
)
def test_wrong_method_is_405_json_with_allow(client, method, path, allowed):
    response = client.request(method, path, headers={"Authorization": f"ApiKey {EDITOR_KEY}"})
    body = assert_error(response, 405)
    assert body["code"] == "METHOD_NOT_ALLOWED"
    assert {m.strip() for m in response.headers["allow"].split(",")} == allowed


def test_openapi_json_serves_the_spec(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == SPEC
    assert response.json()["openapi"].startswith("3.1")


def test_every_response_has_a_request_id(api):
    first = api.get("/rest/brands", first=10, order="NAME_ASC")
    second = api.get("/rest/brands", first=10, order="NAME_ASC")
    assert first.headers["x-request-id"]
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
