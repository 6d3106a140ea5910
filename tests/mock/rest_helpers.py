"""Helpers shared by the tests of the mock's REST rules (``test_rest_*.py``).

Imported as ``from tests.mock.rest_helpers import ...``, on top of ``tests/mock/helpers.py``.
"""

from __future__ import annotations

from tests.mock.helpers import Api


def twin_ids(api: Api, **filter_: object) -> list[str]:
    """The ids of the account's digital twins, oldest first, narrowed by ``filter_`` when one is given."""
    return api.list_ids("/rest/digitalTwins", order="CREATED_ASC", filter=filter_ or None)
