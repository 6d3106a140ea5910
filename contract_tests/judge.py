"""Failures and drift: a real server is failed only for documented facts.

The spec is partly our assumption (``illuminate_spec.views``). Every
built-in check of schemathesis judges a response against the full view;
this module wraps them (under their own names, in schemathesis's checks
registry) so that when a check fails, the same response is judged again
against the documented-only view:

- it fails there too: a documented fact is broken, and the check fails with
  the documented view's message;
- it passes there: the server differs only from our assumptions. That is
  **drift**: recorded (operation, the assumption's place in the spec, what
  we assumed, what the server did, a redacted curl) and, unless the run is
  strict, not a failure.

Which checks can drift:

- schema, status, content type and headers: judged again against the
  documented view (``REJUDGED``);
- checks that rest on behaviour the documents never describe (how invalid
  requests are refused, 405/Allow, what follows a delete): always drift
  (``BEHAVIOUR``), each tied to its document-wide rule;
- server errors, ignored authentication and object-level authorization are
  never drift: a 5xx, or data without a key, breaks every reading.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from illuminate_spec.loader import SpecError, follow_refs, pointer, pointer_parts, resolve_in, walk
from illuminate_spec.markers import RULES, Marker, markers, rules
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis.checks import CHECKS

from .redact import Redactor

REJUDGED = (
    "response_schema_conformance",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
)
BEHAVIOUR = {
    "negative_data_rejection": "validated-requests",
    "positive_data_acceptance": "validated-requests",
    "missing_required_header": "validated-requests",
    "unsupported_method": "http-semantics",
    "allow_header_conformance": "http-semantics",
    "use_after_free": "http-semantics",
    "ensure_resource_availability": "http-semantics",
}
MAX_EXPLAINED = 20  # differences named per response; a hostile body may break thousands
_URI = "urn:illuminate:contract:full"


@dataclass
class Drift:
    """One distinct difference between the server and an assumption of the spec."""

    operation: str
    check: str
    place: str  # JSON pointer into spec/openapi.yaml (plus the keyword and name)
    assumed: str
    observed: str
    curl: str
    count: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "check": self.check,
            "place": self.place,
            "assumed": self.assumed,
            "observed": self.observed,
            "responses": self.count,
            "curl": self.curl,
        }


@dataclass
class DriftLog:
    """Drift entries, one per (operation, place, what the server did); thread-safe."""

    redactor: Redactor
    entries: dict[tuple[str, str, str], Drift] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, drift: Drift) -> None:
        drift.curl = self.redactor(drift.curl)
        drift.observed = self.redactor(drift.observed)
        key = (drift.operation, drift.place, drift.observed)
        with self._lock:
            known = self.entries.get(key)
            if known is None:
                self.entries[key] = drift
            else:
                known.count += 1

    def sorted(self) -> list[Drift]:
        return sorted(self.entries.values(), key=lambda d: (d.operation, d.place, d.observed))

    def __len__(self) -> int:
        return len(self.entries)


def _rebind(case: Any, operation: Any) -> Any:
    """The same generated case, judged as a case of another schema's operation."""
    clone = object.__new__(type(case))
    for slot in type(case).__slots__:
        object.__setattr__(clone, slot, getattr(case, slot))
    object.__setattr__(clone, "operation", operation)
    return clone


