"""``AsyncSerialItemCalls``: the serial items of the 2025 Serialization API, their flags and attributes.

Every per-serial call names the serial by its ``id`` or by its value (the
``serial`` string): the API takes either in the path. Names are checked as
far as the spec documents them (``_serial_items``), before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from illuminate_client.api.serial_items import (
    get_serial_attribute,
    get_serial_attributes,
    get_serial_flag,
    get_serial_flags,
    get_serial_flags_and_attributes,
    list_digital_twin_serials,
    set_serial_attribute,
    set_serial_flag,
    set_serial_flags,
    set_serial_flags_and_attributes,
)
from illuminate_client.models.attribute_change import AttributeChange
from illuminate_client.models.attribute_values import AttributeValues
from illuminate_client.models.flag_change import FlagChange
from illuminate_client.models.flag_values import FlagValues
from illuminate_client.models.serial_item import SerialItem
from illuminate_client.models.serial_state import SerialState
from illuminate_client.models.serial_state_changes import SerialStateChanges

from .._arguments import OperationFunction
from .._config import TimeoutTypes
from .._cursor import MAX_PAGE_SIZE
from .._serial_items import (
    SerialFlagsAndAttributes,
    as_attributes,
    as_flags,
    attribute_values,
    change_of,
    check_attribute_name,
    check_flag_name,
    check_serial,
    flag_filter,
    flag_values,
)
from ._connection import AsyncConnection
from ._pagination import AsyncPager

T = TypeVar("T")


class AsyncSerialItemCalls(AsyncConnection):
    """The serial-item calls of ``AsyncIlluminate`` (``/api/v1/.../serials``)."""

    async def _on_serial(
        self,
        endpoint: OperationFunction[T],
        digital_twin_id: str,
        serial: str,
        timeout: TimeoutTypes | None,
        **arguments: Any,
    ) -> T:
        """``endpoint`` called for one serial of the twin, named by its id or its value (checked first)."""
        result: T = await self.call(
            endpoint, digital_twin_id=digital_twin_id, serial_id=check_serial(serial), timeout=timeout, **arguments
        )
        return result

    def serial_items(
        self,
        digital_twin_id: str,
        *,
        flags: Mapping[str, bool] | str | None = None,
        serial: str | None = None,
        serial_id: str | None = None,
        limit: int = MAX_PAGE_SIZE,
        cursor: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[SerialItem]:
        """The twin's serial items with their flags and attributes, oldest first, ``limit`` per page.

        ``flags={"flag1": True, "flag2": False}`` keeps the serials whose flags
        have those values (or the API's own text, ``"flag1=true,flag2=false"``);
        ``serial=`` or ``serial_id=`` picks one serial. ``cursor=`` resumes
        from a page's ``next_token`` (or the pager's ``resume_after``).
        """
        pager: AsyncPager[SerialItem] = self.paginate(
            list_digital_twin_serials.asyncio_detailed,
            digital_twin_id=digital_twin_id,
            limit=limit,
            cursor=cursor,
            timeout=timeout,
            flags=flag_filter(flags),
            serial=serial,
            serial_id=serial_id,
        )
        return pager

    # -------------------------------------------------------------- flags

    async def serial_flag(
        self, digital_twin_id: str, serial: str, flag_name: str, *, timeout: TimeoutTypes | None = None
    ) -> bool:
        """One flag of a serial (by its id or its value); False when the server has no value to give."""
        value: bool | None = await self._on_serial(
            get_serial_flag.asyncio_detailed, digital_twin_id, serial, timeout, flag_name=check_flag_name(flag_name)
        )
        return bool(value)

    async def serial_flags(
        self, digital_twin_id: str, serial: str, *, timeout: TimeoutTypes | None = None
    ) -> dict[str, bool]:
        """Every flag of the account with its value for this serial: name -> bool."""
        values: FlagValues | None = await self._on_serial(
            get_serial_flags.asyncio_detailed, digital_twin_id, serial, timeout
        )
        return as_flags(values)

    async def set_serial_flag(
        self, digital_twin_id: str, serial: str, flag_name: str, value: bool, *, timeout: TimeoutTypes | None = None
    ) -> FlagChange | None:
        """Set one flag; the change (``value`` and ``previous_value``), None if the server sent none."""
        if not isinstance(value, bool):
            raise TypeError(f"flag {flag_name!r} is set to True or False (got {value!r})")
        changes: list[FlagChange] | None = await self._on_serial(
            set_serial_flag.asyncio_detailed,
            digital_twin_id,
            serial,
            timeout,
            flag_name=check_flag_name(flag_name),
            value=value,
        )
        return change_of(changes, flag_name)

    async def set_serial_flags(
        self, digital_twin_id: str, serial: str, flags: Mapping[str, bool], *, timeout: TimeoutTypes | None = None
    ) -> list[FlagChange]:
        """Set several flags at once (name -> bool); one change per flag set."""
        changes: list[FlagChange] | None = await self._on_serial(
            set_serial_flags.asyncio_detailed, digital_twin_id, serial, timeout, flags=flag_values(flags)
        )
        return list(changes or [])

    # -------------------------------------------------------------- attributes

    async def serial_attribute(
        self, digital_twin_id: str, serial: str, attribute_name: str, *, timeout: TimeoutTypes | None = None
    ) -> str | None:
        """One attribute's value; None when it has none (the API answers nothing: 204 or an empty body)."""
        value: str | None = await self._on_serial(
            get_serial_attribute.asyncio_detailed,
            digital_twin_id,
            serial,
            timeout,
            attribute_name=check_attribute_name(attribute_name),
        )
        return value

    async def serial_attributes(
        self, digital_twin_id: str, serial: str, *, timeout: TimeoutTypes | None = None
    ) -> dict[str, str]:
        """The serial's attributes that have a value: name -> value ({} when none has, or nothing came back)."""
        values: AttributeValues | None = await self._on_serial(
            get_serial_attributes.asyncio_detailed, digital_twin_id, serial, timeout
        )
        return as_attributes(values)

    async def set_serial_attribute(
        self,
        digital_twin_id: str,
        serial: str,
        attribute_name: str,
        value: str,
        *,
        timeout: TimeoutTypes | None = None,
    ) -> AttributeChange | None:
        """Set one attribute's value; the change the server echoes (None if it sent none)."""
        name = check_attribute_name(attribute_name)
        changes: list[AttributeChange] | None = await self._on_serial(
            set_serial_attribute.asyncio_detailed,
            digital_twin_id,
            serial,
            timeout,
            attribute_name=name,
            value=attribute_values({name: value})[name],
        )
        return change_of(changes, name)

    # -------------------------------------------------------------- both

    async def serial_flags_and_attributes(
        self, digital_twin_id: str, serial: str, *, timeout: TimeoutTypes | None = None
    ) -> SerialFlagsAndAttributes:
        """The serial's flags and its attributes that have a value, in one call: ``(flags, attributes)``."""
        state: SerialState | None = await self._on_serial(
            get_serial_flags_and_attributes.asyncio_detailed, digital_twin_id, serial, timeout
        )
        if state is None:
            return SerialFlagsAndAttributes({}, {})
        return SerialFlagsAndAttributes(as_flags(state.flags), as_attributes(state.attributes))

    async def set_serial_flags_and_attributes(
        self,
        digital_twin_id: str,
        serial: str,
        *,
        flags: Mapping[str, bool] | None = None,
        attributes: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SerialStateChanges | None:
        """Set flags (name -> bool) and attribute values (name -> str) in one call; the changes."""
        if not flags and not attributes:
            raise TypeError("pass flags= or attributes= (or both): there is nothing to set")
        changes: SerialStateChanges | None = await self._on_serial(
            set_serial_flags_and_attributes.asyncio_detailed,
            digital_twin_id,
            serial,
            timeout,
            flags=flag_values(flags or {}),
            attributes=attribute_values(attributes or {}),
        )
        return changes
