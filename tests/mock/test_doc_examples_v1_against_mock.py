"""The 2025 serialization document's examples, sent to the mock as written.

Like the older documents' tests (``test_doc_examples_serialization.py``,
``test_doc_examples_rest.py``; their helpers, ``doc_example_helpers.py``, are
reused here): each example request is sent with the demo editor key of the
demo account (the documents' account, with the documents' flags ``flag1`` and
``flag2``), only ids substituted, and must get the documented answer. The
per-serial sections show a request line with ``{placeholders}``, a "Sample
Body" and a "Sample Output": each is sent for a serial put in the state the
output implies, and the answer must equal the output.

Where the document contradicts itself the test says so and checks the
mock's side of it: the settings example declares the attribute
``attribute1`` (mandatory), but the job example right after it sends
``required_attr1`` and ``optional_attr2``, so as written the job is refused;
the test then declares the job example's own attributes and sends it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from refexamples import CurlRequest, Example

from tests.mock.doc_example_helpers import (
    DOC_JOB,
    DOC_PAGE_TOKEN,
    DOC_SERIAL,
    DOC_TWIN,
    EXAMPLES,
    SER_V1,
    assert_same_keys,
    ok,
    place,
    substitute,
    url_of,
)
from tests.mock.helpers import ACCOUNT, EDITOR_KEY, GTIN
from tests.mock.serial_helpers import SETTINGS_CONFLICT, SerialApi, demo_fixture_with, error_fields, make_app_client

# Why each id is substituted (as in the older documents' test), by the literal the document uses.
SUBSTITUTIONS = {
    DOC_TWIN: "the documents' twin does not exist in a fresh mock; twin ids are minted by the server",
    DOC_JOB: "job ids are minted when a job starts",
    DOC_SERIAL: "serial ids are minted by the server (and a cursor is a serial id the mock gave)",
    DOC_PAGE_TOKEN: "the second page must start from the next-page-token the first page returned",
    "SAMPLE_INPUT_TWIN": "the Start Serialization Job sample input sends the account id as its digitalTwinId",
}
# Attributes the examples use but no example declares (attributes are declared with the account settings).
JOB_EXAMPLE_ATTRIBUTES = [{"name": "required_attr1", "mandatory": True}, {"name": "optional_attr2", "mandatory": False}]
SAMPLE_INPUT_ATTRIBUTES = [
    {"name": "req_attribute1", "mandatory": True},
    {"name": "opt_attribute1", "mandatory": False},
]
SERIAL_ATTRIBUTES = [{"name": "attr1", "mandatory": False}, {"name": "attr2", "mandatory": False}]


def examples(section: str, kind: str | None = None, heading: str | None = None) -> list[Example]:
    found = [
        e
        for e in EXAMPLES
        if e.document == SER_V1 and place(e) == section and kind in (None, e.kind) and heading in (None, e.heading)
    ]
    assert found, f"no {kind} example in {SER_V1} / {section} / {heading}: did the document change?"
    return found


def example(section: str, kind: str | None = None, heading: str | None = None) -> Example:
    (found,) = examples(section, kind, heading)
    return found


def send(client: Any, request: CurlRequest, ids: Mapping[str, str], body: Any = None, path: str | None = None) -> Any:
    assert all(key in SUBSTITUTIONS for key in ids), ids
    query = [(name, substitute(value, ids)) for name, value in request.query]
    payload = substitute(request.body if body is None else body, ids)
    url = path or url_of(request)
    headers = {"Authorization": f"ApiKey {EDITOR_KEY}"}
    return client.request(request.method, url, params=query, json=payload, headers=headers)


def filled(request: CurlRequest, values: Mapping[str, str]) -> str:
    """The request line's path with its ``{placeholders}`` filled in, under its base."""
    path = url_of(request)
    path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)
    assert "{" not in path, path
    return path


class Flow:
    def __init__(self, client: Any) -> None:
        self.client = client
        self.api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        self.ids: dict[str, str] = {}
        self.responses: dict[str, httpx.Response] = {}

    def send(self, section: str, heading: str | None = None, **kwargs: Any) -> httpx.Response:
        request = example(section, "request", heading).request
        assert request is not None
        return send(self.client, request, self.ids, **kwargs)


