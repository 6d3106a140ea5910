"""How ``illuminate-mock`` runs under uvicorn, so that a served mock only ever answers the spec's JSON.

Two things below the app would otherwise answer for it, in ``text/plain``:

- h11 refuses a request head (request line and headers) over its buffer,
  16 KiB by default: a long ``filter`` in a URL got a plain-text 400. The
  buffer is raised above the app's own URL limit (``app.MAX_URL_BYTES``), so
  the app sees such a request and refuses it with the spec's Error body;
- a request h11 cannot parse at all (a malformed request line, a head over
  the raised buffer) is still refused by uvicorn; ``JsonErrorH11Protocol``
  sends that refusal as the spec's Error body too.

WebSocket upgrades are off (``ws="none"``): an upgrade request is served as
the plain HTTP request it also is, and gets the API's answer.

An access line that showed a secret (a key or the admin token in a URL) has
its arguments replaced by the redacted text (``redact.py``); uvicorn's
access formatter would fail on it, so ``RedactedAccessFormatter`` prints
that text as it is (``log_config``).
"""

from __future__ import annotations

import copy
import json
import logging
import uuid
from typing import Any

import h11
from uvicorn.config import LOGGING_CONFIG
from uvicorn.logging import AccessFormatter, DefaultFormatter
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import MAX_URL_BYTES

MAX_HEAD_BYTES = MAX_URL_BYTES + 64 * 1024  # the URL the app takes, and room for the headers


def error_body(message: str) -> bytes:
    """The spec's Error body for a request refused before the app saw it."""
    body = {"message": message, "code": "BAD_REQUEST", "status": 400, "requestId": str(uuid.uuid4())}
    return json.dumps(body).encode()


class JsonErrorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with its refusal of an unreadable request sent as the spec's Error body."""

    def send_400_response(self, msg: str) -> None:
        body = error_body(f"{msg} (the request line or headers could not be read, or are over {MAX_HEAD_BYTES} bytes)")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=body)):
            self.transport.write(self.conn.send(event))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()


def server_options() -> dict[str, Any]:
    """Keyword arguments of ``uvicorn.run`` / ``uvicorn.Config`` for the mock (besides host, port, logging)."""
    return {"http": JsonErrorH11Protocol, "ws": "none", "h11_max_incomplete_event_size": MAX_HEAD_BYTES}


class RedactedAccessFormatter(AccessFormatter):
    """uvicorn's access lines; one whose secret was redacted (its arguments folded into the text) as it is."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple) and len(record.args) == 5:
            return super().formatMessage(record)
        return DefaultFormatter("%(levelprefix)s %(message)s", use_colors=self.use_colors).formatMessage(record)


def log_config(level: str) -> dict[str, Any]:
    """uvicorn's logging, with redacted access lines printed, and the mock's own lines (admin calls, state
    writes, errors) beside uvicorn's, at the same level."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["access"]["()"] = f"{__name__}.RedactedAccessFormatter"
    config["loggers"]["illuminate_mock"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config