class Judge:
    """Holds both views and decides, for every failed check, failure or drift."""

    def __init__(self, full: dict[str, Any], documented_schema: Any, log: DriftLog, *, strict: bool) -> None:
        self.full = full
        self.documented = documented_schema
        self.log = log
        self.strict = strict
        self.rules = rules(full)
        self.markers: dict[str, Marker] = dict(markers(full))
        resource = Resource.from_contents(full, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_URI, resource)
        # The registry holds the document's own objects, so a failing subschema maps back to its place.
        self._pointers = {id(node): pointer(parts) for parts, node in walk(full) if isinstance(node, dict)}

    # ------------------------------------------------------------ installing

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Wrap the built-in checks in schemathesis's registry for the length of a run."""
        originals: dict[str, Callable[..., Any]] = {}
        for name in (*REJUDGED, *BEHAVIOUR):
            try:
                check = CHECKS.get_one(name)
            except KeyError:
                continue
            originals[name] = check
            CHECKS.register(self._wrap(name, check))
        try:
            yield
        finally:
            for check in originals.values():
                CHECKS.register(check)

    def _wrap(self, name: str, check: Callable[..., Any]) -> Callable[..., Any]:
        def judged(ctx: Any, response: Any, case: Any) -> Any:
            try:
                return check(ctx, response, case)
            except (AssertionError, BaseExceptionGroup) as caught:
                # schemathesis's Failure is an AssertionError; a FailureGroup (several failures of one
                # response) is judged with no single failure to name.
                failure = caught if isinstance(caught, AssertionError) else None
                documented = self._judge(name, check, ctx, response, case, failure)
                if documented is not None:
                    raise documented from None
                if self.strict:
                    raise
                return None

        judged.__name__ = name
        judged.__doc__ = check.__doc__
        return judged

    # ------------------------------------------------------------ judging

    def _judge(
        self, name: str, check: Callable[..., Any], ctx: Any, response: Any, case: Any, failure: BaseException | None
    ) -> BaseException | None:
        """None when the failure is drift (recorded); else the failure to raise."""
        label = case.operation.label
        if name in BEHAVIOUR:
            rule = BEHAVIOUR[name]
            title = getattr(failure, "title", "") if failure is not None else name
            self._record(case, name, f"/{RULES}/{rule}", self.rules[rule], _observed(response, title))
            return None
        method, path = label.split(" ", 1)
        try:
            documented_operation = self.documented[path][method]
        except (KeyError, LookupError):
            return failure
        try:
            check(ctx, response, _rebind(case, documented_operation))
        except (AssertionError, BaseExceptionGroup) as documented:
            return documented
        try:
            explained = self._explain(name, response, path, method)
        except Exception as exc:  # noqa: BLE001 - an explanation is a report; never let it crash a check
            where = pointer(("paths", path, method.lower(), "responses"))
            explained = [(where, "The full view of this operation.", f"HTTP {response.status_code} ({exc!r})")]
        for place, assumed, observed in explained:
            self._record(case, name, place, assumed, observed)
        return None

    def _record(self, case: Any, check: str, place: str, assumed: str, observed: str) -> None:
        try:
            curl = case.as_curl_command(headers={"Authorization": "ApiKey [REDACTED]"})
        except Exception:  # noqa: BLE001 - a curl is a convenience; never let it hide the drift
            curl = f"{case.operation.label} (no curl: the case could not be rendered)"
        self.log.add(Drift(case.operation.label, check, place, assumed, observed, curl))

    # ------------------------------------------------------------ explaining

    def _explain(self, check: str, response: Any, path: str, method: str) -> list[tuple[str, str, str]]:
        """(place, what we assumed, what the server did) for a response only the full view refuses."""
        status = int(response.status_code)
        responses = self.full["paths"][path][method.lower()]["responses"]
        op_place = pointer(("paths", path, method.lower(), "responses"))
        found: list[tuple[str, str, str]] = []
        declared = str(status) in responses or f"{str(status)[0]}XX" in responses
        if check == "status_code_conformance" or not declared:
            if 200 <= status < 300:
                place, reason = f"/{RULES}/success-status", self.rules["success-status"]
            else:
                place, reason = op_place, _error_reason(self.full, responses)
            found.append((place, reason, f"answered HTTP {status} (the spec declares {', '.join(responses)})"))
        if check == "content_type_conformance":
            media = (response.headers.get("content-type") or ["(none)"])[0]
            found.append(
                (f"{op_place}/{status}/content", _content_reason(self.full, responses, status), f"answered {media}")
            )
        if check == "response_headers_conformance":
            found.append((f"{op_place}/{status}/headers", "The response headers the spec lists.", "sent other headers"))
        if check in ("response_schema_conformance", "status_code_conformance"):
            found += self._explain_body(response, path, method.lower(), responses, status)
        return found or [
            (op_place, "The full view of this operation.", f"HTTP {status} that only the full view refuses")
        ]

    def _explain_body(
        self, response: Any, path: str, method: str, responses: dict[str, Any], status: int
    ) -> list[tuple[str, str, str]]:
        key = "200" if 200 <= status < 300 and "200" in responses else str(status)
        if key not in responses:
            return []
        root = ["paths", path, method, "responses", key]
        target = responses[key]
        root, target = follow_refs(self.full, root)
        content = (target.get("content") or {}).get("application/json")
        if not isinstance(content, dict) or "schema" not in content or not response.content:
            return []
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            return []
        schema_parts = [*root, "content", "application/json", "schema"]
        validator = Draft202012Validator({"$ref": f"{_URI}#{pointer(schema_parts)}"}, registry=self._registry)
        found: list[tuple[str, str, str]] = []
        for error in _leaves(validator.iter_errors(body)):
            found.append(self._assumption_of(error, schema_parts))
            if len(found) >= MAX_EXPLAINED:
                break
        return list(dict.fromkeys(found))

    def _assumption_of(self, error: ValidationError, schema_parts: list[str]) -> tuple[str, str, str]:
        """The marked assumption or rule a schema error breaks, with where it stands."""
        node = self._pointers.get(id(error.schema), pointer(schema_parts))
        site = _site(self.full, schema_parts, list(error.absolute_path)) or node
        keyword = str(error.validator)
        instance = error.instance
        where = _instance_path(error)
        detail = ""
        if keyword == "required" and isinstance(instance, dict):
            missing = [name for name in error.validator_value if name not in instance]
            detail = missing[0] if missing else ""
            field_path = f"{where}.{detail}" if where else detail
            observed = f"left out `{field_path}`" if detail else f"left out a field at `{where or '/'}`"
        elif instance is None:
            observed = f"sent null at `{where or '/'}`"
            if keyword in ("type", "anyOf", "oneOf", "const", "enum"):
                return f"{site}", self.rules["absent-not-null"], observed
        elif keyword == "enum":
            observed = f"sent {json.dumps(instance)[:80]} at `{where}`, a value the spec does not list"
        else:
            observed = f"`{where or '/'}`: {error.message[:160]}"
        for candidate in (node, site):
            marker = self.markers.get(candidate)
            if marker is None:
                continue
            if keyword == "required" and detail in marker.required:
                return f"{candidate}/required/{detail}", marker.required[detail], observed
            if keyword in marker.removed:
                return f"{candidate}/{keyword}", marker.removed[keyword], observed
            if keyword in marker.replaced:
                return f"{candidate}/{keyword}", marker.replaced[keyword][1], observed
        for ancestor in dict.fromkeys([*_ancestors(node), *_ancestors(site)]):
            marker = self.markers.get(ancestor)
            if marker is not None and "schema" in marker.removed:
                return f"{ancestor}/schema", marker.removed["schema"], observed
        if keyword == "enum":
            return f"{site}/enum", self.rules["closed-response-enums"], observed
        if instance is None and keyword in ("type", "anyOf", "oneOf", "const", "enum"):
            return f"{site}", self.rules["absent-not-null"], observed
        return f"{node}/{keyword}", f"The full view's `{keyword}` at this place.", observed


