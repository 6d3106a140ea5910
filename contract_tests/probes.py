"""A few requests aimed at single assumptions, so every kind of drift is looked for on every run.

Generated cases find drift where they happen to go; some assumptions are
only met by one particular request (an unknown cursor, an unknown
parameter, a second settings request). Each probe sends that request once,
after seeding, and records drift when the answer differs from the
assumption. A probe never fails the run: a documented fact it meets is
checked by the generated cases as well.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .judge import Drift, DriftLog
from .seed import SeedError, Seeds, Send

CONFLICT_PREFIX = "Entity with ID serial_allocation_settings would cause the following conflict"


@dataclass(frozen=True)
class Exchange:
    """One request a probe (or the seeding) sent, and what came back."""

    method: str
    path: str
    params: dict[str, Any]
    body: Any
    response: httpx.Response


class Probes:
    """Sends the probes and records what differs from the assumptions."""

    def __init__(self, full: dict[str, Any], log: DriftLog, base_url: str) -> None:
        self.full = full
        self.log = log
        self.base_url = base_url.rstrip("/")
        self.rules: dict[str, str] = full.get("x-illuminate-rules", {})
        resource = Resource.from_contents(full, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource("urn:probe", resource)
        self.error_shape = Draft202012Validator({"$ref": "urn:probe#/components/schemas/Error"}, registry=registry)

    # ------------------------------------------------------------ recording

    def _curl(self, exchange: Exchange) -> str:
        url = f"{self.base_url}{exchange.path}"
        if exchange.params:
            url += "?" + str(httpx.QueryParams(exchange.params))
        command = f"curl -X {exchange.method} '{url}' -H 'Authorization: ApiKey [REDACTED]'"
        if exchange.body is not None:
            command += f" -H 'Content-Type: application/json' -d '{json.dumps(exchange.body)}'"
        return command

    def drift(self, exchange: Exchange, place: str, assumed: str, observed: str) -> None:
        operation = f"{exchange.method} {exchange.path}"
        self.log.add(Drift(operation, "probe", place, assumed, observed, self._curl(exchange)))

    def _reason(self, pointer_parts: list[str], key: str) -> str:
        node: Any = self.full
        for part in pointer_parts:
            node = node.get(part, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict):
            marked = (node.get("x-illuminate-assumed") or {}).get(key)
            if isinstance(marked, dict):
                return str(marked.get("reason", ""))
            if isinstance(marked, str):
                return marked
            note = node.get("x-illuminate-assumption")
            if isinstance(note, str):
                return " ".join(note.split())
        return ""

    # ------------------------------------------------------------ judging answers

    def status_of_successes(self, exchanges: list[Exchange]) -> None:
        """Seeding's answers: a 2xx other than 200 differs from the success-status rule."""
        for exchange in exchanges:
            status = exchange.response.status_code
            if exchange.response.is_success and status != 200:
                self.drift(
                    exchange,
                    "/x-illuminate-rules/success-status",
                    self.rules.get("success-status", ""),
                    f"answered HTTP {status}" + (" without a body" if not exchange.response.content else ""),
                )

    def error_body(self, exchange: Exchange) -> None:
        response = exchange.response
        try:
            body = response.json()
        except ValueError:
            body = None
        if body is None or not self.error_shape.is_valid(body):
            media = response.headers.get("content-type", "(no content type)")
            snippet = " ".join(response.text[:80].split())
            self.drift(
                exchange,
                "/components/schemas/Error/schema",
                self._reason(["components", "schemas", "Error"], "schema"),
                f"answered HTTP {response.status_code} with {media}: {snippet!r}",
            )

    # ------------------------------------------------------------ the probes

    def run(self, send: Send, seeds: Seeds, account: str, *, writes: bool) -> None:
        def call(method: str, path: str, params: dict[str, Any] | None = None, body: Any = None) -> Exchange | None:
            try:
                response = (
                    send(method, path, params=params or {}, json=body)
                    if body is not None
                    else send(method, path, params=params or {})
                )
            except (SeedError, httpx.HTTPError):
                return None  # the network is the generated cases' business; a probe only looks at answers
            return Exchange(method, path, params or {}, body, response)

        base = {"accountId": account, "first": 1, "order": "NAME_ASC"}
        for probe in (self._unknown_cursor, self._unknown_parameter):
            probe(call, base)
        if writes:
            self._unknown_body_field(call, account)
            self._settings_again(call, seeds, account)
            self._carrier_twice(call, seeds, account)

    def _unknown_cursor(self, call: Callable[..., Exchange | None], base: dict[str, Any]) -> None:
        exchange = call("GET", "/rest/brands", {**base, "after": str(uuid.uuid4())})
        if exchange is None:
            return
        status = exchange.response.status_code
        if status != 404:
            place = "/components/parameters/After"
            self.drift(
                exchange,
                place,
                self._reason(["components", "parameters", "After"], ""),
                f"answered HTTP {status} to an unknown cursor",
            )
        if status >= 400:
            self.error_body(exchange)

    def _unknown_parameter(self, call: Callable[..., Exchange | None], base: dict[str, Any]) -> None:
        exchange = call("GET", "/rest/brands", {**base, "notAParameterOfThisApi": "1"})
        if exchange is None:
            return
        status = exchange.response.status_code
        if exchange.response.is_success:
            self.drift(
                exchange,
                "/x-illuminate-rules/strict-requests",
                self.rules.get("strict-requests", ""),
                f"answered HTTP {status} to an unknown query parameter (ignored it)",
            )
        elif status >= 400:
            self.error_body(exchange)

    def _unknown_body_field(self, call: Callable[..., Exchange | None], account: str) -> None:
        body = {"accountId": account, "name": f"contract-suite probe {uuid.uuid4().hex[:8]}", "notAFieldOfThisApi": 1}
        exchange = call("POST", "/rest/brands", body=body)
        if exchange is not None and exchange.response.is_success:
            self.drift(
                exchange,
                "/x-illuminate-rules/strict-requests",
                self.rules.get("strict-requests", ""),
                f"answered HTTP {exchange.response.status_code} to an unknown body field (ignored it)",
            )

    def _settings_again(self, call: Callable[..., Exchange | None], seeds: Seeds, account: str) -> None:
        twin = seeds.body.get("digitalTwinId")
        if twin is None:
            return
        body = {"accountId": account, "digitalTwinId": twin, "length": 10, "strategy": "RANDOM_NUMERIC"}
        exchange = call("POST", "/rest/digitalTwinSerialAllocationSettings", body=body)
        if exchange is None or not exchange.response.is_success:
            return
        response = exchange.response
        place = "/paths/~1rest~1digitalTwinSerialAllocationSettings/post/responses/200/content"
        reason = self._reason(
            ["paths", "/rest/digitalTwinSerialAllocationSettings", "post", "responses", "200"], "content"
        )
        media = response.headers.get("content-type", "")
        text = response.text.strip()
        if not media.startswith("application/json") and text.startswith(CONFLICT_PREFIX):
            self.drift(
                exchange, place, reason, f"sent the settings refusal as {media or 'a body without a content type'}"
            )
            return
        try:
            body_json = response.json()
        except ValueError:
            return
        if isinstance(body_json, dict) and any(
            isinstance(value, str) and value.startswith(CONFLICT_PREFIX) for value in body_json.values()
        ):
            self.drift(exchange, place, reason, "sent the settings refusal inside a JSON object")

    def _carrier_twice(self, call: Callable[..., Exchange | None], seeds: Seeds, account: str) -> None:
        """The same carrier type twice on one twin: the second is a state conflict, assumed 409."""
        twin = seeds.body.get("digitalTwinId")
        if twin is None:
            return
        body = {"accountId": account, "digitalTwinId": twin, "carrierType": "QR_CODE", "useDefaultSettings": True}
        first = call("POST", "/rest/dataCarriers", body=body)
        if first is None or first.response.status_code >= 500:
            return
        second = call("POST", "/rest/dataCarriers", body=body)
        if second is None:
            return
        status = second.response.status_code
        if 400 <= status < 500 and status not in (409, 401, 403, 429):
            reason = self._reason(["components", "responses", "Conflict"], "status")
            self.drift(
                second,
                "/components/responses/Conflict",
                reason,
                f"answered HTTP {status} to a conflict (a carrier type the twin has)",
            )
