"""A generated operation and its arguments: find it, fill in what the SDK knows, check the rest.

A generated operation is a module of ``illuminate_client.api``; callers may
pass the module or any of its functions (``sync``, ``sync_detailed``,
``asyncio``, ``asyncio_detailed``). Every operation module has the two
functions the call path uses: ``_get_kwargs(**arguments)`` builds the
request, ``_parse_response(client=, response=)`` parses the answer.

Before a request is built, the arguments are completed the same way for
every operation (``prepare``): the account id filled in, ``filter=`` taken
as a model, a dict or JSON text, plain strings accepted for enums, a body
built from keyword arguments (or ``body=`` as a model or a dict of JSON
names). Mistakes are TypeErrors and ValueErrors that name the field, raised
before anything is sent.
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
import typing
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from types import ModuleType
from typing import Any, TypeAlias, TypeVar

import attrs
from illuminate_client.models.error import Error
from illuminate_client.types import UNSET, Response, Unset

from ._cursor import HEADER_CURSORS, CursorStyle, body_cursors
from ._response import EMPTY_MEANS_NONE, TEXT_ANSWERS

T = TypeVar("T")
# What both faces accept as an operation to type their results: any detailed function, sync or asyncio.
OperationFunction: TypeAlias = Callable[..., Response[Error | T]] | Callable[..., Awaitable[Response[Error | T]]]
ListOperationFunction: TypeAlias = (
    Callable[..., Response[Error | list[T]]] | Callable[..., Awaitable[Response[Error | list[T]]]]
)


@dataclass(frozen=True)
class Operation:
    """A generated operation, whichever of its parts the caller named."""

    name: str
    get_kwargs: Callable[..., dict[str, Any]]
    parse_response: Callable[..., Any]
    params: Mapping[str, inspect.Parameter]
    body_type: type | None
    # How its pages chain (None: not a list): header cursors (first/after) or body cursors (limit/cursor).
    cursor_style: CursorStyle | None = None
    empty_means_none: bool = False  # an empty 200 is "no value" (see _response)
    text_answer: bool = False  # a text/* answer is the value itself (see _response)

    @property
    def is_cursor_list(self) -> bool:
        return self.cursor_style is not None


def _answer_model(parse_response: Callable[..., Any]) -> type | None:
    """The generated model a 2xx answer parses into (``Any | Model`` in the parser's annotation), if one."""
    annotation = inspect.signature(parse_response).return_annotation
    for kind in typing.get_args(annotation) or (annotation,):
        if isinstance(kind, type) and attrs.has(kind):
            return kind
    return None


def _cursor_style(params: Mapping[str, inspect.Parameter], parse_response: Callable[..., Any]) -> CursorStyle | None:
    if "first" in params and "after" in params:
        return HEADER_CURSORS
    if "limit" in params and "cursor" in params:
        # getSerializationJob takes limit and cursor too (and ignores them): a list answers a page with pageInfo.
        model = _answer_model(parse_response)
        names = [f.name for f in attrs.fields(model)] if model is not None else []
        items = [name for name in names if name not in ("page_info", "additional_properties")]
        if "page_info" in names and len(items) == 1:
            return body_cursors(items[0])
    return None


@functools.cache
def _operation_of_module(module: ModuleType) -> Operation:
    get_kwargs, parse_response = getattr(module, "_get_kwargs", None), getattr(module, "_parse_response", None)
    if not callable(get_kwargs) or not callable(parse_response):
        raise TypeError(
            f"{module.__name__} is not a generated operation: pass a module of illuminate_client.api "
            "(e.g. illuminate_client.api.serials.list_serials) or one of its functions"
        )
    params = dict(inspect.signature(get_kwargs).parameters)
    body = params.get("body")
    body_type = body.annotation if body is not None and isinstance(body.annotation, type) else None
    name = module.__name__.rsplit(".", 1)[-1]
    return Operation(
        name,
        get_kwargs,
        parse_response,
        params,
        body_type,
        cursor_style=_cursor_style(params, parse_response),
        empty_means_none=name in EMPTY_MEANS_NONE,
        text_answer=name in TEXT_ANSWERS,
    )


def operation(target: object) -> Operation:
    """The operation of a generated module, or of one of its functions (sync, asyncio, *_detailed)."""
    module = target if isinstance(target, ModuleType) else sys.modules.get(getattr(target, "__module__", "") or "")
    if module is None:
        raise TypeError(f"{target!r} is not a generated operation (a module of illuminate_client.api or its function)")
    return _operation_of_module(module)


# ------------------------------------------------------------------ JSON values


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


def camel(name: str) -> str:
    """The JSON name of a generated model's field (``digital_twin_id`` -> ``digitalTwinId``)."""
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# ------------------------------------------------------------------ arguments


def prepare(op: Operation, account_id: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments for ``op``'s ``_get_kwargs``: account id, filter and body filled in, names checked."""
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
        document = {camel(k): jsonable(v) for k, v in fields.items()}
    if "account_id" in names:
        document.setdefault("accountId", account_id)
    # The caller's fields are checked by the model itself: its errors name the field.
    try:
        body = model.from_dict(document)  # type: ignore[attr-defined]
    except KeyError as exc:  # models that read a required field with d.pop(name)
        raise TypeError(f"{model.__name__} needs the field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:  # a field missing, of the wrong type or not one of an enum's values
        text = str(exc) if str(exc).startswith(model.__name__) else f"{model.__name__}: {exc}"
        raise (TypeError if isinstance(exc, TypeError) else ValueError)(text) from None
    dropped = sorted(set(document) - set(body.to_dict()))
    if dropped:
        raise TypeError(f"{model.__name__} has no field {', '.join(dropped)} (use the API's JSON names in a dict body)")
    return body


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
