"""The rules of the 2025 Serialization API's calls, without I/O: names, filters, bodies, job identifiers.

Names are checked only as far as the spec documents them: an attribute name
is ``^[a-z0-9_]{1,20}$`` (the 2025 document's settings table); a flag name
is made in the Illuminate UI with no documented form, so it is only refused
where it could not be sent at all (empty, or with ``=`` or ``,`` in a
``flags`` filter, whose syntax is ``name=true,name=false``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar

from illuminate_client.models.attribute_change import AttributeChange
from illuminate_client.models.attribute_definition import AttributeDefinition
from illuminate_client.models.attribute_values import AttributeValues
from illuminate_client.models.flag_change import FlagChange
from illuminate_client.models.flag_values import FlagValues
from illuminate_client.models.serialization_job import SerializationJob

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    ConflictError,
    IlluminateError,
    UnexpectedResponseError,
)
from ._retries import RetryPolicy

ATTRIBUTE_NAME = re.compile(r"^[a-z0-9_]{1,20}$")
MAX_ATTRIBUTES = 20  # "Each account can have up to 20 attributes"
IDENTIFIER_PREFIX = "sdk-"

Change = TypeVar("Change", FlagChange, AttributeChange)
Value = TypeVar("Value", bool, str)
AttributeDefinitions = Sequence[AttributeDefinition | Mapping[str, Any]] | Mapping[str, bool]


class SerialFlagsAndAttributes(NamedTuple):
    """A serial's flags (name -> bool) and the attributes that have a value (name -> str)."""

    flags: dict[str, bool]
    attributes: dict[str, str]


def new_identifier(prefix: str = IDENTIFIER_PREFIX) -> str:
    """A job identifier no one else has: ``prefix`` (``sdk-``) and a random UUID's 32 hex digits (36 characters).

    Within the spec's JobIdentifier (1 to 128 characters, no ``/``, ``?`` or
    ``#``), and as unique as a UUID4: two starts never share one by chance.
    """
    return prefix + uuid.uuid4().hex


def check_identifier(identifier: str) -> str:
    """A job identifier names a path segment: not empty, no ``/``, ``?`` or ``#``."""
    if not identifier or any(c in identifier for c in "/?#"):
        raise ValueError(f"a job identifier is a non-empty name without '/', '?' or '#' (got {identifier!r})")
    return identifier


def check_attribute_name(name: str) -> str:
    if not isinstance(name, str) or not ATTRIBUTE_NAME.match(name):
        raise ValueError(f"an attribute name is 1 to 20 of a-z, 0-9 and _ (got {name!r})")
    return name


def check_flag_name(name: str) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"a flag name is a non-empty string (got {name!r})")
    return name


def check_serial(serial: str) -> str:
    """A serial's id or its value (the API takes either in the path)."""
    if not isinstance(serial, str) or not serial:
        raise ValueError(f"a serial is named by its id or its value, a non-empty string (got {serial!r})")
    return serial


def flag_filter(flags: Mapping[str, bool] | str | None) -> str | None:
    """``{"flag1": True, "flag2": False}`` as the list's filter ``flag1=true,flag2=false`` (text is kept as is)."""
    if flags is None or isinstance(flags, str):
        return flags or None
    parts = []
    for name, value in flags.items():
        check_flag_name(name)
        if "=" in name or "," in name:
            raise ValueError(f"flag {name!r} cannot be filtered on: the filter's syntax is name=true,name=false")
        if not isinstance(value, bool):
            raise TypeError(f"flag {name!r}: filter on True or False (got {value!r})")
        parts.append(f"{name}={'true' if value else 'false'}")
    return ",".join(parts) or None


def flag_values(flags: Mapping[str, bool]) -> dict[str, bool]:
    return _named_values(
        flags, check_flag_name, bool, lambda name, value: f"flag {name!r} is set to True or False (got {value!r})"
    )


def attribute_values(attributes: Mapping[str, str]) -> dict[str, str]:
    return _named_values(
        attributes,
        check_attribute_name,
        str,
        lambda name, value: f"attribute {name!r}: values are strings (got {type(value).__name__})",
    )


def _named_values(
    given: Mapping[str, Value], check_name: Callable[[str], str], kind: type[Value], refusal: Callable[[str, Any], str]
) -> dict[str, Value]:
    """``given`` as a dict, once every name has passed ``check_name`` and every value is a ``kind`` (else a
    TypeError that ``refusal`` words)."""
    for name, value in given.items():
        check_name(name)
        if not isinstance(value, kind):
            raise TypeError(refusal(name, value))
    return dict(given)


