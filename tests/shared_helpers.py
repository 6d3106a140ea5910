"""What more than one test suite needs: a product with its digital twin, and the README's sessions run in bash.

The CLI and SDK tests both make products (``make_product``); the README's
own tests and the CLI's run its console blocks (``section``, ``blocks``,
``commands``, ``shell``).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

from illuminate_client.api.brands import create_brand
from illuminate_client.api.products import create_product
from mock_process import free_port

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def make_product(client: Any, identifier: str) -> tuple[str, str]:
    """A brand and a product with this identifier (a GTIN), through ``client``; (product id, digital twin id)."""
    brand = client.call(create_brand, name="Acme")
    product = client.call(
        create_product, brand_id=brand.id, identifier=identifier, description_short="Card", gpc_category_code="10001234"
    )
    return product.id, client.digital_twin_id(product_id=product.id)


# ---------------------------------------------------------------- the README's sessions


def section(title: str) -> str:
    """The README's ``## title`` section, up to the next one."""
    return README.split(f"\n## {title}", 1)[1].split("\n## ", 1)[0]


def blocks(text: str, language: str) -> list[str]:
    """The fenced blocks of ``language`` in ``text``."""
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)


def commands(console: str) -> list[str]:
    """The ``$`` lines of a console block, without the prompt."""
    return [line[2:] for line in console.splitlines() if line.startswith("$ ")]


def shell(lines: list[str], tmp_path: Path, timeout: float = 240, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``lines`` in bash in ``cwd``, the mock on a free port for 8080, ``illuminate`` and ``illuminate-mock`` on PATH.

    No config file, history in ``tmp_path``; background jobs are stopped at the end.
    """
    port = str(free_port())
    script = "\n".join(
        ["set -euo pipefail", "trap 'kill $(jobs -p) 2>/dev/null || true' EXIT"]
        + [c.replace("8080", port) for c in lines]
    )
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, module in (("illuminate", "illuminate_cli"), ("illuminate-mock", "illuminate_mock.cli")):
        if shutil.which(name) is None:  # before the entry points are installed
            shim = bin_dir / name
            shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m {module} "$@"\n')
            shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = {
        **os.environ,
        "ILLUMINATE_CONFIG": str(tmp_path / "none.toml"),
        "ILLUMINATE_STATE_DIR": str(tmp_path / "state"),
        "PATH": os.pathsep.join([str(bin_dir), str(Path(sys.executable).parent), os.environ["PATH"]]),
    }
    env.pop("COLUMNS", None)
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