@pytest.fixture(scope="module")
def flow() -> Iterator[Flow]:
    with make_app_client() as client:
        run = Flow(client)
        run.ids[DOC_TWIN] = run.api.product_twin(GTIN)
        run.responses["account"] = run.send("Configure Account Settings Example")
        run.responses["twin"] = run.send("Configure Digital Twin Settings Example")
        run.responses["job as written"] = run.send("Start Serialization Job Example")
        run.api.ok(run.api.set_account_settings(length=8, strategy="RANDOM_NUMERIC", attributes=JOB_EXAMPLE_ATTRIBUTES))
        run.responses["job"] = run.send("Start Serialization Job Example")
        run.ids[DOC_JOB] = ok(run.responses["job"])["id"]
        run.responses["status"] = run.send("Get Serialization Job Status Example")
        first = run.send("List Serials Example", "First Page")
        run.responses["first page"] = first
        run.ids[DOC_SERIAL] = ok(first)[0]["id"]
        run.ids[DOC_PAGE_TOKEN] = first.headers["next-page-token"]
        run.responses["second page"] = run.send("List Serials Example", "Second Page")
        yield run


def documented(section: str, heading: str | None = None) -> Any:
    return example(section, "response", heading).value


def test_configure_account_settings_example(flow: Flow) -> None:
    assert ok(flow.responses["account"]) == documented("Configure Account Settings Example")


def test_configure_digital_twin_settings_example(flow: Flow) -> None:
    assert ok(flow.responses["twin"]) == substitute(documented("Configure Digital Twin Settings Example"), flow.ids)
    again = flow.send("Configure Digital Twin Settings Example")  # the twin has serial items now
    assert again.json() == SETTINGS_CONFLICT


def test_the_job_example_as_written_misses_the_settings_examples_mandatory_attribute(flow: Flow) -> None:
    response = flow.responses["job as written"]
    assert response.status_code == 400
    assert error_fields(response) == {
        "body.attributes.attribute1",  # mandatory, declared by the settings example
        "body.attributes.required_attr1",  # not declared by any example
        "body.attributes.optional_attr2",
    }


def test_start_serialization_job_example(flow: Flow) -> None:
    body, doc = ok(flow.responses["job"]), documented("Start Serialization Job Example")
    assert_same_keys(doc, body, extra=frozenset({"digitalTwinId", "count", "created"}))
    assert (body["status"], body["identifier"], body["count"]) == ("PENDING", "job_1", 10000)


def test_get_serialization_job_status_example(flow: Flow) -> None:
    body = ok(flow.responses["status"])
    doc = substitute(documented("Get Serialization Job Status Example"), flow.ids)
    assert {key: body[key] for key in doc} == doc  # COMPLETED, the example job's id and identifier


def test_the_example_jobs_options_choose_its_carriers_and_attributes(flow: Flow) -> None:
    items = flow.api.all_items(flow.ids[DOC_TWIN], limit=1000)
    assert len(items) == 10000
    assert items[0]["attributes"] == {"required_attr1": "attr1 value", "optional_attr2": "attr2 value"}
    rows = flow.api.get_v1("/jobs/serialization/job_1/csv").text.splitlines()
    assert rows[1].endswith(f"https://example.com/01/{GTIN}/21/{items[0]['serial']}")  # qrCode, DigitalLink


@pytest.mark.parametrize("heading", ["First Page", "Second Page"])
def test_list_serials_example(flow: Flow, heading: str) -> None:
    serials = ok(flow.responses["first page" if heading == "First Page" else "second page"])
    docs = examples("List Serials Example", "response")
    legacy = docs[0].value[0] if heading == "First Page" else docs[1].value
    assert len(serials) == 100
    for serial in serials:
        assert_same_keys(legacy, serial)


