"""A stand-in for the 2025 job endpoints whose faults can strike after the job was made (httpx.MockTransport).

The mock's own faults come before it handles a request (``server-error``,
``drop=before``) or drop the answer after (``drop=after``); this one also
answers a 503 or times out *after* making the job, and can finish a start
late (after the SDK has looked for the job and seen nothing). Its state is
the truth the tests check: ``jobs`` (identifier -> job) and ``starts``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.sdk.helpers import error_body

_JOB = re.compile(r"/api/v1/accounts/[^/]+/jobs/serialization/(?P<identifier>[^/]+)$")
_START = re.compile(r"/api/v1/accounts/[^/]+/jobs/serialization$")

# What a start meets (one per POST, in order; "none" when the list is used up):
START_FAULTS = {
    "none",  # made, answered 200
    "503-before",  # not made, 503
    "429-before",  # not made, 429 with Retry-After: 3
    "drop-after",  # made, connection closed before the answer
    "503-after",  # made, 503
    "timeout-after",  # made, no answer in time
    "timeout-late",  # no answer in time; made later, after the next look-up has seen nothing
    "empty-201",  # made, 201 without a body
}


@dataclass
class FakeJobServer:
    start_faults: list[str] = field(default_factory=list)
    read_faults: list[str] = field(default_factory=list)  # "none", "503", "drop"
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    starts: int = 0
    reads: int = 0
    _late: list[dict[str, Any]] = field(default_factory=list)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and _START.search(path):
            return self._start(request)
        found = _JOB.search(path)
        if request.method == "GET" and found:
            return self._read(request, found["identifier"])
        return httpx.Response(404, json=error_body(404, f"no operation at {path}"))

    def _make(self, body: dict[str, Any]) -> dict[str, Any]:
        job = {
            "id": f"job-{len(self.jobs) + 1}",
            "identifier": body["identifier"],
            "status": "PENDING",
            "digitalTwinId": body["digitalTwinId"],
            "count": body["count"],
        }
        self.jobs[body["identifier"]] = job
        return job

    def _start(self, request: httpx.Request) -> httpx.Response:
        self.starts += 1
        fault = self.start_faults.pop(0) if self.start_faults else "none"
        assert fault in START_FAULTS, fault
        body = json.loads(request.content)
        if fault == "503-before":
            return httpx.Response(503, json=error_body(503, "unavailable"))
        if fault == "429-before":
            return httpx.Response(429, json=error_body(429, "slow down"), headers={"Retry-After": "3"})
        if fault == "timeout-late":
            self._late.append(body)
            raise httpx.ReadTimeout("no answer in time", request=request)
        if body["identifier"] in self.jobs:
            return httpx.Response(409, json=error_body(409, "the account already has a job of that name"))
        job = self._make(body)
        if fault == "drop-after":
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message", request=request)
        if fault == "503-after":
            return httpx.Response(503, json=error_body(503, "unavailable"))
        if fault == "timeout-after":
            raise httpx.ReadTimeout("no answer in time", request=request)
        if fault == "empty-201":
            return httpx.Response(201)
        return httpx.Response(200, json=job)

    def _read(self, request: httpx.Request, identifier: str) -> httpx.Response:
        self.reads += 1
        fault = self.read_faults.pop(0) if self.read_faults else "none"
        if fault == "503":
            return httpx.Response(503, json=error_body(503, "unavailable"))
        if fault == "drop":
            raise httpx.ReadError("connection reset", request=request)
        job = self.jobs.get(identifier)
        answer = (
            httpx.Response(200, json={**job, "status": "COMPLETED"})
            if job is not None
            else httpx.Response(404, json=error_body(404, f"job {identifier!r} not found"))
        )
        while self._late:  # a slow start lands only now, after this look-up saw nothing
            self._make(self._late.pop(0))
        return answer
