"""One mechanism for every generated operation: find it, fill its arguments, check its answer.

A generated operation is a module of ``illuminate_client.api`` with
``sync_detailed``/``asyncio_detailed``; callers may pass the module or any of
its functions. Arguments are completed the same way for all of them (account
id, JSON ``filter``, a body built from keyword arguments), and every answer
goes through the same checks (typed errors, the HTTP 200 settings refusal).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import inspect
import json
import sys
import typing
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from types import ModuleType
from typing import Any

import attrs
import httpx
from illuminate_client.models.error import Error
from illuminate_client.types import UNSET, Response, Unset

from ._config import TimeoutTypes, as_timeout
from ._exceptions import UnexpectedResponseError, connection_error, settings_conflict, status_error


@dataclass(frozen=True)
class Operation:
    """A generated operation, whichever of its parts the caller named."""

    name: str
    sync: Callable[..., Response[Any]]
    asyncio: Callable[..., Awaitable[Response[Any]]]
    params: Mapping[str, inspect.Parameter]
    body_type: type | None

    @property
    def is_cursor_list(self) -> bool:
        return "first" in self.params and "after" in self.params


@functools.cache
def _operation_of_module(module: ModuleType) -> Operation:
    sync, asyncio = getattr(module, "sync_detailed", None), getattr(module, "asyncio_detailed", None)
    if not callable(sync) or not callable(asyncio):
        raise TypeError(
            f"{module.__name__} is not a generated operation: pass a module of illuminate_client.api "
            "(e.g. illuminate_client.api.serials.list_serials) or one of its functions"
        )
    params = {k: v for k, v in inspect.signature(sync).parameters.items() if k != "client"}
    body = params.get("body")
    body_type = body.annotation if body is not None and isinstance(body.annotation, type) else None
    return Operation(module.__name__.rsplit(".", 1)[-1], sync, asyncio, params, body_type)


def operation(target: object) -> Operation:
    """The operation of a generated module, or of one of its functions (sync, asyncio, *_detailed)."""
    module = target if isinstance(target, ModuleType) else sys.modules.get(getattr(target, "__module__", "") or "")
    if module is None:
        raise TypeError(f"{target!r} is not a generated operation (a module of illuminate_client.api or its function)")
    return _operation_of_module(module)


# ------------------------------------------------------------------ arguments


def filter_json(value: object) -> str:
    """A filter as the JSON text the generated functions take: a model, a dict or JSON text."""
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError as exc:
            raise ValueError(f"filter is not valid JSON text: {exc}") from None
        return value
    return json.dumps(jsonable(value), separators=(",", ":"))


def jsonable(value: object) -> Any:
    """Generated models, enums, dates, lists and dicts as plain JSON values."""
    if hasattr(value, "to_dict") and attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _camel(name: str) -> str:
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _build_body(model: type, fields: Mapping[str, Any], account_id: str, *, json_names: bool) -> Any:
    """A request model from keyword arguments (python names) or a dict (JSON names), account id filled in."""
    names = {f.name for f in attrs.fields(model)}
    if json_names:
        document = {str(k): jsonable(v) for k, v in fields.items()}
    else:
        unknown = sorted(set(fields) - names)
        if unknown:
            known = ", ".join(sorted(names))
            raise TypeError(f"{model.__name__} has no field {', '.join(unknown)}; its fields: {known}")
        document = {_camel(k): jsonable(v) for k, v in fields.items()}
    if "account_id" in names:
        document.setdefault("accountId", account_id)
    try:
        body = model.from_dict(document)  # type: ignore[attr-defined]
    except KeyError as exc:
        raise TypeError(f"{model.__name__} needs the field {exc.args[0]!r}") from None
    dropped = sorted(set(document) - set(body.to_dict()))
    if dropped:
        raise TypeError(f"{model.__name__} has no field {', '.join(dropped)} (use the API's JSON names in a dict body)")
    return body


def prepare(op: Operation, account_id: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments for ``op``: account id, JSON filter and body filled in, names checked."""
    kwargs = dict(arguments)
    if "filter" in kwargs:
        if "filter_" in kwargs:
            raise TypeError("pass filter= or filter_=, not both")
        kwargs["filter_"] = kwargs.pop("filter")
    if kwargs.get("filter_") not in (None, UNSET):
        kwargs["filter_"] = filter_json(kwargs["filter_"])
    if "account_id" in op.params:
        kwargs.setdefault("account_id", account_id)
    if op.body_type is not None:
        extra = {k: kwargs.pop(k) for k in list(kwargs) if k not in op.params}
        body = kwargs.get("body")
        if body is None:
            kwargs["body"] = _build_body(op.body_type, extra, account_id, json_names=False)
        elif extra:
            raise TypeError(f"{op.name}: pass body= or the body's fields ({', '.join(extra)}), not both")
        elif isinstance(body, Mapping):
            kwargs["body"] = _build_body(op.body_type, body, account_id, json_names=True)
    for name, value in kwargs.items():
        kwargs[name] = _coerce_enum(op, name, value)
    unknown = sorted(set(kwargs) - set(op.params))
    if unknown:
        raise TypeError(f"{op.name}() got unexpected argument(s) {', '.join(unknown)}; it takes {', '.join(op.params)}")
    missing = [n for n, p in op.params.items() if p.default is inspect.Parameter.empty and n not in kwargs]
    if missing:
        raise TypeError(f"{op.name}() needs {', '.join(missing)}")
    return kwargs


