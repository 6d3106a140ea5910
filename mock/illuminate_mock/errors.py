"""Errors the mock answers with: an HTTP status, a code and the fields at fault.

Business rules raise these; the HTTP layer turns them into the spec's
``Error`` body. Nothing here knows about HTTP beyond the status number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One bad value: ``field`` is ``body.x.y`` or ``query.name``."""

    field: str
    message: str

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


def bad_request(errors: list[FieldError], message: str | None = None) -> MockError:
    summary = message or "Invalid request: " + "; ".join(f"{e.field}: {e.message}" for e in errors)
    return MockError(400, "VALIDATION_ERROR", summary, errors)


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
