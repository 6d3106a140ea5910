"""Credentials, connection settings and the CLI's paths: flags, profile file, ILLUMINATE_* variables.

Precedence, highest first:

1. ``--base-url`` / ``--account-id`` on the command line (there is no key flag:
   a key on a command line is visible to every user of the machine);
2. a profile chosen explicitly (``--profile NAME`` or ILLUMINATE_PROFILE);
3. ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID, ILLUMINATE_BASE_URL;
4. the ``default`` profile, when none was chosen;
5. the SDK's default base URL, ``https://api.dmrc.app`` (every operation's path
   carries its ``/rest`` or ``/api/v1`` prefix; a base URL ending in either has
   it dropped by the SDK's ``check_base_url``, so an old ``.../rest`` still works).

The profile file is TOML: ILLUMINATE_CONFIG, else ``config.toml`` in the
platform's config folder for ``illuminate`` (platformdirs; on Linux
``$XDG_CONFIG_HOME/illuminate``, default ``~/.config/illuminate``), one table
per profile::

    [default]
    api_key = "..."
    account_id = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"

    [mock]
    api_key = "demo-editor-key"
    account_id = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
    base_url = "http://127.0.0.1:8080"

The variable names, the default base URL and the checks of a key and a base
URL are the SDK's, so the CLI and the SDK accept and refuse the same values
with the same words. The key is held in a ``Secret`` whose repr and str are
``***``, and is registered with ``_safe`` so that no output shows it; no
message of this module contains a value read from the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from illuminate_sdk import DEFAULT_BASE_URL as DEFAULT_BASE_URL  # re-exported: the CLI's help texts use them
from illuminate_sdk import ENV_ACCOUNT_ID as ENV_ACCOUNT_ID
from illuminate_sdk import ENV_API_KEY as ENV_API_KEY
from illuminate_sdk import ENV_BASE_URL as ENV_BASE_URL
from illuminate_sdk import ConfigurationError, check_api_key, check_base_url

from ._errors import CliError, Exit
from ._safe import register_secret

APP_NAME = "illuminate"
ENV_PROFILE = "ILLUMINATE_PROFILE"
ENV_CONFIG = "ILLUMINATE_CONFIG"
ENV_STATE_DIR = "ILLUMINATE_STATE_DIR"
KEYS = ("api_key", "account_id", "base_url")
DEFAULT_PROFILE = "default"


# ---------------------------------------------------------------- paths


def default_config_path() -> Path:
    """``config.toml`` in the platform's config folder (Linux: ``$XDG_CONFIG_HOME/illuminate``)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "config.toml"


def default_state_dir() -> Path:
    """The platform's state folder (Linux: ``$XDG_STATE_HOME/illuminate``, default ``~/.local/state/illuminate``)."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False)


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The profile file: ILLUMINATE_CONFIG, else the platform's."""
    explicit = (os.environ if environ is None else environ).get(ENV_CONFIG)
    return Path(explicit).expanduser() if explicit else default_config_path()


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the CLI keeps what it learns (the jobs it started): ILLUMINATE_STATE_DIR, else the platform's."""
    explicit = (os.environ if environ is None else environ).get(ENV_STATE_DIR)
    return Path(explicit).expanduser() if explicit else default_state_dir()


