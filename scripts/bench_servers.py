"""The mock's speed against two anchors, measured with wrk in one run (``nox -s bench``).

Three servers of the same spec on this machine, one at a time:

- ``illuminate-mock`` (uvicorn, one worker), every rule and validation on;
- Prism's mock (``@stoplight/prism-cli``, pinned), serving a copy of the spec
  whose examples are the mock's own answers, so both send the same bytes;
- a bare Starlette app (same uvicorn) that returns those bytes and does
  nothing else: the ceiling of this stack.

Each row is one request, the same for all three: ``GET /rest/serials`` with
``first=1``, ``100`` and ``1000``, ``POST /rest/brands``, ``GET
/rest/digitalTwins``, and ``first=1000`` again with a different cursor on every
request (``after``, cycling through more pages than the mock's page cache
holds, so every answer is rendered anew; Prism and the ceiling answer those
with the same bytes). wrk (``apt-get install wrk``) keeps a few connections
busy for a fixed time and reports requests per second; the table gives them
and the mock's ratios to Prism and to the ceiling. Quote ratios from one
run: the machine is shared, and absolute figures drift.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from illuminate_mock.serial_pages import PAGE_CACHE
from illuminate_spec.loader import load_spec
from mock_process import free_port, running_mock

PRISM = "@stoplight/prism-cli@5.16.0"
ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "demo-editor-key"
HEADERS = {"Authorization": f"ApiKey {KEY}"}
GTIN = "09506000134352"


@dataclass(frozen=True)
class Case:
    """One benchmarked request, and the mock's answer to it (what the other two send back)."""

    name: str
    method: str
    path: str  # with its query string
    route: str  # the spec's path
    body: dict[str, Any] | None
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    answer: bytes = b""
    # Paths cycled through request after request (other cursors), instead of ``path`` every time.
    cycle: tuple[str, ...] = ()


def seed(client: httpx.Client, serials: int, twins: int) -> tuple[str, str]:
    """A brand, ``twins`` products (and their twins), settings and a job of ``serials`` on the first twin."""
    brand = client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "Bench"}).raise_for_status().json()["id"]
    first_twin = ""
    for number in range(twins):
        product = {
            "accountId": ACCOUNT,
            "brandId": brand,
            "descriptionShort": f"Bench card {number}",
            "gpcCategoryCode": "53000000",
            "identifier": f"bench-{number}",
        }
        created = client.post("/rest/products", json=product).raise_for_status().json()["id"]
        if number == 0:
            flt = json.dumps({"product": {"ids": [created]}})
            params: dict[str, str | int] = {"accountId": ACCOUNT, "first": 1, "order": "CREATED_DESC", "filter": flt}
            first_twin = client.get("/rest/digitalTwins", params=params).raise_for_status().json()[0]["id"]
    settings = {"accountId": ACCOUNT, "digitalTwinId": first_twin, "length": 10, "strategy": "RANDOM_NUMERIC"}
    client.post("/rest/digitalTwinSerialAllocationSettings", json=settings).raise_for_status()
    job = {"accountId": ACCOUNT, "digitalTwinId": first_twin, "serialCount": serials}
    job_id = client.post("/rest/jobs/serialGeneration", json=job).raise_for_status().json()["id"]
    status = client.get("/rest/jobs/status", params={"accountId": ACCOUNT, "jobId": job_id}).json()["status"]
    assert status == "COMPLETED", status
    return brand, first_twin


# Distinct pages the uncached row cycles through: more than the page cache's entries (and bytes) hold.
UNCACHED_PAGES = 3 * PAGE_CACHE.max_entries


def serials_path(twin: str, first: int, after: str | None = None) -> str:
    cursor = f"&after={after}" if after is not None else ""
    return f"/rest/serials?accountId={ACCOUNT}&digitalTwinId={twin}&first={first}&order=CREATED_ASC{cursor}"


