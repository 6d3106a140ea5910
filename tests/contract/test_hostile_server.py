"""A broken or hostile server ends a run with one line, never a traceback or a hang.

Each server here misbehaves in one way a real one might (a body that never
ends, one that never stops trickling, 200 MB, not JSON, not UTF-8, a
redirect or a 5xx at start-up). The runner must say so in one line and exit
non-zero, or report it as one failure of the operation; never hang, never
read without bound.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.servers import serve

REPO = Path(__file__).resolve().parents[2]
ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "sk-hostile-SECRET-9876543210"
Scope = dict[str, Any]


def asgi(answer: Callable[[Scope], Any]) -> Any:
    """An ASGI app whose every request is answered by ``answer(scope)`` (an async generator of messages)."""

    async def app(scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        async for message in answer(scope):
            await send(message)

    return app


def start(status: int, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {"type": "http.response.start", "status": status, "headers": headers}


def body(data: bytes, more: bool = False) -> dict[str, Any]:
    return {"type": "http.response.body", "body": data, "more_body": more}


async def ok_brands(scope: Scope) -> Any:
    yield start(200, [(b"content-type", b"application/json"), (b"has-next-page", b"false")])
    yield body(b"[]")


# The misbehaviours that are one whole answer: status, headers, body.
CANNED: dict[str, tuple[int, list[tuple[bytes, bytes]], bytes]] = {
    "redirect": (302, [(b"location", b"https://elsewhere.example/rest/brands")], b""),
    "server-error": (503, [(b"content-type", b"text/plain")], b"maintenance"),
    "not-json": (200, [(b"content-type", b"application/json")], b"<html>surprise</html>"),
    "not-utf8": (200, [(b"content-type", b"application/json; charset=utf-8")], b'[{"id": "\xff\xfe"}]'),
}


def hostile(kind: str) -> Any:
    async def answer(scope: Scope) -> Any:
        if kind in CANNED:
            status, headers, data = CANNED[kind]
            yield start(status, headers)
            yield body(data)
        elif kind == "trickle":
            yield start(200, [(b"content-type", b"application/json"), (b"content-length", b"100000")])
            for _ in range(100_000):
                yield body(b" ", more=True)
                await asyncio.sleep(0.5)
        elif kind == "huge":
            yield start(200, [(b"content-type", b"application/json")])
            chunk = b" " * (1 << 20)
            for _ in range(200):
                yield body(chunk, more=True)
            yield body(b"[]")
        elif kind == "echo-key":
            auth = dict(scope["headers"]).get(b"authorization", b"")
            yield start(401, [(b"content-type", b"application/json")])
            yield body(b'{"message": "bad key: ' + auth + b'"}')

    return asgi(answer)


@contextmanager
def served(app: Any) -> Iterator[str]:
    with serve(app) as url:
        yield url


def contract(*args: str, tmp: Path, timeout: float = 240) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ILLUMINATE_")}
    env.update({"ILLUMINATE_API_KEY": KEY, "ILLUMINATE_ACCOUNT_ID": ACCOUNT})
    command = [sys.executable, "-m", "contract_tests", "--report-dir", str(tmp / "reports"), *args]
    started = time.monotonic()
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    return result, time.monotonic() - started


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("redirect", "redirect"),
        ("server-error", "HTTP 503"),
        ("trickle", "no complete answer"),
        ("huge", "size limit"),
        ("echo-key", "refused the API key"),
    ],
)
def test_a_bad_start_up_answer_is_one_line(tmp_path: Path, kind: str, expected: str) -> None:
    with served(hostile(kind)) as url:
        result, _ = contract("--base-url", url, tmp=tmp_path)
    assert result.returncode != 0
    line = one_line(result)
    assert expected in line
    assert KEY not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--base-url", "http://"), "--base-url"),
        (("--base-url", "http://[::1"), "--base-url"),
        (("--base-url", "http://exa mple.com"), "--base-url"),
        (("--base-url", "https://api.dmrc.app/rest?x=1"), "query"),
        (("--base-url", "http://127.0.0.1:9", "--report-dir", "/proc/nope/reports"), "cannot write reports"),
    ],
)
def test_malformed_options_are_one_line(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    result, _ = contract(*args, tmp=tmp_path, timeout=60)
    assert result.returncode != 0
    assert expected in one_line(result)


def _answers_then(kind: str) -> Any:
    """Start-up and seeding answer well; then every list answers ``kind``."""
    calls = {"n": 0}

    async def answer(scope: Scope) -> Any:
        calls["n"] += 1
        if calls["n"] <= 2:  # the start-up check and the read-only seeding
            async for message in ok_brands(scope):
                yield message
            return
        async for message in _plain(kind, scope):
            yield message

    return asgi(answer)


async def _plain(kind: str, scope: Scope) -> Any:
    messages: list[dict[str, Any]] = []

    async def collect(message: dict[str, Any]) -> None:
        messages.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    if kind == "trickle":
        yield start(200, [(b"content-type", b"application/json"), (b"content-length", b"100000")])
        for _ in range(100_000):
            yield body(b" ", more=True)
            await asyncio.sleep(0.5)
        return
    await hostile(kind)(scope, receive, collect)
    for message in messages:
        yield message


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["not-json", "not-utf8", "huge", "trickle"])
def test_a_bad_answer_during_the_run_is_a_reported_failure_not_a_hang(tmp_path: Path, kind: str) -> None:
    with served(_answers_then(kind)) as url:
        result, took = contract(
            "--base-url",
            url,
            "--max-examples",
            "2",
            "--phase",
            "examples",
            "--request-deadline",
            "2",
            tmp=tmp_path,
        )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "CONTRACT SUMMARY" in result.stdout
    assert took < 200
    assert KEY not in result.stdout + result.stderr


def _echoing_mock() -> Any:
    """The mock, but every error body and every brand name carries the caller's Authorization header."""
    from illuminate_mock.app import create_app
    from illuminate_mock.fixtures import parse_fixture

    fixture = {
        "accounts": [{"id": ACCOUNT, "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]}],
        "apiKeys": [{"key": KEY, "accountId": ACCOUNT, "roles": ["API_EDITOR", "SERIAL_READ_WRITE"]}],
    }
    inner = create_app(parse_fixture(fixture))

    async def app(scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return
        auth = dict(scope.get("headers", [])).get(b"authorization", b"")
        status = {"code": 200}

        async def echo(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message = {**message, "headers": [(k, v) for k, v in message["headers"] if k != b"content-length"]}
            elif message["type"] == "http.response.body":
                content = message.get("body", b"")
                if status["code"] >= 400:
                    content = content.replace(b'"message":"', b'"message":"' + auth + b" ")
                elif content.startswith(b"["):
                    # A documented fact broken (an id that is a number), so the body is printed as a failure.
                    rest = content[1:] if content.strip() != b"[]" else b"]"
                    content = b'[{"id":12345,"echo":"' + auth + b'"}' + (b"," if rest != b"]" else b"") + rest
                message = {**message, "body": content}
            await send(message)

        await inner(scope, receive, echo)

    return app


@pytest.mark.slow
def test_a_server_echoing_the_key_never_gets_it_printed_or_written(tmp_path: Path) -> None:
    with served(_echoing_mock()) as url:
        result, _ = contract(
            "--base-url", url, "--max-examples", "3", "--phase", "examples", "--phase", "fuzzing", tmp=tmp_path
        )
    assert "CONTRACT SUMMARY" in result.stdout, result.stderr[-2000:]
    assert "response_schema_conformance" in result.stdout
    assert "[REDACTED]" in result.stdout + result.stderr, "the echoed key was printed (and redacted)"
    written = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "reports").iterdir())
    assert KEY not in result.stdout + result.stderr + written
