"""Doc coverage: every name documented in a reference table is in the spec.

For each row of each table parsed by ``refdocs`` the name is looked up where
the spec's conventions put it (see ``find``), and the doc's Required? flag is
compared with the spec's. A disagreement is accepted only when the spec's
property or parameter carries an ``x-illuminate-assumption`` note.

    python scripts/doc_coverage.py [--spec spec/openapi.yaml] [--reference-dir ../shared/reference]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from illuminate_spec.loader import read_document, resolve_in
from illuminate_spec.views import response_census
from refdocs import Row, Table, load_tables

Node = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DOC = "x-illuminate-doc"
DOC_NAME = "x-illuminate-doc-name"
ASSUMPTION = "x-illuminate-assumption"
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Problem:
    table: str  # where in the docs, e.g. "rest:Create a Product/Body Parameters#1"
    name: str  # the documented name
    place: str  # where in the spec, e.g. "POST /products requestBody"
    message: str

    def __str__(self) -> str:
        return f"{self.table} `{self.name}` -> {self.place}: {self.message}"


@dataclass
class Coverage:
    total: int = 0
    matched: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.matched / self.total if self.total else 0.0

    def summary(self) -> str:
        return f"doc coverage: {self.matched}/{self.total} names ({self.percent:.1f}%)"


@dataclass(frozen=True)
class Found:
    """A spec property or parameter found for a documented name."""

    node: Node  # the property schema (unresolved) or the parameter object
    required: bool
    path: str  # spec place, for messages


class Missing(Exception):
    """The name (or a segment of it) is not in the spec."""


# ------------------------------------------------------------ spec walking


def load_spec(path: Path) -> Node:
    return read_document(path)


def resolve(spec: Node, node: Node) -> Node:
    """Follow local ``$ref``s ("#/components/...") until a non-ref node (the loader's one walk)."""
    resolved: Node = resolve_in(spec, node)
    return resolved


def _parts(spec: Node, schema: Node) -> list[Node]:
    """The schema and, recursively, its ``allOf`` parts, all resolved."""
    schema = resolve(spec, schema)
    parts = [schema]
    for sub in schema.get("allOf", []):
        parts.extend(_parts(spec, sub))
    return parts


def _object(spec: Node, schema: Node) -> list[Node]:
    """The object parts of a schema; an array is unwrapped to its ``items``."""
    schema = resolve(spec, schema)
    if schema.get("type") == "array" and "items" in schema:
        return _object(spec, schema["items"])
    return _parts(spec, schema)


def _ext(spec: Node, node: Node, key: str) -> Any:
    """An extension on a node or, if it is a ``$ref``, on its target."""
    return node.get(key, resolve(spec, node).get(key))


def find_property(spec: Node, schema: Node, name: str, where: str) -> Found:
    """The property documented as ``name``: same key or ``x-illuminate-doc-name``."""
    parts = _object(spec, schema)
    required = {r for part in parts for r in part.get("required", [])}
    for part in parts:
        for key, prop in part.get("properties", {}).items():
            if key == name or _ext(spec, prop, DOC_NAME) == name:
                return Found(prop, key in required, f"{where}.{key}")
    raise Missing(f"no property `{name}` in {where}")


def find_path(spec: Node, schema: Node, dotted: str, where: str) -> list[Found]:
    """Walk a dotted filter name segment by segment through properties."""
    found: list[Found] = []
    for segment in dotted.split("."):
        found.append(find_property(spec, schema, segment, where))
        schema, where = found[-1].node, found[-1].path
    return found


def operations(spec: Node) -> list[tuple[str, str, Node]]:
    return [
        (method.upper(), path, op)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def parameters(spec: Node, path: str, op: Node) -> list[Node]:
    item = spec["paths"][path]
    return [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]


def query_parameter(spec: Node, path: str, op: Node, name: str, *, or_path: bool = False) -> Node:
    """The query parameter documented as ``name``; with ``or_path``, a path parameter of that name too
    (the 2025 serialization document lists path segments under "Query Parameters")."""
    places = ("query", "path") if or_path else ("query",)
    for param in parameters(spec, path, op):
        if param.get("in") in places and name in (
            param.get("name"),
            param.get(DOC_NAME),
        ):
            return param
    raise Missing(f"no query parameter `{name}`")


def parameter_schema(param: Node) -> Node:
    """A parameter's schema, from ``schema`` or ``content: {application/json: ...}``."""
    if "content" in param:
        schema: Node = param["content"]["application/json"]["schema"]
        return schema
    plain: Node = param.get("schema", {})
    return plain


def body_schema(op: Node, spec: Node) -> Node:
    body = resolve(spec, op.get("requestBody", {}))
    try:
        schema: Node = body["content"]["application/json"]["schema"]
    except KeyError:
        raise Missing("no application/json requestBody") from None
    return schema


# ------------------------------------------------------------ the check


def find(spec: Node, table: Table, path: str, op: Node, row: Row) -> list[Found]:
    """Where the spec has ``row`` of ``table`` (parameter tables), outermost first."""
    if table.kind == "query" or (table.kind == "body" and "requestBody" not in op):
        # "Body Parameters" of a GET (2025 "Get Jobs") are query parameters in the spec.
        param = query_parameter(spec, path, op, row.name, or_path=True)
        return [Found(param, bool(param.get("required", False)), f"{param['in']} `{param['name']}`")]
    if table.kind == "filter":
        filter_param = query_parameter(spec, path, op, "filter")
        return find_path(spec, parameter_schema(filter_param), row.name, "filter")
    schema, where = body_schema(op, spec), "requestBody"
    for parent in table.parent_path:  # sub-tables: down to the object they describe
        found = find_property(spec, schema, parent, where)
        schema, where = found.node, found.path
    return [find_property(spec, schema, row.name, where)]


def required_problem(spec: Node, row: Row, found: list[Found]) -> str | None:
    """Why the spec's required flags disagree with the doc's, or None.

    "yes" must be required (for a dotted filter name: every segment within its
    parent); "no" and "*" (conditionally required) must not be; a blank or
    absent Required? cell is not checked.
    """
    leaf = found[-1]
    if row.required == "yes":
        wrong = [f for f in found if not f.required]
    elif row.required in ("no", "*"):
        wrong = [leaf] if leaf.required else []
    else:
        return None
    if not wrong or any(isinstance(_ext(spec, f.node, ASSUMPTION), str) for f in (*wrong, leaf)):
        return None
    state = "optional" if row.required == "yes" else "required"
    return f"doc says Required? {row.required!r} but spec has {wrong[0].path} {state} (no {ASSUMPTION})"


def _claims(doc: Node, table: Table) -> bool:
    return (
        doc.get("document") == table.document
        and doc.get("section") == table.section
        and doc.get("table") in (None, table.index)
    )


def documented_operations(spec: Node, table: Table) -> list[tuple[str, str, Node, bool]]:
    """Operations whose ``x-illuminate-doc`` claims the table's section (and index), and whether the
    claim is history (an older document the newest one superseded: names checked, required flags not)."""
    claimed = []
    for method, path, op in operations(spec):
        doc = op.get(DOC) or {}
        if _claims(doc, table):
            claimed.append((method, path, op, False))
        elif any(_claims(old, table) for old in doc.get("history", [])):
            claimed.append((method, path, op, True))
    return claimed


def documented_schemas(spec: Node, table: Table) -> list[tuple[str, Node]]:
    return [
        (name, schema)
        for name, schema in spec.get("components", {}).get("schemas", {}).items()
        if (schema.get(DOC) or {}).get("document") == table.document
        and (schema.get(DOC) or {}).get("section") == table.section
    ]


def check_table(spec: Node, table: Table, coverage: Coverage) -> None:
    coverage.total += len(table.rows)
    targets: list[tuple[str, Node, str | None, bool]]  # (spec place, schema or operation, path, history)
    if table.kind == "resource":
        targets = [(f"components.schemas.{n}", s, None, False) for n, s in documented_schemas(spec, table)]
        what = "component schema"
    else:
        targets = [(f"{m} {p}", op, p, old) for m, p, op, old in documented_operations(spec, table)]
        what = "operation"
    if not targets:
        names = ", ".join(r.name for r in table.rows)
        message = f"no {what} carries {DOC} for this table ({len(table.rows)} names: {names})"
        coverage.problems.append(Problem(table.where, "*", "-", message))
        return
    for row in table.rows:
        ok = True
        for place, node, path, history in targets:
            try:
                # Resource tables may name nested fields (`serialAllocationSettings.length`).
                found = find_path(spec, node, row.name, place) if path is None else find(spec, table, path, node, row)
            except Missing as missing:
                coverage.problems.append(Problem(table.where, row.name, place, str(missing)))
                ok = False
                continue
            if not history and (problem := required_problem(spec, row, found)):
                coverage.problems.append(Problem(table.where, row.name, place, problem))
                ok = False
        coverage.matched += ok


def check(spec: Node, tables: list[Table]) -> Coverage:
    coverage = Coverage()
    for table in tables:
        check_table(spec, table, coverage)
    return coverage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=REPO / "spec" / "openapi.yaml")
    parser.add_argument("--reference-dir", type=Path, default=REPO.parent / "shared" / "reference")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    coverage = check(spec, load_tables(args.reference_dir))
    print(coverage.summary())
    census = response_census(spec)
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(census.assumed_by_kind.items()))
    print(
        f"response constraints: {census.documented} documented, {census.assumed} assumed "
        f"({100 * census.assumed / max(census.documented + census.assumed, 1):.0f}%; assumed: {kinds})"
    )
    for problem in coverage.problems:
        print(f"  {problem}")
    return 0 if coverage.matched == coverage.total else 1


if __name__ == "__main__":
    sys.exit(main())
