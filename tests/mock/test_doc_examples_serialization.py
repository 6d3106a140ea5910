"""The serialization document's example requests, sent to the mock as written and in document order on one
mock (see ``doc_example_helpers.py`` for how examples are found, sent and compared): the account and twin
settings examples (sent again, the documented update and conflict text), starting a job, its status, the
two pages of serials, and the two "Create a Single Data Carrier" examples on an account without default
carriers; each must get the documented answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.mock import doc_example_helpers as examples
from tests.mock.doc_example_helpers import DOC_JOB, DOC_PAGE_TOKEN, DOC_SERIAL, DOC_TWIN, SER
from tests.mock.helpers import ACCOUNT, GTIN
from tests.mock.serial_helpers import SETTINGS_CONFLICT, demo_fixture_with, make_app_client, schema_errors

# ------------------------------------------------------ serialization flow


class Flow:
    """The serialization document's examples sent in document order on one mock."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.api = examples.demo_api(client)
        self.ids: dict[str, str] = {}
        self.responses: dict[tuple[str, str], httpx.Response] = {}

    def send(self, section: str, heading: str | None = None, *, record: bool = True) -> httpx.Response:
        """Send the example; keep its response for the tests unless ``record`` is false."""
        example = examples.one(SER, section, heading=heading)
        assert example.request is not None
        response = examples.send(self.client, example.request, self.ids)
        if record:
            self.responses[(section, heading or example.heading)] = response
        return response

    def run_to_job(self) -> None:
        # The documents' twin: a product with a GTIN, as a serialized product would have.
        self.ids[DOC_TWIN] = self.api.product_twin(GTIN)
        examples.ok(self.send("Configure Account Settings Example"))
        examples.ok(self.send("Configure Digital Twin Settings Example"))
        self.ids[DOC_JOB] = examples.ok(self.send("Start Serialization Job Example"))["id"]

    def run_to_second_page(self) -> None:
        self.run_to_job()
        examples.ok(self.send("Get Serialization Job Status Example"))
        first = self.send("List Serials Example", "First Page")
        self.ids[DOC_SERIAL] = examples.ok(first)[0]["id"]
        self.ids[DOC_PAGE_TOKEN] = first.headers["next-page-token"]
        examples.ok(self.send("List Serials Example", "Second Page"))


@pytest.fixture(scope="module")
def flow() -> Iterator[Flow]:
    """Settings, job, status and serial pages on the demo fixture as it is."""
    with make_app_client() as client:
        run = Flow(client)
        run.run_to_second_page()
        yield run


@pytest.fixture(scope="module")
def carrier_flow() -> Iterator[Flow]:
    """The two "Create a Single Data Carrier" examples, after the examples that make a serial.

    The document's scenario is an account whose defaults did not include the
    carrier ("If the account didn't include the desired data carrier as a
    default when the serials were created"): the demo account makes both
    types by default, so this mock runs the demo fixture with no default
    carrier types (same account id, same keys, same ENGAGE_PREMIUM).
    """
    with make_app_client(demo_fixture_with(defaultCarrierTypes=[])) as client:
        run = Flow(client)
        run.run_to_second_page()
        run.send("Create a Single Data Carrier Example", "Digital Watermark")
        run.send("Create a Single Data Carrier Example", "QR Code")
        yield run


def documented(section: str, heading: str | None = None) -> Any:
    return examples.one(SER, section, "response", heading).value


def test_configure_account_settings_example(flow: Flow) -> None:
    response = flow.responses[("Configure Account Settings Example", "Configure Account Settings Example")]
    # Every field of this response is determined by the request: equal as a whole.
    assert examples.ok(response) == documented("Configure Account Settings Example")


def test_configure_digital_twin_settings_example(flow: Flow) -> None:
    response = flow.responses[("Configure Digital Twin Settings Example", "Configure Digital Twin Settings Example")]
    assert examples.ok(response) == examples.substitute(documented("Configure Digital Twin Settings Example"), flow.ids)


def test_account_settings_example_sent_again_updates_them(flow: Flow) -> None:
    # SER v1 (the newest document): account settings are "set or update"; SER refused a second call.
    response = flow.send("Configure Account Settings Example", record=False)
    assert examples.ok(response) == documented("Configure Account Settings Example")


def test_twin_settings_example_sent_again_gets_the_documented_conflict_text(flow: Flow) -> None:
    # The twin has serial items now (the job example ran), so its settings can no longer change.
    response = flow.send("Configure Digital Twin Settings Example", record=False)
    assert response.status_code == 200
    assert response.json() == SETTINGS_CONFLICT
    assert response.text == json.dumps(SETTINGS_CONFLICT)  # quoted, as the document shows it


def test_start_serialization_job_example(flow: Flow) -> None:
    response = flow.responses[("Start Serialization Job Example", "Start Serialization Job Example")]
    body, doc = examples.ok(response), documented("Start Serialization Job Example")
    assert set(body) == set(doc)
    assert (body["accountId"], body["status"], body["type"]) == (ACCOUNT, "PENDING", "SERIAL_GENERATION")
    assert body["id"] != DOC_JOB  # minted by the server
    # The twin's settings (set by the previous example) win: length 8, RANDOM_ALPHANUMERIC, as documented.
    # The document leaves out the symbols the twin was given; the spec allows them (optional).
    assert {key: body["data"][key] for key in doc["data"]} == doc["data"]
    assert body["data"].get("symbols", "avcds") == "avcds"
    assert set(body["data"]) - set(doc["data"]) <= {"symbols"}
    assert schema_errors("SerialGenerationJob", body) == []


