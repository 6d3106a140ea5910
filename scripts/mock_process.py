"""Start the mock as a child process on loopback and wait until it answers.

Shared by the benchmarks and the tests that need a real server process.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def mock_command(port: int) -> list[str]:
    """The `illuminate-mock` command itself, quiet."""
    return [sys.executable, "-m", "illuminate_mock.cli", "--port", str(port), "--log-level", "warning"]


def wait_until_answering(url: str, process: subprocess.Popen[Any], timeout: float, failure: Callable[[], str]) -> None:
    """Return once the mock at ``url`` answers ``/openapi.json``; RuntimeError(``failure()``) if its process
    ends, or ``timeout`` seconds pass, first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(f"{url}/openapi.json", timeout=1)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(failure()) from None
            time.sleep(0.05)


@contextmanager
def running_mock(
    command: Callable[[int], list[str]] = mock_command,
    *,
    env: Mapping[str, str] | None = None,
    quiet: bool = False,
    timeout: float = 30.0,
) -> Iterator[tuple[str, int]]:
    """Run ``command(port)``; yield (base URL, pid) once ``/openapi.json`` answers, then stop it."""
    port = free_port()
    output = subprocess.DEVNULL if quiet else None
    process = subprocess.Popen(command(port), env=env, stdout=output, stderr=output)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(
            url, process, timeout, lambda: f"the mock did not start: {' '.join(command(port)[:3])} ..."
        )
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # stuck in a request: do not leave it behind
            process.kill()
            process.wait()
