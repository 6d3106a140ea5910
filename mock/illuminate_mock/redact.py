"""API keys never leave the mock: error bodies and log lines have every key replaced before they go out.

The keys of every fixture the process serves are known secrets, and so is
the key a request presents (a real key sent to the mock by mistake is the
one that matters most): ``presenting`` holds it for the request, in a
context variable that worker threads inherit. ``redact`` replaces all of
them in a text; ``RedactingFilter`` does it for log records (message and
traceback), and the HTTP layer does it for error bodies. Keys shorter than
``MIN_SECRET`` characters are test placeholders, not secrets: replacing
them would garble every message.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterable
from typing import Any

REDACTED = "[redacted]"
MIN_SECRET = 6
MOCK_LOGGERS = ("illuminate_mock", "illuminate_mock.faults")
SERVER_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")

_known: set[str] = set()
_presented: contextvars.ContextVar[str | None] = contextvars.ContextVar("illuminate_mock_key", default=None)


def remember(keys: Iterable[str]) -> None:
    """Treat ``keys`` as secrets from now on (every fixture's keys)."""
    _known.update(key for key in keys if len(key) >= MIN_SECRET)


def presenting(key: str | None) -> contextvars.Token[str | None]:
    """The key the current request presents (``Authorization: ApiKey <key>``), for this context."""
    return _presented.set(key if key and len(key) >= MIN_SECRET else None)


def redact(text: str) -> str:
    secrets = set(_known)
    presented = _presented.get()
    if presented:
        secrets.add(presented)
    for secret in sorted(secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_json(value: Any) -> Any:
    """``value`` (an error body) with every string redacted, keys of objects too."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    if isinstance(value, dict):
        return {redact(str(key)): redact_json(item) for key, item in value.items()}
    return value


class RedactingFilter(logging.Filter):
    """Replaces secrets in a record's message and traceback (installed on the loggers that log them)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = RedactingFilter()


def install(names: Iterable[str] = MOCK_LOGGERS) -> None:
    """Put the filter on these loggers (once each): a logger's filters see the records logged on it."""
    for name in names:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
