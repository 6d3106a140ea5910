"""The reference documents' example requests, sent to the mock as written.

Examples are read with the project's parser (``scripts/refexamples.py``), so a
new or changed example in the documents shows up here. Each one is sent with
the demo key ``demo-editor-key`` of the demo account
``aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56`` (the account id the documents use),
and must get the documented answer: HTTP 200 and, where the document shows a
response, the same keys and the same values for the fields the request
determines.

Only ids are substituted, never anything else: whole string values equal to
a placeholder or to one of the documents' literal example ids are replaced
by ids of resources the test creates first (see ``SUBSTITUTIONS`` for why
each is needed). A value that still starts with ``$`` after substitution
fails the test, so a new placeholder cannot slip through unsent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import refexamples
from illuminate_spec.loader import load_spec
from refexamples import CurlRequest, Example

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, GTIN
from tests.mock.serial_helpers import (
    SETTINGS_CONFLICT,
    SerialApi,
    demo_fixture_with,
    make_app_client,
    schema_errors,
)

REFERENCE_DIR = Path(__file__).resolve().parents[3] / "shared" / "reference"
SER = "illuminate-serialization-api.md"
SER_V1 = "illuminate-serialization-api-v1.md"
REST = "illuminate-rest-api.md"

# The documents' literal example ids (serialization document). The account id
# is the demo account's, so it is sent unchanged; the others name resources a
# fresh mock cannot have, because the server mints every id.
DOC_TWIN = "bbbb2222-ef45-98fe-76dc-ba54fe32dcb1"
DOC_JOB = "cccc3333-e5f6-1ab2-c34d-fe09dc87ba65"
DOC_SERIAL = "dddd4444-5fe4-32dc-b10a-987654fedcba"
DOC_PAGE_TOKEN = "eeee5555-5fe4-32dc-b10a-987654fedcba"

# Why each substitution is needed, by placeholder or literal id.
SUBSTITUTIONS = {
    "$ACCOUNT_ID": "the REST document writes the account as a placeholder; the demo account is the documents' own",
    "$BRAND_ID": "a product needs an existing brand; brand ids are minted by the server",
    "$GTIN1": "the filter must name products that exist: the test creates them with these GTINs",
    "$GTIN2": "as $GTIN1",
    "$GTINn": "as $GTIN1",
    "$PROMOASSET_ID1": "the filter must name promotional assets that exist; their ids are minted by the server",
    "$PROMOASSET_ID2": "as $PROMOASSET_ID1",
    "$PROMOASSET_IDn": "as $PROMOASSET_ID1",
    "$PRODUCTVARIANT_ID": "the update needs an existing variant; variant ids are minted by the server",
    "$DIGITAL_TWIN_ID": "a data carrier needs an existing twin (one without a watermark yet)",
    "$PRODUCT_ID": "the twin filter must name an existing product",
    "$VARIANT_ID": "the twin filter must name an existing product variant",
    "$PROMOASSET_ID": "the twin filter must name an existing promotional asset",
    DOC_TWIN: "the documents' twin does not exist in a fresh mock; twin ids are minted by the server",
    DOC_JOB: "job ids are minted when a job starts: the status request must name the job the test started",
    DOC_SERIAL: "serial ids are minted by the server: the carrier requests must name a serial the job made",
    DOC_PAGE_TOKEN: "the second page must start from the next-page-token the first page returned",
}

EXAMPLES: list[Example] = refexamples.load_examples(REFERENCE_DIR) if REFERENCE_DIR.is_dir() else []
# In the current REST document "About the Digital Twin ID" is a subsection (####) of
# "Next Page Token", so the parser files its examples under that section with this
# heading; as a section of its own it would be the section. Either way it is found by name.
ABOUT_TWIN_ID = "About the Digital Twin ID"


# ------------------------------------------------------------------ helpers


def place(example: Example) -> str:
    """The section an example belongs to, ``ABOUT_TWIN_ID`` for that subsection's examples."""
    return ABOUT_TWIN_ID if ABOUT_TWIN_ID in (example.section, example.heading) else example.section


