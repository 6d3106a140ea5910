"""Bad input gives one clear line and a meaningful exit code; credentials come from env or a profile, never shown."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import ACCOUNT, KEY, SECRET, UNSAFE, invoke, make_twin, one_line
from tests.servers import Served


def test_no_key(env: dict[str, str]) -> None:
    env["ILLUMINATE_API_KEY"] = ""
    result = invoke(["brands", "list"], env)
    assert result.exit_code == 3
    assert one_line(result.stderr)
    assert "ILLUMINATE_API_KEY" in result.stderr


def test_wrong_key_never_echoed(mock: Served, env: dict[str, str]) -> None:
    env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_BASE_URL=mock.url)
    result = invoke(["brands", "list"], env)
    assert result.exit_code == 3
    assert one_line(result.stderr)
    assert "from ILLUMINATE_API_KEY" in result.stderr
    assert SECRET not in result.output


def test_unknown_twin(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    for args in (
        ["serials", "export", "nope", "-f", str(tmp_path / "x.csv")],
        ["serials", "export", "gtin:4006381333931"],
        ["serials", "generate", "nope", "-n", "5"],
        ["carriers", "list", "product:nope"],
        ["twins", "find", "--product-id", "nope"],
        ["jobs", "show", "nope"],
    ):
        result = invoke(args, env)
        assert result.exit_code == 4, (args, result.output)
        assert one_line(result.stderr), (args, result.output)
    assert not list(tmp_path.glob("*x.csv*"))


def test_bad_gtin_is_a_usage_error(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    result = invoke(["twins", "find", "--gtin", "4006381333932"], env)
    assert result.exit_code == 2
    assert "check digit" in result.stderr


def test_count_over_space_left(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    twin = make_twin(mock.url, length=6, count=999_990)  # 1,000,000 numeric serials in all, 10 left
    result = invoke(["serials", "generate", twin, "-n", "11", "--wait"], env)
    assert result.exit_code == 5
    assert one_line(result.stderr)
    assert "left" in result.stderr


def test_missing_settings_says_what_to_do(fresh_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = fresh_mock.url  # its own mock: no other test's account settings apply
    twin = make_twin(fresh_mock.url, settings=False)
    result = invoke(["serials", "generate", twin, "-n", "5"], env)
    assert result.exit_code == 5
    assert one_line(result.stderr)
    assert "illuminate settings set" in result.stderr


def test_failed_job(fresh_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = fresh_mock.url  # its own mock: the failure switch cannot hit another test's job
    twin = make_twin(fresh_mock.url)
    fresh_mock.backend.serial.fail_next_jobs = 1
    result = invoke(["serials", "generate", twin, "-n", "5", "--wait", "--progress", "none"], env)
    assert result.exit_code == 6
    assert "FAILED" in result.stderr


def test_unwritable_output(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    twin = make_twin(mock.url, count=10)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    (tmp_path / "a-file").write_text("")
    targets = [tmp_path / "missing" / "s.csv", tmp_path / "a-file" / "s.csv", tmp_path]
    if os.geteuid() != 0:  # root may write anywhere
        targets.append(locked / "s.csv")
    try:
        for target in targets:
            result = invoke(["serials", "export", twin, "-f", str(target)], env)
            assert result.exit_code == 1, result.output
            assert one_line(result.stderr), result.output
    finally:
        locked.chmod(0o700)
    assert not list(locked.iterdir())
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    result = invoke(["serials", "export", twin, "-f", str(tmp_path / "s.csv"), "--qr-dir", str(tmp_path / "full")], env)
    assert result.exit_code == 2
    assert not (tmp_path / "s.csv").exists()


def test_settings_need_confirmation_without_terminal(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    twin = make_twin(mock.url, settings=False)
    result = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "6"], env, "")
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    result = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_ALPHANUMERIC", "--length", "6"], env)
    assert result.exit_code == 2
    assert "--symbols" in result.stderr
    result = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "5", "--yes"], env)
    assert result.exit_code == 2  # the 2025 document's range is 6-20
    assert one_line(result.stderr)
    assert "--length" in result.stderr


# ---------------------------------------------------------------- profiles


def write_config(tmp_path: Path, text: str, env: dict[str, str]) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    env["ILLUMINATE_CONFIG"] = str(path)
    return path


def test_profile_file(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    write_config(tmp_path, f'[mock]\napi_key = "{KEY}"\naccount_id = "{ACCOUNT}"\nbase_url = "{mock.url}"\n', env)
    env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_ACCOUNT_ID="")
    result = invoke(["auth", "status", "--profile", "mock"], env)  # an explicit profile beats the variables
    assert result.exit_code == 0, result.output
    assert "profile 'mock'" in result.stdout
    assert SECRET not in result.output
    assert KEY not in result.output
    env["ILLUMINATE_PROFILE"] = "mock"
    assert invoke(["brands", "list"], env).exit_code == 0


def test_default_profile_fills_in_what_the_variables_leave_out(
    mock: Served, env: dict[str, str], tmp_path: Path
) -> None:
    write_config(tmp_path, f'[default]\napi_key = "{SECRET}"\nbase_url = "{mock.url}"\n', env)
    result = invoke(["auth", "status"], env)  # key from ILLUMINATE_API_KEY, base URL from the default profile
    assert result.exit_code == 0, result.output
    assert "from ILLUMINATE_API_KEY" in result.stdout
    assert "profile 'default'" in result.stdout
    assert invoke(["auth", "status", "--base-url", mock.url], env).stdout.count("from --base-url") == 1


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[mock]\napi_key = "sk-RECOGNISABLE-0123456789\n', "not valid TOML"),
        ('[mock]\napi_key = "sk-RECOGNISABLE-0123456789"\ntoken = "sk-RECOGNISABLE-0123456789"\n', "unknown keys"),
        ('[other]\napi_key = "sk-RECOGNISABLE-0123456789"\n', "no profile 'mock'"),
    ],
)
def test_bad_profile(text: str, needle: str, env: dict[str, str], tmp_path: Path) -> None:
    write_config(tmp_path, text, env)
    result = invoke(["brands", "list", "--profile", "mock"], env)
    assert result.exit_code == 2
    assert needle in result.stderr
    assert SECRET not in result.output


def test_secret_repr() -> None:
    from illuminate_cli._config import Secret

    secret = Secret(SECRET)
    assert SECRET not in f"{secret} {secret!r} {secret:>40}"
    assert secret.reveal() == SECRET


# ---------------------------------------------------------------- bad input: one line, never a traceback

BAD_URLS = [
    "htp:/x",
    "http://",
    "http://[::1",
    "http://[zz]/rest",
    "http://a b",
    "http://a\x01b",
    "http://example.com/\x1b[31m",
    "http://\u202eexample.com",
    "http://x:99999",
    "ftp://example.com",
    "http://user:pw@example.com",
    "http://example.com/?q=1",
    "example.com",
]


@pytest.mark.parametrize("via", ["flag", "variable", "profile"])
@pytest.mark.parametrize("url", BAD_URLS, ids=repr)
def test_malformed_base_url_is_one_line_and_exit_2(url: str, via: str, env: dict[str, str], tmp_path: Path) -> None:
    args = ["brands", "list"]
    if via == "flag":
        args += ["--base-url", url]
    elif via == "variable":
        env["ILLUMINATE_BASE_URL"] = url
    else:
        write_config(tmp_path, f"[default]\nbase_url = {json.dumps(url)}\n", env)
    result = invoke(args, env)
    assert result.exit_code == 2, result.output
    assert one_line(result.stderr), result.stderr
    assert "base URL" in result.stderr
    assert not UNSAFE.search(result.stderr)
    assert "pw@" not in result.stderr  # a password in the URL is not echoed


@pytest.mark.parametrize(
    "args",
    [
        ["twins", "find"],
        ["brands", "list", "--output", "xml"],
        ["no-such-command"],
        ["serials", "export"],
        ["serials", "generate", "x", "--count", "0"],
        ["settings", "set", "--strategy", "RANDOM_ALPHANUMERIC", "--length", "5"],
        ["jobs", "wait", "x", "--timeout", "nan"],
        ["--progress", "\x1b[31m", "brands", "list"],
    ],
    ids=" ".join,
)
def test_usage_errors_are_one_line(args: list[str], mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    result = invoke(args, env)
    assert result.exit_code == 2, result.output
    assert one_line(result.stderr), result.stderr
    assert "--help" in result.stderr  # says where to look
    assert not UNSAFE.search(result.stderr)


def test_bare_command_shows_help(env: dict[str, str]) -> None:
    result = invoke([], env)
    assert result.exit_code == 2
    assert "Usage: illuminate" in result.stderr


def test_unexpected_failure_is_one_line(mock: Served, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from illuminate_cli import _output

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug\nover two lines \x1b[31m")

    monkeypatch.setattr(_output, "_console", broken)
    env["ILLUMINATE_BASE_URL"] = mock.url
    make_twin(mock.url)  # at least one brand, so the table is drawn
    result = invoke(["brands", "list"], env)
    assert result.exit_code == 1
    assert one_line(result.stderr), result.stderr
    assert "unexpected error: RuntimeError: a bug\\x0aover two lines \\x1b[31m" in result.stderr
    debug = invoke(["brands", "list", "--debug"], env)
    assert "Traceback" in debug.stderr  # --debug says where
    assert not UNSAFE.search(debug.stderr.replace("\n", ""))


# ---------------------------------------------------------------- where the files are


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")
def test_xdg_folders_are_the_defaults(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    config = tmp_path / "xdg-config" / "illuminate" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'[mock]\napi_key = "{KEY}"\naccount_id = "{ACCOUNT}"\nbase_url = "{mock.url}"\n')
    env.update(
        ILLUMINATE_CONFIG="",
        ILLUMINATE_STATE_DIR="",
        ILLUMINATE_API_KEY="",
        ILLUMINATE_ACCOUNT_ID="",
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_STATE_HOME=str(tmp_path / "xdg-state"),
    )
    status = invoke(["auth", "status", "--profile", "mock"], env)
    assert status.exit_code == 0, status.output
    assert str(config) in status.stdout
    twin = make_twin(mock.url)
    assert invoke(["serials", "generate", twin, "-n", "3", "--profile", "mock"], env).exit_code == 0
    history = tmp_path / "xdg-state" / "illuminate" / "jobs.jsonl"
    assert json.loads(history.read_text())["digitalTwinId"] == twin
    assert "~/.config/illuminate/config.toml" in invoke(["--help"], {**env, "XDG_CONFIG_HOME": ""}).stdout


def test_damaged_history_is_skipped(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    state = Path(env["ILLUMINATE_STATE_DIR"])
    state.mkdir()
    (state / "jobs.jsonl").write_bytes(b'\xff\xfe{not json\n[1]\n{"jobId": {"x": 1}}\n')
    result = invoke(["settings", "show"], env)
    assert result.exit_code == 0, result.output
    assert "no allocation settings visible" in result.stderr