def test_the_list_serials_examples_second_object_is_a_serial_item(flow: Flow) -> None:
    # The first page's example shows a 2025 serial item next to the legacy one: that is listDigitalTwinSerials.
    item = examples("List Serials Example", "response")[0].value[1]
    page = ok(flow.api.twin_serials(flow.ids[DOC_TWIN], 1))
    assert set(item) - {"hash"} == set(page["serials"][0])  # `hash` is optional (shown once)
    assert set(page["serials"][0]["flags"]) == set(item["flags"])  # the demo account has the documents' flags


def test_get_serials_sample_request(flow: Flow) -> None:
    twin = flow.ids[DOC_TWIN]
    request = example("Get Serials", "request").request
    assert request is not None
    first = ok(flow.api.twin_serials(twin, 100))
    ids = {**flow.ids, DOC_SERIAL: first["pageInfo"]["nextCursor"]}
    path = filled(request, {"accountId": ACCOUNT, "digitalTwinId": twin})
    page = ok(send(flow.client, request, ids, path=path))
    doc = example("Get Serials", "fragment").value
    assert set(page) == set(doc)
    assert set(page["pageInfo"]) == set(doc["pageInfo"])
    assert len(page["serials"]) == 100
    assert page["serials"][0]["id"] == first["pageInfo"]["nextCursor"]
    for item in page["serials"]:
        assert set(item) == set(doc["serials"][0])


def test_start_serialization_job_sample_input(flow: Flow) -> None:
    api = flow.api
    api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC", attributes=SAMPLE_INPUT_ATTRIBUTES))
    twin = api.product_twin()
    sample = example("Start Serialization Job", heading="Sample Input").value
    ids = {"SAMPLE_INPUT_TWIN": twin}
    body = {**sample, "digitalTwinId": "SAMPLE_INPUT_TWIN"}
    request = CurlRequest("POST", "/accounts/{accountId}/jobs/serialization", (), None)
    response = send(flow.client, request, ids, body=body, path=filled(request, {"accountId": ACCOUNT}))
    doc = example("Start Serialization Job", heading="Sample Output").value
    answer = ok(response)
    assert (answer["status"], answer["identifier"]) == (doc["status"], doc["identifier"])
    assert_same_keys(doc, answer, extra=frozenset({"digitalTwinId", "count", "created"}))


# ------------------------------------------------------- per-serial sections


@pytest.fixture(scope="module")
def serials() -> Iterator[tuple[SerialApi, str, Iterator[str]]]:
    """A demo mock with the attributes attr1 and attr2, and a job of fresh serials to take one by one."""
    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC", attributes=SERIAL_ATTRIBUTES))
        twin = api.product_twin()
        api.v1_job(twin, 50)
        yield api, twin, iter(item["id"] for item in api.all_items(twin))


def per_serial(
    serials: tuple[SerialApi, str, Iterator[str]], section: str, state: dict[str, Any], **names: str
) -> httpx.Response:
    """Send the section's request for a fresh serial put in ``state`` first; with its Sample Body if it has one."""
    api, twin, fresh = serials
    serial = next(fresh)
    if state:
        api.ok(api.put_v1(api.serial_path(twin, serial), {"flags": {}, "attributes": {}, **state}))
    output = example(section, heading="Sample Output")
    request = output.request
    assert request is not None
    bodies = [e for e in examples(section) if e.heading == "Sample Body"]
    values = {"accountId": ACCOUNT, "digitalTwinId": twin, "serialId": serial, **names}
    query = [(name, values.get(value.strip("{}"), value)) for name, value in request.query]
    return api.client.request(
        request.method,
        filled(request, values),
        params=query,
        json=bodies[0].value if bodies else None,
        headers=api.headers,
    )


PER_SERIAL = [
    ("Get Flag Value For Serial", {}, {"flagName": "flag1"}),
    ("Get All Flags for Serial", {"flags": {"flag2": True}}, {}),
    ("Get Attribute Value for Serial", {"attributes": {"attr1": "new attr1 value"}}, {"attributeName": "attr1"}),
    ("Get All Attributes for Serial", {"attributes": {"attr1": "attr1 value", "attr2": "attr2 value"}}, {}),
    ("Get All Flags and Attributes for Serial", {"flags": {"flag1": True}, "attributes": {"attr1": "attr1 value"}}, {}),
    ("Update Flag Value for Serial", {}, {"flagName": "flag2", "value": "true"}),
    ("Update Multiple Flags for Serial", {"flags": {"flag2": True}}, {}),
    ("Update Attribute Value for Serial", {}, {"attributeName": "attr1"}),
    ("Update Multiple Flag and Attribute Values for Serial", {}, {}),
]


