"""The SDK reads every plausible answer, and refuses one that breaks a documented fact, for every operation.

A scenario calls every operation of the spec once against the mock (through
the SDK) and records the answers. Each answer is then replayed in variants
a real server may plausibly send (left column) or that break what the
documents show (right column), through both faces:

| tolerated (parsed, or the documented refusal)   | refused (UnexpectedResponseError naming the field) |
|---|---|
| T01 201 with the same body                        | S01 a documented string field sent as a number       |
| T02 202 with the same body                        | S02 a documented required field left out             |
| T03 204 without a body (None)                     | S03 a body that is not JSON                          |
| T04 an empty 201 (None)                           | S04 an array where an object is documented, or back  |
| T05 an unknown top-level field                    | S05 a documented date-time that is not one           |
| T06 an unknown field in every nested object       | S06 an empty 200                                     |
| T07 fields only our assumptions require, left out | S07 a nested documented field of the wrong type      |
| T08 optional fields sent as null                  | S08 list items that are not objects                  |
| T09 an unlisted value in every enum field         |                                                      |
| T10 T01 + T05 + T07 + T08 + T09 together          |                                                      |
| T11 Content-Type with parameters                  |                                                      |
| T12-T15 the settings refusal as a JSON string, text/plain, {"message"}, {"error"} |          |
| T16-T21 errors of another shape: text/plain 400, {"error": {...}} 400, 422, 409, empty 500, HTML 404 |  |
| T22 a reason code as a number                     |                                                      |
| T23 a twin's productId empty, T24 null            |                                                      |
| T25 a twin's carriers with the three fields shown |                                                      |
| T26 a count as a float                            |                                                      |
| T27 a job status the documents never list        |                                                      |
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from illuminate_sdk import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    SettingsAlreadySetError,
    UnexpectedResponseError,
)
from illuminate_sdk._response import EMPTY_MEANS_NONE
from illuminate_spec.views import documented_view, iter_operations

from tests.contract.plausible import CONFLICT_PREFIX, _drop_assumed, _null_optional, _walk_pairs
from tests.sdk.helpers import ACCOUNT, Face
from tests.sdk.recorded import FULL, Recorded

DOCUMENTED = documented_view(FULL)
# The job's CSV is not JSON: its variants are in test_csv.py.
CSV = "getSerializationJobCsv"


# ------------------------------------------------------------------ variants


def _success_schemas(rec: Recorded) -> tuple[dict[str, Any], dict[str, Any]]:
    full = FULL["paths"][rec.route][rec.method]["responses"]["200"]["content"]["application/json"]["schema"]
    documented = DOCUMENTED["paths"][rec.route][rec.method]["responses"]["2XX"]["content"]["application/json"]["schema"]
    return full, documented


def _objects(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict):
        return [body]
    if isinstance(body, list):
        return [item for item in body if isinstance(item, dict)]
    return []


def _add_everywhere(body: Any) -> Any:
    if isinstance(body, dict):
        return {**{k: _add_everywhere(v) for k, v in body.items()}, "fieldFromTheFuture": {"nested": True}}
    if isinstance(body, list):
        return [_add_everywhere(v) for v in body]
    return body


def _enum_fields(full: Any, body: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of the values of ``body`` that the full view types with an enum."""
    from tests.contract.plausible import views

    v = views()
    schema = v.resolve(v.full, full)
    if not isinstance(schema, dict):
        return
    if "enum" in schema and isinstance(body, str):
        yield path
    for keyword in ("oneOf", "anyOf"):
        for branch in schema.get(keyword, []):
            yield from _enum_fields(branch, body, path)
    if isinstance(body, list) and "items" in schema:
        for index, item in enumerate(body):
            yield from _enum_fields(schema["items"], item, (*path, index))
    if isinstance(body, dict):
        for name, prop in schema.get("properties", {}).items():
            if name in body:
                yield from _enum_fields(prop, body[name], (*path, name))


