"""``illuminate-mock`` as a real child process, for the tests of what only a process shows.

Signals (SIGTERM, ``kill -9``), exit codes, the start-up line and the logs
of uvicorn and the mock as they reach the terminal. Output goes to a file
(no pipe to fill); the process is killed if a test leaves it running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mock_process import free_port, wait_until_answering

TOKEN_ENV = "ILLUMINATE_MOCK_ADMIN_TOKEN"


def command(port: int, *args: str) -> list[str]:
    return [sys.executable, "-m", "illuminate_mock.cli", "--port", str(port), *args]


def environment(token: str | None = None) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name != TOKEN_ENV}
    if token is not None:
        env[TOKEN_ENV] = token
    return env


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    output: Path

    def text(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace")

    def stop(self, how: signal.Signals = signal.SIGTERM, timeout: float = 20) -> int:
        """Send ``how`` to the process (by its pid) and wait for it; its exit code."""
        self.process.send_signal(how)
        return self.process.wait(timeout)


@contextmanager
def serve(folder: Path, *args: str, token: str | None = None, timeout: float = 30) -> Iterator[Served]:
    """Run ``illuminate-mock ARGS`` until ``/openapi.json`` answers; stopped (killed if need be) at the end."""
    port = free_port()
    output = folder / f"mock-{port}.log"
    with output.open("wb") as sink:
        process = subprocess.Popen(command(port, *args), stdout=sink, stderr=subprocess.STDOUT, env=environment(token))
    served = Served(f"http://127.0.0.1:{port}", process, output)
    try:
        wait_until_answering(served.url, process, timeout, lambda: f"the mock did not start:\n{served.text()}")
        yield served
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def run_to_exit(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``illuminate-mock ARGS`` that is expected to stop by itself (a refused start)."""
    return subprocess.run(
        command(free_port(), *args), capture_output=True, text=True, timeout=timeout, env=environment(), check=False
    )