@pytest.mark.parametrize(("section", "state", "names"), PER_SERIAL, ids=[row[0] for row in PER_SERIAL])
def test_per_serial_sample_output(
    serials: tuple[SerialApi, str, Iterator[str]], section: str, state: dict[str, Any], names: dict[str, str]
) -> None:
    response = per_serial(serials, section, state, **names)
    assert ok(response) == example(section, heading="Sample Output").value


# ------------------------------------------------------------ the warranty story


def test_the_warranty_story_of_the_introduction() -> None:
    """Earbuds with a warranty QR code: dates set and ``has_warranty`` true on registration, false on expiry."""
    fixture = demo_fixture_with(flags=["has_warranty"])
    with make_app_client(fixture) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        attributes = [{"name": "warranty_start", "mandatory": False}, {"name": "warranty_end", "mandatory": False}]
        api.ok(api.set_account_settings(length=10, strategy="RANDOM_NUMERIC", attributes=attributes))
        twin = api.product_twin(GTIN)
        api.v1_job(
            twin,
            100,
            "booklets",
            overrideDataCarrierDefaults=True,
            qrCode=True,
            watermark=False,
            urlFormat="DigitalLink",
        )
        line = api.get_v1("/jobs/serialization/booklets/csv").text.splitlines()[42]
        scanned = line.rsplit("/21/", 1)[1]  # the serial whose QR code was scanned
        path = api.serial_path(twin, scanned)
        registration = {
            "flags": {"has_warranty": True},
            "attributes": {"warranty_start": "2025-04-01", "warranty_end": "2026-04-01"},
        }
        api.ok(api.put_v1(path, registration))
        assert api.ok(api.get_v1(path)) == registration
        api.ok(api.put_v1(api.serial_path(twin, scanned, "/attributes/warranty_end"), {"value": "2027-04-01"}))
        api.ok(api.put_v1(api.serial_path(twin, scanned, "/flags/has_warranty"), value="false"))
        assert api.ok(api.get_v1(path)) == {
            "flags": {"has_warranty": False},
            "attributes": {"warranty_start": "2025-04-01", "warranty_end": "2027-04-01"},
        }
        registered = api.all_items(twin, flags="has_warranty=false")
        assert len(registered) == 100
        assert [item for item in registered if item["attributes"]] == [
            next(item for item in registered if item["serial"] == scanned)
        ]


def test_every_example_of_the_2025_document_is_sent_by_a_test() -> None:
    sections = {place(e) for e in EXAMPLES if e.document == SER_V1}
    covered = {row[0] for row in PER_SERIAL} | {
        "Configure Account Settings Example",
        "Configure Digital Twin Settings Example",
        "Start Serialization Job",
        "Start Serialization Job Example",
        "Get Serialization Job Status Example",
        "Get Serials",
        "List Serials Example",
        "Create a Single Data Carrier Example",
    }
    assert sections == covered


@pytest.mark.parametrize("heading", ["Digital Watermark", "QR Code"])
def test_create_a_single_data_carrier_example(heading: str) -> None:
    with make_app_client(demo_fixture_with(defaultCarrierTypes=[])) as client:
        run = Flow(client)
        twin = run.api.product_twin(GTIN)
        run.ids[DOC_TWIN] = twin
        run.api.ok(run.api.set_twin_settings(twin, length=8, strategy="RANDOM_NUMERIC"))
        run.api.v1_job(twin, 5)
        run.ids[DOC_SERIAL] = run.api.all_items(twin)[0]["id"]
        body = ok(run.send("Create a Single Data Carrier Example", heading))
        docs = examples("Create a Single Data Carrier Example", "response")
        doc = docs[0].value if heading == "Digital Watermark" else docs[1].value
        assert set(body) == set(doc)
        assert body["serialId"] == run.ids[DOC_SERIAL]
