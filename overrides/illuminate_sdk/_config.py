"""Connection settings, in one home: the variable names, the defaults and the checks.

Arguments win over ``ILLUMINATE_*`` variables, which win over the defaults.
The CLI reuses ``ENV_*``, ``DEFAULT_BASE_URL``, ``check_api_key`` and
``check_base_url`` so that both accept and refuse the same values with the
same words. No message here ever contains the key.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass

import httpx

from ._exceptions import ConfigurationError

ENV_API_KEY = "ILLUMINATE_API_KEY"
ENV_ACCOUNT_ID = "ILLUMINATE_ACCOUNT_ID"
ENV_BASE_URL = "ILLUMINATE_BASE_URL"
# The host: every path of the spec carries its prefix (/rest or /api/v1), so one base URL reaches every operation.
DEFAULT_BASE_URL = "https://api.dmrc.app"
# The documents' two base URLs end in these (what ILLUMINATE_BASE_URL held before); check_base_url drops them.
API_PREFIXES = ("/rest", "/api/v1")
# Finite on purpose: httpx's None (and the generated client's default) waits forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

TimeoutTypes = float | httpx.Timeout
# Sends a request unchanged: for URLs outside the API (an image's upload URL), which must never see the key.
NO_AUTH = httpx.Auth()


def check_api_key(key: str) -> str:
    """``key`` without surrounding white space; ConfigurationError when it cannot be a key.

    The message says what is wrong, never what the key is: it may be printed
    in a CI log.
    """
    text = key.strip()
    if not text:
        raise ConfigurationError(f"the API key is empty: pass api_key= or set {ENV_API_KEY}")
    if any(c.isspace() for c in text) or not text.isprintable():
        raise ConfigurationError("the API key contains spaces or control characters: copy it again from Illuminate")
    return text


def check_base_url(url: str) -> str:
    """``url`` as the client's base URL if it is ``http(s)://host[:port][/path]``; ConfigurationError otherwise.

    The trailing slash goes, and so does a trailing ``/rest`` or ``/api/v1``:
    those are the documents' base URLs (``https://api.dmrc.app/rest/`` and
    ``https://api.dmrc.app/api/v1/``), but every path of the spec carries
    its prefix, so the base URL is what comes before it and one setting
    reaches both APIs (``https://api.dmrc.app/rest`` ->
    ``https://api.dmrc.app``; a proxy's ``https://proxy/illuminate/rest`` ->
    ``https://proxy/illuminate``).

    User info is refused without echoing the URL (it would carry a password),
    and so are a query and a fragment (operation paths are appended to the
    base URL, so neither could survive), white space and control characters
    anywhere, and a port outside 1-65535.
    """
    text = url.strip().rstrip("/")
    if any(c.isspace() or not c.isprintable() for c in text):
        # httpx would percent-encode a space inside the host and send the request on
        # (``http://a b`` becomes a DNS look-up of ``a%20b``): a URL with one is a typo.
        raise ConfigurationError(
            f"the base URL contains spaces or control characters (got {url!r}; see {ENV_BASE_URL})"
        )
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        parsed = None
    if parsed is not None and parsed.userinfo:
        raise ConfigurationError(f"the base URL must not contain a user name or password (see {ENV_BASE_URL})")
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host or parsed.query or parsed.fragment:
        raise ConfigurationError(f"the base URL must be http(s)://host[/path] (got {url!r}; see {ENV_BASE_URL})")
    if parsed.port is not None and not 0 < parsed.port < 65536:  # httpx takes any integer; sockets do not
        raise ConfigurationError(f"the base URL's port must be 1-65535 (got {url!r}; see {ENV_BASE_URL})")
    for prefix in API_PREFIXES:
        if parsed.path.endswith(prefix) and text.endswith(prefix):
            return text[: -len(prefix)].rstrip("/")
    return text


def as_timeout(value: TimeoutTypes | None) -> httpx.Timeout:
    """A finite httpx.Timeout; None is refused rather than meaning "wait forever"."""
    if value is None:
        raise ConfigurationError("timeout must be a number of seconds or an httpx.Timeout; None would wait forever")
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(float(value))
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(part is None or part <= 0 for part in parts):
        raise ConfigurationError(f"every part of the timeout must be a positive number of seconds (got {timeout})")
    return timeout


class ApiKeyAuth(httpx.Auth):
    """Sends ``Authorization: ApiKey <key>`` to the API's own origin only.

    Kept out of the client's default headers so that nothing that prints
    headers or the client (repr, logs, the generated attrs classes) sees it,
    and so that requests to other hosts (an image upload URL) never carry it.
    """

    def __init__(self, api_key: str, base_url: httpx.URL) -> None:
        self._header = f"ApiKey {api_key}"
        self._origin = (base_url.scheme, base_url.host, base_url.port)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='***')"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("ApiKeyAuth cannot be pickled or copied: it holds a secret")


@dataclass(frozen=True)
class Settings:
    """What a client needs to connect (the key is held by ``auth``, never here)."""

    base_url: str
    account_id: str
    timeout: httpx.Timeout
    auth: ApiKeyAuth


def resolve(
    api_key: str | None,
    account_id: str | None,
    base_url: str | None,
    timeout: TimeoutTypes | None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """The settings from the arguments, else the environment, else the defaults; what is missing is named."""
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else env.get(ENV_API_KEY)
    if not key or not key.strip():
        raise ConfigurationError(f"no API key: pass Illuminate(api_key=...) or set {ENV_API_KEY}")
    account = account_id if account_id is not None else env.get(ENV_ACCOUNT_ID)
    if not account or not account.strip():
        raise ConfigurationError(f"no account id: pass Illuminate(account_id=...) or set {ENV_ACCOUNT_ID}")
    url = check_base_url((base_url if base_url is not None else env.get(ENV_BASE_URL)) or DEFAULT_BASE_URL)
    chosen = timeout if timeout is not None else DEFAULT_TIMEOUT
    return Settings(url, account.strip(), as_timeout(chosen), ApiKeyAuth(check_api_key(key), httpx.URL(url)))
