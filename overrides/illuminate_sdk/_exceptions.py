"""Typed errors: one class per HTTP status family, plus the SDK's own failures.

Every message says what went wrong and, where the SDK can tell, what to fix.
No message ever contains the API key: the error body is the server's, and the
request line holds only the method and URL.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

SETTINGS_CONFLICT_PREFIX = "Entity with ID serial_allocation_settings would cause the following conflict"


class IlluminateError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(IlluminateError, ValueError):
    """The client cannot be built: a key, an account id or a setting is missing or wrong."""


class APIConnectionError(IlluminateError):
    """No complete response arrived (connection refused, dropped, timed out).

    ``may_have_reached_server`` is False only when the request provably never
    left (connection refused, connect timeout); a POST that fails otherwise may
    have changed state, so look before repeating it.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, may_have_reached_server: bool = True
    ) -> None:
        super().__init__(message)
        self.request = request
        self.may_have_reached_server = may_have_reached_server


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


class APIStatusError(IlluminateError):
    """The server answered with a non-2xx status.

    Attributes: ``status_code``, ``body`` (the parsed JSON error body, or the
    text when it is not JSON), ``message`` (the server's ``message``),
    ``code``, ``errors`` (one ``{"field", "message"}`` per bad field) and
    ``request_id`` (``x-request-id`` header or ``requestId`` in the body).
    """

    status_code: int = 0
    hint: str = ""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        request_id: str | None = None,
        code: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.message = message
        self.request_id = request_id
        self.code = code
        self.errors = errors or []
        self.request = request
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.request.method} {self.request.url.copy_with(query=None)}: " if self.request else ""
        text = f"{where}HTTP {self.status_code}: {self.message}"
        fields = [f"{e.get('field')}: {e.get('message')}" for e in self.errors if isinstance(e, dict)]
        if fields and not all(f in self.message for f in fields):
            text += " [" + "; ".join(fields) + "]"
        if self.hint:
            text += f" ({self.hint})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    status_code = 400
    hint = "fix the fields named above"


class AuthenticationError(APIStatusError):
    status_code = 401
    hint = "check the API key: Illuminate(api_key=...) or ILLUMINATE_API_KEY"


class PermissionDeniedError(APIStatusError):
    status_code = 403
    hint = "check the key's roles and the account id: Illuminate(account_id=...) or ILLUMINATE_ACCOUNT_ID"


class NotFoundError(APIStatusError):
    status_code = 404
    hint = "check the id: it does not exist in this account"


class ConflictError(APIStatusError):
    status_code = 409


class RateLimitError(APIStatusError):
    status_code = 429
    hint = "too many requests; retries were exhausted or turned off"


class InternalServerError(APIStatusError):
    """Any 5xx."""

    hint = "the service failed; retries were exhausted or turned off"


class SettingsAlreadySetError(IlluminateError):
    """Allocation settings exist and cannot change (the documented HTTP 200 refusal)."""

    status_code = 200

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        self.message = message
        self.request_id = request_id
        text = f"allocation settings were already set and cannot be changed; the server said: {message}"
        super().__init__(text + (f" [request id {request_id}]" if request_id else ""))


class UnexpectedResponseError(IlluminateError):
    """A 2xx response whose body does not match the spec."""

    def __init__(self, message: str, *, status_code: int, content: bytes) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content = content


class PaginationError(IlluminateError):
    """The server's cursor headers are broken; going on could loop forever or skip items."""


class DigitalTwinNotFoundError(IlluminateError, LookupError):
    """No digital twin matches the product id, GTIN, variant id or promotional asset id."""


class JobFailedError(IlluminateError):
    """The serialization job ended FAILED. ``status`` is its last JobStatus."""

    def __init__(self, message: str, *, job_id: str, status: Any) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.status = status


class JobTimeoutError(IlluminateError, TimeoutError):
    """The wait's deadline passed before the job finished; the job goes on at the server."""

    def __init__(self, message: str, *, job_id: str, status: Any) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.status = status


class JobWaitInterrupted(KeyboardInterrupt):
    """Ctrl-C while waiting for a job: still a KeyboardInterrupt, with the way to resume."""

    def __init__(self, message: str, *, job_id: str) -> None:
        super().__init__(message)
        self.job_id = job_id


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response (its body must have been read)."""
    status = response.status_code
    try:
        body: Any = response.json()
    except (ValueError, UnicodeDecodeError):
        body = response.text
    fields = body if isinstance(body, dict) else {}
    message = fields.get("message") if isinstance(fields.get("message"), str) else None
    if message is None:
        message = (body.strip()[:200] if isinstance(body, str) and body.strip() else None) or response.reason_phrase
    request_id = response.headers.get("x-request-id") or fields.get("requestId")
    errors = fields.get("errors") if isinstance(fields.get("errors"), list) else None
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(
        str(message),
        status_code=status,
        body=body,
        request_id=str(request_id) if request_id else None,
        code=str(fields["code"]) if "code" in fields else None,
        errors=errors,
        request=response.request if _has_request(response) else None,
    )


def settings_conflict(parsed: object, response_headers: Any, content: bytes) -> SettingsAlreadySetError | None:
    """The distinct error for the HTTP 200 that refuses to change allocation settings, if this is one."""
    text = parsed if isinstance(parsed, str) else None
    # Only a JSON string can be the refusal: look at its opening bytes, never decode a large body twice.
    if text is None and content.lstrip()[:1] == b'"':
        try:
            loaded = json.loads(content)
        except ValueError:
            return None
        text = loaded if isinstance(loaded, str) else None
    if text is None or not text.startswith(SETTINGS_CONFLICT_PREFIX):
        return None
    return SettingsAlreadySetError(text, request_id=response_headers.get("x-request-id"))


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """Wrap an httpx transport error, saying whether the server may have seen the request."""
    never_left = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    request = _request_of(exc)
    where = f"{request.method} {request.url.copy_with(query=None)}" if request is not None else "request"
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    if never_left:
        note = "the request never reached the server"
    elif request is not None and request.method in ("POST", "PATCH", "DELETE"):
        note = "the server may have received and applied it: check before repeating (it was not resent)"
    else:
        note = "retries were exhausted or turned off"
    message = f"{where} failed: {type(exc).__name__}: {exc} ({note})"
    return kind(message, request=request, may_have_reached_server=not never_left)


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # raised by httpx when the error was built without a request
        return None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built without one
    except RuntimeError:
        return False
    return True
