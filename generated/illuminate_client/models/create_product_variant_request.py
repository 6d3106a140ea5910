from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.digital_tag import DigitalTag
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="CreateProductVariantRequest")


@_attrs_define
class CreateProductVariantRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        consumer_product_variant_description (str):
        consumer_product_variant_identification (str):
        consumer_product_variant_reason_code (str): GS1 consumer product variant reason code, e.g.
            ADD_ADDITIONAL_LANGUAGE. Example: ADD_ADDITIONAL_LANGUAGE.
        product_identifier (str): Primary identifier (GTIN or SKU) of an existing product.
        consumer_product_variant_end_effective_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its
            time part, e.g. 2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        consumer_product_variant_start_effective_date_time (datetime.datetime | Unset): An ISO 8601 date and time with
            its time part, e.g. 2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        digital_tag (DigitalTag | Unset): Which data carriers to create.
        short_url_domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
        use_default_settings (bool | Unset):
    """

    account_id: str
    consumer_product_variant_description: str
    consumer_product_variant_identification: str
    consumer_product_variant_reason_code: str
    product_identifier: str
    consumer_product_variant_end_effective_date_time: datetime.datetime | Unset = UNSET
    consumer_product_variant_start_effective_date_time: datetime.datetime | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    digital_tag: DigitalTag | Unset = UNSET
    short_url_domain: str | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET
    use_default_settings: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        consumer_product_variant_description = self.consumer_product_variant_description

        consumer_product_variant_identification = self.consumer_product_variant_identification

        consumer_product_variant_reason_code = self.consumer_product_variant_reason_code

        product_identifier = self.product_identifier

        consumer_product_variant_end_effective_date_time: str | Unset = UNSET
        if not isinstance(self.consumer_product_variant_end_effective_date_time, Unset):
            consumer_product_variant_end_effective_date_time = (
                self.consumer_product_variant_end_effective_date_time.isoformat()
            )

        consumer_product_variant_start_effective_date_time: str | Unset = UNSET
        if not isinstance(self.consumer_product_variant_start_effective_date_time, Unset):
            consumer_product_variant_start_effective_date_time = (
                self.consumer_product_variant_start_effective_date_time.isoformat()
            )

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        digital_tag: str | Unset = UNSET
        if not isinstance(self.digital_tag, Unset):
            digital_tag = self.digital_tag.value

        short_url_domain = self.short_url_domain

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        use_default_settings = self.use_default_settings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "consumerProductVariantDescription": consumer_product_variant_description,
                "consumerProductVariantIdentification": consumer_product_variant_identification,
                "consumerProductVariantReasonCode": consumer_product_variant_reason_code,
                "productIdentifier": product_identifier,
            }
        )
        if consumer_product_variant_end_effective_date_time is not UNSET:
            field_dict["consumerProductVariantEndEffectiveDateTime"] = consumer_product_variant_end_effective_date_time
        if consumer_product_variant_start_effective_date_time is not UNSET:
            field_dict["consumerProductVariantStartEffectiveDateTime"] = (
                consumer_product_variant_start_effective_date_time
            )
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if digital_tag is not UNSET:
            field_dict["digitalTag"] = digital_tag
        if short_url_domain is not UNSET:
            field_dict["shortUrlDomain"] = short_url_domain
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format
        if use_default_settings is not UNSET:
            field_dict["useDefaultSettings"] = use_default_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        if not isinstance(src_dict, Mapping):
            raise TypeError("CreateProductVariantRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreateProductVariantRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_consumer_product_variant_description = d.pop("consumerProductVariantDescription", UNSET)
        if not (isinstance(_raw_consumer_product_variant_description, str)):
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantDescription: "
                + (
                    "required field missing"
                    if _raw_consumer_product_variant_description is UNSET
                    else "expected string, got " + type(_raw_consumer_product_variant_description).__name__
                )
            )
        consumer_product_variant_description = _raw_consumer_product_variant_description

        _raw_consumer_product_variant_identification = d.pop("consumerProductVariantIdentification", UNSET)
        if not (isinstance(_raw_consumer_product_variant_identification, str)):
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantIdentification: "
                + (
                    "required field missing"
                    if _raw_consumer_product_variant_identification is UNSET
                    else "expected string, got " + type(_raw_consumer_product_variant_identification).__name__
                )
            )
        consumer_product_variant_identification = _raw_consumer_product_variant_identification

        _raw_consumer_product_variant_reason_code = d.pop("consumerProductVariantReasonCode", UNSET)
        if not (isinstance(_raw_consumer_product_variant_reason_code, str)):
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantReasonCode: "
                + (
                    "required field missing"
                    if _raw_consumer_product_variant_reason_code is UNSET
                    else "expected string, got " + type(_raw_consumer_product_variant_reason_code).__name__
                )
            )
        consumer_product_variant_reason_code = _raw_consumer_product_variant_reason_code

        _raw_product_identifier = d.pop("productIdentifier", UNSET)
        if not (isinstance(_raw_product_identifier, str)):
            raise TypeError(
                "CreateProductVariantRequest.productIdentifier: "
                + (
                    "required field missing"
                    if _raw_product_identifier is UNSET
                    else "expected string, got " + type(_raw_product_identifier).__name__
                )
            )
        product_identifier = _raw_product_identifier

        _raw_consumer_product_variant_end_effective_date_time = d.pop(
            "consumerProductVariantEndEffectiveDateTime", UNSET
        )
        if _raw_consumer_product_variant_end_effective_date_time is not UNSET and not (
            isinstance(_raw_consumer_product_variant_end_effective_date_time, str)
        ):
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantEndEffectiveDateTime: expected date-time string, got "
                + type(_raw_consumer_product_variant_end_effective_date_time).__name__
            )
        try:
            _consumer_product_variant_end_effective_date_time = _raw_consumer_product_variant_end_effective_date_time
            consumer_product_variant_end_effective_date_time: datetime.datetime | Unset
            if isinstance(_consumer_product_variant_end_effective_date_time, Unset):
                consumer_product_variant_end_effective_date_time = UNSET
            else:
                consumer_product_variant_end_effective_date_time = datetime.datetime.fromisoformat(
                    _consumer_product_variant_end_effective_date_time
                )

        except ValueError:
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantEndEffectiveDateTime: not a valid date-time string"
            ) from None

        _raw_consumer_product_variant_start_effective_date_time = d.pop(
            "consumerProductVariantStartEffectiveDateTime", UNSET
        )
        if _raw_consumer_product_variant_start_effective_date_time is not UNSET and not (
            isinstance(_raw_consumer_product_variant_start_effective_date_time, str)
        ):
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantStartEffectiveDateTime: expected date-time string, got "
                + type(_raw_consumer_product_variant_start_effective_date_time).__name__
            )
        try:
            _consumer_product_variant_start_effective_date_time = (
                _raw_consumer_product_variant_start_effective_date_time
            )
            consumer_product_variant_start_effective_date_time: datetime.datetime | Unset
            if isinstance(_consumer_product_variant_start_effective_date_time, Unset):
                consumer_product_variant_start_effective_date_time = UNSET
            else:
                consumer_product_variant_start_effective_date_time = datetime.datetime.fromisoformat(
                    _consumer_product_variant_start_effective_date_time
                )

        except ValueError:
            raise TypeError(
                "CreateProductVariantRequest.consumerProductVariantStartEffectiveDateTime: not a valid date-time string"
            ) from None

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (isinstance(_raw_custom_attributes, Mapping)):
            raise TypeError(
                "CreateProductVariantRequest.customAttributes: expected object, got "
                + type(_raw_custom_attributes).__name__
            )
        _custom_attributes = _raw_custom_attributes
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        _raw_digital_tag = d.pop("digitalTag", UNSET)
        if _raw_digital_tag is not UNSET and not (isinstance(_raw_digital_tag, str)):
            raise TypeError(
                "CreateProductVariantRequest.digitalTag: expected one of the listed values, got "
                + type(_raw_digital_tag).__name__
            )
        try:
            _digital_tag = _raw_digital_tag
            digital_tag: DigitalTag | Unset
            if isinstance(_digital_tag, Unset):
                digital_tag = UNSET
            else:
                digital_tag = DigitalTag(_digital_tag)

        except ValueError:
            raise TypeError("CreateProductVariantRequest.digitalTag: not a valid one of the listed values") from None

        _raw_short_url_domain = d.pop("shortUrlDomain", UNSET)
        if _raw_short_url_domain is not UNSET and not (isinstance(_raw_short_url_domain, str)):
            raise TypeError(
                "CreateProductVariantRequest.shortUrlDomain: expected string, got "
                + type(_raw_short_url_domain).__name__
            )
        short_url_domain = _raw_short_url_domain

        _raw_url_format = d.pop("urlFormat", UNSET)
        if _raw_url_format is not UNSET and not (isinstance(_raw_url_format, str)):
            raise TypeError(
                "CreateProductVariantRequest.urlFormat: expected one of the listed values, got "
                + type(_raw_url_format).__name__
            )
        try:
            _url_format = _raw_url_format
            url_format: UrlFormat | Unset
            if isinstance(_url_format, Unset):
                url_format = UNSET
            else:
                url_format = UrlFormat(_url_format)

        except ValueError:
            raise TypeError("CreateProductVariantRequest.urlFormat: not a valid one of the listed values") from None

        _raw_use_default_settings = d.pop("useDefaultSettings", UNSET)
        if _raw_use_default_settings is not UNSET and not (isinstance(_raw_use_default_settings, bool)):
            raise TypeError(
                "CreateProductVariantRequest.useDefaultSettings: expected boolean, got "
                + type(_raw_use_default_settings).__name__
            )
        use_default_settings = _raw_use_default_settings

        create_product_variant_request = cls(
            account_id=account_id,
            consumer_product_variant_description=consumer_product_variant_description,
            consumer_product_variant_identification=consumer_product_variant_identification,
            consumer_product_variant_reason_code=consumer_product_variant_reason_code,
            product_identifier=product_identifier,
            consumer_product_variant_end_effective_date_time=consumer_product_variant_end_effective_date_time,
            consumer_product_variant_start_effective_date_time=consumer_product_variant_start_effective_date_time,
            custom_attributes=custom_attributes,
            digital_tag=digital_tag,
            short_url_domain=short_url_domain,
            url_format=url_format,
            use_default_settings=use_default_settings,
        )

        return create_product_variant_request
