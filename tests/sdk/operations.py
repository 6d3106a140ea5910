"""The generated client's operation modules and the spec's operations, for tests that hold one to the other."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import illuminate_client.api
import respx
from illuminate_spec.loader import load_spec

from tests.sdk.helpers import ACCOUNT, HOST


def generated_operations(keep: Callable[[ModuleType], bool]) -> list[ModuleType]:
    """The generated client's operation modules (those with ``_get_kwargs``) that ``keep`` accepts."""
    found = []
    for info in pkgutil.walk_packages(illuminate_client.api.__path__, "illuminate_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs") and keep(module):
            found.append(module)
    return found


def spec_operations_with(parameters: set[str]) -> list[dict[str, Any]]:
    """The spec's operations whose parameters include all of ``parameters``."""
    spec = load_spec()
    return [
        op
        for _, _, op in spec.operations()
        if parameters <= {spec.resolve(p).get("name") for p in op.get("parameters", [])}
    ]


def operation_name(module: ModuleType) -> str:
    """The module's own name: ``list_serials`` for ``illuminate_client.api.serials.list_serials``."""
    return module.__name__.rsplit(".", 1)[1]


def same_operations(modules: list[ModuleType], operations: list[dict[str, Any]]) -> set[str]:
    """The operations of ``modules``, asserted to be those of ``operations`` (by name, case and _ aside)."""
    generated = {operation_name(module).replace("_", "") for module in modules}
    assert generated == {op["operationId"].lower() for op in operations}
    return generated


def walk_every_page(client: Any, module: ModuleType, answers: list[httpx.Response], size: str, cursor: str) -> None:
    """Page through the operation over ``answers``: one request a page, each with the cursor the one before gave.

    ``size`` and ``cursor`` name the operation's paging arguments (``first``/``after`` or ``limit``/``cursor``);
    every other required argument gets a made-up value (an enum's first member, else ``"x"``).
    """
    required: dict[str, Any] = {}
    for name, param in inspect.signature(module._get_kwargs).parameters.items():
        if name in ("account_id", size, cursor) or param.default is not inspect.Parameter.empty:
            continue
        kind = param.annotation
        required[name] = next(iter(kind)) if isinstance(kind, type) and issubclass(kind, enum.Enum) else "x"
    path = module._get_kwargs(account_id=ACCOUNT, **{size: 1}, **required)["url"]
    with respx.mock(base_url=HOST) as router:
        route = router.get(path).mock(side_effect=answers)
        walked = list(client.paginate(module, **required).pages())
    assert len(walked) == route.call_count == len(answers)
    assert [c.request.url.params.get(cursor) for c in route.calls] == [None] + [page.after for page in walked[1:]]
