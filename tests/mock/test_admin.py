"""The admin API under ``/_mock/admin/``: off without a token, nothing without the token, each call as documented.

- off (no token): every admin path answers 404 as any unknown path does;
- on: every call without ``Authorization: Bearer <token>``, or with a wrong
  one (another scheme, a prefix of it, an API key), is 401 and changes
  nothing, whatever its path (an unknown one too);
- reset, load a fixture (YAML or JSON; a bad one 400 naming the entry, and
  nothing changed), export and import a snapshot, move the clock, the last
  requests (redacted, bounded, ``limit`` capped);
- the token is in no log line (every logger at DEBUG), no answer and no
  request list entry, nor is an API key or an Authorization header;
- the API answers a sequence of calls the same with the admin API on and off;
- ``illuminate-mock``: the token from ``--admin-token`` or
  ``ILLUMINATE_MOCK_ADMIN_TOKEN``, refused when too short, never printed.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from illuminate_mock import cli, serials
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.clock import ManualClock, MovableClock
from illuminate_mock.requestlog import SIZE, RequestLog
from ruamel.yaml import YAML

from tests.mock import helpers
from tests.mock.helpers import ACCOUNT, ACCOUNT_A, EDITOR_KEY, KEY_A, TestClient
from tests.mock.serial_helpers import SerialApi
from tests.mock.state_helpers import START, api_reads, build_rich_state, normalized

TOKEN = "test-admin-token-5c2f9a8e1b7d"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
CALLS = [
    ("POST", "reset"),
    ("POST", "fixture"),
    ("GET", "snapshot"),
    ("PUT", "snapshot"),
    ("GET", "clock"),
    ("PUT", "clock"),
    ("POST", "clock/advance"),
    ("GET", "requests"),
    ("DELETE", "requests"),
]
FIXTURE_YAML = f"""
accounts:
  - id: {ACCOUNT_A}
    subscriptions: [ENGAGE_PREMIUM]
    defaultCarrierTypes: [QR_CODE]
apiKeys:
  - key: {KEY_A}
    accountId: {ACCOUNT_A}
    roles: [API_EDITOR, SERIAL_READ_WRITE]
