"""Shared by the tests of the 2025 API's serial items (``test_serial_item_*.py``): their ``sapi`` fixture,
a twin with serials, and setting one flag.

Those modules' ``sapi`` is the demo account with account settings that declare two attributes, unlike
the plain one of ``conftest.py``; each module imports it (the import is what makes it the module's
fixture, so it looks unused).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.mock.helpers import ACCOUNT, EDITOR_KEY
from tests.mock.serial_helpers import SerialApi, make_app_client
from tests.mock.serialization_helpers import NUMERIC

ATTRIBUTES = [{"name": "warranty_start", "mandatory": False}, {"name": "warranty_end", "mandatory": False}]
NO_FLAGS = {"flag1": False, "flag2": False}


@pytest.fixture(name="sapi")
def sapi_with_attributes() -> Iterator[SerialApi]:
    """The demo account through its editor key, its account settings (RANDOM_NUMERIC, 8) declaring ``ATTRIBUTES``."""
    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(**NUMERIC, attributes=ATTRIBUTES))
        yield api


def twin_with(api: SerialApi, *counts: int) -> str:
    twin = api.product_twin()
    for count in counts:
        api.v1_job(twin, count)
    return twin


def set_flag(api: SerialApi, twin: str, serial: str, name: str, value: str) -> Any:
    return api.ok(api.put_v1(api.serial_path(twin, serial, f"/flags/{name}"), value=value))
