"""How an integrator tests their own code against the Illuminate mock.

Written as a user would: it imports only the installed distribution
(``pip install 'illuminate-toolkit[mock]'``) and pytest; the toolkit's own
suite runs it from an empty folder (tests/mock/test_examples.py).
"""

from __future__ import annotations

import httpx
import pytest
from illuminate_client.api.brands import create_brand, list_brands
from illuminate_client.api.products import create_product
from illuminate_mock import InProcessMock, mocked
from illuminate_sdk import AsyncIlluminate, Illuminate, InternalServerError, PermissionDeniedError

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"  # the demo fixture's account
GTIN = "09506000134352"


# ----------------------------------------------------------- the code under test


def launch_product(name: str) -> str:
    """Integrator code: it builds its own client from ILLUMINATE_* and returns the twin's id."""
    with Illuminate() as client:
        brand = client.call(create_brand, name=name)
        client.call(
            create_product, brand_id=brand.id, identifier=GTIN, description_short=name, gpc_category_code="10001234"
        )
        return client.digital_twin_id(gtin=GTIN)


def mark_sold(client: Illuminate, twin_id: str, count: int) -> list[str]:
    """Integrator code: serialize, then flag every serial as sold."""
    run = client.serialize(twin_id, count, length=8)
    serials = [item.serial for item in run]
    for serial in serials:
        client.set_serial_flag(twin_id, serial, "flag1", True)
    return serials


# ----------------------------------------------------------- mocked(): code that builds its own client


@pytest.fixture
def demo_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ILLUMINATE_API_KEY", "demo-editor-key")
    monkeypatch.setenv("ILLUMINATE_ACCOUNT_ID", ACCOUNT)
    monkeypatch.delenv("ILLUMINATE_BASE_URL", raising=False)  # the service's own, which mocked() answers


@mocked()
def test_launch_product_reaches_the_mock(demo_environment: None) -> None:
    twin_id = launch_product("Acme")
    assert twin_id


def test_the_state_is_there_to_inspect(demo_environment: None) -> None:
    with mocked() as service:
        launch_product("Acme")
        assert [brand.name for brand in service.backend.store.brands.all(ACCOUNT)] == ["Acme"]
        # Plain httpx reaches it too.
        answer = httpx.get(
            "https://api.dmrc.app/rest/brands",
            params={"accountId": ACCOUNT, "first": 10, "order": "MODIFIED_DESC"},
            headers={"Authorization": "ApiKey demo-editor-key"},
        )
        assert [brand["name"] for brand in answer.json()] == ["Acme"]


# ----------------------------------------------------------- the pytest plugin's fixtures


def test_flags_every_serial(illuminate: Illuminate) -> None:
    brand = illuminate.call(create_brand, name="Acme")
    illuminate.call(
        create_product, brand_id=brand.id, identifier=GTIN, description_short="X", gpc_category_code="10001234"
    )
    twin_id = illuminate.digital_twin_id(gtin=GTIN)

    serials = mark_sold(illuminate, twin_id, 5)

    assert len(serials) == 5
    assert all(illuminate.serial_flag(twin_id, serial, "flag1") for serial in serials)
    sold = [item.serial for item in illuminate.serial_items(twin_id, flags={"flag1": True})]
    assert sorted(sold) == sorted(serials)


def test_every_test_starts_empty(illuminate: Illuminate) -> None:
    assert list(illuminate.paginate(list_brands, order="MODIFIED_DESC")) == []


def test_the_service_failing(illuminate_mock: InProcessMock, illuminate: Illuminate) -> None:
    with illuminate_mock.faults("server-error=503"), pytest.raises(InternalServerError, match="503"):
        illuminate.call(create_brand, name="Never")
    assert illuminate.call(create_brand, name="Later").name == "Later"


@pytest.mark.illuminate_mock(key="demo-api-read-only-key")
def test_a_read_only_key_cannot_write(illuminate: Illuminate) -> None:
    with pytest.raises(PermissionDeniedError):
        illuminate.call(create_brand, name="Nope")


@pytest.mark.anyio
async def test_the_async_client(async_illuminate: AsyncIlluminate) -> None:
    brand = await async_illuminate.call(create_brand, name="Async")
    assert [b.id async for b in async_illuminate.paginate(list_brands, order="MODIFIED_DESC")] == [brand.id]
