"""Bad input gives one clear line and a meaningful exit code; credentials come from env or a profile, never shown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import ACCOUNT, KEY, Served, invoke, make_twin, run

SECRET = "sk-RECOGNISABLE-0123456789"


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and text.startswith("illuminate: ")


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


def test_secret_never_in_output_help_or_debug_logs(mock: Served, env: dict[str, str]) -> None:
    env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_BASE_URL=mock.url)
    for args in (
        ["--help"],
        ["serials", "export", "--help"],
        ["auth", "status", "--debug"],
        ["--debug", "brands", "list", "--output", "json"],
        ["twins", "find", "--search", "x", "--debug"],
    ):
        result = run(args, env)  # a true subprocess, so logging and stderr are the real ones
        assert SECRET not in result.stdout + result.stderr, args
    debug = run(["--debug", "brands", "list"], env)
    assert "HTTP Request" in debug.stderr or "httpx" in debug.stderr or "DEBUG" in debug.stderr


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


def test_missing_settings_says_what_to_do(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    twin = make_twin(mock.url, settings=False)
    if mock.backend.serial.account_settings.get(ACCOUNT) is not None:
        pytest.skip("another test set the account's settings")
    result = invoke(["serials", "generate", twin, "-n", "5"], env)
    assert result.exit_code == 5
    assert "illuminate settings set" in result.stderr


def test_failed_job(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    twin = make_twin(mock.url)
    mock.backend.serial.fail_next_jobs = 1
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
    result = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "5"], env, "")
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    result = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_ALPHANUMERIC", "--length", "5"], env)
    assert result.exit_code == 2
    assert "--symbols" in result.stderr


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
