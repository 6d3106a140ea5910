"""``illuminate auth status``: which credentials apply, and whether the API accepts them."""

from __future__ import annotations

import time

import click
from illuminate_client.api.brands import list_brands
from illuminate_sdk import APIConnectionError

from .._context import Seconds, global_options, state
from .._output import emit_record


@click.group()
@global_options
def auth() -> None:
    """Check credentials (they come from ILLUMINATE_* variables or a --profile)."""


@auth.command("status")
@click.option(
    "--wait",
    "wait_seconds",
    type=Seconds(min=0),
    default=0,
    show_default=True,
    help="Retry for this many seconds while the API cannot be reached (e.g. a mock starting).",
)
@global_options
def status(wait_seconds: float) -> None:
    """Show the base URL, account and where each came from; check the key with one request.

    The key itself is never shown. Exits 3 when the API refuses it.
    """
    st = state()
    creds = st.credentials()
    deadline = time.monotonic() + wait_seconds
    while True:
        with st.new_client(retries=False) as client:
            try:
                next(client.paginate(list_brands, order="NAME_ASC", first=1).pages())
                break
            except APIConnectionError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.2)
    emit_record(
        st.output,
        [
            ("base URL", f"{creds.base_url} (from {creds.sources['base_url']})"),
            ("account", f"{creds.account_id} (from {creds.sources['account_id']})"),
            ("API key", f"accepted (from {creds.sources['api_key']})"),
        ],
        json_data={
            "baseUrl": creds.base_url,
            "accountId": creds.account_id,
            "sources": dict(creds.sources),
            "keyAccepted": True,
        },
        id_value=creds.account_id,
    )
