"""Every example request of the two older reference documents (REST and serialization) is sent by a test
(``test_doc_examples_serialization.py``, ``test_doc_examples_rest.py``): a new request example in the
documents fails here until a test sends it.
"""

from __future__ import annotations

from tests.mock.doc_example_helpers import ABOUT_TWIN_ID, EXAMPLES, REFERENCE_DIR, REST, SER, SER_V1, place

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
