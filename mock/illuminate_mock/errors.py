"""Errors the mock answers with: an HTTP status, a code and the fields at fault.

Business rules raise these; the HTTP layer turns them into the spec's
``Error`` body. Nothing here knows about HTTP beyond the status number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_MAX_FIELD = 200  # a field's path or message as an error shows it, at most (the request may be hostile)


@dataclass(frozen=True)
class FieldError:
    """One bad value: ``field`` is ``body.x.y`` or ``query.name``."""

    field: str
    message: str

    def __post_init__(self) -> None:
        for name in ("field", "message"):
            text = getattr(self, name)
            if len(text) > _MAX_FIELD:
                object.__setattr__(self, name, text[: _MAX_FIELD - 3] + "...")

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


@dataclass
class MockError(Exception):
    status: int
    code: str
    message: str
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"

    def to_json(self, request_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "code": self.code, "status": self.status}
        if self.errors:
            body["errors"] = [error.to_json() for error in self.errors]
        body["requestId"] = request_id
        return body


MAX_LISTED_ERRORS = 20  # an error body lists at most this many problems and counts the rest


def bad_request(
    errors: list[FieldError], message: str | None = None, *, more: int = 0, counted: bool = True
) -> MockError:
    """A 400 naming the first ``MAX_LISTED_ERRORS`` problems; the rest (and ``more``) are only counted.

    ``counted`` is false when the problems were not all counted (there are at least that many).
    """
    listed = errors[:MAX_LISTED_ERRORS]
    rest = len(errors) - len(listed) + more
    summary = message or "Invalid request: " + "; ".join(f"{e.field}: {e.message}" for e in listed)
    if rest:
        summary += f"; and {'' if counted else 'at least '}{rest} more problems"
    return MockError(400, "VALIDATION_ERROR", summary, listed)


def invalid(field_name: str, message: str) -> MockError:
    return bad_request([FieldError(field_name, message)])


def not_found(field_name: str, what: str, value: object) -> MockError:
    return MockError(404, "NOT_FOUND", f"{what} {value!r} not found", [FieldError(field_name, f"no {what} {value!r}")])


def conflict(code: str, message: str, field_name: str | None = None) -> MockError:
    errors = [FieldError(field_name, message)] if field_name else []
    return MockError(409, code, message, errors)


def forbidden(message: str, field_name: str | None = None) -> MockError:
    errors = [FieldError(field_name, message)] if field_name else []
    return MockError(403, "FORBIDDEN", message, errors)


def unauthorized(message: str) -> MockError:
    return MockError(401, "UNAUTHORIZED", message)