def _set(body: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        body = body[step]
    body[path[-1]] = value


def unlisted_enums(rec: Recorded, body: Any) -> Any:
    full, _ = _success_schemas(rec)
    for path in list(_enum_fields(full, body)):
        if path:
            _set(body, path, "A_VALUE_NOBODY_LISTED")
    return body


def sparse(rec: Recorded, body: Any) -> Any:
    full, documented = _success_schemas(rec)
    _walk_pairs(full, documented, body, _drop_assumed)
    return body


def nulls(rec: Recorded, body: Any) -> Any:
    full, documented = _success_schemas(rec)
    _walk_pairs(full, documented, body, _null_optional)
    return body


Answer = tuple[int, dict[str, str], bytes]


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {"content-type": "application/json", **(headers or {})}, json.dumps(body).encode()


def _passthrough(rec: Recorded) -> dict[str, str]:
    return {k: v for k, v in rec.headers.items() if k.lower() in ("has-next-page", "next-page-token", "x-request-id")}


TOLERATED: dict[str, Callable[[Recorded], Answer]] = {
    "T01 201": lambda r: _json(201, r.body, _passthrough(r)),
    "T02 202": lambda r: _json(202, r.body, _passthrough(r)),
    "T03 204 empty": lambda r: (204, {}, b""),
    "T04 201 empty": lambda r: (201, {}, b""),
    "T05 unknown top field": lambda r: _json(
        200, {**r.body, "fieldFromTheFuture": 1} if isinstance(r.body, dict) else r.body, _passthrough(r)
    ),
    "T06 unknown nested fields": lambda r: _json(200, _add_everywhere(r.body), _passthrough(r)),
    "T07 assumed fields left out": lambda r: _json(200, sparse(r, copy.deepcopy(r.body)), _passthrough(r)),
    "T08 optional fields null": lambda r: _json(200, nulls(r, copy.deepcopy(r.body)), _passthrough(r)),
    "T09 unlisted enum values": lambda r: _json(200, unlisted_enums(r, copy.deepcopy(r.body)), _passthrough(r)),
    "T10 all together": lambda r: _json(
        201, unlisted_enums(r, nulls(r, sparse(r, _add_everywhere(copy.deepcopy(r.body))))), _passthrough(r)
    ),
    "T11 content type parameters": lambda r: (
        200,
        {"content-type": "application/json; charset=utf-8; profile=x", **_passthrough(r)},
        json.dumps(r.body).encode(),
    ),
}
REFUSAL = f"{CONFLICT_PREFIX}: Once the serial allocation settings have been set, they cannot be changed."
REFUSALS: dict[str, Answer] = {
    "T12 refusal as a JSON string": _json(200, REFUSAL),
    "T13 refusal as text/plain": (200, {"content-type": "text/plain"}, REFUSAL.encode()),
    "T14 refusal in a message object": _json(200, {"message": REFUSAL}),
    "T15 refusal in an error object": _json(200, {"error": REFUSAL}),
}
ERRORS: dict[str, tuple[Answer, type[APIStatusError], str]] = {
    "T16 text/plain 400": ((400, {"content-type": "text/plain"}, b"bad length"), BadRequestError, "bad length"),
    "T17 nested error 400": (_json(400, {"error": {"detail": "bad length"}}), BadRequestError, ""),
    "T18 422": (_json(422, {"detail": "unprocessable"}), APIStatusError, ""),
    "T19 409 another shape": (_json(409, {"errors": [{"title": "exists"}]}), ConflictError, ""),
    "T20 empty 500": ((500, {}, b""), InternalServerError, ""),
    "T21 HTML 404": ((404, {"content-type": "text/html"}, b"<html>not here</html>"), NotFoundError, ""),
}


def _first_documented(rec: Recorded, kind: str) -> tuple[dict[str, Any], str] | None:
    """An object of the answer and the name of a documented required field of type ``kind`` in it."""
    from tests.contract.plausible import views

    v = views()
    _, documented = _success_schemas(rec)
    schema = v.resolve(v.documented, documented)
    target = rec.body
    if schema.get("type") == "array":
        schema = v.resolve(v.documented, schema.get("items", {}))
        target = rec.body[0] if isinstance(rec.body, list) and rec.body else None
    if not isinstance(target, dict):
        return None
    for name in schema.get("required", []):
        prop = v.resolve(v.documented, schema.get("properties", {}).get(name, {}))
        if prop.get("type") == kind and name in target and (kind != "string" or prop.get("format") != "date-time"):
            return target, name
        if kind == "date-time" and prop.get("format") == "date-time" and name in target:
            return target, name
    return None


def broken(rec: Recorded, how: str) -> tuple[Answer, str] | None:
    """The answer broken in a documented way, and the field name the error must mention (None: not applicable)."""
    body = copy.deepcopy(rec.body)
    if how == "S01 string as number":
        found = _first_documented(rec, "string")
        if found is None:
            return None
        _, name = found
        (body[0] if isinstance(body, list) else body)[name] = 12345
        return _json(200, body, _passthrough(rec)), name
    if how == "S02 required left out":
        found = _first_documented(rec, "string")
        if found is None:
            return None
        _, name = found
        (body[0] if isinstance(body, list) else body).pop(name)
        return _json(200, body, _passthrough(rec)), name
    if how == "S03 not JSON":
        return (200, {"content-type": "application/json"}, b"<html>oops</html>"), ""
    if how == "S04 array for object, object for array":
        flipped = [body] if isinstance(body, dict) else {"items": body}
        return _json(200, flipped, _passthrough(rec)), ""
    if how == "S05 bad date-time":
        found = _first_documented(rec, "date-time")
        if found is None:
            return None
        _, name = found
        (body[0] if isinstance(body, list) else body)[name] = "yesterday at noon"
        return _json(200, body, _passthrough(rec)), name
    if how == "S06 empty 200":
        return (200, {"content-type": "application/json"}, b""), ""
    if how == "S07 nested wrong type":
        if rec.operation_id == "getJobStatus":
            body["breakdown"]["progress"] = "half"
            return _json(200, body), "progress"
        if rec.operation_id in ("setAccountSerialAllocationSettings", "setDigitalTwinSerialAllocationSettings"):
            body["serialAllocationSettings"]["length"] = "eight"
            return _json(200, body), "length"
        if rec.operation_id in ("listDigitalTwinSerials", "listSerializationJobs"):
            body["pageInfo"]["hasNextPage"] = "yes"
            return _json(200, body), "hasNextPage"
        if rec.operation_id == "setSerialFlagsAndAttributes":
            body["flags"][0]["previous_value"] = "off"
            return _json(200, body), "previous_value"
        return None
    if how == "S08 list items not objects":
        if not isinstance(body, list):
            return None
        return _json(200, ["x", "y"], _passthrough(rec)), ""
    raise AssertionError(how)


REFUSED = [
    "S01 string as number",
    "S02 required left out",
    "S03 not JSON",
    "S04 array for object, object for array",
    "S05 bad date-time",
    "S06 empty 200",
    "S07 nested wrong type",
    "S08 list items not objects",
]


def replay(face: Face, rec: Recorded, answer: Answer) -> Any:
    status, headers, content = answer

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=content)

    with face.connect(transport=httpx.MockTransport(handler), retries=False) as client:
        return client.call(rec.module, **copy.deepcopy(rec.kwargs))


