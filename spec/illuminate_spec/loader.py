"""Load the canonical OpenAPI document and resolve its references, in one place.

Every reader of ``spec/openapi.yaml`` (the mock, the contract suites, the
generation scripts, the tests) goes through ``load_spec``: one parser, one
error message naming the file and the line, one ``referencing`` registry per
document, so a ``$ref`` means the same thing everywhere (``~1`` and ``~0``
unescaped as RFC 6901 says).
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_ENV = "ILLUMINATE_SPEC"
SPEC_URI = "urn:illuminate:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# In a wheel the spec ships inside this package; in a checkout it is spec/openapi.yaml.
_CANDIDATES = (
    Path(__file__).with_name("openapi.yaml"),
    Path(__file__).resolve().parent.parent / "openapi.yaml",
)


class SpecError(Exception):
    """The spec cannot be used; the message names the file and the place."""


def spec_path() -> Path:
    """The canonical spec: ``$ILLUMINATE_SPEC``, else the packaged or checked-out copy."""
    override = os.environ.get(SPEC_ENV)
    if override:
        return Path(override)
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    looked = ", ".join(map(str, _CANDIDATES))
    raise SpecError(f"OpenAPI spec not found (looked in {looked}); set {SPEC_ENV}")


def read_document(path: Path) -> dict[str, Any]:
    """Parse ``path`` (YAML or JSON) into plain JSON-compatible data; SpecError names file and line."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    try:
        with path.open(encoding="utf-8") as handle:
            document = YAML(typ="safe", pure=True).load(handle)
    except FileNotFoundError:
        raise SpecError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown place"
        raise SpecError(f"{path}: YAML syntax error at {where}: {exc.problem}") from None
    if not isinstance(document, dict):
        raise SpecError(f"{path}: top level must be a mapping, found {type(document).__name__}")
    # A JSON round trip drops YAML-only types (dates, sets) and proves the document serialises.
    try:
        plain: dict[str, Any] = json.loads(json.dumps(document))
    except (TypeError, ValueError) as exc:
        raise SpecError(f"{path}: not representable as JSON: {exc}") from None
    return plain


def pointer(parts: Iterable[Any]) -> str:
    """The RFC 6901 JSON pointer of a path of keys and indexes."""
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def node_at(document: Any, parts: Iterable[Any]) -> Any:
    """The node at ``parts`` (keys and list indexes) of a parsed document; KeyError/IndexError if absent."""
    node = document
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def pointer_parts(text: str) -> list[str]:
    """The keys of a JSON pointer (``#`` prefix allowed), unescaped."""
    text = text.removeprefix("#")
    if not text:
        return []
    if not text.startswith("/"):
        raise ValueError(f"not a JSON pointer: {text!r}")
    return [token.replace("~1", "/").replace("~0", "~") for token in text[1:].split("/")]


def follow_refs(document: Any, parts: Iterable[Any]) -> tuple[list[str], Any]:
    """The place and node reached from ``parts`` by following local ``$ref``s until a node without one.

    The one ``$ref`` walk of the project (``Spec.resolve`` and every reader
    that needs the place as well as the node). SpecError for a remote, a
    circular or a dangling reference.
    """
    here = [str(part) for part in parts]
    node = node_at(document, here)
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            raise SpecError(f"unsupported or circular reference {ref!r}")
        seen.add(ref)
        try:
            here = pointer_parts(ref)
            node = node_at(document, here)
        except (KeyError, IndexError, ValueError):
            raise SpecError(f"unresolvable reference {ref!r}") from None
    return here, node


def resolve_in(document: Any, node: Any) -> Any:
    """``node`` with its local ``$ref``s followed (itself when it has none)."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return follow_refs(document, pointer_parts(node["$ref"]))[1]
    return node


@dataclass(eq=False)
class Spec:
    """A loaded OpenAPI document and its reference resolver."""

    document: dict[str, Any]
    path: Path | None = None

    @functools.cached_property
    def registry(self) -> Registry[Any]:
        """The document registered under ``SPEC_URI`` (JSON Schema 2020-12), for validators too."""
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        return registry

    def at(self, ref: str) -> Any:
        """The node at a local reference or JSON pointer (``#/components/schemas/Id``)."""
        try:
            return self.registry.resolver(base_uri=SPEC_URI).lookup(f"{SPEC_URI}#{ref.removeprefix('#')}").contents
        except Exception as exc:
            raise SpecError(f"{self.where}: unresolvable reference {ref!r}") from exc

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` until a node without one (local references only; cycles refused)."""
        try:
            return resolve_in(self.document, node)
        except SpecError as exc:
            raise SpecError(f"{self.where}: {exc}") from None

    @property
    def where(self) -> str:
        return str(self.path) if self.path else "spec"

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        return iter_operations(self.document)


def iter_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document, in document order.

    Tolerates malformed documents (extensions, non-mapping items): callers
    may run before the validator has had its say.
    """
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return []
    found = []
    for route, item in paths.items():
        if not isinstance(item, dict) or str(route).startswith("x-"):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((str(route), method, operation))
    return found


def walk(node: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every node of a JSON document with its path, depth first, without recursion limits."""
    stack: list[tuple[tuple[Any, ...], Any]] = [(parts, node)]
    while stack:
        here, value = stack.pop()
        yield here, value
        if isinstance(value, dict):
            stack.extend(((*here, key), child) for key, child in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend(((*here, index), child) for index, child in reversed(list(enumerate(value))))


def load_spec(path: Path | None = None) -> Spec:
    """The spec at ``path`` (default: the canonical one), parsed once per path and cached."""
    return _load(spec_path() if path is None else Path(path))


@functools.lru_cache(maxsize=8)
def _load(path: Path) -> Spec:
    return Spec(read_document(path), path)
