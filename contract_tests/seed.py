"""Real ids for the generated requests, so cases reach the rules behind the 404s.

Random ids only ever test "not found". Before a write run the suite creates
one brand, asset type, functional name, product (with its digital twin),
variant and promotional asset, and the run's requests use their ids wherever
such an id is asked for. A read-only run creates nothing: it looks up an
existing digital twin instead.
"""

from __future__ import annotations

import json
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from .target import Target

Send = Callable[..., httpx.Response]


class SeedError(Exception):
    """Seeding failed; the message says which request and why."""


@dataclass
class Seeds:
    """Ids to put into generated requests: by body field, and by operation for ``id``."""

    body: dict[str, str] = field(default_factory=dict)
    # Per operation, body fields whose meaning depends on it (`id` is a product's or a variant's).
    by_operation: dict[str, dict[str, str]] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    link_items: dict[str, str] = field(default_factory=dict)  # fields of POST /promotionalAssetLinks items

    def describe(self) -> str:
        names = sorted({*self.body, *self.query, *(f"{op} {f}" for op, fs in self.by_operation.items() for f in fs)})
        return ", ".join(names) or "none"

    def apply(self, operation_label: str, body: Any) -> None:
        """Replace string values of seeded fields in a request body, in place."""
        if not isinstance(body, dict):
            return
        for name, value in self.body.items():
            if isinstance(body.get(name), str):
                body[name] = value
        for name, value in self.by_operation.get(operation_label, {}).items():
            current = body.get(name)
            if isinstance(current, str):
                body[name] = value
            elif isinstance(current, list):  # e.g. the ids of links to delete
                body[name] = [value if isinstance(item, str) else item for item in current]
        links = body.get("links")
        if isinstance(links, list):
            for item in links:
                if isinstance(item, dict):
                    for name, value in self.link_items.items():
                        if isinstance(item.get(name), str):
                            item[name] = value


def _checked(response: httpx.Response, what: str) -> Any:
    if response.status_code != 200:
        raise SeedError(f"seeding: {what} answered {response.status_code}: {response.text[:200]}")
    return response.json()


def _twin_of(send: Send, account: str, kind: str, resource_id: str) -> str:
    query = json.dumps({kind: {"ids": [resource_id]}})
    params = {"accountId": account, "first": 1, "order": "CREATED_DESC", "filter": query}
    twins = _checked(send("GET", "/digitalTwins", params=params), f"GET /digitalTwins ({kind})")
    if not twins:
        raise SeedError(f"seeding: no digital twin found for the new {kind} {resource_id}")
    return str(twins[0]["id"])


def create_seeds(send: Send, account: str) -> Seeds:
    def post(path: str, body: dict[str, Any]) -> Any:
        return _checked(send("POST", path, json={"accountId": account, **body}), f"POST {path}")

    tag = uuid.uuid4().hex[:8]
    brand = post("/brands", {"name": f"contract-suite brand {tag}"})["id"]
    asset_type = post("/assetTypes", {"name": f"contract-suite asset type {tag}"})["id"]
    functional_name = post("/functionalNames", {"name": f"contract-suite product type {tag}"})["id"]
    identifier = f"contract-{tag}"
    product = post(
        "/products",
        {
            "brandId": brand,
            "descriptionShort": "Contract suite product",
            "gpcCategoryCode": "53000000",
            "identifier": identifier,
        },
    )["id"]
    variant = post(
        "/productVariants",
        {
            "productIdentifier": identifier,
            "consumerProductVariantDescription": "Contract suite variant",
            "consumerProductVariantIdentification": f"cpv-{tag}",
            "consumerProductVariantReasonCode": "ADD_ADDITIONAL_LANGUAGE",
        },
    )["id"]
    asset = post(
        "/promotionalAssets", {"brandId": brand, "assetTypeId": asset_type, "descriptionShort": "Contract suite asset"}
    )["id"]
    twin = _twin_of(send, account, "product", product)
    serial = _first_serial(send, account, twin)
    link = post("/promotionalAssetLinks", {"links": [{"promotionalAssetId": asset, "productId": product}]})[0]["id"]
    ready_image = post(
        "/digitalTwinImages/create",
        {
            "digitalTwinId": twin,
            "fileName": "seed.png",
            "contentType": "png",
            "isDefault": False,
            "sourceUrl": "https://example.com/seed.png",
        },
    )["id"]
    uploaded_image = _uploaded_image(send, post, twin)
    return Seeds(
        body={
            "accountId": account,
            "brandId": brand,
            "assetTypeId": asset_type,
            "functionalNameId": functional_name,
            "productIdentifier": identifier,
            "digitalTwinId": twin,
            "serialId": serial,
        },
        by_operation={
            "PUT /products": {"id": product},
            "PUT /productVariants": {"id": variant},
            "PUT /promotionalAssets": {"id": asset},
            "DELETE /promotionalAssetLinks": {"ids": link},
            "POST /digitalTwinImages/uploads/finalize": {"digitalTwinImageId": uploaded_image},
            "PUT /digitalTwinImages": {"digitalTwinImageId": ready_image},
            "DELETE /digitalTwinImages": {"digitalTwinImageId": ready_image},
        },
        query={"digitalTwinId": twin, "promotionalAssetId": asset},
        link_items={"promotionalAssetId": asset, "productId": product, "productVariantId": variant},
    )


