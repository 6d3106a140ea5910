"""Exit codes, and turning every failure into one clear line and its code.

A message is cleaned (``_safe.clean``) when the error is made, not only when
it is shown: it often quotes the server, which may echo the API key or send
escape sequences, and an error's repr or args must not carry those either.
"""

from __future__ import annotations

from enum import IntEnum

import click
from illuminate_sdk import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    DigitalTwinNotFoundError,
    IlluminateError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    SettingsAlreadySetError,
)

from . import _signals
from ._safe import clean


class Exit(IntEnum):
    """What the exit status of ``illuminate`` means."""

    OK = 0
    ERROR = 1  # the API refused or failed, the network, a local file
    USAGE = 2  # a bad option or argument, an unknown profile, a declined prompt without a terminal
    AUTH = 3  # no key or account id, a wrong key (401), a key without the role (403)
    NOT_FOUND = 4  # no such twin, job, serial or id (404)
    CONFLICT = 5  # a twin's settings fixed (it has serials), a count over the space left, missing settings,
    # a job name taken, a job's CSV asked for before it is COMPLETED (409)
    JOB_FAILED = 6  # the job ended FAILED, or waiting for it timed out (it goes on at the server)
    INTERRUPTED = 130  # Ctrl-C (SIGTERM: 143, SIGHUP: 129; see _signals)


EXIT_CODES_HELP = """\b
Exit codes:
  0    success
  1    error: the API refused or failed, the network, a local file
  2    usage: bad option or argument, unknown profile, unconfirmed prompt
  3    authentication: no key or account id, wrong key (401), missing role (403)
  4    not found: no such twin, job, serial or id (404)
  5    conflict: a twin's settings fixed (it has serials), count over the space
       left, job name taken, job not COMPLETED yet (409)
  6    the job FAILED, or --timeout passed while waiting (the job goes on)
  130  interrupted (Ctrl-C; 143 for SIGTERM, 129 for SIGHUP); waits print
       the command that resumes them"""


class CliError(click.ClickException):
    """One line on stderr, ``illuminate: <message>``, and a meaningful exit code."""

    def __init__(self, message: str, code: Exit = Exit.ERROR) -> None:
        super().__init__(clean(message))
        self.code = code
        # An interruption exits 128 + the signal that caused it (130, 143, 129).
        self.exit_code = _signals.exit_code() if code == Exit.INTERRUPTED else int(code)  # type: ignore[misc]

    def show(self, file: object = None) -> None:
        click.echo(f"illuminate: {clean(self.format_message())}", err=True)


def interrupted(detail: str = "") -> CliError:
    """The error for Ctrl-C, SIGTERM or SIGHUP: ``interrupted[ by SIGTERM]<detail>``, exit 128 + signal."""
    return CliError(f"{_signals.interrupted()}{detail}", Exit.INTERRUPTED)


def code_for(error: IlluminateError) -> Exit:
    """The exit code of an SDK error."""
    if isinstance(error, AuthenticationError | PermissionDeniedError | ConfigurationError):
        return Exit.AUTH
    if isinstance(error, NotFoundError | DigitalTwinNotFoundError):
        return Exit.NOT_FOUND
    if isinstance(error, ConflictError | SettingsAlreadySetError):
        return Exit.CONFLICT
    if isinstance(error, JobFailedError | JobTimeoutError):
        return Exit.JOB_FAILED
    return Exit.ERROR


CLI_HINTS = {
    401: "check the API key: ILLUMINATE_API_KEY or api_key in the profile",
    403: "check the key's roles and the account id: ILLUMINATE_ACCOUNT_ID, --account-id or the profile",
}


def from_sdk(error: IlluminateError, key_source: str | None = None) -> CliError:
    """A CliError for an SDK error, with hints for a shell user rather than Python code."""
    message = str(error)
    if isinstance(error, APIStatusError) and error.hint and error.status_code in CLI_HINTS:
        hint = CLI_HINTS[error.status_code] + (f"; the key came from {key_source}" if key_source else "")
        message = message.replace(f"({error.hint})", f"({hint})")
    if isinstance(error, ConflictError) and error.code == "ALLOCATION_SETTINGS_MISSING":
        message += "; set them first: illuminate settings set --help"
    return CliError(message, code_for(error))
