"""Helpers shared by the tests of the mock's HTTP layer (``test_http_*.py``): the query of a plain list
request, the check that a response is the documented JSON Error (and the fields it names), and the account's
brand names (to show that a refused request created nothing).
"""

from __future__ import annotations

from typing import Any

from tests.mock.helpers import ACCOUNT, Api, field_names

LIST_PARAMS = {"accountId": ACCOUNT, "first": "10", "order": "NAME_ASC"}


def assert_error(response: Any, status: int) -> dict[str, Any]:
    """The response is a JSON Error body with that status and the request's id."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["message"], str)
    assert body["message"]
    assert body["status"] == status
    assert body["requestId"] == response.headers["x-request-id"]
    return body


def refused_fields(response: Any, status: int = 400) -> set[str]:
    """The fields a JSON Error response with that status names (``assert_error`` holds for it)."""
    assert_error(response, status)
    return field_names(response)


def brand_names(api: Api) -> list[str]:
    return [b["name"] for b in api.ok(api.get("/rest/brands", first=1000, order="NAME_ASC"))]