"""


@pytest.fixture
def admin() -> Iterator[tuple[TestClient, SerialApi]]:
    app = create_app(clock=MovableClock(), admin_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, SerialApi(client, EDITOR_KEY, ACCOUNT)


def state_of(client: TestClient) -> dict[str, Any]:
    document: dict[str, Any] = client.app.state.service.backend.snapshot()  # type: ignore[attr-defined]
    return {name: value for name, value in document.items() if name != "clock"}


def brand_names(api: SerialApi) -> list[str]:
    return [brand["name"] for brand in api.ok(api.get("/rest/brands", first=100, order="NAME_ASC"))]


# ------------------------------------------------------------------ the gate


@pytest.mark.parametrize(("method", "name"), CALLS)
def test_without_a_token_there_is_no_admin_api(method: str, name: str) -> None:
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        response = client.request(method, f"/_mock/admin/{name}", headers=ADMIN)
        assert response.status_code == 404
        assert response.json()["message"] == f"no operation at /_mock/admin/{name}"


@pytest.mark.parametrize(
    "authorization",
    [None, f"Bearer {TOKEN[:-1]}", f"Bearer {TOKEN}x", f"ApiKey {TOKEN}", TOKEN, "Bearer", f"Bearer {EDITOR_KEY}"],
    ids=["none", "prefix", "longer", "apikey-scheme", "bare", "empty", "an-api-key"],
)
@pytest.mark.parametrize(("method", "name"), [*CALLS, ("GET", "no-such-call")])
def test_every_admin_call_needs_the_token_and_changes_nothing_without_it(
    admin: tuple[TestClient, SerialApi], method: str, name: str, authorization: str | None
) -> None:
    client, api = admin
    api.create_brand("kept")
    before = state_of(client)
    bodies = {
        "fixture": FIXTURE_YAML.encode(),
        "snapshot": json.dumps(client.app.state.service.backend.snapshot()).encode(),  # type: ignore[attr-defined]
        "clock": b'{"now": "2030-01-01T00:00:00Z"}',
        "clock/advance": b'{"seconds": 86400}',
    }
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = client.request(method, f"/_mock/admin/{name}", headers=headers, content=bodies.get(name, b""))
    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHORIZED"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert TOKEN not in response.text
    assert state_of(client) == before
    assert abs(client.app.state.service.backend.clock.offset.total_seconds()) < 1  # type: ignore[attr-defined]
    assert brand_names(api) == ["kept"]


def test_an_unknown_admin_call_is_404_and_a_wrong_method_405(admin: tuple[TestClient, SerialApi]) -> None:
    client, _ = admin
    assert client.get("/_mock/admin/nothing", headers=ADMIN).status_code == 404
    wrong = client.post("/_mock/admin/snapshot", headers=ADMIN)
    assert (wrong.status_code, wrong.headers["allow"]) == (405, "GET, PUT")


# ------------------------------------------------------------------ the calls


def test_reset_empties_the_state_and_brings_the_clock_back(admin: tuple[TestClient, SerialApi]) -> None:
    client, api = admin
    api.create_brand("gone")
    assert client.post("/_mock/admin/clock/advance", headers=ADMIN, json={"seconds": 3600}).status_code == 200
    answer = client.post("/_mock/admin/reset", headers=ADMIN).json()
    assert answer["reset"] is True
    assert answer["accounts"] == [ACCOUNT]
    assert set(answer["records"].values()) == {0}
    assert brand_names(api) == []
    assert abs(client.get("/_mock/admin/clock", headers=ADMIN).json()["offsetSeconds"]) < 1


@pytest.mark.parametrize("as_json", [False, True], ids=["yaml", "json"])
def test_a_loaded_fixture_replaces_accounts_and_keys_and_resets(
    admin: tuple[TestClient, SerialApi], as_json: bool
) -> None:
    client, api = admin
    api.create_brand("gone")
    data = YAML(typ="safe").load(FIXTURE_YAML)
    body = json.dumps(data).encode() if as_json else FIXTURE_YAML.encode()
    headers = {**ADMIN, "Content-Type": "application/json" if as_json else "application/yaml"}
    answer = client.post("/_mock/admin/fixture", headers=headers, content=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["accounts"] == [ACCOUNT_A]
    assert api.get("/rest/brands", first=1, order="NAME_ASC").status_code == 401  # the old key is gone
    other = SerialApi(client, KEY_A, ACCOUNT_A)
    assert brand_names(other) == []
    other.create_brand("new")
    assert brand_names(other) == ["new"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (FIXTURE_YAML.replace("API_EDITOR,", "API_GOD,"), "body.apiKeys[0].roles[0]"),
        (FIXTURE_YAML.replace(f"accountId: {ACCOUNT_A}", "accountId: nobody"), "body.apiKeys[0].accountId"),
        ("accounts: [\n", "body"),
        (FIXTURE_YAML + "faults: [server-error]\n", "body.faults"),
        ("\xff", "body"),
    ],
    ids=["bad-role", "unknown-account", "not-yaml", "faults", "not-text"],
)
def test_a_bad_fixture_is_400_naming_the_entry_and_changes_nothing(
    admin: tuple[TestClient, SerialApi], body: str, field: str
) -> None:
    client, api = admin
    api.create_brand("kept")
    raw = body.encode("latin-1") if body == "\xff" else body.encode()
    response = client.post("/_mock/admin/fixture", headers=ADMIN, content=raw)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == field
    assert KEY_A not in response.text
    assert brand_names(api) == ["kept"]


def test_export_then_import_brings_the_state_back(admin: tuple[TestClient, SerialApi]) -> None:
    client, api = admin
    state = build_rich_state(api)
    before = api_reads(api, state)
    exported = client.get("/_mock/admin/snapshot", headers=ADMIN)
    assert exported.status_code == 200
    assert exported.headers["content-type"] == "application/json"
    assert client.post("/_mock/admin/reset", headers=ADMIN).status_code == 200
    assert brand_names(api) == []
    restored = client.put("/_mock/admin/snapshot", headers=ADMIN, content=exported.content)
    assert restored.status_code == 200, restored.text
    assert restored.json()["records"]["brands"] == 2
    assert api_reads(api, state) == before


def test_the_clock_moves_and_jobs_follow() -> None:
    app = create_app(clock=MovableClock(), admin_token=TOKEN, config=MockConfig(job_timing=JobTiming.realistic()))
    with TestClient(app, raise_server_exceptions=False) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC"))
        job = api.job(api.product_twin(), 100_000)["id"]
        assert api.status(job)["status"] == "PENDING"
        moved = client.post("/_mock/admin/clock/advance", headers=ADMIN, json={"seconds": 3600})
        assert moved.status_code == 200
        assert api.status(job)["status"] == "COMPLETED"
        now = client.put("/_mock/admin/clock", headers=ADMIN, json={"now": "2031-05-06T07:08:09+02:00"})
        assert now.json() == {"now": "2031-05-06T05:08:09.000Z"}
        reading = client.get("/_mock/admin/clock", headers=ADMIN).json()
        assert reading["movable"] is True
        assert reading["now"].startswith("2031-05-06T05:08:")


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("clock/advance", {"seconds": -1}, "body.seconds"),
        ("clock/advance", {"seconds": "soon"}, "body.seconds"),
        ("clock/advance", {"seconds": 1, "extra": 1}, "body.extra"),
        ("clock/advance", {}, "body.seconds"),
        ("clock", {"now": "2030-01-01T00:00:00"}, "body.now"),
        ("clock", {"now": "tomorrow"}, "body.now"),
        ("clock", [], "body"),
    ],
)
def test_a_bad_clock_call_is_400_naming_the_field(
    admin: tuple[TestClient, SerialApi], path: str, body: Any, field: str
) -> None:
    client, _ = admin
    method = "POST" if path == "clock/advance" else "PUT"
    response = client.request(method, f"/_mock/admin/{path}", headers=ADMIN, json=body)
    assert (response.status_code, response.json()["errors"][0]["field"]) == (400, field)
    assert abs(client.get("/_mock/admin/clock", headers=ADMIN).json()["offsetSeconds"]) < 1


def test_a_clock_that_cannot_move_is_409() -> None:
    with TestClient(create_app(admin_token=TOKEN), raise_server_exceptions=False) as client:  # a system clock
        assert client.get("/_mock/admin/clock", headers=ADMIN).json()["movable"] is False
        response = client.post("/_mock/admin/clock/advance", headers=ADMIN, json={"seconds": 1})
        assert (response.status_code, response.json()["code"]) == (409, "CLOCK_FIXED")


def test_the_request_list_is_redacted_and_bounded(admin: tuple[TestClient, SerialApi]) -> None:
    client, api = admin
    api.create_brand("b")
    client.get("/rest/brands", params={"accountId": ACCOUNT, "key": EDITOR_KEY, "token": TOKEN})
    client.get(
        f"/rest/{TOKEN}",
        headers={"Authorization": "ApiKey a-key-nobody-knows-123"},
        params={"k": "a-key-nobody-knows-123"},
    )
    client.get("/_mock/admin/clock", headers={"Authorization": "Bearer wrong-token-1234567890"})
    listed = client.get("/_mock/admin/requests", headers=ADMIN, params={"limit": 4})
    entries = listed.json()["requests"]
    assert [(e["method"], e["status"]) for e in entries] == [("POST", 200), ("GET", 401), ("GET", 404), ("GET", 401)]
    assert set(entries[0]) == {"time", "method", "path", "query", "status", "requestId", "durationMs"}
    assert entries[0]["path"] == "/rest/brands"
    assert entries[0]["requestId"]
    text = listed.text
    for secret in (EDITOR_KEY, TOKEN, "a-key-nobody-knows-123", "wrong-token-1234567890", "Authorization"):
        assert secret not in text
    assert "[redacted]" in entries[1]["query"]
    assert entries[2]["path"] == "/rest/[redacted]"
    assert listed.json()["total"] == 4
    for limit in ("0", "1001", "x", "-1"):
        response = client.get("/_mock/admin/requests", headers=ADMIN, params={"limit": limit})
        assert (response.status_code, response.json()["errors"][0]["field"]) == (400, "query.limit")
    assert client.delete("/_mock/admin/requests", headers=ADMIN).json() == {"cleared": True}
    assert len(client.get("/_mock/admin/requests", headers=ADMIN).json()["requests"]) == 1  # the DELETE
    ring = RequestLog(size=3)
    for number in range(5):
        ring.add({"n": number})
    assert (ring.last(10), ring.total, SIZE) == ([{"n": 2}, {"n": 3}, {"n": 4}], 5, 1000)


def test_the_token_is_in_no_log_line_and_no_answer(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    app = create_app(clock=MovableClock(), admin_token=TOKEN)
    seen: list[str] = []
    with TestClient(app, raise_server_exceptions=False) as client:
        for method, name in CALLS:
            for headers in (ADMIN, {}, {"Authorization": f"Bearer {TOKEN}x"}):
                response = client.request(method, f"/_mock/admin/{name}?t={TOKEN}", headers=headers, content=b"{")
                seen.append(response.text + json.dumps(dict(response.headers)))
        seen.append(client.get("/_mock/admin/requests", headers=ADMIN, params={"limit": 1000}).text)
    seen.append(repr(app.state.admin))
    # Every record but the test client's own (httpx logs the URLs it requests, the token in them).
    ours = [r for r in caplog.records if r.name.split(".")[0] not in ("httpx", "httpcore")]
    records = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in ours)
    assert "admin: state reset" in records  # the admin calls do log
    for text in [*seen, records]:
        assert TOKEN not in text


# ------------------------------------------------------------ no change to the API


def test_the_api_answers_the_same_with_the_admin_api_on_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = []
    for token in (None, TOKEN):
        # The same names and seeds in both runs: the answers differ only where the admin API would change them.
        monkeypatch.setattr(helpers, "_counter", itertools.count(1))
        monkeypatch.setattr(serials, "new_seed", functools.partial(next, iter(f"{n:032x}" for n in range(1, 100))))
        with TestClient(create_app(clock=ManualClock(START), admin_token=token), raise_server_exceptions=False) as c:
            api = SerialApi(c, EDITOR_KEY, ACCOUNT)
            state = build_rich_state(api)
            answers.append(normalized(api_reads(api, state)))
    assert answers[0] == answers[1]


# ------------------------------------------------------------------ the command


def served(monkeypatch: pytest.MonkeyPatch, *args: str, env: dict[str, str] | None = None) -> tuple[Any, Any]:
    found: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: found.update(app=app, options=options))
    result = CliRunner().invoke(cli.main, list(args), env=env or {})
    return result, found.get("app")


def test_the_command_takes_the_token_from_the_environment_and_never_prints_it(monkeypatch: pytest.MonkeyPatch) -> None:
    result, app = served(monkeypatch, env={"ILLUMINATE_MOCK_ADMIN_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    assert "admin API: on" in result.output
    assert TOKEN not in result.output
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/_mock/admin/clock", headers=ADMIN).json()["movable"] is True
        assert client.get("/_mock/admin/clock").status_code == 401
    result, app = served(monkeypatch, "--admin-token", TOKEN)
    assert result.exit_code == 0
    assert TOKEN not in result.output
    result, app = served(monkeypatch)
    assert "admin API: off" in result.output
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/_mock/admin/clock", headers=ADMIN).status_code == 404


@pytest.mark.parametrize("token", ["short", "has a space in it here", "é" * 20])
def test_the_command_refuses_an_unusable_token_in_one_line(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    result, app = served(monkeypatch, env={"ILLUMINATE_MOCK_ADMIN_TOKEN": token})
    assert result.exit_code != 0
    assert app is None
    assert len(result.output.strip().splitlines()) == 1
    assert token not in result.output
    assert "ILLUMINATE_MOCK_ADMIN_TOKEN" in result.output
