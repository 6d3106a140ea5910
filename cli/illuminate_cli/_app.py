"""The ``illuminate`` command group: subcommands, help, and errors turned into exit codes."""

from __future__ import annotations

from typing import Any

import click
from illuminate_sdk import IlluminateError

from . import __version__
from ._context import State, global_options
from ._errors import EXIT_CODES_HELP, CliError, Exit, from_sdk
from .commands.auth import auth
from .commands.catalog import brands, carriers, products
from .commands.jobs import jobs
from .commands.serials import serials
from .commands.settings import settings
from .commands.twins import twins

EPILOG = f"""\b
Credentials (never shown, never a flag):
  ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID, ILLUMINATE_BASE_URL, or a profile
  of ~/.config/illuminate/config.toml (ILLUMINATE_CONFIG; --profile NAME or
  ILLUMINATE_PROFILE). --base-url http://127.0.0.1:8080 talks to illuminate-mock.

{EXIT_CODES_HELP}
"""


class App(click.Group):
    """Turns every failure into one ``illuminate: ...`` line on stderr and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IlluminateError as exc:
            st = ctx.find_root().find_object(State)
            raise from_sdk(exc, st.key_source() if st is not None else None) from None
        except KeyboardInterrupt:
            raise CliError("interrupted", Exit.INTERRUPTED) from None
        except OSError as exc:
            name = f" {exc.filename}" if exc.filename else ""
            raise CliError(f"cannot{' write' if name else ''}{name}: {exc.strerror or exc}", Exit.ERROR) from None


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
    serial jobs, serial exports (CSV, JSON Lines, QR proofs), products, brands, carriers.

    Global options work before or after the subcommand. Results go to stdout
    (--output table|json|id); progress and messages go to stderr.
    """


for group in (twins, settings, serials, jobs, products, brands, carriers, auth):
    cli.add_command(group)