# ------------------------------------------------------------------ helpers


def _site(document: dict[str, Any], root: list[str], instance_path: list[Any]) -> str | None:
    """The pointer of the schema node that describes the value at ``instance_path`` (its property, item)."""
    here = list(root)
    for step in instance_path:
        try:
            here, node = follow_refs(document, here)
        except SpecError:
            return None
        if not isinstance(node, dict):
            return None
        if isinstance(step, int):
            if "items" not in node:
                return None
            here = [*here, "items"]
            continue
        branch = _branch_with(document, here, node, str(step))
        if branch is None:
            return None
        here = [*branch, "properties", str(step)]
    return pointer(here)


def _branch_with(document: dict[str, Any], here: list[str], node: dict[str, Any], name: str) -> list[str] | None:
    """``here`` if its object declares ``name``, else the anyOf/oneOf/allOf branch that does."""
    if name in (node.get("properties") or {}):
        return here
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index in range(len(node.get(keyword) or [])):
            parts, resolved = follow_refs(document, [*here, keyword, str(index)])
            if isinstance(resolved, dict) and name in (resolved.get("properties") or {}):
                return parts
    return None


def _ancestors(place: str) -> Iterator[str]:
    parts = pointer_parts(place)
    for end in range(len(parts), 0, -1):
        yield pointer(parts[:end])


def _leaves(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    """The most specific errors: an anyOf/oneOf failure is explained by its branches' errors."""
    for error in errors:
        if error.context:
            yield from _leaves(iter(error.context))
        else:
            yield error


def _instance_path(error: ValidationError) -> str:
    """``dataCarriers[].carrierType``: list indexes folded, so one difference is one entry."""
    return "".join("[]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")


def _observed(response: Any, title: str) -> str:
    return f"answered HTTP {response.status_code} ({title})"


def _error_reason(document: dict[str, Any], responses: dict[str, Any]) -> str:
    reasons = []
    for value in responses.values():
        if isinstance(value, dict) and "$ref" in value:
            target = resolve_in(document, value)
            reason = (target.get("x-illuminate-assumed") or {}).get("status")
            if isinstance(reason, str):
                reasons.append(reason)
    return " ".join(dict.fromkeys(reasons)) or "The statuses the spec declares for this operation."


def _content_reason(document: dict[str, Any], responses: dict[str, Any], status: int) -> str:
    value = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or {}
    value = resolve_in(document, value)
    reason = (value.get("x-illuminate-assumed") or {}).get("content")
    if isinstance(reason, dict):
        reason = reason.get("reason")
    return reason if isinstance(reason, str) else "JSON bodies, as the documents' examples show."
