"""SIGTERM and SIGHUP end a command the way Ctrl-C does: same cleanup, exit 128 + the signal.

Python turns SIGINT into KeyboardInterrupt, which unwinds through every
``finally`` and ``except KeyboardInterrupt`` of the CLI and the SDK: an
export's temporary file or QR staging folder is removed, a job wait prints
the command that resumes it. SIGTERM (``kill``, systemd, a CI timeout) and
SIGHUP (a closed terminal or SSH session) would instead end the process on
the spot and leave those behind. So all three get one handler that raises
the same KeyboardInterrupt and remembers which signal came, for the exit
code (130, 143, 129) and the message.

Once a signal has arrived, later ones are recorded but raise nothing: the
process is already on its way out, and what a second interrupt would cut
short is that very cleanup (deleting one file or one staging folder), which
is what leaves debris. SIGKILL and Ctrl-\\ (SIGQUIT) still end it at once.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

HANDLED = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class _State:
    received: int | None = None


def _handler(signum: int, frame: FrameType | None) -> None:
    if _State.received is not None:
        return  # already unwinding: let the cleanup finish
    _State.received = signum
    raise KeyboardInterrupt


@contextmanager
def handling() -> Iterator[None]:
    """Route SIGINT, SIGTERM and SIGHUP to the KeyboardInterrupt path while the command runs.

    Only the main thread may set handlers; elsewhere (a test runner's worker
    thread) the process's own handling stays as it is.
    """
    _State.received = None
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    for signum in HANDLED:
        previous[signum] = signal.getsignal(signum)
        if previous[signum] == signal.SIG_IGN:
            continue  # ignored by whoever started us (nohup, a shell's background job): keep ignoring
        signal.signal(signum, _handler)
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, signal.SIG_DFL if old is None else old)  # None: set outside Python


def received() -> int | None:
    """The first signal that arrived while handling, if any."""
    return _State.received


def exit_code() -> int:
    """128 + the signal that interrupted the command; 130 (SIGINT) for a KeyboardInterrupt of any other origin."""
    return 128 + (_State.received or signal.SIGINT)


def interrupted() -> str:
    """``interrupted``, naming the signal when it was not Ctrl-C."""
    signum = _State.received
    if signum is None or signum == signal.SIGINT:
        return "interrupted"
    return f"interrupted by {signal.Signals(signum).name}"