def shown(path: Path) -> str:
    """``path`` with the home folder as ``~``, for help texts."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except (ValueError, RuntimeError):  # not under home, or no home at all
        return str(path)


# ---------------------------------------------------------------- credentials


class Secret:
    """A string that never shows itself: repr, str and format give ``***``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        register_secret(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __format__(self, spec: str) -> str:
        return "***"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")


@dataclass(frozen=True)
class Credentials:
    """What the client needs, and where each value came from (for ``illuminate auth status``)."""

    api_key: Secret = field(repr=False)
    account_id: str
    base_url: str
    sources: Mapping[str, str]


def load_profile(path: Path, name: str, *, required: bool) -> dict[str, str]:
    """The values of profile ``name`` in ``path``; {} when optional and absent."""
    if not path.is_file():
        if required:
            raise CliError(f"profile {name!r}: the config file {path} does not exist (see {ENV_CONFIG})", Exit.USAGE)
        return {}
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:  # its message has a line and column, never the text
        raise CliError(f"{path}: not valid TOML: {exc}", Exit.USAGE) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{path}: cannot read it: {type(exc).__name__}", Exit.USAGE) from None
    table = document.get(name)
    if table is None:
        if required:
            known = ", ".join(sorted(k for k, v in document.items() if isinstance(v, dict))) or "none"
            raise CliError(f"no profile {name!r} in {path} (profiles: {known})", Exit.USAGE)
        return {}
    if not isinstance(table, dict):
        raise CliError(f"{path}: [{name}] must be a table of {', '.join(KEYS)}", Exit.USAGE)
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise CliError(f"{path}: [{name}] has unknown keys {unknown}; allowed: {', '.join(KEYS)}", Exit.USAGE)
    bad = sorted(k for k, v in table.items() if not isinstance(v, str))
    if bad:
        raise CliError(f"{path}: [{name}] {', '.join(bad)} must be strings", Exit.USAGE)
    return {k: str(v) for k, v in table.items()}


def _layers(
    chosen: str | None, flags: Mapping[str, str | None], profile: Mapping[str, str], where: str, env: Mapping[str, str]
) -> dict[str, tuple[str, str]]:
    """Each setting's value and source, by the precedence of the module docstring."""
    env_names = {"api_key": ENV_API_KEY, "account_id": ENV_ACCOUNT_ID, "base_url": ENV_BASE_URL}
    found: dict[str, tuple[str, str]] = {}
    for name in KEYS:
        from_env = (env.get(env_names[name]), env_names[name])
        from_profile = (profile.get(name), where)
        layers: list[tuple[Any, str]] = [(flags.get(name), f"--{name.replace('_', '-')}")]
        layers += [from_profile, from_env] if chosen is not None else [from_env, from_profile]
        for value, source in layers:
            if value is not None and value.strip():
                found[name] = (value.strip(), source)
                break
    return found


def resolve(
    *,
    profile: str | None,
    base_url: str | None,
    account_id: str | None,
    environ: Mapping[str, str] | None = None,
) -> Credentials:
    """The credentials by the precedence in the module docstring.

    CliError: exit 3 without a usable key or account id, exit 2 for a bad base URL or profile.
    """
    env = os.environ if environ is None else environ
    chosen = profile or env.get(ENV_PROFILE) or None
    path = config_path(env)
    from_profile = load_profile(path, chosen or DEFAULT_PROFILE, required=chosen is not None)
    where = f"profile {chosen or DEFAULT_PROFILE!r} ({path})"
    found = _layers(chosen, {"account_id": account_id, "base_url": base_url}, from_profile, where, env)
    if "api_key" not in found:
        raise CliError(f"no API key: set {ENV_API_KEY}, or api_key in a profile of {path} (--profile NAME)", Exit.AUTH)
    key_text, key_source = found["api_key"]
    register_secret(key_text)  # before anything can quote it, even in the key check's error
    try:
        key = Secret(check_api_key(key_text))
    except ConfigurationError as exc:
        raise CliError(f"{exc} (the key came from {key_source})", Exit.AUTH) from None
    if "account_id" not in found:
        raise CliError(
            f"no account id: set {ENV_ACCOUNT_ID}, pass --account-id, or set account_id in a profile of {path}",
            Exit.AUTH,
        )
    url_text, url_source = found.get("base_url", (DEFAULT_BASE_URL, "default"))
    try:
        url = check_base_url(url_text)
    except ConfigurationError as exc:
        raise CliError(f"{exc} (from {url_source})", Exit.USAGE) from None
    sources = {name: source for name, (_, source) in found.items()} | {"base_url": url_source}
    return Credentials(key, found["account_id"][0], url, sources)