def page_cursors(client: httpx.Client, twin: str, pages: int) -> list[str]:
    """The ``after`` cursors of the first ``pages`` pages of 1000 after the first one."""
    cursors: list[str] = []
    response = client.get(serials_path(twin, 1000)).raise_for_status()
    while len(cursors) < pages:
        assert response.headers["has-next-page"] == "true", "the bench job is too small for the uncached row"
        cursors.append(response.headers["next-page-token"])
        response = client.get(serials_path(twin, 1000, cursors[-1])).raise_for_status()
    return cursors


def cases(twin: str, twins: int, cursors: list[str]) -> list[Case]:
    def serials(first: int) -> Case:
        return Case(f"GET /rest/serials first={first}", "GET", serials_path(twin, first), "/rest/serials", None)

    return [
        serials(1),
        serials(100),
        serials(1000),
        Case(
            "GET /rest/serials first=1000, new page",
            "GET",
            serials_path(twin, 1000, cursors[0]),
            "/rest/serials",
            None,
            cycle=tuple(serials_path(twin, 1000, cursor) for cursor in cursors),
        ),
        Case("POST /rest/brands", "POST", "/rest/brands", "/rest/brands", {"accountId": ACCOUNT, "name": "Acme"}),
        Case(
            f"GET /rest/digitalTwins first={twins}",
            "GET",
            f"/rest/digitalTwins?accountId={ACCOUNT}&first={twins}&order=CREATED_ASC",
            "/rest/digitalTwins",
            None,
        ),
    ]


def recorded(client: httpx.Client, case: Case) -> Case:
    response = client.request(case.method, case.path, json=case.body)
    response.raise_for_status()
    kept = tuple(
        (k, v) for k, v in response.headers.items() if k in ("content-type", "has-next-page", "next-page-token")
    )
    return dataclasses.replace(case, status=response.status_code, headers=kept, answer=response.content)


# ------------------------------------------------------------------ the other two servers


CEILING_APP = """
import json, sys
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

answers = json.load(open(sys.argv[1]))

def endpoint(path, method):
    found = answers[f"{method} {path}"]
    body = bytes.fromhex(found["answer"])
    headers = dict(found["headers"])
    media = headers.pop("content-type", "application/json")
    async def answer(request):
        await request.body()
        return Response(body, status_code=found["status"], headers=headers, media_type=media)
    return answer

routes, seen = [], set()
for key in answers:
    method, path = key.split(" ", 1)
    routes.append(Route(path, endpoint(path, method), methods=[method]))
app = Starlette(routes=routes)
"""


@contextmanager
def ceiling(recorded_cases: list[Case], workdir: Path) -> Iterator[str]:
    """The bare Starlette app, in uvicorn, returning the recorded bytes."""
    answers = {
        f"{c.method} {c.route}": {"status": c.status, "headers": list(c.headers), "answer": c.answer.hex()}
        for c in recorded_cases
        if not c.cycle  # the same route as a row before it, and an answer of the same size
    }
    (workdir / "answers.json").write_text(json.dumps(answers))
    (workdir / "ceiling_app.py").write_text(CEILING_APP)
    port = free_port()
    command = [
        sys.executable, "-c",
        f"import sys; sys.argv=['x', {str(workdir / 'answers.json')!r}]; sys.path.insert(0, {str(workdir)!r});"
        f"import uvicorn; uvicorn.run('ceiling_app:app', host='127.0.0.1', port={port}, log_level='warning')",
    ]  # fmt: skip
    with _process(command, f"http://127.0.0.1:{port}", recorded_cases[0].path) as url:
        yield url


@contextmanager
def prism(recorded_cases: list[Case], workdir: Path) -> Iterator[str]:
    """Prism's mock of a copy of the spec whose examples are the recorded answers."""
    document = copy.deepcopy(load_spec().document)
    for case in recorded_cases:
        if case.cycle:
            continue  # answered with the example of the row of the same route
        response = document["paths"][case.route][case.method.lower()]["responses"]["200"]
        media = response["content"]["application/json"]
        media.pop("examples", None)
        media["example"] = json.loads(case.answer)
    spec = workdir / "prism-spec.json"
    spec.write_text(json.dumps(document))
    npx = shutil.which("npx")
    if npx is None:
        raise RuntimeError("npx (Node.js) is needed for Prism")
    port = free_port()
    command = [npx, "--yes", PRISM, "mock", str(spec), "--host", "127.0.0.1", "--port", str(port), "--errors", "false"]
    with _process(command, f"http://127.0.0.1:{port}", recorded_cases[0].path, timeout=240) as url:
        yield url


