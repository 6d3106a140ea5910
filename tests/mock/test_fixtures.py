"""Fixture files: accounts and API keys the mock starts with, and how bad ones are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from illuminate_mock import cli
from illuminate_mock.fixtures import FixtureError, demo_fixture, load_fixture, parse_fixture

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, Api, make_client

SECRET = "s3cr3t-key-value-never-shown"


def good() -> dict[str, Any]:
    return {
        "accounts": [{"id": "acct-1", "subscriptions": ["ENGAGE"], "defaultCarrierTypes": ["QR_CODE"]}],
        "apiKeys": [
            {"key": "other-key", "accountId": "acct-1", "roles": ["API_READ_ONLY"]},
            {"key": SECRET, "accountId": "acct-1", "roles": ["API_EDITOR"]},
        ],
    }


def with_change(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = good()
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


def write_yaml(tmp_path: Path, text: str, name: str = "fixture.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ the demo fixture


def test_demo_fixture_loads_with_its_account_and_keys():
    fixture = demo_fixture()
    [account] = fixture.accounts
    assert account.id == ACCOUNT
    assert account.subscriptions == frozenset({"ENGAGE_PREMIUM"})
    assert set(account.default_carrier_types) == {"QR_CODE", "DIGITAL_WATERMARK"}
    roles = {key.key: key.roles for key in fixture.api_keys}
    assert roles[EDITOR_KEY] == frozenset({"API_EDITOR", "SERIAL_READ_WRITE"})
    assert roles["demo-api-read-only-key"] == frozenset({"API_READ_ONLY"})
    assert all(key.account_id == ACCOUNT for key in fixture.api_keys)


def test_demo_fixture_is_what_the_app_serves_by_default():
    with make_client() as client:
        api = Api(client, EDITOR_KEY, ACCOUNT)
        assert api.get("/rest/brands", first=1, order="NAME_ASC").status_code == 200


def test_fixture_repr_hides_the_keys():
    fixture = parse_fixture(good())
    assert SECRET not in repr(fixture)
    assert SECRET not in repr(fixture.api_keys[1])


def test_a_good_fixture_file_loads_as_yaml_or_json(tmp_path):
    as_json = tmp_path / "fixture.json"
    as_json.write_text(json.dumps(good()), encoding="utf-8")
    as_yaml = write_yaml(tmp_path, json.dumps(good()))  # JSON is YAML
    for path in (as_json, as_yaml):
        fixture = load_fixture(path)
        assert [a.id for a in fixture.accounts] == ["acct-1"]
        assert [k.key for k in fixture.api_keys] == ["other-key", SECRET]


def test_fixture_defaults_and_user_ids():
    fixture = parse_fixture(good())
    [account] = fixture.accounts
    assert account.default_domain == "https://example.com/"
    assert account.default_url_format == "DigitalLink"
    assert [k.user_id for k in fixture.api_keys] == ["api-key-1", "api-key-2"]


def test_a_fixture_app_serves_exactly_its_keys():
    with make_client(parse_fixture(good())) as client:
        editor = Api(client, SECRET, "acct-1")
        assert editor.post("/rest/brands", {"name": "b"}).status_code == 200
        assert Api(client, EDITOR_KEY, ACCOUNT).get("/rest/brands", first=1, order="NAME_ASC").status_code == 401


# ------------------------------------------------------------------ refused fixtures

BAD_FIXTURES = [
    pytest.param(with_change(("apiKeys", 1, "roles", 0), "SUPERUSER"), "apiKeys[1].roles[0]", id="unknown-role"),
    pytest.param(with_change(("apiKeys", 1, "accountId"), "acct-missing"), "apiKeys[1].accountId", id="no-account"),
    pytest.param(with_change(("apiKeys", 0, "key"), SECRET), "apiKeys[1].key", id="duplicate-key"),
    pytest.param(with_change(("apiKeys", 1, "roles"), "API_EDITOR"), "apiKeys[1].roles", id="roles-not-a-list"),
    pytest.param(with_change(("apiKeys", 1, "roles"), []), "apiKeys[1].roles", id="no-roles"),
    pytest.param(with_change(("apiKeys", 1, "kye"), "typo"), "apiKeys[1]", id="unknown-field"),
    pytest.param(
        with_change(("accounts", 0, "subscriptions"), ["PLATINUM"]), "accounts[0].subscriptions[0]", id="bad-sub"
    ),
    pytest.param(with_change(("accounts", 0, "defaultDomain"), "example.com"), "accounts[0].defaultDomain", id="dom"),
    pytest.param(with_change(("accounts",), []), "accounts", id="no-accounts"),
    pytest.param({"accounts": good()["accounts"] * 2, "apiKeys": []}, "accounts[1].id", id="duplicate-account"),
    pytest.param({"apiKeys": good()["apiKeys"]}, "(top level)", id="no-accounts-key"),
    pytest.param(["not", "a", "mapping"], "(top level)", id="top-level-list"),
    pytest.param(None, "(top level)", id="empty-file"),
]


@pytest.mark.parametrize(("data", "entry"), BAD_FIXTURES)
def test_a_bad_fixture_is_refused_naming_the_source_and_entry(data, entry):
    with pytest.raises(FixtureError) as caught:
        parse_fixture(data, "team-fixture.yaml")
    message = str(caught.value)
    assert message.startswith("team-fixture.yaml: ")
    assert f": {entry}" in message
    assert SECRET not in message


@pytest.mark.parametrize(
    ("bad_key", "shown"),
    [(987654321012, "987654321012"), ([SECRET], SECRET), ({"value": SECRET}, SECRET)],
    ids=["number", "list", "mapping"],
)
def test_a_key_of_the_wrong_type_is_refused_without_showing_it(bad_key, shown):
    # An unquoted numeric key in YAML is a number: a likely mistake, and still a secret.
    data = with_change(("apiKeys", 1, "key"), bad_key)
    with pytest.raises(FixtureError) as caught:
        parse_fixture(data, "team-fixture.yaml")
    message = str(caught.value)
    assert "apiKeys[1].key" in message
    assert shown not in message


def test_an_api_key_entry_that_is_just_the_key_is_refused_without_showing_it():
    data = good()
    data["apiKeys"][1] = SECRET
    with pytest.raises(FixtureError) as caught:
        parse_fixture(data, "team-fixture.yaml")
    assert "apiKeys[1]" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_a_file_that_is_not_yaml_is_refused_naming_the_file(tmp_path):
    path = write_yaml(tmp_path, "accounts: [\n  - id: x\n")
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert str(caught.value).startswith(f"{path}: not valid YAML")


def test_a_yaml_error_on_the_key_line_does_not_show_the_key(tmp_path):
    text = f'accounts: []\napiKeys:\n  - key: "{SECRET}\n    roles: [API_EDITOR]\n'
    path = write_yaml(tmp_path, text)
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert str(path) in str(caught.value)
    assert SECRET not in str(caught.value)


def test_a_file_that_is_not_json_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "fixture.json"
    path.write_text("{'accounts': []}", encoding="utf-8")
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert str(caught.value).startswith(f"{path}: not valid JSON")


def test_a_missing_or_unreadable_file_is_refused(tmp_path):
    with pytest.raises(FixtureError) as caught:
        load_fixture(tmp_path / "absent.yaml")
    assert str(tmp_path / "absent.yaml") in str(caught.value)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(FixtureError, match="cannot read"):
        load_fixture(binary)


def test_file_errors_name_the_file_and_entry(tmp_path):
    data = with_change(("apiKeys", 1, "roles", 0), "SUPERUSER")
    path = write_yaml(tmp_path, json.dumps(data))
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert str(caught.value).startswith(f"{path}: apiKeys[1].roles[0]: ")


def test_every_error_is_listed_not_only_the_first():
    data = with_change(("apiKeys", 1, "roles", 0), "SUPERUSER")
    data["accounts"][0]["subscriptions"] = ["PLATINUM"]
    with pytest.raises(FixtureError) as caught:
        parse_fixture(data, "f.yaml")
    assert "apiKeys[1].roles[0]" in str(caught.value)
    assert "accounts[0].subscriptions[0]" in str(caught.value)


# ------------------------------------------------------------------ the CLI


def test_cli_refuses_a_bad_fixture_with_the_message_and_a_non_zero_exit(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: pytest.fail("the server must not start"))
    path = write_yaml(tmp_path, json.dumps(with_change(("apiKeys", 1, "roles", 0), "SUPERUSER")), "bad.yaml")
    result = CliRunner().invoke(cli.main, ["--fixture", str(path)])
    assert result.exit_code != 0
    assert f"{path}: apiKeys[1].roles[0]" in result.output
    assert SECRET not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_refuses_a_missing_fixture_file(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: pytest.fail("the server must not start"))
    result = CliRunner().invoke(cli.main, ["--fixture", str(tmp_path / "absent.yaml")])
    assert result.exit_code != 0
    assert "absent.yaml" in result.output


def test_cli_serves_a_good_fixture(tmp_path, monkeypatch):
    import uvicorn

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.update(app=app, **kwargs))
    path = write_yaml(tmp_path, json.dumps(good()), "good.yaml")
    result = CliRunner().invoke(cli.main, ["--fixture", str(path), "--port", "9999"])
    assert result.exit_code == 0, result.output
    assert served["port"] == 9999
    assert [a.id for a in served["app"].state.service.backend.store.accounts.values()] == ["acct-1"]


# ------------------------------------------------------------------ serial flags


def test_the_demo_account_has_the_documents_two_flags():
    [account] = demo_fixture().accounts
    assert account.flags == ("flag1", "flag2")


def test_an_account_lists_its_flags_and_has_none_without_them():
    data = good()
    data["accounts"].append({"id": "acct-2", "subscriptions": [], "defaultCarrierTypes": [], "flags": ["has_warranty"]})
    accounts = {account.id: account for account in parse_fixture(data).accounts}
    assert (accounts["acct-1"].flags, accounts["acct-2"].flags) == ((), ("has_warranty",))


def test_five_flags_are_allowed_a_sixth_is_refused_naming_the_file_and_entry(tmp_path):
    five = [f"flag{n}" for n in range(1, 6)]
    assert parse_fixture(with_change(("accounts", 0, "flags"), five)).accounts[0].flags == tuple(five)
    path = tmp_path / "six-flags.json"
    path.write_text(json.dumps(with_change(("accounts", 0, "flags"), [*five, "flag6"])), encoding="utf-8")
    with pytest.raises(FixtureError) as caught:
        load_fixture(path)
    assert str(caught.value).startswith(f"{path}: accounts[0].flags: ")
    assert "at most 5" in str(caught.value)


@pytest.mark.parametrize(
    ("flags", "entry"),
    [
        (["a", "a"], "accounts[0].flags"),
        ([""], "accounts[0].flags[0]"),
        (["has=warranty"], "accounts[0].flags[0]"),  # `=` and `,` would break the flags filter
        (["a,b"], "accounts[0].flags[0]"),
        (["a/b"], "accounts[0].flags[0]"),  # a flag name is a path segment
        (["with space"], "accounts[0].flags[0]"),
        ([7], "accounts[0].flags[0]"),
        ("flag1", "accounts[0].flags"),
    ],
)
def test_bad_flags_are_refused_naming_the_entry(flags, entry):
    with pytest.raises(FixtureError) as caught:
        parse_fixture(with_change(("accounts", 0, "flags"), flags), "flags.yaml")
    assert f"flags.yaml: {entry}: " in str(caught.value)