def find(document: str, section: str, kind: str = "request", heading: str | None = None) -> list[Example]:
    found = [
        e
        for e in EXAMPLES
        if e.document == document and place(e) == section and e.kind == kind and heading in (None, e.heading)
    ]
    assert found, f"no {kind} example in {document} / {section} / {heading}: did the document change?"
    return found


def one(document: str, section: str, kind: str = "request", heading: str | None = None) -> Example:
    found = find(document, section, kind, heading)
    assert len(found) == 1, [e.line for e in found]
    return found[0]


def substitute(value: Any, ids: Mapping[str, str]) -> Any:
    """``value`` with every string equal to a key of ``ids`` replaced, at any depth."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [substitute(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: substitute(item, ids) for key, item in value.items()}
    return value


def placeholders(value: Any) -> list[str]:
    """Strings still looking like ``$PLACEHOLDER`` (or JSON text holding one)."""
    if isinstance(value, str):
        return re.findall(r"\$[A-Za-z_][A-Za-z0-9_]*", value)
    if isinstance(value, list):
        return [p for item in value for p in placeholders(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in placeholders(item)]
    return []


def send(client: Any, request: CurlRequest, ids: Mapping[str, str]) -> httpx.Response:
    """Send a documented request as written, ids substituted, with the demo editor key."""
    unknown = [key for key in ids if key not in SUBSTITUTIONS]
    assert unknown == [], f"substitutions without a documented reason: {unknown}"
    query = [(name, substitute(value, ids)) for name, value in request.query]
    body = substitute(request.body, ids)
    left = placeholders(query) + placeholders(body)
    assert left == [], f"{request.method} {request.path}: placeholders left unsubstituted: {left}"
    headers = {"Authorization": f"ApiKey {EDITOR_KEY}"}
    if body is None:
        return client.request(request.method, url_of(request), params=query, headers=headers)
    headers["Content-Type"] = "application/json"
    return client.request(request.method, url_of(request), params=query, content=json.dumps(body), headers=headers)


def _route_pattern(route: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(route)) + "$")


ROUTES = [(_route_pattern(route), method.upper()) for route, method, _ in load_spec().operations()]


def url_of(request: CurlRequest) -> str:
    """The path a documented request goes to: its base (``/rest``, ``/api/v1``) and its path.

    An example written with ``$API_URL`` names no base; its path is found under
    the one base where the spec has that operation.
    """
    bases = [request.base] if request.base else ["/rest", "/api/v1"]
    found = [
        base + request.path
        for base in bases
        if any(method == request.method and pattern.match(base + request.path) for pattern, method in ROUTES)
    ]
    assert len(found) == 1, f"{request.method} {request.path}: under {found or 'no base'} in the spec"
    return found[0]


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def same_keys(
    documented: Any, actual: Any, where: str = "$", extra: frozenset[str] = frozenset(), elided: bool = False
) -> list[str]:
    """Where ``actual`` does not have the keys of ``documented`` (recursively; lists pairwise).

    ``extra``: top-level keys ``actual`` may add. ``elided``: the example leaves
    fields out with ``...``, so ``actual`` may add keys anywhere.
    """
    problems: list[str] = []
    if isinstance(documented, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        if set(documented) - set(actual):
            problems.append(f"{where}: missing {sorted(set(documented) - set(actual))}")
        if not elided and set(actual) - set(documented) - extra:
            problems.append(f"{where}: not documented {sorted(set(actual) - set(documented) - extra)}")
        for key in set(documented) & set(actual):
            problems += same_keys(documented[key], actual[key], f"{where}.{key}", elided=elided)
    elif isinstance(documented, list) and documented and isinstance(documented[0], dict):
        if not isinstance(actual, list) or len(actual) != len(documented):
            return [f"{where}: expected {len(documented)} items, got {actual!r}"]
        for index, (doc_item, item) in enumerate(zip(documented, actual, strict=True)):
            problems += same_keys(doc_item, item, f"{where}[{index}]", elided=elided)
    return problems


def assert_same_keys(documented: Any, actual: Any, extra: frozenset[str] = frozenset(), elided: bool = False) -> None:
    problems = same_keys(documented, actual, extra=extra, elided=elided)
    assert problems == [], "\n".join(problems)


def demo_api(client: Any) -> SerialApi:
    return SerialApi(client, EDITOR_KEY, ACCOUNT)


# ------------------------------------------------------ serialization flow


class Flow:
    """The serialization document's examples sent in document order on one mock."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.api = demo_api(client)
        self.ids: dict[str, str] = {}
        self.responses: dict[tuple[str, str], httpx.Response] = {}

    def send(self, section: str, heading: str | None = None, *, record: bool = True) -> httpx.Response:
        """Send the example; keep its response for the tests unless ``record`` is false."""
        example = one(SER, section, heading=heading)
        assert example.request is not None
        response = send(self.client, example.request, self.ids)
        if record:
            self.responses[(section, heading or example.heading)] = response
        return response

    def run_to_job(self) -> None:
        # The documents' twin: a product with a GTIN, as a serialized product would have.
        self.ids[DOC_TWIN] = self.api.product_twin(GTIN)
        ok(self.send("Configure Account Settings Example"))
        ok(self.send("Configure Digital Twin Settings Example"))
        self.ids[DOC_JOB] = ok(self.send("Start Serialization Job Example"))["id"]

    def run_to_second_page(self) -> None:
        self.run_to_job()
        ok(self.send("Get Serialization Job Status Example"))
        first = self.send("List Serials Example", "First Page")
        self.ids[DOC_SERIAL] = ok(first)[0]["id"]
        self.ids[DOC_PAGE_TOKEN] = first.headers["next-page-token"]
        ok(self.send("List Serials Example", "Second Page"))


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
    return one(SER, section, "response", heading).value


