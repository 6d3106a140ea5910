"""The API key never shows: not on stdout or stderr, in ``--debug`` logs, error lines, files written or exception reprs.

One recognisable key, ``SECRET``, through every channel: a mock that accepts
it (``KeySwap``), servers that echo it back in their error bodies
(``EchoKey``), a client that fails while being built with the key in its
message, and every file the CLI writes.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from illuminate_cli import _context
from illuminate_cli._errors import CliError, from_sdk
from illuminate_sdk import APIStatusError, ConfigurationError

from tests.cli.helpers import ACCOUNT, SECRET, invoke, make_twin, one_line, run, sdk
from tests.cli.wrappers import EchoKey, KeySwap
from tests.servers import Served, serve


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert SECRET not in text, text


@pytest.mark.slow
def test_the_key_never_shows_in_any_channel(
    wrapped: Callable[..., Served], env: dict[str, str], tmp_path: Path
) -> None:
    served = wrapped(KeySwap)
    twin = make_twin(served.url, count=1200)
    with sdk(served.url) as client:
        serial = next(iter(client.serial_items(twin))).serial
    env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_BASE_URL=served.url)
    out = tmp_path / "out"
    runs = [
        ["--help"],
        ["serials", "export", "--help"],
        ["auth", "status", "--debug"],
        ["auth", "status", "--output", "json", "--debug"],
        ["--debug", "brands", "list"],
        ["brands", "list", "--output", "json", "--debug"],
        ["brands", "list", "-q", "--debug"],
        ["twins", "find", "--search", "Card", "--debug"],
        ["serials", "generate", twin, "-n", "10", "--wait", "--progress", "plain", "--debug"],
        ["settings", "show", "--twin", twin, "--debug"],
        ["serials", "export", twin, "-f", str(out / "s.csv"), "--qr-dir", str(out / "qr"), "--debug"],
        ["serials", "export", twin, "--format", "jsonl", "--debug"],
        ["jobs", "show", "no-such-job", "--debug"],
        # The 2025 API: a named job, its list and CSV, one serial's flags and attributes.
        ["serials", "generate", twin, "-n", "10", "--identifier", "secret_job", "--wait", "--debug"],
        ["jobs", "list", "--debug"],
        ["jobs", "csv", "secret_job", "-f", str(out / "job.csv"), "--debug"],
        ["serials", "export", twin, "--flag", "flag1=false", "--debug"],
        ["serials", "flags", "set", serial, "flag1=true", "--twin", twin, "--debug"],
        ["serials", "get", serial, "--twin", twin, "--output", "json", "--debug"],
        ["--base-url", f"http://user:{SECRET}@127.0.0.1:1", "brands", "list"],
        ["--base-url", f"{served.url}/{SECRET}", "brands", "list", "--debug"],  # quoted by the 404 line
    ]
    out.mkdir()
    debug_lines = 0
    for args in runs:
        result = run(args, env)  # true subprocesses: the real stderr, logging and exit path
        assert_no_key(result.stdout, result.stderr)
        if args[0] == "--base-url" and args[1].endswith(SECRET):
            assert f"{served.url}/***/" in result.stderr  # quoted, and cut out
        debug_lines += result.stderr.count(" DEBUG ")
    assert debug_lines > 20  # the logs were on
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "jobs.jsonl" for p in written)
    assert any(p.suffix == ".svg" for p in written)
    assert any(p.name == "job.csv" for p in written)
    for path in written:  # exports, QR images, the job history under the state dir
        assert SECRET.encode() not in path.read_bytes(), path


ECHOED = [
    (400, ["brands", "list"]),
    (401, ["jobs", "show", "x"]),
    (403, ["twins", "find", "--search", "x"]),
    (404, ["brands", "list"]),
    (409, ["brands", "create", "x"]),
    (500, ["brands", "create", "x"]),  # a POST: not retried, so no backoff to wait out
]


@pytest.mark.parametrize(("status", "args"), ECHOED, ids=[str(s) for s, _ in ECHOED])
def test_a_server_echoing_the_key_is_redacted(status: int, args: list[str], env: dict[str, str]) -> None:
    with serve(EchoKey(status)) as url:
        env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_BASE_URL=url)
        quiet = invoke(args, env)
        debug = run([*args, "--debug"], env)
    assert quiet.exit_code in (1, 3, 4, 5)
    assert one_line(quiet.stderr), quiet.stderr
    assert "***" in quiet.stderr  # the server did echo it, and it was cut out
    assert_no_key(quiet.stdout, quiet.stderr, debug.stdout, debug.stderr)


@pytest.mark.parametrize(
    ("error", "code"),
    [(ConfigurationError(f"the key {SECRET} is refused"), 2), (RuntimeError(f"boom near {SECRET}"), 1)],
    ids=["ConfigurationError", "RuntimeError"],
)
def test_an_error_while_the_client_is_built(
    error: Exception, code: int, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(_context, "Illuminate", failing)
    env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_BASE_URL="http://127.0.0.1:1")
    for args in (["brands", "list"], ["auth", "status"], ["brands", "list", "--debug"]):
        result = invoke(args, env)
        assert result.exit_code == code, result.output
        assert one_line(result.stderr), result.stderr
        assert "***" in result.stderr
        assert_no_key(result.stdout, result.stderr)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    state = _context.State()
    with pytest.raises(CliError) as raised:
        state.new_client()
    assert_reprs_clean(raised.value)


def assert_reprs_clean(error: BaseException) -> None:
    assert_no_key(repr(error), str(error), repr(error.args), "".join(traceback.format_exception(error)))


def test_errors_made_from_sdk_errors_hold_no_key(env: dict[str, str]) -> None:
    from illuminate_cli._config import resolve

    environ = {**env, "ILLUMINATE_API_KEY": SECRET}
    creds = resolve(profile=None, base_url="http://127.0.0.1:1", account_id=ACCOUNT, environ=environ)
    assert_no_key(repr(creds), str(creds))
    sdk_error = APIStatusError(f"key {SECRET} unknown", status_code=400, body={"echo": SECRET}, request_id=SECRET)
    assert_reprs_clean(from_sdk(sdk_error, creds.sources["api_key"]))


def test_unexpected_errors_and_their_traceback_hold_no_key(
    wrapped: Callable[..., Served], env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from illuminate_cli.commands import catalog

    def leaky(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"a bug that quotes {SECRET}")

    served = wrapped(KeySwap)
    monkeypatch.setattr(catalog, "emit_rows", leaky)
    env.update(ILLUMINATE_API_KEY=SECRET, ILLUMINATE_BASE_URL=served.url)
    for args in (["brands", "list"], ["brands", "list", "--debug"]):
        result = invoke(args, env)
        assert result.exit_code == 1
        assert "a bug that quotes ***" in result.stderr
        assert_no_key(result.stdout, result.stderr)
