"""Keep the API key out of everything the suite prints or writes."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

REPLACEMENT = "[REDACTED]"


class Redactor:
    """Replaces each secret wherever it appears; safe to call on any text."""

    def __init__(self, *secrets: str | None) -> None:
        # Short strings would redact ordinary words; real keys are long.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REPLACEMENT)
        return text

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secret(s))"

    def scrub_file(self, path: Path) -> None:
        """Rewrite a report written by a third-party handler, redacted."""
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            cleaned = self(text)
            if cleaned != text:
                path.write_text(cleaned, encoding="utf-8")


class RedactingStream(io.TextIOBase):
    """A text stream that passes everything on to ``target`` with the secrets replaced.

    Text is held until a line ends (or the stream is flushed), so a secret
    written in two pieces is still caught whole; schemathesis's console
    output goes through one while a run lasts, so a server that echoes the
    key back never puts it on the screen.
    """

    def __init__(self, target: TextIO, redactor: Redactor) -> None:
        super().__init__()
        self._target = target
        self._redactor = redactor
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        if "\n" in self._pending:
            done, self._pending = self._pending.rsplit("\n", 1)
            self._target.write(self._redactor(done + "\n"))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._target.write(self._redactor(self._pending))
            self._pending = ""
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._target, "encoding", "utf-8")

    def fileno(self) -> int:
        raise OSError("a redacting stream has no file descriptor")


@contextmanager
def redacted_output(redactor: Redactor) -> Iterator[None]:
    """stdout and stderr through ``RedactingStream`` while the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = RedactingStream(out, redactor), RedactingStream(err, redactor)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        sys.stdout, sys.stderr = out, err
