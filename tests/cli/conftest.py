"""Fixtures for the CLI tests: mocks served by uvicorn on loopback, twins with serials, ways to run ``illuminate``."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.faults import FaultPlan

from tests.servers import Served, serve

ROOT = Path(__file__).resolve().parents[2]
CLI_PATH = ROOT / "cli"
if str(CLI_PATH) not in sys.path:
    sys.path.insert(0, str(CLI_PATH))

from illuminate_cli._app import cli  # noqa: E402

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
_gtins = itertools.count(1)


@pytest.fixture(scope="session")
def mock() -> Iterator[Served]:
    """Jobs finish at the first poll."""
    app = create_app()
    with serve(app) as url:
        yield Served(url, app)


@pytest.fixture(scope="session")
def slow_mock() -> Iterator[Served]:
    """Jobs take seconds (2,000 serials/s, at least 2 s), as on the service."""
    app = create_app(
        config=MockConfig(job_timing=JobTiming(pending_seconds=0.3, serials_per_second=2000, min_seconds=2))
    )
    with serve(app) as url:
        yield Served(url, app)


@pytest.fixture(scope="session")
def latency_mock() -> Iterator[Served]:
    """Every request waits 40 ms first: an export of many pages takes a while."""
    app = create_app(faults=FaultPlan.parse(["latency=40"]))
    with serve(app) as url:
        yield Served(url, app)


def new_gtin() -> str:
    """A fresh valid GTIN-13 per call, so tests never share a product."""
    from illuminate_sdk._gs1 import check_digit

    body = f"95{os.getpid() % 1000:03d}{next(_gtins):07d}"
    return body + str(check_digit(body))


def make_twin(url: str, *, count: int = 0, length: int = 10, gtin: str | None = None, settings: bool = True) -> str:
    """Brand, product (GTIN), twin-level settings and a job of ``count`` serials, via the SDK; the twin id."""
    from illuminate_client.api.brands import create_brand
    from illuminate_client.api.products import create_product
    from illuminate_sdk import Illuminate

    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        brand = client.call(create_brand, name="Acme")
        product = client.call(
            create_product,
            brand_id=brand.id,
            identifier=gtin or new_gtin(),
            description_short="Card",
            gpc_category_code="10001234",
        )
        twin = client.digital_twin_id(product_id=product.id)
        if settings:
            client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=length, digital_twin_id=twin)
        if count:
            client.wait_for_job(client.start_job(twin, count), timeout=600)
        return twin


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Environment of a clean machine: no config file, history in tmp_path (add the base URL per test)."""
    return {
        "ILLUMINATE_API_KEY": KEY,
        "ILLUMINATE_ACCOUNT_ID": ACCOUNT,
        "ILLUMINATE_CONFIG": str(tmp_path / "no-config.toml"),
        "ILLUMINATE_STATE_DIR": str(tmp_path / "state"),
        "ILLUMINATE_PROFILE": "",
        "ILLUMINATE_BASE_URL": "",
    }


def invoke(args: list[str], env: dict[str, str], input: str | None = None) -> Result:
    """Run the command in process with click's CliRunner (stdout and stderr kept apart)."""
    return CliRunner().invoke(cli, args, env=env, input=input, catch_exceptions=False)


def command() -> list[str]:
    return [sys.executable, "-m", "illuminate_cli"]


def subprocess_env(env: dict[str, str]) -> dict[str, str]:
    merged = {**os.environ, **env}
    merged["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CLI_PATH), os.environ.get("PYTHONPATH", "")]))
    merged.pop("COLUMNS", None)
    return merged


def run(args: list[str], env: dict[str, str], timeout: float = 120, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run ``python -m illuminate_cli`` as a true subprocess."""
    return subprocess.run(
        [*command(), *args], env=subprocess_env(env), capture_output=True, text=True, timeout=timeout, **kwargs
    )
