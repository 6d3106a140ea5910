"""Bounded work per request: the largest hostile bodies within the limits (``nox -s bench``).

For each case the mock (one uvicorn worker, a child process) receives one
body at the size limit, built to cost as much as it can: many small invalid
items, a huge filter sent by a read-only key, an upload with a bogus token.
While it is being answered, a second connection keeps sending a small
request (``GET /rest/brands?first=1``). The table shows, per case:

- how long the hostile request took and the size of its answer;
- the server's extra resident memory (peak RSS over the case minus RSS
  before it; Linux ``/proc``);
- the longest wait of the concurrent small request.

Goals (issue 10): at most 0.5 s, at most 20 MiB extra, at most 0.1 s for the
small request. Figures vary with the machine and its load.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from mock_process import running_mock

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
EDITOR = {"Authorization": "ApiKey demo-editor-key"}
READ_ONLY = {"Authorization": "ApiKey demo-api-read-only-key"}
JSON = {"Content-Type": "application/json"}
BODY_LIMIT = 1024 * 1024  # the mock's JSON body limit (illuminate_mock.app.MAX_BODY_BYTES)
UPLOAD_LIMIT = 10 * 1024 * 1024  # the mock's upload limit
SMALL_QUERY: dict[str, str | int] = {"accountId": ACCOUNT, "first": 1, "order": "MODIFIED_DESC"}
HOSTILE_TIMEOUT = 20.0  # seconds; a case that takes longer is reported as a timeout
GOAL_SECONDS = 0.5
GOAL_EXTRA_MIB = 20.0
GOAL_WAIT_SECONDS = 0.1


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    url: str
    content: bytes
    headers: dict[str, str] = dataclasses.field(default_factory=lambda: {**EDITOR, **JSON})


def fill(prefix: bytes, item: bytes, suffix: bytes, limit: int = BODY_LIMIT) -> bytes:
    """``prefix item,item,... suffix``: as many items as fit in ``limit`` bytes."""
    count = (limit - len(prefix) - len(suffix) + 1) // (len(item) + 1)
    return prefix + b",".join([item] * count) + suffix


def cases() -> list[Case]:
    """The hostile requests; JSON sent with the editor's key unless a case says otherwise."""
    account = json.dumps(ACCOUNT).encode()
    links, nested = b'{"accountId":' + account + b',"links":[', BODY_LIMIT // 2
    return [
        Case("links: array of empty objects", "POST", "/rest/promotionalAssetLinks", fill(links, b"{}", b"]}")),
        Case("links: array of wrong-typed items", "POST", "/rest/promotionalAssetLinks", fill(links, b"1", b"]}")),
        Case(
            "products filter of short ids, read-only key",
            "GET",
            f"/rest/products?accountId={ACCOUNT}",
            fill(b'{"filter":{"ids":[', b'"a"', b"]}}"),
            {**READ_ONLY, **JSON},
        ),
        Case("deeply nested arrays", "POST", "/rest/brands", b"[" * nested + b"]" * nested),
        Case(
            "brand name of 1 MiB",
            "POST",
            "/rest/brands",
            b'{"accountId":' + account + b',"name":"' + b"x" * (BODY_LIMIT - 80) + b'"}',
        ),
        Case(
            "upload PUT with a bogus token, 10 MiB",
            "PUT",
            "/_mock/uploads/bogus-token",
            b"\x89PNG" + b"\0" * (UPLOAD_LIMIT - 4),
            {"Content-Type": "image/png"},
        ),
    ]


def rss_kib(pid: int, field: str) -> int | None:
    with suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    return None


def reset_peak(pid: int) -> None:
    with suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


async def measure(base_url: str, pid: int, case: Case) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=4)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as client:
        await client.get("/rest/brands", params=SMALL_QUERY, headers=EDITOR)
        before = rss_kib(pid, "VmRSS")
        reset_peak(pid)
        waits: list[float] = []
        finished = asyncio.Event()

        async def small_requests() -> None:
            while not finished.is_set():
                started = time.perf_counter()
                with suppress(httpx.HTTPError):  # a failed small request still counts as a wait
                    await client.get("/rest/brands", params=SMALL_QUERY, headers=EDITOR, timeout=HOSTILE_TIMEOUT)
                waits.append(time.perf_counter() - started)
                await asyncio.sleep(0.005)

        poller = asyncio.create_task(small_requests())
        started = time.perf_counter()
        try:
            response = await client.request(
                case.method, case.url, headers=case.headers, content=case.content, timeout=HOSTILE_TIMEOUT
            )
            status, answer = str(response.status_code), len(response.content)
        except httpx.HTTPError as error:
            status, answer = type(error).__name__, 0
        elapsed = time.perf_counter() - started
        finished.set()
        await poller
        peak = rss_kib(pid, "VmHWM")
    extra = None if before is None or peak is None else max(peak - before, 0) / 1024
    return {
        "case": case.name,
        "body": len(case.content),
        "status": status,
        "answer": answer,
        "seconds": elapsed,
        "extra_mib": extra,
        "max_wait": max(waits) if waits else None,
        "polls": len(waits),
    }


def verdict(row: dict[str, Any]) -> str:
    misses = []
    if row["seconds"] > GOAL_SECONDS:
        misses.append("time")
    if row["extra_mib"] is not None and row["extra_mib"] > GOAL_EXTRA_MIB:
        misses.append("memory")
    if row["max_wait"] is not None and row["max_wait"] > GOAL_WAIT_SECONDS:
        misses.append("wait")
    if not row["status"].isdigit() or int(row["status"]) >= 500:
        misses.append(f"answer {row['status']}")
    return "ok" if not misses else "MISSED: " + ", ".join(misses)


def print_table(rows: list[dict[str, Any]]) -> None:
    def mib(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1f} MiB"

    def seconds(value: float | None) -> str:
        return "n/a" if value is None else f"{value * 1000:.0f} ms"

    header = (
        "hostile body (at the size limit)",
        "status",
        "time",
        "answer",
        "extra RSS",
        "small req. max wait",
        "goal",
    )
    table = [
        (
            row["case"],
            row["status"],
            seconds(row["seconds"]),
            f"{row['answer']:,} B",
            mib(row["extra_mib"]),
            f"{seconds(row['max_wait'])} ({row['polls']} sent)",
            verdict(row),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *table]) for i in range(len(header))]
    print(" | ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)))
    print("-|-".join("-" * width for width in widths))
    for line in table:
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    print(
        f"goals: <= {GOAL_SECONDS} s per hostile request, <= {GOAL_EXTRA_MIB:.0f} MiB extra resident memory, "
        f"<= {GOAL_WAIT_SECONDS} s wait for a concurrent small request"
    )


def main(argv: list[str] | None = None, *, command: Callable[[int], list[str]] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    args = parser.parse_args(argv)
    rows = []
    for case in cases():  # a fresh server per case: one stuck case does not skew the next
        with running_mock(quiet=True) if command is None else running_mock(command, quiet=True) as (base_url, pid):
            rows.append(asyncio.run(measure(base_url, pid, case)))
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_table(rows)
    return 0 if all(verdict(row) == "ok" for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