def _coerce_enum(op: Operation, name: str, value: Any) -> Any:
    """A plain string where the generated function wants an enum (``order="CREATED_ASC"``)."""
    param = op.params.get(name)
    if param is None or not isinstance(value, str) or isinstance(value, Enum):
        return value
    for kind in (param.annotation, *typing.get_args(param.annotation)):
        if isinstance(kind, type) and issubclass(kind, Enum):
            try:
                return kind(value)
            except ValueError:
                allowed = ", ".join(str(member.value) for member in kind)
                raise ValueError(f"{op.name}: {name} must be one of {allowed} (got {value!r})") from None
    return value


# ------------------------------------------------------------------ one call's scope


@dataclass
class _Scope:
    timeout: httpx.Timeout | None
    response: httpx.Response | None = None


_SCOPE: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("illuminate_sdk_scope", default=None)


@contextlib.contextmanager
def scope(timeout: TimeoutTypes | None) -> Iterator[_Scope]:
    """Requests sent inside get ``timeout`` and typed errors; raw calls outside are left as generated."""
    current = _Scope(as_timeout(timeout) if timeout is not None else None)
    token = _SCOPE.set(current)
    try:
        yield current
    except httpx.TransportError as exc:
        raise connection_error(exc) from exc
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        # The generated parser failed on a 2xx body that does not match the spec.
        response = current.response
        if response is None or not response.is_success:
            raise
        message = (
            f"{response.request.method} {response.url.path}: the HTTP {response.status_code} body "
            f"does not match the spec ({type(exc).__name__}: {exc})"
        )
        raise UnexpectedResponseError(message, status_code=response.status_code, content=response.content) from exc
    finally:
        _SCOPE.reset(token)


def _on_request(request: httpx.Request) -> None:
    current = _SCOPE.get()
    if current is not None and current.timeout is not None:
        request.extensions["timeout"] = current.timeout.as_dict()


def _on_response(response: httpx.Response) -> _Scope | None:
    current = _SCOPE.get()
    if current is not None:
        current.response = response
    return current


def request_hook(request: httpx.Request) -> None:
    _on_request(request)


def response_hook(response: httpx.Response) -> None:
    if _on_response(response) is not None and not response.is_success:
        response.read()
        raise status_error(response)


async def arequest_hook(request: httpx.Request) -> None:
    _on_request(request)


async def aresponse_hook(response: httpx.Response) -> None:
    if _on_response(response) is not None and not response.is_success:
        await response.aread()
        raise status_error(response)


def parsed(response: Response[Any]) -> Any:
    """The parsed body of a 2xx generated Response, or the typed error."""
    refusal = settings_conflict(response.parsed, response.headers, response.content)
    if refusal is not None:
        raise refusal
    if response.parsed is None or isinstance(response.parsed, Error):
        status = int(response.status_code)
        raise UnexpectedResponseError(
            f"HTTP {status} answer the generated client could not parse", status_code=status, content=response.content
        )
    return response.parsed
