"""Routes of the spec's prefixed paths: ``/rest/...`` and ``/api/v1/accounts/{accountId}/...``.

Every operation is reached at the path the spec gives it, never at an
unprefixed one; templated paths are matched segment by segment (an encoded
``/`` stays inside its segment), their parameters are checked against their
schemas (400 naming ``path.<name>``), and the path's ``accountId`` must be
the caller's account exactly as a query or body ``accountId`` must (403,
nothing about the other account revealed).
"""

from __future__ import annotations

import re

import pytest
from illuminate_spec.loader import load_spec

from tests.mock.helpers import ACCOUNT
from tests.mock.serial_helpers import (
    OTHER_ACCOUNT,
    SerialApi,
    error_fields,
)

NUMERIC = {"length": 8, "strategy": "RANDOM_NUMERIC"}
ROUTES = [(route, method.upper()) for route, method, _ in load_spec().operations()]


def filled(route: str, value: str = "x") -> str:
    return re.sub(r"\{[^}]+\}", value, route)


def test_every_route_of_the_spec_carries_its_prefix() -> None:
    assert ROUTES
    assert all(route.startswith(("/rest/", "/api/v1/")) for route, _ in ROUTES)


@pytest.mark.parametrize(("route", "method"), ROUTES, ids=[f"{m} {r}" for r, m in ROUTES])
def test_every_operation_is_found_at_its_prefixed_path_only(sapi: SerialApi, route: str, method: str) -> None:
    found = sapi.client.request(method, filled(route))  # no key: the route exists, so the answer is 401
    assert found.status_code == 401, found.text
    unprefixed = route.removeprefix("/rest").removeprefix("/api/v1")
    missing = sapi.client.request(method, filled(unprefixed), headers=sapi.headers)
    assert missing.status_code == 404, missing.text  # no alias for the old unprefixed paths
    assert missing.headers["content-type"].startswith("application/json")


def test_a_templated_route_answers_405_with_allow(sapi: SerialApi) -> None:
    response = sapi.client.delete(sapi.v1("/jobs/serialization"), headers=sapi.headers)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    response = sapi.client.request("FOO", sapi.v1("/jobs/serialization"), headers=sapi.headers)
    assert response.status_code == 405
    assert response.json()["status"] == 405


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/jobs/serialization/" + "j" * 129, "path.jobIdentifier"),
        ("/jobs/serialization/a%2Fb", "path.jobIdentifier"),  # an encoded slash stays in its segment
        ("/jobs/serialization/a%3Fb/csv", "path.jobIdentifier"),
        ("/digitalTwins/x/serials/" + "s" * 129, "path.serialId"),
        ("/digitalTwins/" + "t" * 129 + "/serials", "path.digitalTwinId"),
        ("/digitalTwins/x/serials/y/flags/" + "f" * 65, "path.flagName"),
        ("/digitalTwins/x/serials/y/attributes/Upper", "path.attributeName"),
    ],
)
def test_path_parameters_are_checked_against_their_schemas(sapi: SerialApi, path: str, field: str) -> None:
    response = sapi.client.get(sapi.v1(path), params={"limit": 1}, headers=sapi.headers)
    assert response.status_code == 400, response.text
    assert field in error_fields(response)


def test_an_empty_path_segment_is_a_bad_account_id(sapi: SerialApi) -> None:
    response = sapi.client.get("/api/v1/accounts//jobs/serialization", headers=sapi.headers)
    assert (response.status_code, error_fields(response)) == (400, {"path.accountId"})


def test_a_percent_encoded_identifier_is_one_segment(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))
    identifier = "lot 7 ü+&"
    sapi.v1_job(twin, 3, identifier)
    encoded = "lot%207%20%C3%BC%2B%26"
    found = sapi.ok(sapi.client.get(sapi.v1(f"/jobs/serialization/{encoded}"), headers=sapi.headers))
    assert found["identifier"] == identifier


def test_another_accounts_path_is_403_and_reveals_nothing(pair: tuple[SerialApi, SerialApi]) -> None:
    a, b = pair
    twin = b.product_twin()
    b.ok(b.set_twin_settings(twin, **NUMERIC))
    b.v1_job(twin, 2, "b-job")
    for path in ("/jobs/serialization", "/jobs/serialization/b-job", f"/digitalTwins/{twin}/serials"):
        existing = a.get_v1(path, account=OTHER_ACCOUNT, limit=1)
        missing = a.get_v1(path, account="no-such-account", limit=1)
        assert existing.status_code == missing.status_code == 403
        assert error_fields(existing) == {"path.accountId"}
        strip = {"requestId"}
        assert {k: v for k, v in existing.json().items() if k not in strip} == {
            k: v for k, v in missing.json().items() if k not in strip
        }
        assert "b-job" not in existing.text
        assert twin not in existing.text
    # Writes too: nothing is made in the other account.
    response = a.send_v1(
        "POST", "/jobs/serialization", {"digitalTwinId": twin, "count": 1, "identifier": "x"}, account=OTHER_ACCOUNT
    )
    assert (response.status_code, error_fields(response)) == (403, {"path.accountId"})
    assert [job["identifier"] for job in b.ok(b.get_v1("/jobs/serialization"))["jobs"]] == ["b-job"]


def test_the_account_goes_in_the_path_not_the_query(sapi: SerialApi) -> None:
    response = sapi.get_v1("/jobs/serialization", accountId=ACCOUNT)
    assert (response.status_code, error_fields(response)) == (400, {"query.accountId"})


def test_the_mocks_own_urls_stay_under_mock(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    started = sapi.start_upload(twin)
    assert started["uploadUrl"].startswith("http://testserver/_mock/uploads/")
    image = sapi.upload_image(twin)
    assert image["url"] == f"http://testserver/_mock/images/{image['id']}"
    assert sapi.client.get(image["url"]).status_code == 200
    assert sapi.client.get(f"/rest/_mock/images/{image['id']}").status_code == 404
