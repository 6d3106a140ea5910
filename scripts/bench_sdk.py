"""Benchmark the SDK against the mock served by uvicorn on loopback.

1. Iterate 100,000 serials with ``first=1000`` through the SDK's pager, beside
   a plain httpx loop over the same pages (and one that also builds the
   generated models, which is what the pager returns): time (best of
   ``--rounds``) and peak traced memory (tracemalloc, a separate pass). The
   same for the 2025 serial list (body cursors, ``limit=1000``).
2. Polls and detection delay for a job that takes 30 s on the mock.
3. A 1,000,000-serial job's CSV written to a file by ``download_job_csv``,
   beside plain httpx streaming the same CSV to a file: serials/s (goal
   >= 100,000/s) and peak traced memory.

The mock runs in a child process so that its CPU time and memory are not
counted. Usage: ``python scripts/bench_sdk.py [--serials N] [--csv-serials N] [--job-seconds S]``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
from illuminate_client.api.brands import create_brand
from illuminate_client.api.products import create_product
from illuminate_client.models.serial import Serial
from illuminate_client.models.serial_item import SerialItem
from illuminate_sdk import Illuminate
from mock_process import running_mock

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
GTIN = "09506000134352"
CSV_GTIN = "09506000134369"
SERVER = """
import sys, uvicorn
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
config = MockConfig(job_timing=JobTiming(min_seconds=float(sys.argv[2])))
uvicorn.run(create_app(config=config), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@contextlib.contextmanager
def mock_server(job_seconds: float) -> Iterator[str]:
    """The mock in a child process, its jobs taking ``job_seconds``."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(root / p) for p in ("mock", "generated", "overrides"))}
    with running_mock(lambda port: [sys.executable, "-c", SERVER, str(port), str(job_seconds)], env=env) as (url, _):
        yield url


class CountingTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.status_polls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/rest/jobs/status"):
            self.status_polls += 1
        return super().handle_request(request)


def sdk_loop(client: Illuminate, twin: str) -> int:
    count = 0
    for _ in client.serials(twin, first=1000):
        count += 1
    return count


def sdk_items_loop(client: Illuminate, twin: str) -> int:
    count = 0
    for _ in client.serial_items(twin, limit=1000):
        count += 1
    return count


def plain_items_loop(url: str, twin: str, *, models: bool) -> int:
    count = 0
    params = {"limit": "1000"}
    path = f"/api/v1/accounts/{ACCOUNT}/digitalTwins/{twin}/serials"
    with httpx.Client(base_url=url, headers={"Authorization": f"ApiKey {KEY}"}, timeout=60) as http:
        while True:
            response = http.get(path, params=params)
            response.raise_for_status()
            page = response.json()
            for item in page["serials"]:
                if models:
                    SerialItem.from_dict(item)
                count += 1
            if not page["pageInfo"]["hasNextPage"]:
                return count
            params["cursor"] = page["pageInfo"]["nextCursor"]


def sdk_csv(client: Illuminate, identifier: str, folder: Path) -> int:
    return client.download_job_csv(identifier, folder / "sdk.csv")


def plain_csv(url: str, identifier: str, folder: Path) -> int:
    """httpx streaming the CSV to a file, counting its lines: the floor the SDK is measured against."""
    lines = 0
    path = f"/api/v1/accounts/{ACCOUNT}/jobs/serialization/{identifier}/csv"
    with (
        httpx.Client(base_url=url, headers={"Authorization": f"ApiKey {KEY}"}, timeout=120) as http,
        http.stream("GET", path) as response,
        (folder / "plain.csv").open("wb") as out,
    ):
        response.raise_for_status()
        for chunk in response.iter_bytes():
            lines += chunk.count(b"\n")
            out.write(chunk)
    return lines - 1


def plain_loop(url: str, twin: str, *, models: bool) -> int:
    count = 0
    params = {"accountId": ACCOUNT, "digitalTwinId": twin, "first": "1000", "order": "CREATED_ASC"}
    with httpx.Client(base_url=url, headers={"Authorization": f"ApiKey {KEY}"}, timeout=60) as http:
        while True:
            response = http.get("/rest/serials", params=params)
            response.raise_for_status()
            for item in response.json():
                if models:
                    Serial.from_dict(item)
                count += 1
            if response.headers.get("has-next-page") != "true":
                return count
            params["after"] = response.headers["next-page-token"]


def timed(run: Callable[[], int]) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def traced(run: Callable[[], int]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measured(runs: dict[str, Callable[[], int]], rounds: int, serials: int) -> tuple[dict[str, float], dict[str, int]]:
    """Each run's best time of ``rounds`` (each must count ``serials``), then its peak traced memory in bytes."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, run in runs.items():
            seconds, count = timed(run)
            assert count == serials, (name, count)
            best[name] = min(best.get(name, float("inf")), seconds)
    return best, {name: traced(run) for name, run in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serials", type=int, default=100_000)
    parser.add_argument("--csv-serials", type=int, default=1_000_000)
    parser.add_argument("--job-seconds", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    with mock_server(args.job_seconds) as url, tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        transport = CountingTransport()
        with Illuminate(KEY, account_id=ACCOUNT, base_url=url, transport=transport) as client:
            brand = client.call(create_brand, name="Bench")
            for gtin in (GTIN, CSV_GTIN):
                client.call(
                    create_product, brand_id=brand.id, identifier=gtin, description_short="B", gpc_category_code="1"
                )
            twin, csv_twin = client.digital_twin_id(gtin=GTIN), client.digital_twin_id(gtin=CSV_GTIN)
            client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=12)
            # The CSV's job runs on the mock's clock beside the polled one, so it is done when that one is.
            csv_job = client.start_serialization_job(csv_twin, args.csv_serials)
            before = time.monotonic()
            job = client.start_job(twin, args.serials)
            client.wait_for_job(job)
            waited = time.monotonic() - before
            polls = transport.status_polls
            delay = waited - args.job_seconds  # upper bound: the job started after `before`
            client.wait_for_serialization_job(csv_job.identifier)

            runs: dict[str, Callable[[], int]] = {
                "plain httpx (dicts)": lambda: plain_loop(url, twin, models=False),
                "plain httpx + models": lambda: plain_loop(url, twin, models=True),
                "SDK pager": lambda: sdk_loop(client, twin),
                "plain httpx, v1 (dicts)": lambda: plain_items_loop(url, twin, models=False),
                "plain httpx, v1 + models": lambda: plain_items_loop(url, twin, models=True),
                "SDK pager, v1": lambda: sdk_items_loop(client, twin),
            }
            best, peak = measured(runs, args.rounds, args.serials)

            downloads: dict[str, Callable[[], int]] = {
                "plain httpx stream": lambda: plain_csv(url, csv_job.identifier, folder),
                "SDK download_job_csv": lambda: sdk_csv(client, csv_job.identifier, folder),
            }
            csv_best, csv_peak = measured(downloads, args.rounds, args.csv_serials)
            csv_bytes = (folder / "sdk.csv").stat().st_size

    pages = args.serials // 1000
    print(f"\nIterating {args.serials:,} serials, 1000 per page ({pages} pages), best of {args.rounds}:\n")
    header = ("loop", "time (s)", "serials/s", "peak MiB", "vs plain", "vs +models")
    print("| {:<24} | {:>8} | {:>10} | {:>8} | {:>8} | {:>10} |".format(*header))
    print(f"|{'-' * 26}|{'-' * 10}|{'-' * 12}|{'-' * 10}|{'-' * 10}|{'-' * 12}|")
    for name, seconds in best.items():
        v1 = ", v1" if ", v1" in name else ""
        base, models = best[f"plain httpx{v1} (dicts)"], best[f"plain httpx{v1} + models"]
        print(
            f"| {name:<24} | {seconds:>8.2f} | {args.serials / seconds:>10,.0f} | {peak[name] / 2**20:>8.1f} "
            f"| {seconds / base:>7.2f}x | {seconds / models:>9.2f}x |"
        )
    print(
        f"\nA {args.csv_serials:,}-serial job's CSV ({csv_bytes / 2**20:,.0f} MiB) to a file, best of {args.rounds}:\n"
    )
    print(f"| {'download':<22} | {'time (s)':>8} | {'serials/s':>10} | {'peak MiB':>8} | {'goal':>16} |")
    print(f"|{'-' * 24}|{'-' * 10}|{'-' * 12}|{'-' * 10}|{'-' * 18}|")
    for name, seconds in csv_best.items():
        print(
            f"| {name:<22} | {seconds:>8.2f} | {args.csv_serials / seconds:>10,.0f} | "
            f"{csv_peak[name] / 2**20:>8.1f} | {'>= 100,000/s':>16} |"
        )
    limit = 0.1 * args.job_seconds + 1
    print(f"\nA job that takes {args.job_seconds:.0f} s on the mock:\n")
    print(f"| {'status polls':>12} | {'detection delay (s)':>19} | {'goal':>24} |")
    print(f"|{'-' * 14}|{'-' * 21}|{'-' * 26}|")
    print(f"| {polls:>12} | {delay:>19.2f} | {'<= 15 polls, <= ' + f'{limit:.0f} s':>24} |")


if __name__ == "__main__":
    main()
