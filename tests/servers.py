"""A mock served by uvicorn in a thread on loopback, for tests that need real HTTP."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn


@contextmanager
def serve(app: Any, **options: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 (port 0) in a thread; yield its base URL.

    ``options`` are more of uvicorn's settings (``illuminate_mock.serving.server_options()``: as the command serves).
    """
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", lifespan="off", **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive(), "uvicorn stopped"
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        # uvicorn winds down in about 0.15 s of fixed sleeps (its 0.1 s tick, then a 0.1 s grace). The
        # listening socket closes first; nothing of a test waits for the rest, so the daemon thread is
        # left to finish on its own instead of costing every test that serves a mock that long.
        server.should_exit = True
        server.force_exit = True


@dataclass
class Served:
    """A served app and its URL; ``backend`` is the mock's state."""

    url: str
    app: Any

    @property
    def backend(self) -> Any:
        return self.app.state.service.backend


@contextmanager
def serving(app: Any) -> Iterator[Served]:
    """``app`` served as ``serve`` serves it, with its URL."""
    with serve(app) as url:
        yield Served(url, app)
