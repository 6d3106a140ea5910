"""How the runner sends its own requests before a run (seeding, assumption probes): in process or over HTTP.

Over HTTP every answer is bounded like the run's own (``bounded.py``): a
whole response within the deadline, a body within the size cap. A failure
is a ``SeedError`` of one line, never a traceback.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from .bounded import DEFAULT_DEADLINE, call_with_deadline
from .seed import SeedError, Send
from .target import ResponseTooLarge, Target, bounded_request


@contextmanager
def sender(target: Target, app: Any, deadline: float = DEFAULT_DEADLINE) -> Iterator[Send]:
    """A function that sends one request to the target, in process or over HTTP.

    Over HTTP each answer must be complete within ``deadline`` seconds; after
    one overran, later requests are not sent (a server holding answers open
    would otherwise cost a deadline per seeding request and probe).
    """
    headers = {"Authorization": f"ApiKey {target.api_key}"}
    if app is not None:
        with warnings.catch_warnings():
            # Starlette asks for its httpx fork; plain httpx works as well for this.
            warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
            from starlette.testclient import TestClient

            with TestClient(app, base_url=target.url, headers=headers) as test_client:
                yield test_client.request
        return
    overran: list[str] = []
    with httpx.Client(base_url=target.url, headers=headers, timeout=30) as client:

        def send(method: str, url: str, **kwargs: Any) -> httpx.Response:
            what = f"{method} {url}"
            if overran:
                raise SeedError(f"seeding: {what} not sent: an earlier answer ({overran[0]}) overran the deadline")
            try:
                return call_with_deadline(lambda: bounded_request(client, method, url, **kwargs), deadline, what)
            except TimeoutError as exc:
                overran.append(what)
                raise SeedError(f"seeding: {exc}") from None
            except ResponseTooLarge as exc:
                raise SeedError(f"seeding: {exc}") from None

        yield send
