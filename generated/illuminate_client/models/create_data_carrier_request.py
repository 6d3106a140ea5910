from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.carrier_type import CarrierType
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataCarrierRequest")


@_attrs_define
class CreateDataCarrierRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        carrier_type (CarrierType): A data carrier type.
        use_default_settings (bool):
        consumer_product_variant_identification (str | Unset):
        short_url_domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
    """

    account_id: str
    digital_twin_id: str
    carrier_type: CarrierType
    use_default_settings: bool
    consumer_product_variant_identification: str | Unset = UNSET
    short_url_domain: str | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_id = self.digital_twin_id

        carrier_type = self.carrier_type.value

        use_default_settings = self.use_default_settings

        consumer_product_variant_identification = self.consumer_product_variant_identification

        short_url_domain = self.short_url_domain

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinId": digital_twin_id,
                "carrierType": carrier_type,
                "useDefaultSettings": use_default_settings,
            }
        )
        if consumer_product_variant_identification is not UNSET:
            field_dict["consumerProductVariantIdentification"] = consumer_product_variant_identification
        if short_url_domain is not UNSET:
            field_dict["shortUrlDomain"] = short_url_domain
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        digital_twin_id = d.pop("digitalTwinId")

        carrier_type = CarrierType(d.pop("carrierType"))

        use_default_settings = d.pop("useDefaultSettings")

        consumer_product_variant_identification = d.pop("consumerProductVariantIdentification", UNSET)

        short_url_domain = d.pop("shortUrlDomain", UNSET)

        _url_format = d.pop("urlFormat", UNSET)
        url_format: UrlFormat | Unset
        if isinstance(_url_format, Unset):
            url_format = UNSET
        else:
            url_format = UrlFormat(_url_format)

        create_data_carrier_request = cls(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            carrier_type=carrier_type,
            use_default_settings=use_default_settings,
            consumer_product_variant_identification=consumer_product_variant_identification,
            short_url_domain=short_url_domain,
            url_format=url_format,
        )

        return create_data_carrier_request
