"""``illuminate-mock --state FILE``: the state survives restarts, and a bad file is never used or overwritten.

- a missing file: the mock starts from its fixture and creates the file at once;
- written atomically (a temporary file beside it, then a rename; mode
  0600), only when something changed, every ``--state-interval`` seconds
  and on shutdown (SIGTERM through uvicorn's lifespan);
- real processes: everything made through the API is there after SIGTERM
  and a restart; after ``kill -9`` once the interval has passed; a ``kill
  -9`` inside the interval loses only the changes since the last write;
- a corrupt file (not JSON, another version, an account the fixture lacks,
  a dangling reference, a folder) refuses the start in one line naming the
  file and the place, exit code non-zero, no traceback, the file untouched;
- the served mock's logs (uvicorn's and its own, at DEBUG) never show the
  admin token or an API key.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from click.testing import CliRunner
from illuminate_mock import cli
from illuminate_mock.app import create_app
from illuminate_mock.clock import MovableClock
from illuminate_mock.persistence import PersistingApp, StateFile, StateFileError
from illuminate_mock.snapshot import parse_snapshot

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, TestClient, two_account_fixture
from tests.mock.serial_helpers import SerialApi
from tests.mock.served_helpers import Served, run_to_exit, serve
from tests.mock.state_helpers import api_reads, build_rich_state

TOKEN = "state-admin-token-9e4b2c7f0a13"


def backend_of(app: Any) -> Any:
    return app.state.service.backend


def names_in(path: Path) -> list[str]:
    return [brand["name"] for brand in json.loads(path.read_bytes())["brands"]]


def brand_names(api: SerialApi) -> list[str]:
    return [brand["name"] for brand in api.ok(api.get("/rest/brands", first=100, order="NAME_ASC"))]


# -------------------------------------------------------------- the file itself


def test_a_missing_file_is_created_from_the_fixture(tmp_path: Path) -> None:
    app = create_app(clock=MovableClock())
    state = StateFile(tmp_path / "state.json", backend_of(app))
    assert state.open() == "created"
    document = parse_snapshot((tmp_path / "state.json").read_bytes())
    assert document["brands"] == []
    assert document["accounts"][0]["id"] == ACCOUNT
    assert stat.S_IMODE(os.stat(tmp_path / "state.json").st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no temporary file left


def test_it_is_written_only_when_something_changed(tmp_path: Path) -> None:
    app = create_app(clock=MovableClock())
    state = StateFile(tmp_path / "state.json", backend_of(app))
    state.open()
    first = os.stat(tmp_path / "state.json").st_ino
    with TestClient(app, raise_server_exceptions=False) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        brand_names(api)  # a read changes nothing
        assert state.save() is False
        assert os.stat(tmp_path / "state.json").st_ino == first
        api.create_brand("one")
        assert state.save() is True
        assert os.stat(tmp_path / "state.json").st_ino != first  # a new file, renamed over the old one
        assert names_in(tmp_path / "state.json") == ["one"]
        assert state.save() is False


def test_the_writer_runs_while_serving_and_once_more_on_shutdown(tmp_path: Path) -> None:
    app = create_app(clock=MovableClock())
    state = StateFile(tmp_path / "state.json", backend_of(app), interval=0.1)
    state.open()
    with TestClient(PersistingApp(app, state), raise_server_exceptions=False) as client:  # runs the lifespan
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.create_brand("periodic")
        deadline = time.monotonic() + 5
        while names_in(tmp_path / "state.json") != ["periodic"]:
            assert time.monotonic() < deadline, "the state was not written within the interval"
            time.sleep(0.05)
        state.interval = 3600  # no more periodic writes: only the shutdown's
        time.sleep(0.2)
        api.create_brand("at-shutdown")
    assert names_in(tmp_path / "state.json") == ["periodic", "at-shutdown"]


def test_a_write_that_fails_is_logged_in_one_line_and_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    app = create_app(clock=MovableClock())
    state = StateFile(folder / "state.json", backend_of(app))
    state.open()
    (folder / "state.json").unlink()
    folder.rmdir()
    backend_of(app).revision += 1
    state.save_logged()
    assert [r.getMessage() for r in caplog.records if "cannot write" in r.getMessage()]


def test_a_folder_that_cannot_be_written_refuses_the_start(tmp_path: Path) -> None:
    app = create_app(clock=MovableClock())
    with pytest.raises(StateFileError) as refused:
        StateFile(tmp_path / "no-such-folder" / "state.json", backend_of(app)).open()
    assert str(refused.value).startswith(f"{tmp_path / 'no-such-folder' / 'state.json'}: cannot write")


def _other_accounts_state(tmp_path: Path) -> bytes:
    app = create_app(two_account_fixture(), clock=MovableClock())
    path = tmp_path / "other.json"
    StateFile(path, backend_of(app)).open()
    return path.read_bytes()


def _dangling(tmp_path: Path) -> bytes:
    app = create_app(clock=MovableClock())
    with TestClient(app, raise_server_exceptions=False) as client:
        SerialApi(client, EDITOR_KEY, ACCOUNT).create_product()
    document = backend_of(app).snapshot()
    document["products"][0]["brandId"] = "gone"
    return json.dumps(document).encode()


CORRUPT: dict[str, tuple[Any, str]] = {
    "empty": (lambda _: b"", "line 1, column 1: not valid JSON"),
    "truncated": (lambda _: b'{"format": "illuminate-mock-snapshot", "vers', "line 1, column 40: not valid JSON"),
    "other-version": (lambda _: b'{"format": "illuminate-mock-snapshot", "version": 7}', "version: this mock reads"),
    "not-a-snapshot": (lambda _: b'{"accounts": []}', "format: must be"),
    "unknown-account": (_other_accounts_state, "accounts[0].id: names the account"),
    "dangling": (_dangling, "products[0].brandId: names no brand"),
}


@pytest.mark.parametrize("case", sorted(CORRUPT))
def test_a_corrupt_file_refuses_the_start_in_one_line_and_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    make, expected = CORRUPT[case]
    path = tmp_path / "state.json"
    path.write_bytes(make(tmp_path))
    before = (path.read_bytes(), os.stat(path).st_mtime_ns, os.stat(path).st_ino)
    started: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.append(app))
    result = CliRunner().invoke(cli.main, ["--state", str(path)], env={"ILLUMINATE_MOCK_ADMIN_TOKEN": ""})
    assert result.exit_code != 0
    assert started == []
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"Error: {path}: "), lines[0]
    assert expected in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert (path.read_bytes(), os.stat(path).st_mtime_ns, os.stat(path).st_ino) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_folder_in_place_of_the_file_refuses_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: None)
    result = CliRunner().invoke(cli.main, ["--state", str(tmp_path)], env={"ILLUMINATE_MOCK_ADMIN_TOKEN": ""})
    assert result.exit_code != 0


def test_the_start_up_line_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append(app))
    path = tmp_path / "state.json"
    runner = CliRunner()
    result = runner.invoke(
        cli.main, ["--state", str(path), "--state-interval", "2"], env={"ILLUMINATE_MOCK_ADMIN_TOKEN": ""}
    )
    assert result.exit_code == 0, result.output
    assert f"state: {path} (created; written every 2 s when changed, and on shutdown)" in result.output
    assert "admin API: off" in result.output
    assert isinstance(served[0], PersistingApp)
    again = runner.invoke(cli.main, ["--state", str(path)], env={"ILLUMINATE_MOCK_ADMIN_TOKEN": ""})
    assert f"state: {path} (restored; written every 5 s" in again.output
    alone = runner.invoke(cli.main, ["--state-interval", "2"], env={"ILLUMINATE_MOCK_ADMIN_TOKEN": ""})
    assert alone.exit_code == 2
    assert "--state-interval needs --state" in alone.output


# ------------------------------------------------------------ real processes


def stopped_cleanly(served: Served) -> None:
    """SIGTERM: uvicorn shuts down (the lifespan's last write included), then ends by the signal it got."""
    assert served.stop(signal.SIGTERM) in (0, -signal.SIGTERM)
    assert "Application shutdown complete" in served.text()


def client_of(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=30)


@pytest.mark.slow
def test_everything_is_there_after_sigterm_and_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    with serve(tmp_path, "--state", str(path)) as served, client_of(served.url) as http:
        api = SerialApi(http, EDITOR_KEY, ACCOUNT)  # type: ignore[arg-type]
        state = build_rich_state(api)
        before = api_reads(api, state)
        stopped_cleanly(served)
    assert "Application shutdown complete" in served.text()
    with serve(tmp_path, "--state", str(path)) as again, client_of(again.url) as http:
        api = SerialApi(http, EDITOR_KEY, ACCOUNT)  # type: ignore[arg-type]
        after = api_reads(api, state)
        assert after.keys() == before.keys()
        for name in before:
            assert after[name] == before[name], name
        assert "(restored;" in again.text()


@pytest.mark.slow
def test_kill_9_after_the_interval_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    with serve(tmp_path, "--state", str(path), "--state-interval", "0.3") as served, client_of(served.url) as http:
        api = SerialApi(http, EDITOR_KEY, ACCOUNT)  # type: ignore[arg-type]
        api.create_brand("kept")
        api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC"))
        twin = api.product_twin()
        api.v1_job(twin, 1000, "job-1", flags=["flag1"])
        first = api.all_items(twin, limit=5)[0]["id"]
        api.ok(api.put_v1(api.serial_path(twin, first, "/flags/flag2"), value="true"))
        time.sleep(1.5)
        assert served.stop(signal.SIGKILL) == -signal.SIGKILL
    with serve(tmp_path, "--state", str(path)) as again, client_of(again.url) as http:
        api = SerialApi(http, EDITOR_KEY, ACCOUNT)  # type: ignore[arg-type]
        assert "kept" in brand_names(api)
        flags = api.ok(api.get_v1(api.serial_path(twin, first, "/flags")))
        assert flags == {"flag1": True, "flag2": True}
        assert api.ok(api.get_v1("/jobs/serialization/job-1"))["count"] == 1000


@pytest.mark.slow
def test_kill_9_inside_the_interval_loses_only_the_changes_since_the_last_write(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    with serve(tmp_path, "--state", str(path), "--state-interval", "3600") as served, client_of(served.url) as http:
        SerialApi(http, EDITOR_KEY, ACCOUNT).create_brand("written-at-shutdown")  # type: ignore[arg-type]
        stopped_cleanly(served)
    with serve(tmp_path, "--state", str(path), "--state-interval", "3600") as served, client_of(served.url) as http:
        SerialApi(http, EDITOR_KEY, ACCOUNT).create_brand("lost")  # type: ignore[arg-type]
        assert served.stop(signal.SIGKILL) == -signal.SIGKILL
    assert names_in(path) == ["written-at-shutdown"]  # the file is the last write, whole
    with serve(tmp_path, "--state", str(path)) as again, client_of(again.url) as http:
        assert brand_names(SerialApi(http, EDITOR_KEY, ACCOUNT)) == ["written-at-shutdown"]  # type: ignore[arg-type]


def test_a_served_mock_refuses_a_corrupt_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"format": "illuminate-mock-snapshot", "version": 1, "clock": ', encoding="utf-8")
    before = path.read_bytes()
    result = run_to_exit("--state", str(path))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert lines == [f"Error: {path}: line 1, column 63: not valid JSON (Expecting value)"], result.stderr
    assert path.read_bytes() == before


@pytest.mark.slow
def test_the_served_logs_never_show_the_token_or_a_key(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    args = ("--state", str(path), "--state-interval", "0.2", "--log-level", "debug")
    with serve(tmp_path, *args, token=TOKEN) as served, client_of(served.url) as http:
        admin = {"Authorization": f"Bearer {TOKEN}"}
        api = SerialApi(http, EDITOR_KEY, ACCOUNT)  # type: ignore[arg-type]
        api.create_brand("b")
        http.get(f"/rest/brands?accountId={ACCOUNT}&k={TOKEN}&key={EDITOR_KEY}", headers=admin)
        http.get(f"/_mock/admin/{TOKEN}", headers={"Authorization": f"Bearer {TOKEN}0"})
        http.post("/_mock/admin/reset", headers=admin)
        http.put("/_mock/admin/snapshot", headers=admin, content=b'{"format": 1}')
        http.post("/_mock/admin/fixture", headers=admin, content=f"accounts: [{TOKEN}".encode())
        listed = http.get("/_mock/admin/requests", headers=admin, params={"limit": 1000})
        time.sleep(0.5)
        stopped_cleanly(served)
    logs = served.text()
    assert "admin: state reset" in logs
    assert "state written to" in logs
    assert '"GET /rest/brands?accountId=' in logs  # uvicorn's access lines
    for text in (logs, listed.text, path.read_text(encoding="utf-8")):
        assert TOKEN not in text
        assert EDITOR_KEY not in text
    assert "[redacted]" in logs