def attribute_definitions(attributes: AttributeDefinitions) -> list[dict[str, Any]]:
    """The account's attributes as the settings body's list: ``[{"name", "mandatory"}]``.

    Given as that list (dicts or ``AttributeDefinition`` models) or as a
    mapping of name to ``mandatory``. At most 20, each name once.
    """
    if isinstance(attributes, Mapping):
        items: list[dict[str, Any]] = [{"name": n, "mandatory": m} for n, m in attributes.items()]
    else:
        items = [a.to_dict() if isinstance(a, AttributeDefinition) else dict(a) for a in attributes]
    if len(items) > MAX_ATTRIBUTES:
        raise ValueError(f"an account has at most {MAX_ATTRIBUTES} attributes (got {len(items)})")
    seen: set[str] = set()
    for item in items:
        name = check_attribute_name(item.get("name"))  # type: ignore[arg-type]
        if not isinstance(item.get("mandatory"), bool):
            raise TypeError(f"attribute {name!r}: mandatory is True or False (got {item.get('mandatory')!r})")
        if name in seen:
            raise ValueError(f"attribute {name!r} is listed twice")
        seen.add(name)
    return items


def job_fields(
    digital_twin_id: str,
    count: int,
    identifier: str,
    *,
    attributes: Mapping[str, str] | None,
    flags: Iterable[str] | None,
    qr_code: bool | None,
    watermark: bool | None,
    url_format: str | None,
    domain: str | None,
) -> dict[str, Any]:
    """The fields of a startSerializationJob body (python names), checked as far as the spec says.

    Choosing carriers (``qr_code``, ``watermark``, ``url_format``, ``domain``)
    overrides the account's defaults, and then both ``qr_code`` and
    ``watermark`` are needed, and ``url_format`` with a QR code.
    """
    fields: dict[str, Any] = {"digital_twin_id": digital_twin_id, "count": count, "identifier": identifier}
    if attributes:
        fields["attributes"] = attribute_values(attributes)
    if flags is not None:
        names = [check_flag_name(name) for name in flags]
        if names:
            fields["flags"] = list(dict.fromkeys(names))
    carriers = {"qr_code": qr_code, "watermark": watermark, "url_format": url_format, "domain": domain}
    if any(value is not None for value in carriers.values()):
        if qr_code is None or watermark is None:
            raise TypeError("choosing data carriers needs both qr_code= and watermark= (True or False)")
        if qr_code and url_format is None:
            raise TypeError("a QR code needs url_format= ('DigitalLink' or 'ShortUrl')")
        fields["override_data_carrier_defaults"] = True
        fields.update({name: value for name, value in carriers.items() if value is not None})
    return fields


def may_exist(error: IlluminateError, sent: int, policy: RetryPolicy) -> bool:
    """After the ``sent``-th start of a job failed: may the job exist all the same? Then it is read back.

    Yes after a failure that may have reached the server (a dropped or timed-out
    connection, a 5xx or a transient status of the policy), after a 2xx whose
    body broke the spec (the job was made), and after a 409 to a resend (an
    earlier start got through meanwhile). No after a 409 to the first start,
    a failure that provably never left, or any other answer.
    """
    if isinstance(error, ConflictError):
        return sent > 1
    if isinstance(error, UnexpectedResponseError):
        return True
    if isinstance(error, APIConnectionError):
        return error.may_have_reached_server
    if isinstance(error, APIStatusError):
        return error.status_code >= 500 or error.status_code in policy.statuses
    return False


def may_resend(error: IlluminateError, sent: int, policy: RetryPolicy) -> bool:
    """The job was looked for and is not there: send the start again? While the policy's retries last."""
    if isinstance(error, ConflictError | UnexpectedResponseError):
        return False  # the conflict is another one; a 2xx without its job cannot be fixed by resending
    return sent <= policy.max_retries


def check_same_job(job: SerializationJob, digital_twin_id: str, count: int, error: IlluminateError) -> None:
    """A job found by identifier after an uncertain start is the one started, unless it says otherwise."""
    twin, made = job.digital_twin_id, job.count
    if (isinstance(twin, str) and twin != digital_twin_id) or (isinstance(made, int) and made != count):
        message = (
            f"a job named {job.identifier!r} exists for twin {twin!r} with {made!r} serials, "
            f"not the one started (twin {digital_twin_id!r}, {count} serials): choose another identifier"
        )
        raise ConflictError(message, status_code=409, body=getattr(error, "body", None))


def as_flags(values: FlagValues | None) -> dict[str, bool]:
    return dict(values.additional_properties) if values is not None else {}


def as_attributes(values: AttributeValues | None) -> dict[str, str]:
    return dict(values.additional_properties) if values is not None else {}


def change_of(changes: list[Change] | None, name: str) -> Change | None:
    """The change of ``name`` among those the server listed (else the first one, else None)."""
    listed = changes or []
    return next((change for change in listed if change.name == name), listed[0] if listed else None)
