"""Benchmarks of the mock, printed as a table (``nox -s bench``).

- requests/s over loopback against ``illuminate-mock`` (uvicorn, one worker)
  for ``GET /rest/serials?first=100`` and ``POST /rest/products``, with a few concurrent
  keep-alive connections from this process;
- a 1,000,000-serial job: time to start it and see it COMPLETED, and the
  memory its state holds (tracemalloc, in process);
- listing all 1,000,000 serials 1000 at a time: time over loopback, and time
  and peak traced memory in process;
- a flag set on 10,000 serials of a 1,000,000-serial job, one request each,
  then the twin's serials filtered on it: what that adds to the server's
  resident memory over the untouched job (the goal: at most 10 MiB).

Figures vary with the machine and its load; compare ratios within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import httpx
from mock_process import running_mock

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
HEADERS = {"Authorization": "ApiKey demo-editor-key"}


def peak_rss_kib(pid: int) -> int | None:
    """Peak resident memory of a process (Linux /proc); None elsewhere."""
    return _proc_status_kib(pid, "VmHWM:")


def rss_kib(pid: int) -> int | None:
    """Resident memory of a process now (Linux /proc); None elsewhere."""
    return _proc_status_kib(pid, "VmRSS:")


def _proc_status_kib(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def reset_peak_rss(pid: int) -> None:
    """Start a new peak measurement (Linux: writing 5 to clear_refs resets VmHWM)."""
    with suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def describe_rss(kib: int | None) -> str:
    return "n/a (no /proc)" if kib is None else f"{kib / 1024:.0f} MiB peak RSS of the server"


def setup_twin(client: httpx.Client, serial_count: int) -> tuple[str, str]:
    """A brand, a product, its twin, settings and a completed job; (brand id, twin id)."""
    brand = client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "Bench"}).json()["id"]
    product = client.post(
        "/rest/products",
        json={
            "accountId": ACCOUNT,
            "brandId": brand,
            "descriptionShort": "Bench cards",
            "gpcCategoryCode": "53000000",
            "identifier": "09506000134352",
        },
    ).json()["id"]
    query = {"product": {"ids": [product]}}
    params: dict[str, str | int] = {
        "accountId": ACCOUNT,
        "first": 1,
        "order": "CREATED_DESC",
        "filter": json.dumps(query),
    }
    twins = client.get("/rest/digitalTwins", params=params).json()
    twin = twins[0]["id"]
    client.post(
        "/rest/digitalTwinSerialAllocationSettings",
        json={
            "accountId": ACCOUNT,
            "digitalTwinId": twin,
            "length": 10,
            "strategy": "RANDOM_ALPHANUMERIC",
            "symbols": "ABCDEFGHJK",
        },
    ).raise_for_status()
    job = client.post(
        "/rest/jobs/serialGeneration", json={"accountId": ACCOUNT, "digitalTwinId": twin, "serialCount": serial_count}
    ).json()["id"]
    status = client.get("/rest/jobs/status", params={"accountId": ACCOUNT, "jobId": job}).json()["status"]
    assert status == "COMPLETED", status
    return brand, twin


async def requests_per_second(
    base_url: str, build: Callable[[int], tuple[str, str, dict[str, Any]]], total: int, concurrency: int
) -> float:
    async with httpx.AsyncClient(base_url=base_url, headers=HEADERS, timeout=30) as client:
        counter = iter(range(total))

        async def worker() -> None:
            for number in counter:
                method, url, options = build(number)
                response = await client.request(method, url, **options)
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return total / (time.perf_counter() - started)


def list_all(client: httpx.Client, twin: str) -> int:
    seen = 0
    after: str | None = None
    while True:
        params: dict[str, Any] = {"accountId": ACCOUNT, "digitalTwinId": twin, "first": 1000, "order": "CREATED_ASC"}
        if after:
            params["after"] = after
        response = client.get("/rest/serials", params=params)
        response.raise_for_status()
        seen += len(response.json())
        if response.headers["has-next-page"] != "true":
            return seen
        after = response.headers["next-page-token"]


def in_process(serials: int) -> list[tuple[str, str]]:
    """Memory the backend keeps for a job, measured with tracemalloc in this process."""
    from illuminate_mock.app import create_app
    from starlette.testclient import TestClient

    client = TestClient(create_app(), headers=HEADERS)
    setup_twin(client, 10)  # warm caches (validators, imports) outside the measurement
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    setup_twin(client, serials)
    held = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    return [(f"{serials:,}-serial job, state the backend keeps (in process)", f"{max(held, 0) / 1024:.0f} KiB")]


def over_loopback(serials: int, total: int, concurrency: int) -> list[tuple[str, str]]:
    rows = []
    with running_mock() as (base_url, pid), httpx.Client(base_url=base_url, headers=HEADERS, timeout=60) as client:
        idle = peak_rss_kib(pid)
        rows.append(("mock server at rest", describe_rss(idle)))
        reset_peak_rss(pid)
        started = time.perf_counter()
        brand, twin = setup_twin(client, serials)
        elapsed = time.perf_counter() - started
        rows.append((f"{serials:,}-serial job, start to COMPLETED (loopback)", f"{elapsed * 1000:.0f} ms"))
        rows.append((f"{serials:,}-serial job, server memory", describe_rss(peak_rss_kib(pid))))
        list_params = {"accountId": ACCOUNT, "digitalTwinId": twin, "first": 100, "order": "CREATED_ASC"}
        product_body = {"accountId": ACCOUNT, "brandId": brand, "descriptionShort": "P", "gpcCategoryCode": "53000000"}
        cases: dict[str, Callable[[int], tuple[str, str, dict[str, Any]]]] = {
            "GET /rest/serials?first=100": lambda n: ("GET", "/rest/serials", {"params": list_params}),
            "POST /rest/products": lambda n: (
                "POST",
                "/rest/products",
                {"json": {**product_body, "identifier": f"{n:014d}"}},
            ),
        }
        for name, build in cases.items():
            rate = asyncio.run(requests_per_second(base_url, build, total, concurrency))
            rows.append((f"{name} over loopback ({concurrency} connections)", f"{rate:,.0f} requests/s"))
        reset_peak_rss(pid)
        started = time.perf_counter()
        count = list_all(client, twin)
        elapsed = time.perf_counter() - started
        assert count == serials, count
        rows.append(
            (
                f"list all {serials:,} serials, first=1000 (loopback)",
                f"{elapsed:.1f} s, {serials / elapsed:,.0f} serials/s",
            )
        )
        rows.append((f"list all {serials:,} serials, server memory", describe_rss(peak_rss_kib(pid))))
    return rows


def v1_serial_ids(client: httpx.Client, twin: str, count: int, flags: str | None = None) -> list[str]:
    """The ids of a twin's first ``count`` serial items (all of them with ``count`` 0), through the 2025 list."""
    path = f"/api/v1/accounts/{ACCOUNT}/digitalTwins/{twin}/serials"
    ids: list[str] = []
    cursor: str | None = None
    while count == 0 or len(ids) < count:
        params: dict[str, Any] = {"limit": 1000 if count == 0 else min(1000, count - len(ids))}
        if cursor is not None:
            params["cursor"] = cursor
        if flags is not None:
            params["flags"] = flags
        page = client.get(path, params=params).raise_for_status().json()
        ids.extend(item["id"] for item in page["serials"])
        cursor = page["pageInfo"].get("nextCursor")
        if not page["pageInfo"].get("hasNextPage") or cursor is None:
            break
    return ids


