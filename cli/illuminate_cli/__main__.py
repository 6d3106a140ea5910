"""Entry point: ``python -m illuminate_cli`` and the ``illuminate`` script."""

from __future__ import annotations

from ._app import cli


def main() -> None:
    """Run the command line (exit codes: see ``illuminate --help``)."""
    cli(prog_name="illuminate")


if __name__ == "__main__":
    main()
