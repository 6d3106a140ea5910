"""API keys are secrets: no fixture error, log line, error body or repr of the mock ever shows one.

A recognisable key is put in a fixture, and every channel is swept for it:
the fixture errors of files that get it wrong in many ways, every log
record (any logger, any level, tracebacks included) while requests of every
kind are served, every response body and header, and the reprs of the
mock's objects. A key the mock does not know (a real one sent to the mock
by mistake) is swept for too.
"""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path
from typing import Any

import pytest
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultPlan
from illuminate_mock.fixtures import FixtureError, load_fixture, parse_fixture
from illuminate_mock.registry import Call

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

SECRET = "SECRET-sweep-key-7f3a9c1e"
OTHER_SECRET = "SECRET-other-key-2b8d4e6f"
UNKNOWN = "SECRET-not-a-mock-key-91c0"  # a real key someone sends to the mock by mistake
SECRETS = (SECRET, OTHER_SECRET, UNKNOWN)
ACCOUNT = "acct-sweep-0001"
CLIENT_LOGGERS = {"httpx", "httpcore"}


def fixture_data() -> dict[str, Any]:
    return {
        "accounts": [{"id": ACCOUNT, "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]}],
        "apiKeys": [
            {"key": SECRET, "accountId": ACCOUNT, "roles": ["API_EDITOR", "SERIAL_READ_WRITE"]},
            {"key": OTHER_SECRET, "accountId": ACCOUNT, "roles": ["API_READ_ONLY"]},
        ],
    }


def assert_clean(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{where} shows a key: {text[:500]}"


# ---------------------------------------------------------------- fixture files


YAML_HEAD = f"accounts:\n  - id: {ACCOUNT}\n    subscriptions: []\n    defaultCarrierTypes: []\n"
BAD_YAML = {
    "duplicate-key": YAML_HEAD + f"apiKeys:\n  - key: {SECRET}\n    key: {OTHER_SECRET}\n    accountId: {ACCOUNT}\n"
    "    roles: [API_EDITOR]\n",
    "secret-as-a-mapping-key": YAML_HEAD + f"apiKeys:\n  - {SECRET}: 1\n    {SECRET}: 2\n",
    "unclosed-quote": YAML_HEAD + f'apiKeys:\n  - key: "{SECRET}\n    accountId: {ACCOUNT}\n',
    "tab-in-the-key-line": YAML_HEAD + f"apiKeys:\n  - key:\t{SECRET}\t\x01\n",
    "bad-escape": YAML_HEAD + f'apiKeys:\n  - key: "{SECRET}\\q"\n',
    "alias": YAML_HEAD + f"apiKeys:\n  - key: *{SECRET}\n",
    "anchor-twice": YAML_HEAD + f"apiKeys:\n  - key: &{SECRET} &{SECRET} x\n",
    "tag": YAML_HEAD + f"apiKeys:\n  - key: !{SECRET} x\n",
    "flow": YAML_HEAD + f"apiKeys: [{{key: {SECRET}}}}}]\n",
    "key-is-a-list": YAML_HEAD + f"apiKeys:\n  - key: [{SECRET}]\n    accountId: {ACCOUNT}\n    roles: [API_EDITOR]\n",
    "unknown-field": YAML_HEAD
    + f"apiKeys:\n  - key: x\n    {SECRET}: y\n    accountId: {ACCOUNT}\n    roles: [API_EDITOR]\n",
}


@pytest.mark.parametrize("name", sorted(BAD_YAML))
def test_a_bad_yaml_fixture_names_the_file_and_place_but_never_a_key(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(BAD_YAML[name], encoding="utf-8")
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert_clean(message, f"the error of {name}")
    assert_clean(repr(caught.value), f"the repr of the error of {name}")


def test_a_duplicate_key_is_placed_by_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text(BAD_YAML["duplicate-key"], encoding="utf-8")
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert "line 7, column 5" in str(caught.value)
    assert "the same key twice" in str(caught.value)


def test_a_json_fixture_that_lists_a_field_twice_is_refused_not_half_read(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    data = json.dumps(fixture_data()).replace(f'"key": "{SECRET}"', f'"key": "{SECRET}", "key": "{UNKNOWN}"')
    path.write_text(data, encoding="utf-8")
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "twice" in str(caught.value)
    assert_clean(str(caught.value), "the JSON duplicate error")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["apiKeys"].append(dict(d["apiKeys"][0])),  # the same key twice
        lambda d: d["apiKeys"][0].update(accountId="nope"),
        lambda d: d["apiKeys"][0].update(roles=[SECRET]),
        lambda d: d["apiKeys"][0].update(userId=7),
        lambda d: d["apiKeys"][0].update({SECRET: "x"}),
        lambda d: d.update(apiKeys={SECRET: {"accountId": ACCOUNT}}),
        lambda d: d["accounts"][0].update(flags=[SECRET] * 6),
    ],
)
def test_a_bad_fixture_never_shows_a_key(change: Any) -> None:
    data = fixture_data()
    change(data)
    with pytest.raises(FixtureError) as caught:
        parse_fixture(data, "sweep.yaml")
    assert str(caught.value).startswith("sweep.yaml: ")
    assert_clean(str(caught.value), "the fixture error")


# ------------------------------------------------------- logs, bodies and reprs


def test_no_log_line_error_body_or_repr_shows_a_key(every_logger_at_debug: pytest.LogCaptureFixture) -> None:
    caplog = every_logger_at_debug
    fixture = parse_fixture(fixture_data(), "sweep fixture")
    app = create_app(fixture, faults=FaultPlan.parse([]))
    seen: list[str] = []

    def auth(key: str) -> dict[str, str]:
        return {"Authorization": f"ApiKey {key}"}

    with TestClient(app, raise_server_exceptions=False) as client:
        requests: list[tuple[str, str, dict[str, Any]]] = [
            ("POST", "/rest/brands", {"json": {"accountId": ACCOUNT, "name": "b"}, "headers": auth(SECRET)}),
            (
                "GET",
                "/rest/brands",
                {"params": {"accountId": ACCOUNT, "first": 1, "order": "NAME_ASC"}, "headers": auth(UNKNOWN)},
            ),
            ("POST", "/rest/brands", {"json": {"accountId": ACCOUNT, "name": "b"}, "headers": auth(OTHER_SECRET)}),
            (
                "GET",
                "/rest/brands",
                {"params": {"accountId": "other", "first": 1, "order": "NAME_ASC"}, "headers": auth(SECRET)},
            ),
            # The key where a value goes: echoed by no error.
            (
                "GET",
                "/rest/brands",
                {"params": {"accountId": ACCOUNT, "first": SECRET, "order": OTHER_SECRET}, "headers": auth(SECRET)},
            ),
            (
                "POST",
                "/rest/brands",
                {"json": {"accountId": ACCOUNT, "name": 1, OTHER_SECRET: SECRET}, "headers": auth(SECRET)},
            ),
            # A key the mock does not know, let through by ignore-auth and echoed where a value goes.
            (
                "GET",
                "/rest/brands",
                {
                    "params": {"accountId": ACCOUNT, "first": UNKNOWN, "order": "NAME_ASC"},
                    "headers": {**auth(UNKNOWN), "X-Mock-Fault": "ignore-auth"},
                },
            ),
            ("GET", f"/rest/{SECRET}", {"headers": auth(SECRET)}),
            ("GET", "/api/v1/accounts/" + SECRET + "/jobs/serialization", {"headers": auth(SECRET)}),
            ("GET", "/rest/brands", {"headers": {**auth(SECRET), "X-Mock-Fault": SECRET}}),
            (
                "GET",
                "/rest/brands",
                {
                    "params": {"accountId": ACCOUNT, "first": 1, "order": "NAME_ASC"},
                    "headers": {**auth(SECRET), "X-Mock-Fault": "wrong-type"},
                },
            ),
            ("PUT", f"/_mock/uploads/{SECRET}", {"content": b"x"}),
            ("GET", f"/_mock/images/{SECRET}", {}),
            (
                "POST",
                "/rest/brands",
                {"content": f"{{{SECRET}".encode(), "headers": {**auth(SECRET), "Content-Type": "application/json"}},
            ),
        ]
        for method, path, options in requests:
            response = client.request(method, path, **options)
            seen.append(f"{method} {path} -> {response.status_code}")
            if response.status_code >= 400:
                assert_clean(response.text, f"the answer to {method} {path}")
            assert_clean(json.dumps(dict(response.headers)), f"the headers of {method} {path}")
        # An unexpected failure inside a rule: logged with its traceback, answered 500.
        service = app.state.service

        def broken(store: Any, call: Call) -> Any:
            raise RuntimeError(f"a rule failed while {call.caller!r} called; key {SECRET} or {OTHER_SECRET}")

        from illuminate_mock.registry import HANDLERS

        original = HANDLERS["listBrands"]
        HANDLERS["listBrands"] = broken
        try:
            response = client.get(
                "/rest/brands", params={"accountId": ACCOUNT, "first": 1, "order": "NAME_ASC"}, headers=auth(SECRET)
            )
        finally:
            HANDLERS["listBrands"] = original
        assert response.status_code == 500
        assert_clean(response.text, "the 500 answer")
        for value in (
            service,
            service.backend,
            service.backend.store,
            fixture,
            *fixture.api_keys,
            *service.backend.store.api_keys.values(),
            *service.backend.store.accounts.values(),
        ):
            assert_clean(repr(value), f"the repr of {type(value).__name__}")
    records = caplog.records
    assert any(record.levelno >= logging.ERROR for record in records)  # the failure above was logged
    for record in records:
        if record.name.split(".")[0] in CLIENT_LOGGERS:
            continue  # the test's own HTTP client logs the URLs it sends; the mock is what is swept
        formatted = logging.Formatter("%(name)s %(message)s").format(record)
        assert_clean(formatted, f"the log record {record.name}:{record.lineno}")
    assert len(seen) == 14