def test_configure_account_settings_example(flow: Flow) -> None:
    response = flow.responses[("Configure Account Settings Example", "Configure Account Settings Example")]
    # Every field of this response is determined by the request: equal as a whole.
    assert ok(response) == documented("Configure Account Settings Example")


def test_configure_digital_twin_settings_example(flow: Flow) -> None:
    response = flow.responses[("Configure Digital Twin Settings Example", "Configure Digital Twin Settings Example")]
    assert ok(response) == substitute(documented("Configure Digital Twin Settings Example"), flow.ids)


def test_account_settings_example_sent_again_updates_them(flow: Flow) -> None:
    # SER v1 (the newest document): account settings are "set or update"; SER refused a second call.
    response = flow.send("Configure Account Settings Example", record=False)
    assert ok(response) == documented("Configure Account Settings Example")


def test_twin_settings_example_sent_again_gets_the_documented_conflict_text(flow: Flow) -> None:
    # The twin has serial items now (the job example ran), so its settings can no longer change.
    response = flow.send("Configure Digital Twin Settings Example", record=False)
    assert response.status_code == 200
    assert response.json() == SETTINGS_CONFLICT
    assert response.text == json.dumps(SETTINGS_CONFLICT)  # quoted, as the document shows it


def test_start_serialization_job_example(flow: Flow) -> None:
    response = flow.responses[("Start Serialization Job Example", "Start Serialization Job Example")]
    body, doc = ok(response), documented("Start Serialization Job Example")
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
    body, doc = ok(response), documented("Get Serialization Job Status Example")
    # `id` and `accountId` are not in the example; the spec makes them optional extras.
    assert_same_keys(doc, body, extra=frozenset({"id", "accountId"}))
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
    serials = ok(response)
    # The document shows one serial of the page; the page holds `first` (100) of them.
    doc = find(SER, "List Serials Example", "response")[0 if heading == "First Page" else 1].value
    assert len(serials) == 100
    for serial in serials:
        assert_same_keys(doc, serial)
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
    first = ok(flow.responses[("List Serials Example", "First Page")])
    second = ok(flow.responses[("List Serials Example", "Second Page")])
    assert {s["id"] for s in first}.isdisjoint({s["id"] for s in second})
    assert {s["serial"] for s in first}.isdisjoint({s["serial"] for s in second})
    # The document: "set after to the serialId of the 100th serial" is the same page as the token.
    after_last = flow.api.get(
        "/rest/serials", digitalTwinId=flow.ids[DOC_TWIN], first=100, order="CREATED_ASC", after=first[-1]["id"]
    )
    assert ok(after_last) == second


