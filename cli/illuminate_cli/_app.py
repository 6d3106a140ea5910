"""The ``illuminate`` command group: subcommands, help, and every failure turned into one line and an exit code.

``App.main`` is the one place where a command ends. Whatever happens (an SDK
error, a click usage error, a signal, a full disk, a bug), stderr gets one
``illuminate: ...`` line, cleaned by ``_safe``, and the process gets the
documented exit code; never a traceback (``--debug`` adds one, cleaned too).
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any, NoReturn

import click
from click.exceptions import NoArgsIsHelpError
from illuminate_sdk import IlluminateError

from . import __version__, _config, _safe, _signals
from ._context import State, global_options
from ._errors import EXIT_CODES_HELP, CliError, Exit, from_sdk, interrupted
from .commands.auth import auth
from .commands.catalog import brands, carriers, products
from .commands.jobs import jobs
from .commands.serials import serials
from .commands.settings import settings
from .commands.twins import twins

EPILOG = f"""\b
Credentials (never shown, never a flag):
  {_config.ENV_API_KEY}, {_config.ENV_ACCOUNT_ID}, {_config.ENV_BASE_URL}, or a profile
  of {_config.shown(_config.default_config_path())} ({_config.ENV_CONFIG}; --profile NAME or
  {_config.ENV_PROFILE}). --base-url http://127.0.0.1:8080 talks to illuminate-mock.
  Jobs started here are remembered in {_config.shown(_config.default_state_dir())} ({_config.ENV_STATE_DIR}).

{EXIT_CODES_HELP}
"""


def _say(message: str) -> None:
    with contextlib.suppress(OSError):  # stderr itself is gone: the exit code still tells
        click.echo(f"illuminate: {_safe.clean(message)}", err=True)


def _quiet_stdout() -> None:
    """After stdout failed (a closed pipe, a full disk), point it at /dev/null so exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test runner's buffer)
        pass


class App(click.Group):
    """The root group: its ``main`` owns every exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IlluminateError as exc:
            st = ctx.find_root().find_object(State)
            raise from_sdk(exc, st.key_source() if st is not None else None) from None
        except KeyboardInterrupt:  # caught here, or click would print a blank line first
            raise interrupted() from None

    def main(  # it never returns: standalone mode only
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> NoReturn:
        _safe.forget_secrets()
        for stream in (sys.stdout, sys.stderr):  # a character the locale cannot encode is escaped, not fatal
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
        with _signals.handling():
            code = self._run(args, prog_name, complete_var, extra)
        sys.exit(code)

    def _run(self, args: Sequence[str] | None, prog_name: str | None, complete_var: str | None, extra: Any) -> int:
        debug = "--debug" in (sys.argv[1:] if args is None else args)
        try:
            returned = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            sys.stdout.flush()  # a full disk shows here, not as a message at exit
        except NoArgsIsHelpError as exc:  # bare `illuminate`: the help, as click shows it
            exc.show()
            return exc.exit_code
        except CliError as exc:
            exc.show()
            return exc.exit_code
        except click.UsageError as exc:
            where = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
            _say(f"{exc.format_message()}{where}")
            return exc.exit_code
        except click.ClickException as exc:
            _say(exc.format_message())
            return exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            error = interrupted()
            error.show()
            return error.exit_code
        except BrokenPipeError:
            _quiet_stdout()  # the reader stopped early (`| head`): its choice, not a failure to report
            return int(Exit.ERROR)
        except OSError as exc:  # files the commands write turn their errors into CliError: this is stdout
            _say(f"cannot write {exc.filename or 'stdout'}: {exc.strerror or exc}")
            _quiet_stdout()
            return int(Exit.ERROR)
        except Exception as exc:  # noqa: BLE001  # the promise: no traceback, whatever went wrong
            if debug:
                for line in traceback.format_exception(exc):
                    for part in line.rstrip("\n").splitlines():
                        click.echo(_safe.clean(part), err=True)
            hint = "" if debug else " (--debug shows where)"
            _say(f"unexpected error: {type(exc).__name__}: {exc}{hint}")
            return int(Exit.ERROR)
        # In this mode click returns the code of an early exit (--help, --version) and None otherwise.
        return returned if isinstance(returned, int) else int(Exit.OK)


@click.group(
    "illuminate",
    cls=App,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", prog_name="illuminate")
@global_options
def cli() -> None:
    """Work with Digimarc Illuminate from a shell: digital twins, allocation settings,
    serial jobs and their CSVs, serial exports (CSV, JSON Lines, QR proofs), serial
    flags and attributes, products, brands, carriers.

    Global options work before or after the subcommand. Results go to stdout
    (--output table|json|id); progress and messages go to stderr.
    """


for group in (twins, settings, serials, jobs, products, brands, carriers, auth):
    cli.add_command(group)
