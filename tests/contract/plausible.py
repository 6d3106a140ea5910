"""A plausible other server: the mock, answering the way the documents allow and our assumptions do not.

An ASGI wrapper around the bundled mock. Each *difference* changes what
the mock answers in one way a real Illuminate server plausibly might, where
the documents are silent; each *break* violates a documented fact. The
contract suite must report the differences as drift and exit 0, and fail on
a break; the SDK must read every difference without raising.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from illuminate_spec.loader import load_spec, resolve_in
from illuminate_spec.views import documented_view

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DIFFERENCES = (
    "created-201",  # every POST that succeeds answers 201
    "deleted-204",  # every DELETE that succeeds answers 204 without a body
    "error-shape",  # errors as {"error": {...}} objects, or as text/plain
    "conflict-422",  # 409 becomes 422
    "cursor-400",  # an unknown cursor is a 400, not a 404
    "lenient",  # unknown query parameters and body fields are ignored, not refused
    "sparse",  # fields only our assumptions require are left out
    "nulls",  # optional fields without a value are sent as null
    "unknown-enums",  # values the documents never list ("RUNNING" for a job in progress)
    "conflict-text",  # the settings refusal as text/plain
    "conflict-object",  # the settings refusal as {"message": "..."}
)
BREAKS = (
    "break-type",  # a documented field changes type (a serial's value becomes a number)
    "break-missing",  # a documented field goes missing (a serial's id)
    "break-header",  # the documented has-next-page header disappears
)
CONFLICT_PREFIX = "Entity with ID serial_allocation_settings would cause the following conflict"
UNKNOWN_ENUMS = {"IN_PROGRESS": "RUNNING", "ACCOUNT": "ACCOUNT_DEFAULT"}
SERIAL_STATUS = "ACTIVE"  # a serial's status: the documents show only COMPLETED


class _Views:
    """The spec's two views, for schema-guided changes of response bodies."""

    def __init__(self) -> None:
        self.full = load_spec().document
        self.documented = documented_view(self.full)
        self.routes: list[tuple[str, str, list[str]]] = []
        for route, item in self.full["paths"].items():
            for method in item:
                self.routes.append((method.upper(), route, list(route.strip("/").split("/"))))

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
        segments = path.strip("/").split("/")
        for verb, route, parts in self.routes:
            if (
                verb == method
                and len(parts) == len(segments)
                and all(p.startswith("{") or p == s for p, s in zip(parts, segments, strict=True))
            ):
                return route, self.full["paths"][route][method.lower()]
        return None

    def resolve(self, document: dict[str, Any], node: Any) -> Any:
        return resolve_in(document, node)


_VIEWS: _Views | None = None


def views() -> _Views:
    global _VIEWS
    if _VIEWS is None:
        _VIEWS = _Views()
    return _VIEWS


def _walk_pairs(
    full: Any, documented: Any, body: Any, visit: Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], None]
) -> None:
    """Walk a JSON body along the full and documented schemas; ``visit(full_obj, doc_obj, value)`` per object."""
    v = views()
    full = v.resolve(v.full, full)
    documented = v.resolve(v.documented, documented)
    if not isinstance(full, dict):
        return
    for keyword in ("oneOf", "anyOf"):
        if keyword in full:
            branches = [v.resolve(v.full, b) for b in full[keyword]]
            objects = [b for b in branches if isinstance(b, dict) and b.get("type") == "object"]
            if objects and isinstance(body, dict):
                full = objects[0]
                documented = _documented_branch(documented) or {}
    if isinstance(body, list) and "items" in full:
        items_doc = documented.get("items", {}) if isinstance(documented, dict) else {}
        for item in body:
            _walk_pairs(full["items"], items_doc, item, visit)
    elif isinstance(body, dict) and "properties" in full:
        visit(full, documented if isinstance(documented, dict) else {}, body)
        doc_props = documented.get("properties", {}) if isinstance(documented, dict) else {}
        for name, prop in full["properties"].items():
            if name in body:
                _walk_pairs(prop, _documented_branch(doc_props.get(name, {})) or {}, body[name], visit)


def _documented_branch(node: Any) -> Any:
    v = views()
    node = v.resolve(v.documented, node)
    if isinstance(node, dict) and "anyOf" in node:
        for branch in node["anyOf"]:
            resolved = v.resolve(v.documented, branch)
            if isinstance(resolved, dict) and resolved.get("type") not in ("null", "string"):
                return resolved
    return node