@contextmanager
def _process(command: list[str], url: str, probe: str, timeout: float = 60) -> Iterator[str]:
    # A session of its own: npx runs Prism as a child, and the whole group must stop with it (a Prism
    # left running would take CPU from every later measurement).
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(url + probe, headers=HEADERS, timeout=2).status_code < 500:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                error = process.stderr.read().decode(errors="replace")[-1500:] if process.stderr else ""
                raise RuntimeError(f"{command[:3]} did not start: {error}")
            time.sleep(0.2)
        yield url
    finally:
        _stop_group(process)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the process and its children; then SIGKILL to whatever of the group is left."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    except ProcessLookupError:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # a child that outlived its parent (npx's Prism)
    process.wait()


# ------------------------------------------------------------------ measuring


LUA = """
wrk.method = "{method}"
wrk.headers["Authorization"] = "ApiKey {key}"
wrk.headers["Content-Type"] = "application/json"
{body}
{cycle}
"""
CYCLE = """
local paths = {{{paths}}}
local next_path = 0
request = function()
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end
"""


def wrk(url: str, case: Case, workdir: Path, seconds: int, connections: int) -> float:
    """Requests per second wrk sustains for ``case`` against ``url``."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is needed: apt-get install wrk (a Debian package)")
    body = f"wrk.body = {json.dumps(json.dumps(case.body))}" if case.body is not None else ""
    script = workdir / "case.lua"
    cycle = CYCLE.format(paths=", ".join(json.dumps(path) for path in case.cycle)) if case.cycle else ""
    script.write_text(LUA.format(method=case.method, key=KEY, body=body, cycle=cycle))
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", str(script), url + case.path]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors and int(errors.group(1)) > 0:
        raise RuntimeError(f"{case.name} at {url}: {errors.group(1)} non-2xx answers\n{output}")
    found = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if found is None:
        raise RuntimeError(f"wrk gave no rate:\n{output}")
    return float(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration per row and server")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--twins", type=int, default=50, help="digital twins listed by the last row")
    args = parser.parse_args(argv)
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        with running_mock(quiet=True) as (url, _pid), httpx.Client(base_url=url, headers=HEADERS, timeout=60) as client:
            _, twin = seed(client, 1000 * (UNCACHED_PAGES + 2), args.twins)
            cursors = page_cursors(client, twin, UNCACHED_PAGES)
            recorded_cases = [recorded(client, case) for case in cases(twin, args.twins, cursors)]
            for case in recorded_cases:
                rows[case.name] = {"mock": wrk(url, case, workdir, args.seconds, args.connections)}
        with prism(recorded_cases, workdir) as url:
            for case in recorded_cases:
                rows[case.name]["prism"] = wrk(url, case, workdir, args.seconds, args.connections)
        with ceiling(recorded_cases, workdir) as url:
            for case in recorded_cases:
                rows[case.name]["ceiling"] = wrk(url, case, workdir, args.seconds, args.connections)
        sizes = {case.name: len(case.answer) for case in recorded_cases}
    width = max(len(name) for name in rows)
    print(f"wrk -t1 -c{args.connections} -d{args.seconds}s; requests/s (one run, this machine)")
    header = "answer  | illuminate-mock |   Prism | Starlette ceiling | mock/Prism | mock/ceiling"
    print(f"{'request'.ljust(width)} | {header}")
    print(f"{'-' * width}-|---------|-----------------|---------|-------------------|------------|-------------")
    for name, rate in rows.items():
        prism_ratio, ceiling_ratio = rate["mock"] / rate["prism"], rate["mock"] / rate["ceiling"]
        print(
            f"{name.ljust(width)} | {sizes[name] / 1024:5.1f}K | {rate['mock']:>15,.0f} | {rate['prism']:>7,.0f} | "
            f"{rate['ceiling']:>17,.0f} | {prism_ratio:>9.2f}x | {ceiling_ratio:>11.0%}"
        )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
