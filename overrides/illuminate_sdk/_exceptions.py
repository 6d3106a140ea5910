"""Typed errors: one class per HTTP status family, plus the SDK's own failures.

Every message says what went wrong and, where the SDK can tell, what to fix.
No error keeps the API key: an ``httpx.Request`` carries it in its
``Authorization`` header, so errors keep only the request's method and its
URL without query (``method``, ``url``), never the request itself. Errors
pickle and copy with their attributes (``_Restorable``), and what they pickle
is exactly their ``args`` and ``__dict__``: nothing else can ride along.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

SETTINGS_CONFLICT_PREFIX = "Entity with ID serial_allocation_settings would cause the following conflict"
# The refusal is one short sentence: a body longer than this is never one, and is never decoded twice.
_REFUSAL_MAX_BYTES = 4096
_REFUSAL_MARKER = b"serial_allocation_settings would cause"


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class _Restorable(BaseException):
    """Pickle and copy without calling ``__init__`` (whose keyword-only arguments ``args`` lacks)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class IlluminateError(_Restorable, Exception):
    """Base class of every error this package raises (but JobWaitInterrupted, a KeyboardInterrupt)."""


class ConfigurationError(IlluminateError, ValueError):
    """The client cannot be built: a key, an account id or a setting is missing or wrong."""


def request_line(request: httpx.Request | None) -> tuple[str, str]:
    """(method, URL without query, fragment or user info): what an error may keep of a request."""
    if request is None:
        return "", ""
    url = request.url
    return request.method, str(url.copy_with(query=None, fragment=None, userinfo=b""))


class APIConnectionError(IlluminateError):
    """No complete response arrived (connection refused, dropped, timed out).

    ``may_have_reached_server`` is False only when the request provably never
    left (connection refused, connect timeout); a POST that fails otherwise may
    have changed state, so look before repeating it.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "", may_have_reached_server: bool = True) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.may_have_reached_server = may_have_reached_server


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


class JobStartUnconfirmedError(APIConnectionError):
    """A job start may have reached the server, and reading the job back by its identifier failed too.

    Whether the job exists is unknown: look with
    ``client.serialization_job(error.identifier)`` before starting another.
    ``error.__cause__`` is the failure of the read, ``error.start_error``
    that of the start.
    """

    def __init__(self, message: str, *, identifier: str, start_error: BaseException | None = None) -> None:
        super().__init__(message, may_have_reached_server=True)
        self.identifier = identifier
        self.start_error = start_error


class APIStatusError(IlluminateError):
    """The server answered with a non-2xx status.

    Attributes: ``status_code``, ``body`` (the parsed JSON error body, or the
    text when it is not JSON), ``message`` (the server's ``message``),
    ``code``, ``errors`` (one ``{"field", "message"}`` per bad field),
    ``request_id`` (``x-request-id`` header or ``requestId`` in the body),
    ``method`` and ``url`` (without query), ``retry_after`` (seconds, from a
    ``Retry-After`` header in seconds; None without one).
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
        method: str = "",
        url: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.message = message
        self.request_id = request_id
        self.code = code
        self.errors = errors or []
        self.method = method
        self.url = url
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.method} {self.url}: " if self.method else ""
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


class JobNotCompletedError(ConflictError):
    """The job's CSV was asked for before the job was COMPLETED (HTTP 409): wait for the job, then ask again."""

    hint = "the job is not COMPLETED yet: wait for it (wait_for_serialization_job), then download again"


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
    """The server's cursor headers are broken, or its pages make no progress; going on could loop forever."""


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


class JobWaitInterrupted(_Restorable, KeyboardInterrupt):
    """Ctrl-C while a sync client waits for a job: still a KeyboardInterrupt, with the way to resume."""

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


def _request_of(source: httpx.Response | httpx.RequestError) -> httpx.Request | None:
    try:
        return source.request
    except RuntimeError:  # httpx raises it for a response or an error built without a request
        return None


def _seconds(header: str | None) -> float | None:
    """A Retry-After header given in seconds (the only form the SDK waits on by itself)."""
    text = (header or "").strip()
    return float(text) if text.isascii() and text.isdigit() else None


def status_error(response: httpx.Response, kind: type[APIStatusError] | None = None) -> APIStatusError:
    """The typed error for a non-2xx response (its body has been read); ``kind`` instead of the status's class."""
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
    cls = kind or _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    method, url = request_line(_request_of(response))
    return cls(
        str(message),
        status_code=status,
        body=body,
        request_id=str(request_id) if request_id else None,
        code=str(fields["code"]) if "code" in fields else None,
        errors=errors,
        method=method,
        url=url,
        retry_after=_seconds(response.headers.get("Retry-After")),
    )


def settings_refusal(response: httpx.Response) -> SettingsAlreadySetError | None:
    """The distinct error for the HTTP 200 that refuses to change allocation settings, if this is one.

    A server may send the sentence as a JSON string (the documents' example),
    as ``text/plain``, or as a JSON object's ``message``, ``error`` or
    ``detail``. Cheap on every other answer: a long body, or one without the
    sentence's words, is never decoded.
    """
    content = response.content
    if len(content) > _REFUSAL_MAX_BYTES or _REFUSAL_MARKER not in content:
        return None
    try:
        document: Any = json.loads(content)
    except ValueError:  # not JSON (UnicodeDecodeError included): plain text
        document = content.decode("utf-8", "replace")
    if isinstance(document, dict):
        texts = [document.get(key) for key in ("message", "error", "detail")]
        document = next((text for text in texts if isinstance(text, str)), None)
    if not isinstance(document, str) or not document.strip().startswith(SETTINGS_CONFLICT_PREFIX):
        return None
    return SettingsAlreadySetError(document.strip(), request_id=response.headers.get("x-request-id"))


def unexpected_response(response: httpx.Response, error: Exception) -> UnexpectedResponseError:
    """The generated parser failed on a 2xx body: its message names the field, so it is kept."""
    method, url = request_line(_request_of(response))
    problem = f"{type(error).__name__}: {error}"
    return UnexpectedResponseError(
        f"{method} {url}: the HTTP {response.status_code} body does not match the spec ({problem})",
        status_code=response.status_code,
        content=response.content,
    )


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """Wrap an httpx request error, saying whether the server may have seen the request."""
    never_left = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    method, url = request_line(_request_of(exc))
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    if never_left:
        note = "the request never reached the server"
    elif method in ("POST", "PATCH", "DELETE"):
        note = "the server may have received and applied it: check before repeating (it was not resent)"
    else:
        note = "retries were exhausted or turned off"
    where = f"{method} {url}" if method else "request"
    message = f"{where} failed: {type(exc).__name__}: {exc} ({note})"
    return kind(message, method=method, url=url, may_have_reached_server=not never_left)