class PlausibleServer:
    """ASGI app: the mock behind the chosen differences and breaks."""

    def __init__(self, app: Any, changes: Iterable[str]) -> None:
        self.app = app
        self.changes = frozenset(changes)
        unknown = self.changes - set(DIFFERENCES) - set(BREAKS)
        if unknown:
            raise ValueError(f"unknown changes: {sorted(unknown)}")

    @property
    def state(self) -> Any:
        return self.app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(("/_mock/", "/openapi.json")):
            await self.app(scope, receive, send)
            return
        found = views().operation(scope["method"], scope["path"])
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if found is not None and "lenient" in self.changes:
            scope, body = _lenient(scope, body, found[1])
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return {"type": "http.disconnect"}
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, replay, capture)
        status, headers, content = self._change(
            scope, found, int(start["status"]), list(start.get("headers", [])), b"".join(chunks)
        )
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    # ------------------------------------------------------------ changes

    def _change(
        self,
        scope: Scope,
        found: tuple[str, dict[str, Any]] | None,
        status: int,
        headers: list[tuple[bytes, bytes]],
        content: bytes,
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        c = self.changes
        method = scope["method"]
        try:
            data: Any = json.loads(content) if content else None
        except ValueError:
            return status, headers, content
        json_answer = found is not None and "application/json" in found[1]["responses"]["200"].get("content", {})
        if 200 <= status < 300 and found is not None and not json_answer:
            return status, headers, content  # a CSV: no JSON to change
        if 200 <= status < 300 and found is not None:
            operation = found[1]
            full_schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            documented_schema = views().documented["paths"][found[0]][method.lower()]["responses"]["2XX"]["content"][
                "application/json"
            ]["schema"]
            if isinstance(data, str) and data.startswith(CONFLICT_PREFIX):
                if "conflict-text" in c:
                    return status, _content_type(headers, b"text/plain; charset=utf-8"), data.encode()
                if "conflict-object" in c:
                    return status, headers, json.dumps({"message": data}).encode()
            if "sparse" in c:
                _walk_pairs(full_schema, documented_schema, data, _drop_assumed)
            if "nulls" in c:
                _walk_pairs(full_schema, documented_schema, data, _null_optional)
            if "unknown-enums" in c:
                data = _rename_enums(data)
            if "break-type" in c:
                data = _break_serial(data, lambda s: s.update(serial=12345678))
            if "break-missing" in c:
                data = _break_serial(data, lambda s: s.pop("id", None))
            if "break-header" in c:
                headers = [(k, v) for k, v in headers if k.lower() != b"has-next-page"]
            content = json.dumps(data).encode()
            if method == "POST" and "created-201" in c:
                status = 201
            if method == "DELETE" and "deleted-204" in c:
                return 204, [(k, v) for k, v in headers if k.lower() != b"content-type"], b""
            return status, headers, content
        if status == 409 and "conflict-422" in c:
            status = 422
        if status == 404 and "cursor-400" in c and "after" in dict(parse_qsl(scope.get("query_string", b"").decode())):
            status = 400
        if status >= 400 and "error-shape" in c and isinstance(data, dict):
            message = str(data.get("message", "error"))
            if status in (401, 403, 422):
                return status, _content_type(headers, b"text/plain; charset=utf-8"), message.encode()
            content = json.dumps({"error": {"status": status, "detail": message}}).encode()
        return status, headers, content


def _content_type(headers: list[tuple[bytes, bytes]], value: bytes) -> list[tuple[bytes, bytes]]:
    return [(k, v) for k, v in headers if k.lower() != b"content-type"] + [(b"content-type", value)]


def _drop_assumed(full: dict[str, Any], documented: dict[str, Any], value: dict[str, Any]) -> None:
    for name in set(full.get("required", [])) - set(documented.get("required", [])):
        value.pop(name, None)


def _null_optional(full: dict[str, Any], documented: dict[str, Any], value: dict[str, Any]) -> None:
    required = set(full.get("required", []))
    for name in full.get("properties", {}):
        if name not in required and name not in value:
            value[name] = None


def _rename_enums(data: Any) -> Any:
    if isinstance(data, dict) and "serial" in data and data.get("status") == "COMPLETED":
        return {**data, "status": SERIAL_STATUS}
    if isinstance(data, dict):
        return {
            k: (
                UNKNOWN_ENUMS.get(v, v)
                if k in ("status", "allocationLevel") and isinstance(v, str)
                else _rename_enums(v)
            )
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_rename_enums(item) for item in data]
    return data


def _break_serial(data: Any, change: Callable[[dict[str, Any]], Any]) -> Any:
    """Break documented fields of serials (the items of GET /serials)."""
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and "serial" in item and "digitalTwinId" in item:
                change(item)
    return data


def _lenient(scope: Scope, body: bytes, operation: dict[str, Any]) -> tuple[Scope, bytes]:
    """Drop the query parameters and top-level body fields the operation does not declare."""
    v = views()
    declared = {v.resolve(v.full, p)["name"] for p in operation.get("parameters", [])}
    query = [
        (k, val)
        for k, val in parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)
        if k in declared
    ]
    scope = {**scope, "query_string": urlencode(query).encode()}
    schema = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
    if schema is not None and body:
        try:
            document = json.loads(body)
        except ValueError:
            return scope, body
        properties = v.resolve(v.full, schema).get("properties", {})
        if isinstance(document, dict):
            body = json.dumps({k: val for k, val in document.items() if k in properties}).encode()
    return scope, body
