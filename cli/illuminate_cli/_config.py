"""Credentials and connection settings: flags, profile file, ILLUMINATE_* variables.

Precedence, highest first:

1. ``--base-url`` / ``--account-id`` on the command line (there is no key flag:
   a key on a command line is visible to every user of the machine);
2. a profile chosen explicitly (``--profile NAME`` or ILLUMINATE_PROFILE);
3. ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID, ILLUMINATE_BASE_URL;
4. the ``default`` profile, when none was chosen;
5. the SDK's default base URL.

The profile file is TOML (ILLUMINATE_CONFIG, else
``$XDG_CONFIG_HOME/illuminate/config.toml``, else
``~/.config/illuminate/config.toml``), one table per profile::

    [default]
    api_key = "..."
    account_id = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"

    [mock]
    api_key = "demo-editor-key"
    account_id = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
    base_url = "http://127.0.0.1:8080"

The key is held in a ``Secret`` whose repr and str are ``***``; no message
of this module contains a value read from the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from illuminate_sdk import DEFAULT_BASE_URL

from ._errors import CliError, Exit

ENV_KEY = "ILLUMINATE_API_KEY"
ENV_ACCOUNT = "ILLUMINATE_ACCOUNT_ID"
ENV_BASE_URL = "ILLUMINATE_BASE_URL"
ENV_PROFILE = "ILLUMINATE_PROFILE"
ENV_CONFIG = "ILLUMINATE_CONFIG"
KEYS = ("api_key", "account_id", "base_url")
DEFAULT_PROFILE = "default"


class Secret:
    """A string that never shows itself: repr, str and format give ``***``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

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


def config_path(environ: Mapping[str, str]) -> Path:
    """The profile file: ILLUMINATE_CONFIG, else the XDG config folder."""
    explicit = environ.get(ENV_CONFIG)
    if explicit:
        return Path(explicit).expanduser()
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "illuminate" / "config.toml"


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


def resolve(
    *,
    profile: str | None,
    base_url: str | None,
    account_id: str | None,
    environ: Mapping[str, str] | None = None,
) -> Credentials:
    """The credentials by the precedence in the module docstring; CliError (exit 3) without key or account."""
    env = os.environ if environ is None else environ
    chosen = profile or env.get(ENV_PROFILE) or None
    path = config_path(env)
    from_profile = load_profile(path, chosen or DEFAULT_PROFILE, required=chosen is not None)
    where = f"profile {chosen or DEFAULT_PROFILE!r} ({path})"
    env_values = {"api_key": env.get(ENV_KEY), "account_id": env.get(ENV_ACCOUNT), "base_url": env.get(ENV_BASE_URL)}
    env_names = {"api_key": ENV_KEY, "account_id": ENV_ACCOUNT, "base_url": ENV_BASE_URL}
    flags = {"api_key": None, "account_id": account_id, "base_url": base_url}
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for name in KEYS:
        layers = [(flags[name], f"--{name.replace('_', '-')}")]
        if chosen is not None:
            layers += [(from_profile.get(name), where), (env_values[name], env_names[name])]
        else:
            layers += [(env_values[name], env_names[name]), (from_profile.get(name), where)]
        for value, source in layers:
            if value is not None and value.strip():
                values[name], sources[name] = value.strip(), source
                break
    if "api_key" not in values:
        raise CliError(f"no API key: set {ENV_KEY}, or api_key in a profile of {path} (--profile NAME)", Exit.AUTH)
    if "account_id" not in values:
        raise CliError(
            f"no account id: set {ENV_ACCOUNT}, pass --account-id, or set account_id in a profile of {path}", Exit.AUTH
        )
    key = values["api_key"]
    if any(c.isspace() for c in key) or not key.isprintable():
        raise CliError(f"the API key (from {sources['api_key']}) contains spaces or control characters", Exit.AUTH)
    if "base_url" not in values:
        values["base_url"], sources["base_url"] = DEFAULT_BASE_URL, "default"
    return Credentials(Secret(key), values["account_id"], values["base_url"].rstrip("/"), sources)
