"""The data carriers of the Serialization API's serials, held against the mock over HTTP: a job's QR code
and watermark steps follow the account's defaults and subscriptions, a serial's data carrier may be
added only when it is missing and allowed (409 for an existing one), refusals change nothing, the QR
code is a GS1 Digital Link carrying the percent-encoded serial for a valid GTIN and otherwise, on
request or by the account's default, a short URL, a watermark's URL is empty, and a QR code needs
``useDefaultSettings`` or its URL options (SER v1). Source:
shared/reference/illuminate-serialization-api.md ("serial data carriers") and the spec's decisions.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.mock.serial_helpers import SOLE_ACCOUNT, SerialApi, error_fields, gs1_path_segment
from tests.mock.serialization_helpers import NUMERIC, first_serial, job_data, no_errors, sole_api

SUBSCRIPTION_CARRIERS = {  # the subscription table of the serialization document
    "AUTOMATE": {"DIGITAL_WATERMARK"},
    "ENGAGE": {"QR_CODE"},
    "ENGAGE_PREMIUM": {"DIGITAL_WATERMARK", "QR_CODE"},
    "ILLUMINATE": {"DIGITAL_WATERMARK"},
    "RECYCLE": {"DIGITAL_WATERMARK"},
    "VALIDATE_PACKAGING": {"DIGITAL_WATERMARK"},
}
BOTH = ["QR_CODE", "DIGITAL_WATERMARK"]


# ============================================================ data carriers


ENGAGE_COMBINATIONS = [["ENGAGE"], ["ENGAGE_PREMIUM"]] + [
    ["ENGAGE", other] for other in sorted(SUBSCRIPTION_CARRIERS) if not other.startswith("ENGAGE")
]


@pytest.mark.parametrize("subscriptions", ENGAGE_COMBINATIONS, ids="+".join)
@pytest.mark.parametrize(
    "defaults", [BOTH, ["QR_CODE"], ["DIGITAL_WATERMARK"], []], ids=["both", "qr", "watermark", "none"]
)
def test_job_carrier_steps_follow_defaults_and_subscriptions(subscriptions: list[str], defaults: list[str]) -> None:
    client, api = sole_api(subscriptions, defaults)
    with client:
        api.ok(api.set_account_settings(**NUMERIC))
        data = job_data(api, api.product_twin())
    allowed = set().union(*(SUBSCRIPTION_CARRIERS[s] for s in subscriptions)) & set(defaults)
    assert data["qrCodeStep"] is ("QR_CODE" in allowed)
    assert data["watermarkStep"] is ("DIGITAL_WATERMARK" in allowed)


def test_two_subscriptions_allow_the_union() -> None:
    client, api = sole_api(["ENGAGE", "RECYCLE"], BOTH)
    with client:
        api.ok(api.set_account_settings(**NUMERIC))
        data = job_data(api, api.product_twin())
    assert (data["qrCodeStep"], data["watermarkStep"]) == (True, True)


@pytest.mark.parametrize(
    ("subscriptions", "defaults", "wanted", "expected"),
    [
        (["ENGAGE_PREMIUM"], ["QR_CODE"], "DIGITAL_WATERMARK", 200),
        (["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"], "QR_CODE", 200),
        (["ENGAGE_PREMIUM"], BOTH, "QR_CODE", 409),
        (["ENGAGE_PREMIUM"], BOTH, "DIGITAL_WATERMARK", 409),
        (["ENGAGE"], [], "QR_CODE", 200),
        (["ENGAGE"], BOTH, "QR_CODE", 409),
        (["ENGAGE"], BOTH, "DIGITAL_WATERMARK", 403),  # the default QR only was made; no watermark allowed
        (["ENGAGE"], ["DIGITAL_WATERMARK"], "DIGITAL_WATERMARK", 403),  # a default ENGAGE does not allow
        (["ENGAGE", "AUTOMATE"], BOTH, "QR_CODE", 409),
        (["ENGAGE", "AUTOMATE"], BOTH, "DIGITAL_WATERMARK", 409),
        (["ENGAGE", "RECYCLE"], [], "DIGITAL_WATERMARK", 200),
    ],
)
def test_serial_data_carrier_adds_only_a_missing_allowed_type(
    subscriptions: list[str], defaults: list[str], wanted: str, expected: int
) -> None:
    client, api = sole_api(subscriptions, defaults)
    with client:
        _, serial = first_serial(api)
        response = api.add_carrier(serial["id"], wanted)
        assert response.status_code == expected, response.text
        if expected == 200:
            carrier = response.json()
            no_errors("SerialDataCarrier", carrier)
            assert (carrier["serialId"], carrier["carrierType"], carrier["accountId"]) == (
                serial["id"],
                wanted,
                SOLE_ACCOUNT,
            )
            again = api.add_carrier(serial["id"], wanted)  # now it is not missing any more
            assert again.status_code == 409
            assert error_fields(again) == {"body.carrierType"}
        else:
            assert error_fields(response) == {"body.carrierType"}


def test_serial_data_carrier_refusals_change_nothing() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["QR_CODE"])
    with client:
        twin, serial = first_serial(api)
        other = api.product_twin()
        for serial_id in ("no-such-serial", "dddd4444-5fe4-32dc-b10a-987654fedcba"):
            response = api.add_carrier(serial_id, "DIGITAL_WATERMARK")
            assert (response.status_code, error_fields(response)) == (404, {"body.serialId"})
        response = api.add_carrier(serial["id"], "DIGITAL_WATERMARK", digitalTwinId=other)
        assert (response.status_code, error_fields(response)) == (400, {"body.digitalTwinId"})
        response = api.add_carrier(serial["id"], "DIGITAL_WATERMARK", digitalTwinId="no-such-twin")
        assert response.status_code == 400
        # None of the refusals added the watermark.
        carrier = api.ok(api.add_carrier(serial["id"], "DIGITAL_WATERMARK", digitalTwinId=twin))
        assert carrier["carrierUrl"] == ""
        # Another serial of the same twin still lacks one.
        second = api.all_serials(twin)[1]
        assert api.add_carrier(second["id"], "DIGITAL_WATERMARK").status_code == 200


def test_serial_data_carrier_of_another_accounts_serial_is_404(two_apis: tuple[SerialApi, SerialApi]) -> None:
    a, b = two_apis
    _, serial = first_serial(a)
    response = b.add_carrier(serial["id"], "DIGITAL_WATERMARK")
    assert (response.status_code, error_fields(response)) == (404, {"body.serialId"})
    assert a.add_carrier(serial["id"], "DIGITAL_WATERMARK").status_code == 200


@pytest.mark.parametrize("identifier", ["01234567891224", "0614141000012", "614141000012", "96385074"])
def test_qr_code_digital_link_carries_the_percent_encoded_serial(identifier: str) -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"], default_domain="https://brand.example/")
    with client:
        twin = api.product_twin(identifier)
        api.ok(api.set_twin_settings(twin, length=8, strategy="RANDOM_ALPHANUMERIC", symbols="!%&/aZ9-._"))
        api.job(twin, 30)
        encoded_any = False
        for serial in api.all_serials(twin):
            carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE"))
            encoded = gs1_path_segment(serial["serial"])
            encoded_any |= encoded != serial["serial"]
            assert carrier["carrierUrl"] == f"https://brand.example/01/{identifier.zfill(14)}/21/{encoded}"
            no_errors("SerialDataCarrier", carrier)
        assert encoded_any


@pytest.mark.parametrize("identifier", ["01234567891225", "SKU-7"])
def test_qr_code_of_a_serial_without_a_valid_gtin_is_a_short_url(identifier: str) -> None:
    # The account asks for Digital Links, but a wrong check digit (or a SKU) gives no GTIN to link.
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"], default_domain="https://brand.example/")
    with client:
        _, serial = first_serial(api, api.product_twin(identifier))
        carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE"))
        assert re.fullmatch(r"[A-Za-z0-9]+", carrier["shortId"])
        assert carrier["carrierUrl"] == "https://brand.example/" + carrier["shortId"]
        no_errors("SerialDataCarrier", carrier)


def test_qr_code_short_url_on_request() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"])
    with client:
        twin, serial = first_serial(api)
        options = {"useDefaultSettings": False, "urlFormat": "ShortUrl", "shortUrlDomain": "https://mydomain.com/"}
        carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE", **options))
        assert re.fullmatch(r"[A-Za-z0-9]+", carrier["shortId"])
        assert carrier["carrierUrl"] == "https://mydomain.com/" + carrier["shortId"]
        second = api.all_serials(twin)[1]
        missing = api.add_carrier(second["id"], "QR_CODE", useDefaultSettings=False, urlFormat="ShortUrl")
        assert missing.status_code == 400
        assert "body.shortUrlDomain" in error_fields(missing)


def test_qr_code_short_url_by_account_default() -> None:
    client, api = sole_api(["ENGAGE"], [], default_url_format="ShortUrl", default_domain="https://s.example/")
    with client:
        _, serial = first_serial(api)
        carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE"))
        assert carrier["shortId"]
        assert carrier["carrierUrl"] == "https://s.example/" + carrier["shortId"]


def test_watermark_carrier_url_is_empty() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], [])
    with client:
        _, serial = first_serial(api)
        carrier = api.ok(api.add_carrier(serial["id"], "DIGITAL_WATERMARK", useDefaultSettings=False))
        assert carrier["carrierUrl"] == ""
        assert "shortId" not in carrier


# ============================================== useDefaultSettings (SER v1)


@pytest.mark.parametrize(
    "options",
    [{}, {"useDefaultSettings": False}, {"useDefaultSettings": False, "urlFormat": "ShortUrl"}],
    ids=["omitted", "false-alone", "false-without-domain"],
)
def test_a_qr_code_that_would_not_be_created_is_refused_naming_use_default_settings(options: dict[str, Any]) -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"])
    with client:
        _, serial = first_serial(api)
        response = api.post("/rest/serialDataCarrier", {"serialId": serial["id"], "carrierType": "QR_CODE", **options})
        assert response.status_code == 400
        assert "body.useDefaultSettings" in error_fields(response)
        # Nothing was made: the QR code can still be added.
        assert api.add_carrier(serial["id"], "QR_CODE").status_code == 200


def test_a_watermark_needs_no_use_default_settings() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["QR_CODE"])
    with client:
        _, serial = first_serial(api)
        body = {"serialId": serial["id"], "carrierType": "DIGITAL_WATERMARK"}
        assert api.ok(api.post("/rest/serialDataCarrier", body))["carrierUrl"] == ""
