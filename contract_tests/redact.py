"""Keep the API key out of everything the suite prints or writes."""

from __future__ import annotations

from pathlib import Path

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
