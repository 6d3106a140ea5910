from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_type import CarrierType
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataCarrier")


@_attrs_define
class DataCarrier:
    """A digital watermark or QR code of a digital twin.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        carrier_type (CarrierType | None | str | Unset):
        carrier_url (None | str | Unset): URL a QR code encodes; empty for a watermark.
        consumer_product_variant_identification (None | str | Unset):
        created (datetime.datetime | None | Unset):
        created_by_id (None | str | Unset):
        modified (datetime.datetime | None | Unset):
        modified_by_id (None | str | Unset):
        short_id (None | str | Unset): Short code of a ShortUrl QR code.
        url_format (None | str | Unset | UrlFormat):
    """

    account_id: str
    digital_twin_id: str
    id: str
    carrier_type: CarrierType | None | str | Unset = UNSET
    carrier_url: None | str | Unset = UNSET
    consumer_product_variant_identification: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    modified: datetime.datetime | None | Unset = UNSET
    modified_by_id: None | str | Unset = UNSET
    short_id: None | str | Unset = UNSET
    url_format: None | str | Unset | UrlFormat = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_id = self.digital_twin_id

        id = self.id

        carrier_type: None | str | Unset
        if isinstance(self.carrier_type, Unset):
            carrier_type = UNSET
        elif isinstance(self.carrier_type, CarrierType):
            carrier_type = self.carrier_type.value
        else:
            carrier_type = self.carrier_type

        carrier_url: None | str | Unset
        if isinstance(self.carrier_url, Unset):
            carrier_url = UNSET
        else:
            carrier_url = self.carrier_url

        consumer_product_variant_identification: None | str | Unset
        if isinstance(self.consumer_product_variant_identification, Unset):
            consumer_product_variant_identification = UNSET
        else:
            consumer_product_variant_identification = self.consumer_product_variant_identification

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        elif isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        modified_by_id: None | str | Unset
        if isinstance(self.modified_by_id, Unset):
            modified_by_id = UNSET
        else:
            modified_by_id = self.modified_by_id

        short_id: None | str | Unset
        if isinstance(self.short_id, Unset):
            short_id = UNSET
        else:
            short_id = self.short_id

        url_format: None | str | Unset
        if isinstance(self.url_format, Unset):
            url_format = UNSET
        elif isinstance(self.url_format, UrlFormat):
            url_format = self.url_format.value
        else:
            url_format = self.url_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinId": digital_twin_id,
                "id": id,
            }
        )
        if carrier_type is not UNSET:
            field_dict["carrierType"] = carrier_type
        if carrier_url is not UNSET:
            field_dict["carrierUrl"] = carrier_url
        if consumer_product_variant_identification is not UNSET:
            field_dict["consumerProductVariantIdentification"] = consumer_product_variant_identification
        if created is not UNSET:
            field_dict["created"] = created
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if modified is not UNSET:
            field_dict["modified"] = modified
        if modified_by_id is not UNSET:
            field_dict["modifiedById"] = modified_by_id
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DataCarrier: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "DataCarrier.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "DataCarrier.digitalTwinId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_id).__name__
                )
            )
        digital_twin_id = _raw_digital_twin_id

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "DataCarrier.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_carrier_type = d.pop("carrierType", UNSET)
        if _raw_carrier_type is not UNSET and not (
            isinstance(_raw_carrier_type, str) or isinstance(_raw_carrier_type, str) or _raw_carrier_type is None
        ):
            raise TypeError(
                "DataCarrier.carrierType: expected one of the listed values or string or null, got "
                + type(_raw_carrier_type).__name__
            )

        def _parse_carrier_type(data: object) -> CarrierType | None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_type_0 = CarrierType(data)

                return carrier_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(CarrierType | None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        carrier_type = _parse_carrier_type(_raw_carrier_type)

        _raw_carrier_url = d.pop("carrierUrl", UNSET)
        if _raw_carrier_url is not UNSET and not (isinstance(_raw_carrier_url, str) or _raw_carrier_url is None):
            raise TypeError("DataCarrier.carrierUrl: expected string or null, got " + type(_raw_carrier_url).__name__)

        def _parse_carrier_url(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        carrier_url = _parse_carrier_url(_raw_carrier_url)

        _raw_consumer_product_variant_identification = d.pop("consumerProductVariantIdentification", UNSET)
        if _raw_consumer_product_variant_identification is not UNSET and not (
            isinstance(_raw_consumer_product_variant_identification, str)
            or _raw_consumer_product_variant_identification is None
        ):
            raise TypeError(
                "DataCarrier.consumerProductVariantIdentification: expected string or null, got "
                + type(_raw_consumer_product_variant_identification).__name__
            )

        def _parse_consumer_product_variant_identification(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        consumer_product_variant_identification = _parse_consumer_product_variant_identification(
            _raw_consumer_product_variant_identification
        )

        _raw_created = d.pop("created", UNSET)
        if _raw_created is not UNSET and not (isinstance(_raw_created, str) or _raw_created is None):
            raise TypeError(
                "DataCarrier.created: expected date-time string or null, got " + type(_raw_created).__name__
            )

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created = _parse_created(_raw_created)

        _raw_created_by_id = d.pop("createdById", UNSET)
        if _raw_created_by_id is not UNSET and not (isinstance(_raw_created_by_id, str) or _raw_created_by_id is None):
            raise TypeError(
                "DataCarrier.createdById: expected string or null, got " + type(_raw_created_by_id).__name__
            )

        def _parse_created_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created_by_id = _parse_created_by_id(_raw_created_by_id)

        _raw_modified = d.pop("modified", UNSET)
        if _raw_modified is not UNSET and not (isinstance(_raw_modified, str) or _raw_modified is None):
            raise TypeError(
                "DataCarrier.modified: expected date-time string or null, got " + type(_raw_modified).__name__
            )

        def _parse_modified(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_type_0 = datetime.datetime.fromisoformat(data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        modified = _parse_modified(_raw_modified)

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if _raw_modified_by_id is not UNSET and not (
            isinstance(_raw_modified_by_id, str) or _raw_modified_by_id is None
        ):
            raise TypeError(
                "DataCarrier.modifiedById: expected string or null, got " + type(_raw_modified_by_id).__name__
            )

        def _parse_modified_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        modified_by_id = _parse_modified_by_id(_raw_modified_by_id)

        _raw_short_id = d.pop("shortId", UNSET)
        if _raw_short_id is not UNSET and not (isinstance(_raw_short_id, str) or _raw_short_id is None):
            raise TypeError("DataCarrier.shortId: expected string or null, got " + type(_raw_short_id).__name__)

        def _parse_short_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        short_id = _parse_short_id(_raw_short_id)

        _raw_url_format = d.pop("urlFormat", UNSET)
        if _raw_url_format is not UNSET and not (
            isinstance(_raw_url_format, str) or isinstance(_raw_url_format, str) or _raw_url_format is None
        ):
            raise TypeError(
                "DataCarrier.urlFormat: expected one of the listed values or string or null, got "
                + type(_raw_url_format).__name__
            )

        def _parse_url_format(data: object) -> None | str | Unset | UrlFormat:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                url_format_type_0 = UrlFormat(data)

                return url_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset | UrlFormat, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        url_format = _parse_url_format(_raw_url_format)

        data_carrier = cls(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            id=id,
            carrier_type=carrier_type,
            carrier_url=carrier_url,
            consumer_product_variant_identification=consumer_product_variant_identification,
            created=created,
            created_by_id=created_by_id,
            modified=modified,
            modified_by_id=modified_by_id,
            short_id=short_id,
            url_format=url_format,
        )

        data_carrier.additional_properties = d
        return data_carrier

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
