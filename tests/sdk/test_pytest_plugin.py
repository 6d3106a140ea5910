"""The pytest plugin, run as integrators run it: test files of their own, in a pytester sandbox."""

from __future__ import annotations

import pytest

USER_TESTS = """
import httpx
import pytest
from illuminate_client.api.brands import create_brand, list_brands

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"


def test_creates_a_brand(illuminate, illuminate_mock):
    brand = illuminate.call(create_brand, name="Acme")
    assert [b.name for b in illuminate_mock.backend.store.brands.all(ACCOUNT)] == ["Acme"]
    assert brand.account_id == ACCOUNT


def test_sees_no_brand_of_another_test(illuminate):
    assert list(illuminate.paginate(list_brands, order="MODIFIED_DESC")) == []


def test_faults_on_demand(illuminate_mock):
    with illuminate_mock.client() as client, illuminate_mock.faults("server-error=503"):
        answer = client.get("/rest/brands", params={"accountId": ACCOUNT, "first": 1, "order": "MODIFIED_DESC"})
        assert answer.status_code == 503


INLINE = {
    "accounts": [{"id": "acct-1", "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]}],
    "apiKeys": [
        {"key": "editor-1", "accountId": "acct-1", "roles": ["API_EDITOR"]},
        {"key": "reader-1", "accountId": "acct-1", "roles": ["API_READ_ONLY"]},
    ],
}


@pytest.mark.illuminate_mock(fixture=INLINE, key="reader-1")
def test_inline_accounts_and_a_chosen_key(illuminate):
    from illuminate_sdk import PermissionDeniedError
    assert illuminate.account_id == "acct-1"
    with pytest.raises(PermissionDeniedError):
        illuminate.call(create_brand, name="Not allowed")


@pytest.mark.anyio
async def test_async_client(async_illuminate, illuminate_mock):
    brand = await async_illuminate.call(create_brand, name="Async")
    pages = [item async for item in async_illuminate.paginate(list_brands, order="MODIFIED_DESC")]
    assert [b.id for b in pages] == [brand.id]
"""


def test_the_fixtures_work_in_a_users_own_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "anyio")
    names = [line for line in USER_TESTS.splitlines() if line.startswith(("def test_", "async def test_"))]
    result.assert_outcomes(passed=len(names))


def run_marked(pytester: pytest.Pytester, marker: str, fixture: str) -> pytest.RunResult:
    """A user's one test, marked ``@pytest.mark.illuminate_mock(<marker>)`` and taking ``fixture``, run."""
    pytester.makepyfile(
        test_user=f"""
import pytest

@pytest.mark.illuminate_mock({marker})
def test_it({fixture}):
    pass
"""
    )
    return pytester.runpytest_subprocess("-p", "no:cacheprovider")


def test_a_marker_with_an_unknown_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = run_marked(pytester, 'fixtures="typo.yaml"', "illuminate_mock")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*unknown option(s) fixtures*"])


def test_a_key_the_fixture_does_not_have_is_named_without_echoing_it(pytester: pytest.Pytester) -> None:
    result = run_marked(pytester, 'key="sk-live-not-in-the-fixture"', "illuminate")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*has no such API key*"])
    assert 'sk-live-not-in-the-fixture"' not in result.stdout.str().replace('key="sk-live-not-in-the-fixture")', "")