@pytest.mark.parametrize(
    ("heading", "carrier_type"), [("Digital Watermark", "DIGITAL_WATERMARK"), ("QR Code", "QR_CODE")]
)
def test_create_a_single_data_carrier_example(carrier_flow: Flow, heading: str, carrier_type: str) -> None:
    body = ok(carrier_flow.responses[("Create a Single Data Carrier Example", heading)])
    # Both responses follow both requests in the document; they are told apart by carrierType.
    (doc,) = [
        e.value
        for e in find(SER, "Create a Single Data Carrier Example", "response")
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


# ------------------------------------------------------------- REST examples


def rest_request(section: str) -> CurlRequest:
    request = one(REST, section).request
    assert request is not None
    return request


@pytest.fixture
def client() -> Iterator[Any]:
    with make_app_client() as test_client:
        yield test_client


def test_list_digital_twins_with_search_example(client: Any) -> None:
    api = demo_api(client)
    found = api.create_product(descriptionShort="An Example Product")
    other = api.create_product(descriptionShort="Unrelated")
    twins = ok(send(client, rest_request("List Digital Twins with Search"), {"$ACCOUNT_ID": ACCOUNT}))
    product_ids = [twin.get("productId") for twin in twins]
    assert found["id"] in product_ids
    assert other["id"] not in product_ids


def test_create_a_product_example(client: Any) -> None:
    api = demo_api(client)
    ids = {"$ACCOUNT_ID": ACCOUNT, "$BRAND_ID": api.create_brand()["id"]}
    request = rest_request("Create a Product Example")
    product = ok(send(client, request, ids))
    sent = substitute(request.body, ids)
    for key in ("accountId", "brandId", "descriptionShort", "gpcCategoryCode", "identifier", "customAttributes"):
        assert product[key] == sent[key], key
    # "using the account's default data carrier settings": the demo account's two default types.
    twin = api.twin_of("product", product["id"])
    assert {carrier["carrierType"] for carrier in twin["dataCarriers"]} == {"QR_CODE", "DIGITAL_WATERMARK"}


def test_filter_products_by_gtin_example(client: Any) -> None:
    api = demo_api(client)
    gtins = ["01234567891224", "00614141000012", "09506000134352"]
    wanted = [api.create_product(identifier=gtin)["id"] for gtin in gtins]
    api.create_product(identifier="00012345678905")  # not asked for
    ids = {"$ACCOUNT_ID": ACCOUNT, "$GTIN1": gtins[0], "$GTIN2": gtins[1], "$GTINn": gtins[2]}
    products = ok(send(client, rest_request("Filter Products by GTIN"), ids))  # GET with a JSON body
    assert [product["id"] for product in products] == wanted  # MODIFIED_ASC: oldest change first


def test_filter_promotional_assets_by_id_example(client: Any) -> None:
    api = demo_api(client)
    assets = [api.create_asset()["id"] for _ in range(4)]
    ids = {"$ACCOUNT_ID": ACCOUNT, "$PROMOASSET_ID1": assets[0], "$PROMOASSET_ID2": assets[1]}
    ids["$PROMOASSET_IDn"] = assets[3]
    found = ok(send(client, rest_request("Filter Promotional Assets by ID"), ids))  # GET with a JSON body
    assert [asset["id"] for asset in found] == [assets[3], assets[1], assets[0]]  # MODIFIED_DESC


def test_update_a_product_variant_example(client: Any) -> None:
    api = demo_api(client)
    variant = api.create_variant(consumerProductVariantReasonCode="CHANGE_OF_PRODUCT", customAttributes={"a": "b"})
    ids = {"$ACCOUNT_ID": ACCOUNT, "$PRODUCTVARIANT_ID": variant["id"]}
    updated = ok(send(client, rest_request("Update a Product Variant Example"), ids))
    assert updated["id"] == variant["id"]
    assert updated["consumerProductVariantReasonCode"] == "ADD_ADDITIONAL_LANGUAGE"
    assert updated.get("customAttributes", {}) == {}  # "remove custom attributes"
    assert updated["consumerProductVariantDescription"] == variant["consumerProductVariantDescription"]


def test_create_a_data_carrier_example(client: Any) -> None:
    api = demo_api(client)
    twin = api.twin_of("product", api.create_product()["id"])  # created without carriers
    assert twin["dataCarriers"] == []
    ids = {"$ACCOUNT_ID": ACCOUNT, "$DIGITAL_TWIN_ID": twin["id"]}
    carrier = ok(send(client, rest_request("Create a Data Carrier Example"), ids))
    assert (carrier["digitalTwinId"], carrier["carrierType"], carrier["carrierUrl"]) == (
        twin["id"],
        "DIGITAL_WATERMARK",
        "",
    )


# ------------------------------------------------- digital twin id fragments


@pytest.mark.parametrize(
    ("document", "section"), [(REST, ABOUT_TWIN_ID), (SER, "Digital Twin ID")], ids=["rest", "ser"]
)
def test_digital_twin_id_filters_find_the_twin(client: Any, document: str, section: str) -> None:
    """The ``"filter": {...}`` fragments, sent as the filter of ``GET /digitalTwins``."""
    api = demo_api(client)
    product = api.create_product(useDefaultSettings=True)  # with data carriers, as in the sample
    variant = api.create_variant()
    asset = api.create_asset()
    ids = {"$PRODUCT_ID": product["id"], "$VARIANT_ID": variant["id"], "$PROMOASSET_ID": asset["id"]}
    resources = {"product": product["id"], "productVariant": variant["id"], "promotionalAsset": asset["id"]}
    sample_example = one(REST, ABOUT_TWIN_ID, "response")
    assert sample_example.elided
    sample = sample_example.value[0]
    for fragment in find(document, section, "fragment"):
        (kind,) = fragment.value["filter"]
        filter_ = json.dumps(substitute(fragment.value["filter"], ids))
        query = (("accountId", ACCOUNT), ("first", "10"), ("order", "CREATED_ASC"), ("filter", filter_))
        twins = ok(send(client, CurlRequest("GET", "/digitalTwins", query, None), {}))
        assert len(twins) == 1, (kind, twins)
        twin = twins[0]
        assert twin["resourceId"] == resources[kind]
        if kind == "product":
            # The documented sample: the twin's id is its carriers' digitalTwinId, productId its product's id.
            # The sample shows one carrier; this twin has the demo account's two default ones.
            assert_same_keys({**sample, "dataCarriers": sample["dataCarriers"] * 2}, twin, elided=True)
            assert {carrier["digitalTwinId"] for carrier in twin["dataCarriers"]} == {twin["id"]}
            assert twin["productId"] == twin["product"]["id"] == product["id"]


# --------------------------------------------------------------- coverage


COVERED_REQUESTS = {
    (SER, "Configure Account Settings Example"),
    (SER, "Configure Digital Twin Settings Example"),
    (SER, "Start Serialization Job Example"),
    (SER, "Get Serialization Job Status Example"),
    (SER, "List Serials Example"),
    (SER, "Create a Single Data Carrier Example"),
    (REST, "List Digital Twins with Search"),
    (REST, "Create a Product Example"),
    (REST, "Filter Products by GTIN"),
    (REST, "Filter Promotional Assets by ID"),
    (REST, "Update a Product Variant Example"),
    (REST, "Create a Data Carrier Example"),
    (REST, ABOUT_TWIN_ID),  # fragments and the sample twin list
    (SER, "Digital Twin ID"),  # fragments
}


def test_every_example_is_sent_by_a_test() -> None:
    """Of the two older documents (the 2025 one: ``test_doc_examples_v1_against_mock.py``)."""
    assert EXAMPLES, f"reference documents not found in {REFERENCE_DIR}"
    older = [e for e in EXAMPLES if e.document != SER_V1]
    assert {(e.document, place(e)) for e in older} == COVERED_REQUESTS
    assert sum(e.kind == "request" for e in older) == 14  # a new request example needs a test here
