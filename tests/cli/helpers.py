"""What the CLI tests share: the demo account, twins with serials, ways to run ``illuminate`` and to stop it.

``illuminate`` runs in process (``invoke``), as a subprocess (``run``,
``popen``), on a pseudo-terminal (``on_terminal``), or until a signal
(``signalled``). The ASGI wrappers around the mock are in ``wrappers``.

Imported as ``from tests.cli.helpers import ...``: the repository root is on
pytest's pythonpath and ``illuminate_cli`` is importable from the installed
distribution, so nothing here edits ``sys.path``.
"""

from __future__ import annotations

import datetime
import itertools
import os
import pty
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from click.testing import CliRunner, Result
from illuminate_cli._app import cli

from tests.shared_helpers import make_product

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
SECRET = "sk-RECOGNISABLE-0123456789"
_gtins = itertools.count(1)

# What must never reach a terminal raw (``_safe`` turns each into a visible escape).
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# How the last line of a command stopped by each signal begins, after ``illuminate: ``.
INTERRUPTED: dict[int, str] = {
    signal.SIGINT: "interrupted",
    signal.SIGTERM: "interrupted by SIGTERM",
    signal.SIGHUP: "interrupted by SIGHUP",
}
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def new_gtin() -> str:
    """A fresh valid GTIN-13 per call, so tests never share a product."""
    body = f"95{os.getpid() % 1000:03d}{next(_gtins):07d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))  # GS1 mod 10
    return body + str(-total % 10)


def make_twin(url: str, *, count: int = 0, length: int = 10, gtin: str | None = None, settings: bool = True) -> str:
    """Brand, product (GTIN), twin-level settings and a job of ``count`` serials, via the SDK; the twin id."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        _, twin = make_product(client, gtin or new_gtin())
        if settings:
            client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=length, digital_twin_id=twin)
        if count:
            client.wait_for_job(client.start_job(twin, count), timeout=600)
        return twin


def add_carrier(url: str, twin: str, carrier_type: str = "QR_CODE") -> str:
    """A data carrier on the twin itself, via the SDK; its id."""
    from illuminate_client.api.data_carriers import create_data_carrier
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        carrier = client.call(
            create_data_carrier, digital_twin_id=twin, carrier_type=carrier_type, use_default_settings=True
        )
        return str(carrier.id)


def start_job(url: str, twin: str, count: int) -> str:
    """A job started with the SDK (not waited for); its id."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        return client.start_job(twin, count)


def start_named(url: str, twin: str, count: int, identifier: str, *, wait: bool = True, **options: Any) -> str:
    """A 2025 job (``flags=``, ``attributes=``) started with the SDK, and waited for unless ``wait=False``."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        job = client.start_serialization_job(twin, count, identifier=identifier, **options)
        if wait:
            client.wait_for_serialization_job(job.identifier, timeout=600)
        return job.identifier


def account_attributes(url: str, attributes: dict[str, bool]) -> None:
    """The account's settings (RANDOM_NUMERIC, length 10) with these serial attributes (name -> mandatory)."""
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=10, attributes=attributes)


def sdk(url: str) -> Any:
    """An SDK client on the demo account at ``url`` (a context manager)."""
    from illuminate_sdk import Illuminate

    return Illuminate(KEY, account_id=ACCOUNT, base_url=url)


def one_line(text: str) -> bool:
    """Exactly one ``illuminate: ...`` line."""
    return text.count("\n") == 1 and text.startswith("illuminate: ")


def invoke(args: list[str], env: dict[str, str], input: str | None = None) -> Result:
    """Run the command in process with click's CliRunner (stdout and stderr kept apart)."""
    return CliRunner().invoke(cli, args, env=env, input=input, catch_exceptions=False)


def command() -> list[str]:
    return [sys.executable, "-m", "illuminate_cli"]


def subprocess_env(env: dict[str, str]) -> dict[str, str]:
    merged = {**os.environ, **env}
    merged.pop("COLUMNS", None)
    return merged


def run(args: list[str], env: dict[str, str], timeout: float = 120, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run ``python -m illuminate_cli`` as a true subprocess."""
    return subprocess.run(
        [*command(), *args], env=subprocess_env(env), capture_output=True, text=True, timeout=timeout, **kwargs
    )


def popen(args: list[str], env: dict[str, str], **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*command(), *args],
        env=subprocess_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def on_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run ``python -m illuminate_cli ARGS`` with stdout on a pseudo-terminal (exit 0); what the terminal showed."""
    primary, secondary = pty.openpty()
    try:
        child = subprocess.Popen([*command(), *args], env=subprocess_env(env), stdout=secondary, stderr=subprocess.PIPE)
        os.close(secondary)
        shown = b""
        while chunk := _read_terminal(primary):
            shown += chunk
        assert child.wait(timeout=60) == 0
    finally:
        os.close(primary)
    return shown.decode()


def _read_terminal(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the child closed the terminal
        return b""


def wait_until(condition: Callable[[], object], what: str, timeout: float = 60.0) -> None:
    """Poll ``condition`` every 10 ms until it is true; fail after ``timeout`` seconds (generous on purpose)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


class StderrLines:
    """Reads a child's stderr in a thread, so a test can wait for a line without blocking on the pipe."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        assert child.stderr is not None
        self.lines: list[str] = []
        self._stream = child.stderr
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self._stream:
            self.lines.append(line)

    def wait_for(self, prefix: str, timeout: float = 60.0) -> str:
        wait_until(lambda: any(line.startswith(prefix) for line in self.lines), f"a stderr line {prefix!r}", timeout)
        return next(line for line in self.lines if line.startswith(prefix))

    def text(self) -> str:
        self._thread.join(30)
        return "".join(self.lines)


def for_signals(*signums: int) -> pytest.MarkDecorator:
    """Run the test once per signal (``signum``; default: SIGNALS), each named in the test's id."""
    return pytest.mark.parametrize("signum", signums or SIGNALS, ids=lambda s: signal.Signals(s).name)


@contextmanager
def signalled(args: list[str], env: dict[str, str], signum: int) -> Iterator[StderrLines]:
    """Run ``python -m illuminate_cli ARGS``; once the block has seen the known point, send ``signum``.

    The command must then exit 128 + signum; it is killed whatever happens. The
    block's ``StderrLines`` has the whole of stderr afterwards.
    """
    child = popen(args, env)
    err = StderrLines(child)
    try:
        yield err
        child.send_signal(signum)
        assert child.wait(timeout=60) == 128 + signum, err.text()
    finally:
        child.kill()


class ManualClock:
    """A clock for the mock that moves only when told: a job's progress stands still until then."""

    def __init__(self) -> None:
        self.current = datetime.datetime(2024, 9, 25, 19, 58, tzinfo=datetime.UTC)

    def now(self) -> datetime.datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += datetime.timedelta(seconds=seconds)


def run_resume(
    last_line: str, clock: ManualClock, env: dict[str, str]
) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """The ``Resume with:`` command in an interrupted wait's last line, and its run once the job is done (exit 0)."""
    words = shlex.split(last_line.split("Resume with: ")[1])
    clock.advance(3600)  # now the job is done
    resumed = run([*words[1:], "--progress", "plain"], env)
    assert resumed.returncode == 0, resumed.stderr
    assert "COMPLETED" in resumed.stdout
    return words, resumed
