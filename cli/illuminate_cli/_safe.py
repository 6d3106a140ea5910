"""Untrusted text stays text: the one gate every string passes on its way out.

Whatever the server sends (names, ids, URLs, error messages) and whatever is
read from a file is data. Printed raw, data could act: ESC starts escape
sequences (colours, cursor moves, window titles, OSC 8 hyperlinks), ``\\r``
and ``\\b`` overwrite what was printed before, C1 characters are 8-bit escapes
on some terminals, bidi overrides reorder what the eye reads, a lone surrogate
makes the UTF-8 encoder raise, and rich reads ``[bold]`` as markup (and
``[/x]`` crashes it). So, for every output path of the CLI:

- ``sanitize`` replaces each such character by a visible escape (``\\x1b``,
  ``\\u202e``); everything else, emoji included, is kept;
- ``redact`` replaces the API key by ``***`` (a server may echo it back in an
  error body, a user may paste it into a URL);
- ``clean`` is both. Result lines, the ``illuminate: ...`` error line, notes,
  prompts, progress descriptions and ``--debug`` log lines go through it, and
  table cells are ``cell()`` objects: ``rich.text.Text``, which rich never
  parses as markup;
- ``json_text`` keeps ``--output json`` exact data: ``json.dumps`` escapes C0
  already; this also writes DEL, C1, bidi controls and lone surrogates as
  ``\\uXXXX``, which parse back to the very same string.

Our own messages never contain these characters, so cleaning a whole line
that has server values in it changes only those values, and cleaning twice
changes nothing.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from rich.text import Text

# C0, DEL, C1; the Arabic letter mark, LRM/RLM, line/paragraph separators (newlines to some
# terminals), the bidi embeddings and overrides (U+202A-U+202E), the isolates (U+2066-U+2069),
# and lone surrogates. A regex finds them in C; only what it finds costs a Python call.
_UNSAFE_CLASS = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[{_UNSAFE_CLASS}]")
_UNSAFE_BUT_NEWLINE = re.compile(f"(?!\n)[{_UNSAFE_CLASS}]")
# In JSON only what json.dumps leaves raw: it has already escaped C0, '"' and '\'.
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


# Shorter values would make every "***" look like a leak and garble ordinary text.
_MIN_SECRET = 4
_secrets: list[str] = []


def sanitize(text: str) -> str:
    """``text`` with every control, bidi or surrogate character replaced by a visible escape."""
    return _UNSAFE.sub(_visible, text)


def sanitize_lines(text: str) -> str:
    """``sanitize``, but newlines stay: for exported rows shown on a terminal."""
    return _UNSAFE_BUT_NEWLINE.sub(_visible, text)


def register_secret(value: str) -> None:
    """From now on ``redact`` hides ``value``, also as it appears percent-encoded or JSON-escaped."""
    if len(value) < _MIN_SECRET:
        return
    for form in (value, quote(value, safe=""), json.dumps(value)[1:-1]):
        if form not in _secrets:
            _secrets.append(form)
    _secrets.sort(key=len, reverse=True)  # a longer form first, so no piece of it survives


def forget_secrets() -> None:
    """Forget every registered value (each command run starts afresh)."""
    _secrets.clear()


def redact(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text


def clean(value: object) -> str:
    """Any value as one safe line for a terminal: redacted, then sanitized."""
    return sanitize(redact(value if isinstance(value, str) else str(value)))


def cell(value: object) -> Text:
    """A table cell: rich never parses a ``Text`` as markup, and its content is already clean."""
    return Text(clean(value))


def json_text(data: Any) -> str:
    """``data`` as indented JSON whose strings parse back exactly, safe to show on a terminal."""
    text = json.dumps(data, indent=2, default=str, ensure_ascii=False)
    return redact(_JSON_RAW.sub(_json_escape, text))
