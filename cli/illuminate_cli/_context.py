"""The options every command accepts, and the state they build (client, output, progress).

Global options may come before the subcommand (``illuminate --output json
twins find ...``) or after it (``illuminate twins find ... --output json``), as
with ``gh`` and ``aws``; the later one wins.
"""

from __future__ import annotations

import logging
import math
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import click
from illuminate_sdk import ConfigurationError, Illuminate

from . import _config
from ._errors import CliError, Exit
from ._safe import clean

F = TypeVar("F", bound=Callable[..., Any])
OUTPUTS = ("table", "json", "id")
PROGRESS_MODES = ("auto", "bar", "plain", "none")


@dataclass
class State:
    """The command's global options and, once asked for, its client."""

    profile: str | None = None
    base_url: str | None = None
    account_id: str | None = None
    output: str = "table"
    progress: str = "auto"
    debug: bool = False
    _client: Illuminate | None = field(default=None, repr=False)
    _credentials: _config.Credentials | None = field(default=None, repr=False)

    def credentials(self) -> _config.Credentials:
        if self._credentials is None:
            self._credentials = _config.resolve(
                profile=self.profile, base_url=self.base_url, account_id=self.account_id
            )
        return self._credentials

    def key_source(self) -> str | None:
        """Where the key came from, once resolved (for error hints; never the key)."""
        return self._credentials.sources.get("api_key") if self._credentials else None

    def client(self) -> Illuminate:
        """The SDK client (built once, closed when the command ends)."""
        if self._client is None:
            self._client = self.new_client()
            click.get_current_context().call_on_close(self._client.close)
        return self._client

    def new_client(self, **options: Any) -> Illuminate:
        """A client on these credentials; the caller closes it.

        Whatever building it raises becomes one line: a ConfigurationError is a
        usage error (exit 2), anything else exit 1; both are cleaned, so a key
        that an error message quotes is never shown.
        """
        creds = self.credentials()
        try:
            return Illuminate(creds.api_key.reveal(), account_id=creds.account_id, base_url=creds.base_url, **options)
        except ConfigurationError as exc:
            raise CliError(f"{exc} (from {creds.sources.get('base_url', 'settings')})", Exit.USAGE) from None
        except Exception as exc:  # noqa: BLE001  # no traceback, whatever the SDK raises
            raise CliError(f"cannot set up the client: {type(exc).__name__}: {exc}", Exit.ERROR) from None

    def resume_prefix(self) -> str:
        """``illuminate`` plus the global options that pick the same account (never the key)."""
        parts = ["illuminate"]
        for option, value in (("--profile", self.profile), ("--base-url", self.base_url)):
            if value:
                parts += [option, value]
        if self.account_id:
            parts += ["--account-id", self.account_id]
        return shlex.join(parts)


class Seconds(click.FloatRange):
    """A finite number of seconds, at least ``min``: ``nan`` passes every range check, ``inf`` waits forever."""

    name = "seconds"

    def __init__(self, min: float = 0) -> None:  # click's own name for it
        super().__init__(min=min)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if not math.isfinite(seconds):
            self.fail(f"{value!r} is not a finite number of seconds", param, ctx)
        return seconds


def state() -> State:
    return click.get_current_context().find_root().ensure_object(State)


def _store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """Keep a global option's value in ``State`` (its attribute has the option's name)."""
    if value is None or value is False:
        return  # not given here: keep what an earlier (group-level) option set
    st = ctx.find_root().ensure_object(State)
    if param.name == "quiet":
        st.output = "id"
        return
    if param.name == "debug":
        _enable_debug(ctx)
    setattr(st, str(param.name), value)


class _CleanFormatter(logging.Formatter):
    """Log lines through the same gate as all other output: no key, no control characters.

    The SDK and httpx keep the key out of their records already; a record may
    still quote a URL or a body the server chose.
    """

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(clean(line) for line in super().format(record).splitlines())


class _DebugHandler(logging.Handler):
    """Writes to whatever sys.stderr is at the time (a test runner swaps it per command)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001  # logging must never end the command
            self.handleError(record)


DEBUG_LOGGERS = ("illuminate_sdk", "illuminate_cli", "httpx", "httpcore", "httpx_retries")


def _enable_debug(ctx: click.Context) -> None:
    """Debug logs of the SDK and httpx on stderr, for this command only (undone when it ends)."""
    root = ctx.find_root()
    if root.meta.get("illuminate.debug"):
        return
    root.meta["illuminate.debug"] = True
    handler = _DebugHandler()
    handler.setFormatter(_CleanFormatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger(name) for name in DEBUG_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)

    def undo() -> None:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)

    root.call_on_close(undo)


def _global(*decls: str, **attrs: Any) -> Callable[[F], F]:
    """A global option: given before or after the subcommand, it sets ``State`` (the later one wins)."""
    return click.option(*decls, expose_value=False, callback=_store, **attrs)


def global_options(func: F) -> F:
    """Add --profile, --base-url, --account-id, --output, -q, --progress, --debug to a command or group."""
    options = [
        _global(
            "--profile",
            metavar="NAME",
            help=f"Profile of the config file to use (env {_config.ENV_PROFILE}; file: {_config.ENV_CONFIG}, "
            f"default {_config.shown(_config.default_config_path())}).",
        ),
        _global(
            "--base-url",
            metavar="URL",
            help=f"API base URL, e.g. http://127.0.0.1:8080 for illuminate-mock (env {_config.ENV_BASE_URL}; "
            f"default {_config.DEFAULT_BASE_URL}).",
        ),
        _global("--account-id", metavar="ID", help=f"Account to act on (env {_config.ENV_ACCOUNT_ID})."),
        _global(
            "--output",
            type=click.Choice(OUTPUTS),
            default=None,
            help="table (for people, the default), json (for scripts) or id (ids only, one per line).",
        ),
        _global("-q", "--quiet", is_flag=True, default=None, help="Same as --output id."),
        _global(
            "--progress",
            type=click.Choice(PROGRESS_MODES),
            default=None,
            help="Progress on stderr: bar, plain lines, none; auto = bar on a terminal, else plain.",
        ),
        _global("--debug", is_flag=True, default=None, help="Log requests on stderr (the API key is never logged)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func
