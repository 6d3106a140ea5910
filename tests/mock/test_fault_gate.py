"""Faults are a test tool, never a door: the request header works only where it was turned on.

- ``illuminate-mock`` honours ``X-Mock-Fault`` only with ``--allow-fault-header``
  (off by default, said in its start-up line); otherwise a request carrying
  the header is refused with 400 and the spec's Error body, whatever the
  header asks (``ignore-auth`` included);
- in process, a plan says whether the header is allowed:
  ``FaultPlan.parse([])`` allows it (tests are its users),
  ``FaultPlan.parse([...], allow_header=False)`` does not, and an app without
  a plan refuses it;
- ``ignore-auth`` skips the key and role checks but never the account
  check, and it never tells which accounts exist: a missing account and
  another existing one get the same answer.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from illuminate_mock import cli
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultMiddleware, FaultPlan
from illuminate_mock.fixtures import parse_fixture

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, READ_ONLY_KEY

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

LIST = {"accountId": ACCOUNT, "first": "10", "order": "NAME_ASC"}
OTHER = "other-account-0000-0000-0000-000000000009"


def served_by_cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[Any, str, dict[str, Any]]:
    """The app ``illuminate-mock ARGS`` would serve, its start-up output and uvicorn's options."""
    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.update(app=app, options=kwargs))
    result = CliRunner().invoke(cli.main, list(args))
    assert result.exit_code == 0, result.output
    return served["app"], result.output, served["options"]


def two_accounts() -> Any:
    return parse_fixture(
        {
            "accounts": [
                {"id": ACCOUNT, "subscriptions": ["ENGAGE"], "defaultCarrierTypes": []},
                {"id": OTHER, "subscriptions": ["ENGAGE"], "defaultCarrierTypes": []},
            ],
            "apiKeys": [
                {"key": EDITOR_KEY, "accountId": ACCOUNT, "roles": ["API_EDITOR"]},
                {"key": "other-key", "accountId": OTHER, "roles": ["API_EDITOR"]},
            ],
        }
    )


@pytest.mark.parametrize("args", [[], ["--fault", "latency=1"]], ids=["plain", "with-run-faults"])
@pytest.mark.parametrize("header", ["ignore-auth", "server-error", "none", "accept-invalid"])
def test_a_default_served_mock_refuses_the_fault_header(
    monkeypatch: pytest.MonkeyPatch, args: list[str], header: str
) -> None:
    app, output, _ = served_by_cli(monkeypatch, *args)
    assert "X-Mock-Fault header: refused (no --allow-fault-header)" in output
    with TestClient(app) as client:
        client.post(
            "/rest/brands",
            json={"accountId": ACCOUNT, "name": "secret"},
            headers={"Authorization": f"ApiKey {EDITOR_KEY}"},
        )
        response = client.get("/rest/brands", params=LIST, headers={"X-Mock-Fault": header})
        assert response.status_code == 400
        assert response.headers["content-type"].startswith("application/json")
        assert [error["field"] for error in response.json()["errors"]] == ["header.X-Mock-Fault"]
        assert "secret" not in response.text
        assert client.get("/rest/brands", params=LIST).status_code == 401  # and without the header: no key, 401


def test_allow_fault_header_turns_the_header_on_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    app, output, _ = served_by_cli(monkeypatch, "--allow-fault-header")
    assert "X-Mock-Fault header: honoured (--allow-fault-header)" in output
    [middleware] = [m for m in app.user_middleware if m.cls is FaultMiddleware]
    assert middleware.kwargs["plan"].allow_header is True
    with TestClient(app) as client:
        assert client.get("/rest/brands", params=LIST, headers={"X-Mock-Fault": "server-error=503"}).status_code == 503


def test_a_plan_says_whether_the_header_is_allowed() -> None:
    assert FaultPlan.parse([]).allow_header is True  # in process, for tests
    closed = FaultPlan.parse(["server-error=503@0.000001"], allow_header=False)
    assert closed.allow_header is False
    assert "allow_header=False" in repr(closed)
    with TestClient(create_app(faults=closed)) as client:
        response = client.get("/rest/brands", params=LIST, headers={"X-Mock-Fault": "ignore-auth"})
        assert response.status_code == 400


@pytest.mark.parametrize("key", [None, "unknown-key", EDITOR_KEY])
def test_ignore_auth_never_tells_which_accounts_exist(key: str | None) -> None:
    headers = {"X-Mock-Fault": "ignore-auth", **({"Authorization": f"ApiKey {key}"} if key else {})}
    with TestClient(create_app(two_accounts(), faults=FaultPlan.parse([]))) as client:
        other = client.get("/rest/brands", params={**LIST, "accountId": OTHER}, headers=headers)
        missing = client.get("/rest/brands", params={**LIST, "accountId": "no-such-account"}, headers=headers)
        assert other.status_code == missing.status_code == 403
        strip = {"requestId"}
        assert {k: v for k, v in other.json().items() if k not in strip} == {
            k: v for k, v in missing.json().items() if k not in strip
        }
        # The account a call without a (known) key acts for: the fixture's first.
        assert client.get("/rest/brands", params=LIST, headers=headers).status_code == 200


def test_ignore_auth_skips_roles_for_a_known_key() -> None:
    headers = {"X-Mock-Fault": "ignore-auth", "Authorization": f"ApiKey {READ_ONLY_KEY}"}
    with TestClient(create_app(faults=FaultPlan.parse([]))) as client:
        response = client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "b"}, headers=headers)
        assert response.status_code == 200
        plain = client.post(
            "/rest/brands",
            json={"accountId": ACCOUNT, "name": "b"},
            headers={"Authorization": f"ApiKey {READ_ONLY_KEY}"},
        )
        assert plain.status_code == 403


def test_the_served_mock_gets_the_json_error_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from illuminate_mock.app import MAX_URL_BYTES
    from illuminate_mock.serving import JsonErrorH11Protocol

    _, _, options = served_by_cli(monkeypatch)
    assert options["http"] is JsonErrorH11Protocol
    assert options["h11_max_incomplete_event_size"] > MAX_URL_BYTES
    assert options["ws"] == "none"
