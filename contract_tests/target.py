"""Where the suite points: the in-process mock, or a real environment by URL.

Before any test case runs, a target is checked once, so a wrong URL, key or
spec path ends the run with one line saying what to fix instead of a wall of
failed cases. A remote target is read-only unless writes are allowed for an
explicitly named sandbox account: allocation settings can never be changed
once set, so a write run against a production account does lasting harm.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from illuminate_spec.urls import service_root

from .bounded import call_with_deadline

DEMO_ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
DEMO_KEY = "demo-editor-key"
IN_PROCESS_URL = "http://illuminate-mock.invalid"  # never resolved: requests go to the ASGI app


class TargetError(Exception):
    """The run cannot start; the message is one line saying what to fix."""


@dataclass(frozen=True)
class Target:
    base_url: str | None  # None: the bundled mock, in process
    api_key: str = field(repr=False)
    account_id: str
    allow_writes: bool
    faults: tuple[str, ...] = ()

    @property
    def in_process(self) -> bool:
        return self.base_url is None

    @property
    def url(self) -> str:
        return self.base_url or IN_PROCESS_URL

    def __repr__(self) -> str:
        where = self.base_url or "in-process mock"
        return f"Target({where}, account={self.account_id}, writes={self.allow_writes})"


def resolve_target(
    *,
    base_url: str | None,
    api_key: str | None,
    account_id: str | None,
    allow_writes: bool,
    sandbox_account_id: str | None,
    faults: tuple[str, ...],
) -> Target:
    """Decide the target from options and environment, or raise TargetError."""
    if base_url is None:
        if allow_writes or sandbox_account_id:
            raise TargetError("--allow-writes and --sandbox-account-id only apply with --base-url")
        # The bundled mock is disposable: it always takes writes, with the demo fixture's key.
        return Target(None, api_key or DEMO_KEY, account_id or DEMO_ACCOUNT, True, faults)
    if faults:
        raise TargetError("--fault only applies to the bundled mock (leave out --base-url)")
    base_url = _checked_url(base_url)
    if not api_key:
        raise TargetError("no API key: set ILLUMINATE_API_KEY (or pass --api-key)")
    if not account_id:
        raise TargetError("no account id: set ILLUMINATE_ACCOUNT_ID (or pass --account-id)")
    if allow_writes and sandbox_account_id != account_id:
        raise TargetError(
            "a write run needs --sandbox-account-id equal to the account id: allocation settings "
            "set by the suite can never be changed, so name the sandbox account explicitly"
        )
    return Target(service_root(base_url), api_key, account_id, allow_writes)


def _checked_url(text: str) -> str:
    """``text`` if it is an http(s) URL with a host; TargetError in one line otherwise."""
    shown = repr(text[:120])
    if any(c.isspace() or not c.isprintable() for c in text):
        raise TargetError(f"--base-url has spaces or control characters: {shown}")
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise TargetError(f"--base-url is not a URL: {shown}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise TargetError(f"--base-url must be http(s)://host[/path], got {shown}")
    if url.query or url.fragment:
        raise TargetError(f"--base-url must not carry a query or fragment, got {shown}")
    return text


def check_report_dir(path: Path) -> None:
    """The report folder can be made and written, or one line says why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-check"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise TargetError(f"cannot write reports to {path}: {exc.strerror or exc}; pass --report-dir DIR") from None


def check_spec_path(path: Path) -> None:
    if not path.is_file():
        raise TargetError(f"spec file {path} does not exist; pass --spec PATH to an OpenAPI document")


def check_remote(target: Target, timeout: float = 15.0) -> None:
    """One cheap authenticated read, so a bad URL or key fails fast and clearly.

    Only a 2xx is a working account; everything else (a redirect, a 5xx, a
    body that never ends) stops the run with one line.
    """
    assert target.base_url is not None
    params: dict[str, Any] = {"accountId": target.account_id, "first": 1, "order": "NAME_ASC"}
    headers = {"Authorization": f"ApiKey {target.api_key}"}
    where = f"{target.base_url}/rest/brands"

    def read() -> httpx.Response:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            return bounded_get(client, where, params=params, headers=headers)

    try:
        response = call_with_deadline(read, timeout * 2, f"GET {where}")
    except TimeoutError:
        raise TargetError(f"{where} sent no complete answer within {timeout * 2:g} s; is the server up?") from None
    except ResponseTooLarge:
        raise TargetError(f"{where} answered with a body over the size limit; is the base URL right?") from None
    except httpx.HTTPError as exc:
        raise TargetError(
            f"cannot reach {target.base_url} ({type(exc).__name__}); check --base-url / ILLUMINATE_BASE_URL"
        ) from None
    status = response.status_code
    if status == 401:
        raise TargetError(f"{target.base_url} refused the API key (401); check ILLUMINATE_API_KEY")
    if status == 403:
        raise TargetError(
            f"the API key has no access to account {target.account_id} (403); check ILLUMINATE_ACCOUNT_ID"
        )
    if status == 404:
        raise TargetError(f"{where} not found (404); is the base URL right (e.g. https://api.dmrc.app)?")
    if 300 <= status < 400:
        location = response.headers.get("location", "?")[:120]
        raise TargetError(
            f"{where} answered a redirect (HTTP {status} to {location}); pass the final URL as --base-url"
        )
    if not response.is_success:
        raise TargetError(f"{where} answered HTTP {status}; the start-up check needs a 2xx from a working account")


MAX_SEED_BYTES = 32 * 1024 * 1024


class ResponseTooLarge(Exception):
    """An answer before the run was larger than MAX_SEED_BYTES."""


def bounded_get(client: httpx.Client, url: str, **kwargs: Any) -> httpx.Response:
    return bounded_request(client, "GET", url, **kwargs)


def bounded_request(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """``client.request`` with the body read in chunks and refused past MAX_SEED_BYTES."""
    with client.stream(method, url, **kwargs) as streamed:
        body = bytearray()
        for chunk in streamed.iter_bytes():
            body += chunk
            if len(body) > MAX_SEED_BYTES:
                raise ResponseTooLarge(f"{method} {url}: body over {MAX_SEED_BYTES} bytes")
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() != "content-encoding"]
        return httpx.Response(streamed.status_code, headers=headers, content=bytes(body), request=streamed.request)