OPERATIONS = sorted(op["operationId"] for _, _, op in iter_operations(FULL))
JSON_OPERATIONS = [op for op in OPERATIONS if op != CSV]
SETTINGS = ("setAccountSerialAllocationSettings", "setDigitalTwinSerialAllocationSettings")


def _module_name(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


# "Nothing is returned" may come as an empty 200 for these (see illuminate_sdk._response).
NOTHING_MAY_BE_EMPTY = sorted(op for op in OPERATIONS if _module_name(op) in EMPTY_MEANS_NONE)


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@pytest.mark.parametrize("variant", list(TOLERATED))
def test_plausible_answers_are_read(face: Face, recorded: dict[str, Recorded], operation_id: str, variant: str) -> None:
    rec = recorded[operation_id]
    result = replay(face, rec, TOLERATED[variant](rec))
    if variant.startswith(("T03", "T04")):
        assert result is None
    else:
        assert result is not None


@pytest.mark.parametrize("operation_id", SETTINGS)
@pytest.mark.parametrize("variant", list(REFUSALS))
def test_the_settings_refusal_is_read_in_every_encoding(
    face: Face, recorded: dict[str, Recorded], operation_id: str, variant: str
) -> None:
    with pytest.raises(SettingsAlreadySetError, match="cannot be changed"):
        replay(face, recorded[operation_id], REFUSALS[variant])


@pytest.mark.parametrize("operation_id", OPERATIONS)
@pytest.mark.parametrize("variant", list(ERRORS))
def test_errors_of_another_shape_are_typed(
    face: Face, recorded: dict[str, Recorded], operation_id: str, variant: str
) -> None:
    answer, kind, text = ERRORS[variant]
    with pytest.raises(kind) as raised:
        replay(face, recorded[operation_id], answer)
    assert raised.value.status_code == answer[0]
    assert text in str(raised.value)


@pytest.mark.parametrize(
    ("operation_id", "change"),
    [
        ("createProductVariant", {"consumerProductVariantReasonCode": 42}),
        ("listDigitalTwins", {"productId": ""}),
        ("listDigitalTwins", {"productId": None}),
        ("listDigitalTwins", {"dataCarriers": [{"accountId": ACCOUNT, "digitalTwinId": "t", "id": "c"}]}),
        ("createProduct", {"productVariantsCount": 2.0}),
        ("getJobStatus", {"status": "RUNNING"}),
        ("getSerializationJob", {"status": "CANCELLED"}),
        ("listDigitalTwinSerials", {"hash": "6B4C45C4ACB6C6B655C5", "attributes": {}}),
        ("listDigitalTwinSerials", {"pageInfo": {"hasNextPage": False}}),
    ],
    ids=[
        "T22 reason code number",
        "T23 productId empty",
        "T24 productId null",
        "T25 carriers as shown",
        "T26 float count",
        "T27 job status unlisted",
        "T28 2025 job status unlisted",
        "T29 serial items with the example's hash, no attributes",
        "T30 last page without nextCursor",
    ],
)
def test_documented_looseness_is_read(
    face: Face, recorded: dict[str, Recorded], operation_id: str, change: dict[str, Any]
) -> None:
    rec = recorded[operation_id]
    body = copy.deepcopy(rec.body)
    for target in _objects(body):
        target.update(change)
    result = replay(face, rec, _json(200, body, _passthrough(rec)))
    assert result is not None


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@pytest.mark.parametrize("how", REFUSED)
def test_answers_that_break_documented_facts_are_refused_naming_the_field(
    face: Face, recorded: dict[str, Recorded], operation_id: str, how: str
) -> None:
    rec = recorded[operation_id]
    if rec.body is None:
        pytest.fail(f"{operation_id}: the scenario recorded no body")
    case = broken(rec, how)
    if case is None:
        return  # nothing documented of that kind in this answer (an invented shape): nothing can break it
    answer, field_name = case
    if how.startswith("S06") and operation_id in NOTHING_MAY_BE_EMPTY:
        assert replay(face, rec, answer) is None  # "if it has no value, nothing is returned"
        return
    with pytest.raises(UnexpectedResponseError) as raised:
        replay(face, rec, answer)
    assert field_name in str(raised.value)
    assert raised.value.status_code == answer[0]


@pytest.mark.parametrize(
    ("content_type", "content", "value"),
    [
        ("text/plain", b"new attr1 value", "new attr1 value"),  # the document prints the value unquoted
        ("text/plain; charset=utf-8", "caf\u00e9".encode(), "caf\u00e9"),
        ("application/json", b'"new attr1 value"', "new attr1 value"),
    ],
    ids=["T31 text/plain", "T32 text/plain with charset", "T33 JSON string"],
)
def test_an_attribute_value_is_read_as_text_or_json(
    face: Face, recorded: dict[str, Recorded], content_type: str, content: bytes, value: str
) -> None:
    rec = recorded["getSerialAttribute"]
    assert replay(face, rec, (200, {"content-type": content_type}, content)) == value


def test_the_corpus_is_at_least_thirty_variants() -> None:
    listed = len(TOLERATED) + len(REFUSALS) + len(ERRORS) + 9 + len(REFUSED) + 3
    assert listed >= 30
