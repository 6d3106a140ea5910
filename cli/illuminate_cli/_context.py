"""The options every command accepts, and the state they build (client, output, progress).

Global options may come before the subcommand (``illuminate --output json
twins find ...``) or after it (``illuminate twins find ... --output json``), as
with ``gh`` and ``aws``; the later one wins.
"""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import click
from illuminate_sdk import ConfigurationError, Illuminate

from . import _config
from ._errors import CliError, Exit

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
            creds = self.credentials()
            try:
                self._client = Illuminate(creds.api_key.reveal(), account_id=creds.account_id, base_url=creds.base_url)
            except ConfigurationError as exc:
                raise CliError(f"{exc} (from {creds.sources.get('base_url', 'settings')})", Exit.USAGE) from None
            click.get_current_context().call_on_close(self._client.close)
        return self._client

    def resume_prefix(self) -> str:
        """``illuminate`` plus the global options that pick the same account (never the key)."""
        parts = ["illuminate"]
        for option, value in (("--profile", self.profile), ("--base-url", self.base_url)):
            if value:
                parts += [option, value]
        if self.account_id:
            parts += ["--account-id", self.account_id]
        return shlex.join(parts)


def state() -> State:
    return click.get_current_context().find_root().ensure_object(State)


def _setter(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None or value is False:
            return  # not given here: keep what an earlier (group-level) option set
        st = ctx.find_root().ensure_object(State)
        if name == "quiet":
            st.output = "id"
            return
        if name == "debug":
            _enable_debug()
        setattr(st, name, value)

    return store


def _enable_debug() -> None:
    """Debug logs of the SDK and httpx on stderr (the SDK keeps the key out of them)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    for name in ("illuminate_sdk", "httpx", "httpcore", "httpx_retries"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG)
        if not logger.handlers:
            logger.addHandler(handler)


def global_options(func: F) -> F:
    """Add --profile, --base-url, --account-id, --output, -q, --progress, --debug to a command or group."""
    options = [
        click.option(
            "--profile",
            metavar="NAME",
            expose_value=False,
            callback=_setter("profile"),
            help="Profile of the config file to use (env ILLUMINATE_PROFILE; file: ILLUMINATE_CONFIG, "
            "default ~/.config/illuminate/config.toml).",
        ),
        click.option(
            "--base-url",
            metavar="URL",
            expose_value=False,
            callback=_setter("base_url"),
            help="API base URL, e.g. http://127.0.0.1:8080 for illuminate-mock (env ILLUMINATE_BASE_URL).",
        ),
        click.option(
            "--account-id",
            metavar="ID",
            expose_value=False,
            callback=_setter("account_id"),
            help="Account to act on (env ILLUMINATE_ACCOUNT_ID).",
        ),
        click.option(
            "--output",
            type=click.Choice(OUTPUTS),
            default=None,
            expose_value=False,
            callback=_setter("output"),
            help="table (for people, the default), json (for scripts) or id (ids only, one per line).",
        ),
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            default=None,
            expose_value=False,
            callback=_setter("quiet"),
            help="Same as --output id.",
        ),
        click.option(
            "--progress",
            type=click.Choice(PROGRESS_MODES),
            default=None,
            expose_value=False,
            callback=_setter("progress"),
            help="Progress on stderr: bar, plain lines, none; auto = bar on a terminal, else plain.",
        ),
        click.option(
            "--debug",
            is_flag=True,
            default=None,
            expose_value=False,
            callback=_setter("debug"),
            help="Log requests on stderr (the API key is never logged).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func