def test_get_serialization_job_status_example(flow: Flow) -> None:
    response = flow.responses[("Get Serialization Job Status Example", "Get Serialization Job Status Example")]
    body, doc = examples.ok(response), documented("Get Serialization Job Status Example")
    # `id` and `accountId` are not in the example; the spec makes them optional extras.
    examples.assert_same_keys(doc, body, extra=frozenset({"id", "accountId"}))
    assert schema_errors("JobStatus", body) == []
    # Determined by the requests: 10,000 serials for the twin with the twin's settings, instantly done.
    assert (body["status"], body["type"], body["breakdown"]["progress"]) == ("COMPLETED", "SERIAL_GENERATION", 1)
    assert [group["type"] for group in body["breakdown"]["jobItems"]] == [
        group["type"] for group in doc["breakdown"]["jobItems"]
    ]
    allocation, carriers, hashing = (group["items"][0]["data"] for group in body["breakdown"]["jobItems"])
    assert (allocation["count"], allocation["digitalTwinId"]) == (10000, flow.ids[DOC_TWIN])
    assert allocation["allocatedRange"] == carriers["range"] == hashing["range"] == [1, 10000]
    # As in the example, the allocation batch points at the space the other batches use.
    assert allocation["nextJobItemId"] == carriers["allocationSpace"] == hashing["allocationSpace"]
    assert body["jobItemCounts"] == doc["jobItemCounts"]
    data = body["data"]
    assert (data["range"], data["length"], data["strategy"], data["symbols"]) == (
        [1, 10000],
        8,
        "RANDOM_ALPHANUMERIC",
        "avcds",  # the document's "hapc" comes from another twin's settings
    )
    assert data["allocationLevel"] == "DIGITAL_TWIN"
    # The demo account matches the example's account: both carrier types, example.com, DigitalLink.
    for key in ("qrCodeStep", "watermarkStep", "defaultDomain", "defaultDataCarrier"):
        assert data[key] == doc["data"][key], key


@pytest.mark.parametrize("heading", ["First Page", "Second Page"])
def test_list_serials_example(flow: Flow, heading: str) -> None:
    response = flow.responses[("List Serials Example", heading)]
    serials = examples.ok(response)
    # The document shows one serial of the page; the page holds `first` (100) of them.
    doc = examples.find(SER, "List Serials Example", "response")[0 if heading == "First Page" else 1].value
    assert len(serials) == 100
    for serial in serials:
        examples.assert_same_keys(doc, serial)
        assert (serial["accountId"], serial["digitalTwinId"], serial["status"]) == (
            ACCOUNT,
            flow.ids[DOC_TWIN],
            "COMPLETED",
        )
        assert re.fullmatch(r"[avcds]{8}", serial["serial"])
        assert schema_errors("Serial", serial) == []
    # The documented response headers: 10,000 serials leave more pages after each of these two.
    assert response.headers["has-next-page"] == "true"
    assert response.headers["next-page-token"]


def test_second_page_continues_the_first(flow: Flow) -> None:
    first = examples.ok(flow.responses[("List Serials Example", "First Page")])
    second = examples.ok(flow.responses[("List Serials Example", "Second Page")])
    assert {s["id"] for s in first}.isdisjoint({s["id"] for s in second})
    assert {s["serial"] for s in first}.isdisjoint({s["serial"] for s in second})
    # The document: "set after to the serialId of the 100th serial" is the same page as the token.
    after_last = flow.api.get(
        "/rest/serials", digitalTwinId=flow.ids[DOC_TWIN], first=100, order="CREATED_ASC", after=first[-1]["id"]
    )
    assert examples.ok(after_last) == second


@pytest.mark.parametrize(
    ("heading", "carrier_type"), [("Digital Watermark", "DIGITAL_WATERMARK"), ("QR Code", "QR_CODE")]
)
def test_create_a_single_data_carrier_example(carrier_flow: Flow, heading: str, carrier_type: str) -> None:
    body = examples.ok(carrier_flow.responses[("Create a Single Data Carrier Example", heading)])
    # Both responses follow both requests in the document; they are told apart by carrierType.
    (doc,) = [
        e.value
        for e in examples.find(SER, "Create a Single Data Carrier Example", "response")
        if e.value["carrierType"] == carrier_type
    ]
    assert set(body) == set(doc)
    assert (body["accountId"], body["carrierType"], body["serialId"]) == (
        ACCOUNT,
        carrier_type,
        carrier_flow.ids[DOC_SERIAL],
    )
    assert schema_errors("SerialDataCarrier", body) == []
    if carrier_type == "DIGITAL_WATERMARK":
        assert body["carrierUrl"] == doc["carrierUrl"] == ""
    else:
        # The request asks for a ShortUrl on https://mydomain.com/; the document's response shows
        # https://example.com/ (another request's domain): the request determines the domain.
        assert re.fullmatch(r"[A-Za-z0-9]+", body["shortId"])
        assert body["carrierUrl"] == "https://mydomain.com/" + body["shortId"]
