"""The generated client carries every operation, parameter and field of the spec."""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
from typing import Any
from urllib.parse import quote

import illuminate_client.api
import pytest
from illuminate_client.types import Unset
from spec_loader import iter_operations, load_spec

from tests.generation.instances import full_instance, resolve

SPEC = load_spec()
OPERATIONS = iter_operations(SPEC)


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _generated_modules() -> dict[str, types.ModuleType]:
    found = {}
    for info in pkgutil.walk_packages(illuminate_client.api.__path__, "illuminate_client.api."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return found


MODULES = _generated_modules()


def module_for(operation: dict[str, Any]) -> types.ModuleType:
    return MODULES[snake(operation["operationId"])]


def _sample(annotation: Any) -> Any:
    """A value of the annotated type (the non-Unset member of a union)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
        return _sample(members[0])
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is int:
        return 5
    return '{"probe": true}' if annotation is str else annotation


def test_one_generated_function_module_per_operation() -> None:
    assert len(MODULES) == len(OPERATIONS)
    expected = {snake(op["operationId"]) for _, _, op in OPERATIONS}
    assert set(MODULES) == expected
    for _, _, op in OPERATIONS:
        module = module_for(op)
        parsed = "application/json" in op["responses"]["200"].get("content", {})
        # An answer the generator does not parse (the job CSV) has only the *_detailed functions.
        entries = (
            ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
            if parsed
            else ("sync_detailed", "asyncio_detailed")
        )
        for entry in entries:
            assert callable(getattr(module, entry)), f"{module.__name__}.{entry}"


@pytest.mark.parametrize(
    ("route", "method", "operation"),
    [op for op in OPERATIONS if op[2].get("parameters") or SPEC["paths"][op[0]].get("parameters")],
    ids=lambda value: value["operationId"] if isinstance(value, dict) else None,
)
def test_every_query_parameter_reaches_the_request(route: str, method: str, operation: dict[str, Any]) -> None:
    module = module_for(operation)
    signature = inspect.signature(module._get_kwargs, eval_str=True)
    arguments = {name: _sample(p.annotation) for name, p in signature.parameters.items() if name != "body"}
    if "body" in signature.parameters:
        arguments["body"] = signature.parameters["body"].annotation.from_dict(
            full_instance(_request_schema(operation), SPEC)
        )
    kwargs = module._get_kwargs(**arguments)

    declared = [
        resolve(p, SPEC) for p in [*SPEC["paths"][route].get("parameters", []), *operation.get("parameters", [])]
    ]
    expected = {p["name"] for p in declared if p["in"] == "query"}
    in_path = {p["name"] for p in declared if p["in"] == "path"}
    assert kwargs["method"] == method
    # Path parameters are put into the route, percent-encoded.
    filled = re.sub(r"\{[^}]+\}", quote('{"probe": true}', safe=""), route)
    assert kwargs["url"] == filled, in_path
    assert set(kwargs.get("params", {})) == expected
    if "filter" in expected:
        # The JSON filter travels as the exact text the caller gave.
        assert kwargs["params"]["filter"] == '{"probe": true}'
        json.loads(kwargs["params"]["filter"])


def _request_schema(operation: dict[str, Any]) -> dict[str, Any]:
    return dict(operation["requestBody"]["content"]["application/json"]["schema"])


@pytest.mark.parametrize(
    ("route", "method", "operation"),
    [op for op in OPERATIONS if "requestBody" in op[2]],
    ids=lambda value: value["operationId"] if isinstance(value, dict) else None,
)
def test_every_body_field_round_trips(route: str, method: str, operation: dict[str, Any]) -> None:
    module = module_for(operation)
    body_class = inspect.signature(module._get_kwargs, eval_str=True).parameters["body"].annotation
    instance = full_instance(_request_schema(operation), SPEC)

    path_arguments = {
        name: _sample(p.annotation)
        for name, p in inspect.signature(module._get_kwargs, eval_str=True).parameters.items()
        if name != "body" and p.default is inspect.Parameter.empty
    }
    kwargs = module._get_kwargs(body=body_class.from_dict(instance), **path_arguments)

    assert kwargs["json"] == instance
    assert kwargs["method"] == method
    assert kwargs["url"] == re.sub(r"\{[^}]+\}", quote('{"probe": true}', safe=""), route)


def _response_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for _, _, operation in OPERATIONS:
        content = operation["responses"]["200"]["content"]
        if "application/json" in content:  # the job CSV is text/csv, streamed by the SDK itself
            cases.append((operation["operationId"], content["application/json"]["schema"]))
    return cases


@pytest.mark.parametrize(("operation_id", "schema"), _response_cases(), ids=[c[0] for c in _response_cases()])
def test_every_response_field_is_parsed(operation_id: str, schema: dict[str, Any]) -> None:
    import httpx
    from illuminate_client import Client

    module = MODULES[snake(operation_id)]
    instance = full_instance(schema, SPEC)
    response = httpx.Response(200, json=instance)

    parsed = module._parse_response(client=Client(base_url="http://unused"), response=response)

    items = parsed if isinstance(parsed, list) else [parsed]
    dumped = [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
    assert dumped == (instance if isinstance(instance, list) else [instance])


def test_allocation_conflict_text_is_parsed_as_text() -> None:
    import httpx
    from illuminate_client import Client

    conflict = resolve({"$ref": "#/components/schemas/SerialAllocationSettingsConflict"}, SPEC)["example"]
    module = MODULES["set_account_serial_allocation_settings"]

    parsed = module._parse_response(
        client=Client(base_url="http://unused"), response=httpx.Response(200, json=conflict)
    )

    assert parsed == conflict
