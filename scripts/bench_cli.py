"""Benchmark ``illuminate serials export`` against the mock served by uvicorn on loopback.

Starts the mock in a child process, creates a product and ``--serials``
(100,000) serials with the SDK, then runs ``python -m illuminate_cli serials
export`` to CSV, with and without the Digital Link column (and to JSON Lines),
``--rounds`` times each. Prints serials/s (whole command, start-up included;
best round) and the CLI process's peak RSS (from wait4).

Then ``illuminate jobs csv`` of a 2025 job of ``--csv-serials`` (1,000,000)
serials to a file: serials/s, the CLI's peak RSS, and the mock's resident
memory before the job and at its peak (``/proc``): memory flat in both
processes means neither holds the CSV. Usage:
``python scripts/bench_cli.py [--serials N] [--rounds R] [--csv-serials N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from illuminate_client.api.brands import create_brand
from illuminate_client.api.products import create_product
from illuminate_sdk import Illuminate
from mock_process import running_mock

ROOT = Path(__file__).resolve().parents[1]
ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
GTIN = "09506000134352"
SERVER = """
import sys, uvicorn
from illuminate_mock.app import create_app
uvicorn.run(create_app(), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def child_env() -> dict[str, str]:
    paths = [str(ROOT / p) for p in ("cli", "mock", "generated", "overrides")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join([*paths, os.environ.get("PYTHONPATH", "")])}


@contextlib.contextmanager
def mock_server() -> Iterator[str]:
    with running_mock(lambda port: [sys.executable, "-c", SERVER, str(port)], env=child_env()) as (url, _):
        yield url


def make_serials(url: str, count: int) -> str:
    with Illuminate(KEY, account_id=ACCOUNT, base_url=url) as client:
        brand = client.call(create_brand, name="Bench")
        product = client.call(
            create_product, brand_id=brand.id, identifier=GTIN, description_short="Card", gpc_category_code="10001234"
        )
        twin = client.digital_twin_id(product_id=product.id)
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=12, digital_twin_id=twin)
        client.wait_for_job(client.start_job(twin, count))
        return twin


def run_cli(url: str, args: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one ``illuminate`` process."""
    env = {**child_env(), "ILLUMINATE_API_KEY": KEY, "ILLUMINATE_ACCOUNT_ID": ACCOUNT, "ILLUMINATE_BASE_URL": url}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "illuminate_cli", *args], env=env, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"illuminate {args[0]} {args[1]} failed with exit code {child.returncode}")
    return elapsed, usage.ru_maxrss


def export(url: str, twin: str, target: Path, extra: list[str]) -> tuple[float, int]:
    return run_cli(url, ["serials", "export", twin, "-f", str(target), "--progress", "none", *extra])


def resident_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def job_csv(count: int, rounds: int, folder: Path) -> None:
    """``illuminate jobs csv`` of a ``count``-serial 2025 job, on a mock of its own."""
    with running_mock(lambda port: [sys.executable, "-c", SERVER, str(port)], env=child_env()) as (url, pid):
        before = resident_kib(pid, "VmRSS")
        twin = make_serials(url, 1)
        with Illuminate(KEY, account_id=ACCOUNT, base_url=url, timeout=600) as client:
            job = client.start_serialization_job(twin, count, identifier="bench-csv")
            client.wait_for_serialization_job(job.identifier, timeout=600)
        target = folder / "job.csv"
        runs = [
            run_cli(url, ["jobs", "csv", "bench-csv", "--file", str(target), "--progress", "none"])
            for _ in range(rounds)
        ]
        with target.open("rb") as handle:
            lines = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
        assert lines == count + 1, lines
        peak = resident_kib(pid, "VmHWM")
    best = min(seconds for seconds, _ in runs)
    print(f"\nilluminate jobs csv: a {count:,}-serial job ({target.stat().st_size / 1e6:.0f} MB) to a file\n")
    print("| best time | serials/s | peak RSS of the CLI | mock RSS before the job / peak |\n|---|---|---|---|")
    cli_peak = max(kib for _, kib in runs) / 1024
    print(f"| {best:.2f} s | {count / best:,.0f} | {cli_peak:.0f} MiB | {before / 1024:.0f} / {peak / 1024:.0f} MiB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serials", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--csv-serials", type=int, default=1_000_000)
    options = parser.parse_args()
    cases = [
        ("CSV with digital_link", "out.csv", []),
        ("CSV without digital_link", "out.csv", ["--no-digital-link"]),
        ("JSON Lines with digitalLink", "out.jsonl", []),
    ]
    with mock_server() as url, tempfile.TemporaryDirectory() as folder:
        twin = make_serials(url, options.serials)
        print(f"illuminate serials export: {options.serials:,} serials from the mock over loopback\n")
        print("| case | best time | serials/s | peak RSS of the CLI |\n|---|---|---|---|")
        for name, file_name, extra in cases:
            runs = [export(url, twin, Path(folder) / file_name, extra) for _ in range(options.rounds)]
            best = min(seconds for seconds, _ in runs)
            rss = max(kib for _, kib in runs)
            print(f"| {name} | {best:.2f} s | {options.serials / best:,.0f} | {rss / 1024:.0f} MiB |")
        small = max(options.serials // 5, 1)
        twin_small = make_serials(url, small)
        _, rss_small = export(url, twin_small, Path(folder) / "small.csv", [])
        _, rss_large = export(url, twin, Path(folder) / "large.csv", [])
        print(f"\npeak RSS of the CLI, {small:,} serials: {rss_small / 1024:.0f} MiB; ", end="")
        print(f"{options.serials:,} serials: {rss_large / 1024:.0f} MiB")
        job_csv(options.csv_serials, options.rounds, Path(folder))


if __name__ == "__main__":
    main()