def flag_memory(serials: int, flagged: int, concurrency: int) -> list[tuple[str, str]]:
    """Server memory of a flag set on ``flagged`` serials and a filter on it, over the untouched job."""
    with running_mock() as (base_url, pid), httpx.Client(base_url=base_url, headers=HEADERS, timeout=60) as client:
        _, twin = setup_twin(client, serials)
        targets = v1_serial_ids(client, twin, flagged)
        v1_serial_ids(client, twin, flagged, flags="flag1=false")  # the filter's code paths warm, nothing set
        untouched = rss_kib(pid)
        path = f"/api/v1/accounts/{ACCOUNT}/digitalTwins/{twin}/serials/{{}}/flags/flag1"

        def build(number: int) -> tuple[str, str, dict[str, Any]]:
            return "PUT", path.format(targets[number]), {"params": {"value": "true"}}

        rate = asyncio.run(requests_per_second(base_url, build, len(targets), concurrency))
        started = time.perf_counter()
        found = v1_serial_ids(client, twin, 0, flags="flag1=true")
        filter_seconds = time.perf_counter() - started
        assert sorted(found) == sorted(targets), (len(found), len(targets))
        touched = rss_kib(pid)
    label = f"flag1 set on {flagged:,} of {serials:,} serials ({rate:,.0f} PUTs/s), then filtered"
    if untouched is None or touched is None:
        return [(label, "n/a (no /proc)")]
    grown = (touched - untouched) / 1024
    return [
        (label, f"{len(found):,} found in {filter_seconds:.1f} s"),
        ("  its server memory over the untouched job (goal <= 10 MiB)", f"{grown:+.1f} MiB RSS"),
    ]


def print_table(rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    print(f"{'measure'.ljust(width)} | result")
    print(f"{'-' * width}-|-{'-' * 30}")
    for name, value in rows:
        print(f"{name.ljust(width)} | {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serials", type=int, default=1_000_000, help="job size (default: %(default)s)")
    parser.add_argument("--requests", type=int, default=2_000, help="requests per throughput case")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent connections")
    parser.add_argument("--flagged", type=int, default=10_000, help="serials a flag is set on")
    args = parser.parse_args(argv)
    rows = over_loopback(args.serials, args.requests, args.concurrency) + in_process(args.serials)
    rows += flag_memory(args.serials, args.flagged, args.concurrency)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