# The smallest valid PNG: signature, IHDR, IDAT, IEND (1x1 pixel).
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f2e1b0000000004945"
    "4e44ae426082"
)


def _uploaded_image(send: Send, post: Callable[[str, dict[str, Any]], Any], twin: str) -> str:
    """Steps 1 and 2 of an image upload, leaving step 3 (finalize) to the suite."""
    body = {"digitalTwinId": twin, "fileName": "seed-upload.png", "contentType": "png", "isDefault": True}
    started = post("/digitalTwinImages/uploads/start", body)
    upload = send("PUT", started["uploadUrl"], content=_PNG, headers={"Authorization": ""})
    if upload.status_code >= 300:
        raise SeedError(f"seeding: the image upload PUT answered {upload.status_code}")
    return str(started["digitalTwinImageId"])


def _first_serial(send: Send, account: str, twin: str) -> str:
    """Settings, a small job and its first serial: the one serial-scoped id there is.

    Settings can never change again; on the bundled mock that is harmless, and
    a remote write run only happens on an account named as a sandbox.
    """
    settings = {"accountId": account, "digitalTwinId": twin, "length": 10, "strategy": "RANDOM_NUMERIC"}
    _checked(
        send("POST", "/digitalTwinSerialAllocationSettings", json=settings), "POST /digitalTwinSerialAllocationSettings"
    )
    job = {"accountId": account, "digitalTwinId": twin, "serialCount": 10}
    job_id = _checked(send("POST", "/jobs/serialGeneration", json=job), "POST /jobs/serialGeneration")["id"]
    for _ in range(120):
        status = _checked(
            send("GET", "/jobs/status", params={"accountId": account, "jobId": job_id}), "GET /jobs/status"
        )
        if status["status"] == "COMPLETED":
            break
        time.sleep(1)
    else:
        raise SeedError(f"seeding: job {job_id} did not complete within 2 minutes")
    params = {"accountId": account, "digitalTwinId": twin, "first": 1, "order": "CREATED_ASC"}
    serials = _checked(send("GET", "/serials", params=params), "GET /serials")
    return str(serials[0]["id"])


def discover_seeds(send: Send, account: str) -> Seeds:
    """Read-only: the account id, and an existing twin for the twin-scoped lists."""
    seeds = Seeds(body={"accountId": account})
    params = {"accountId": account, "first": 1, "order": "CREATED_DESC"}
    twins = _checked(send("GET", "/digitalTwins", params=params), "GET /digitalTwins")
    if twins:
        seeds.query["digitalTwinId"] = str(twins[0]["id"])
    return seeds


@contextmanager
def sender(target: Target, app: Any) -> Iterator[Send]:
    """A function that sends one request to the target, in process or over HTTP."""
    headers = {"Authorization": f"ApiKey {target.api_key}"}
    if app is not None:
        with warnings.catch_warnings():
            # Starlette asks for its httpx fork; plain httpx works as well for this.
            warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
            from starlette.testclient import TestClient

            with TestClient(app, base_url=target.url, headers=headers) as client:
                yield client.request
        return
    with httpx.Client(base_url=target.url, headers=headers, timeout=30) as client:
        yield client.request
