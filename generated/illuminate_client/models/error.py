from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_errors_item import ErrorErrorsItem


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of every error response.

    Attributes:
        message (str | Unset): What went wrong, for people.
        code (str | Unset): What went wrong, for programs (e.g. VALIDATION_ERROR, NOT_FOUND).
        status (int | Unset): The HTTP status code, repeated.
        errors (list[ErrorErrorsItem] | Unset): One entry per bad field.
        request_id (str | Unset): Identifier of the request, for support tickets.
    """

    message: str | Unset = UNSET
    code: str | Unset = UNSET
    status: int | Unset = UNSET
    errors: list[ErrorErrorsItem] | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        status = self.status

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_errors_item import ErrorErrorsItem

        if not isinstance(src_dict, Mapping):
            raise TypeError("Error: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_message = d.pop("message", UNSET)
        if _raw_message is not UNSET and not (isinstance(_raw_message, str)):
            raise TypeError("Error.message: expected string, got " + type(_raw_message).__name__)
        message = _raw_message

        _raw_code = d.pop("code", UNSET)
        if _raw_code is not UNSET and not (isinstance(_raw_code, str)):
            raise TypeError("Error.code: expected string, got " + type(_raw_code).__name__)
        code = _raw_code

        _raw_status = d.pop("status", UNSET)
        if _raw_status is not UNSET and not (isinstance(_raw_status, int) and not isinstance(_raw_status, bool)):
            raise TypeError("Error.status: expected integer, got " + type(_raw_status).__name__)
        status = _raw_status

        _raw_errors = d.pop("errors", UNSET)
        if _raw_errors is not UNSET and not (isinstance(_raw_errors, list)):
            raise TypeError("Error.errors: expected array, got " + type(_raw_errors).__name__)
        _errors = _raw_errors
        errors: list[ErrorErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        _raw_request_id = d.pop("requestId", UNSET)
        if _raw_request_id is not UNSET and not (isinstance(_raw_request_id, str)):
            raise TypeError("Error.requestId: expected string, got " + type(_raw_request_id).__name__)
        request_id = _raw_request_id

        error = cls(
            message=message,
            code=code,
            status=status,
            errors=errors,
            request_id=request_id,
        )

        error.additional_properties = d
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
