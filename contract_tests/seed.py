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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

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
    path: dict[str, str] = field(default_factory=dict)  # path parameters of the /api/v1 operations
    link_items: dict[str, str] = field(default_factory=dict)  # fields of POST /rest/promotionalAssetLinks items
    notes: list[str] = field(default_factory=list)  # seeds skipped because an answer did not name an id
    # The account attribute the suite declared: settings requests keep declaring it (see apply).
    kept_attribute: str | None = None

    def describe(self) -> str:
        names = sorted(
            {
                *self.body,
                *self.query,
                *(f"path {p}" for p in self.path),
                *(f"{op} {f}" for op, fs in self.by_operation.items() for f in fs),
            }
        )
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
        if self.kept_attribute and operation_label == SETTINGS_OPERATION:
            _keep_attribute(body, self.kept_attribute)
        links = body.get("links")
        if isinstance(links, list):
            for item in links:
                if isinstance(item, dict):
                    for name, value in self.link_items.items():
                        if isinstance(item.get(name), str):
                            item[name] = value


SETTINGS_OPERATION = "POST /rest/accountSerialAllocationSettings"
MAX_ACCOUNT_ATTRIBUTES = 20  # "up to 20 attributes" (2025 document, account settings)


def _keep_attribute(body: dict[str, Any], name: str) -> None:
    """Add the suite's attribute to a settings request's well-formed ``attributes`` list with room for it.

    Account attributes are replaced by every settings request, so without this
    the first generated one would take away the name the attribute operations
    are seeded with, and they would only ever answer 404. Lists that are
    malformed, full or already name it are left alone, so negative cases stay
    negative; schemathesis re-checks every case after its hooks.
    """
    attributes = body.get("attributes")
    if not isinstance(attributes, list) or len(attributes) >= MAX_ACCOUNT_ATTRIBUTES:
        return
    if not all(isinstance(item, dict) and isinstance(item.get("name"), str) for item in attributes):
        return
    if all(item["name"] != name for item in attributes):
        attributes.append({"name": name, "mandatory": False})


def _checked(response: httpx.Response, what: str) -> Any:
    """The JSON body of any 2xx answer (None when there is none or it is not JSON); SeedError otherwise.

    The documents name no success status, so 201, 202 and 204 are successes
    too; what a seed needs from the body is read tolerantly (``find_id``).
    """
    if not response.is_success:
        snippet = " ".join(response.text[:200].split())
        raise SeedError(f"seeding: {what} answered HTTP {response.status_code}: {snippet or '(no body)'}")
    if not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError:
        return None


def find_id(body: Any, key: str = "id") -> str | None:
    """The id an answer carries: ``body[key]``, else the first object (of a list or one level down) with one."""
    candidates: list[Any] = [body]
    for _ in range(3):  # the body, its members, their members: a wrapper such as {"data": {...}} is fine
        nested: list[Any] = []
        for candidate in candidates:
            if isinstance(candidate, dict):
                value = candidate.get(key)
                if (isinstance(value, str) and value) or (isinstance(value, int) and not isinstance(value, bool)):
                    return str(value)
                nested.extend(v for v in candidate.values() if isinstance(v, dict | list))
            elif isinstance(candidate, list):
                nested.extend(candidate[:5])
        candidates = nested
    return None


def _twin_of(send: Send, account: str, kind: str, resource_id: str) -> str | None:
    query = json.dumps({kind: {"ids": [resource_id]}})
    params = {"accountId": account, "first": 1, "order": "CREATED_DESC", "filter": query}
    return find_id(_checked(send("GET", "/rest/digitalTwins", params=params), f"GET /rest/digitalTwins ({kind})"))


def create_seeds(send: Send, account: str) -> Seeds:
    """Create one of each resource and read back its id; a seed the answers do not name is skipped (noted)."""
    seeds = Seeds(body={"accountId": account})
    note = seeds.notes.append

    def post(path: str, body: dict[str, Any]) -> Any:
        return _checked(send("POST", path, json={"accountId": account, **body}), f"POST {path}")

    def created(what: str, path: str, body: dict[str, Any]) -> str | None:
        found = find_id(post(path, body))
        if found is None:
            note(f"{what}: the answer to POST {path} names no id; its seed is skipped")
        return found

    tag = uuid.uuid4().hex[:8]
    brand = created("brand", "/rest/brands", {"name": f"contract-suite brand {tag}"})
    asset_type = created("asset type", "/rest/assetTypes", {"name": f"contract-suite asset type {tag}"})
    functional_name = created(
        "functional name", "/rest/functionalNames", {"name": f"contract-suite product type {tag}"}
    )
    seeds.body.update(
        {
            k: v
            for k, v in {"brandId": brand, "assetTypeId": asset_type, "functionalNameId": functional_name}.items()
            if v
        }
    )
    identifier = f"contract-{tag}"
    product = variant = asset = twin = None
    if brand:
        body = {"brandId": brand, "descriptionShort": "Contract suite product", "gpcCategoryCode": "53000000"}
        product = created("product", "/rest/products", {**body, "identifier": identifier})
        seeds.body["productIdentifier"] = identifier
        variant = created(
            "product variant",
            "/rest/productVariants",
            {
                "productIdentifier": identifier,
                "consumerProductVariantDescription": "Contract suite variant",
                "consumerProductVariantIdentification": f"cpv-{tag}",
                "consumerProductVariantReasonCode": "ADD_ADDITIONAL_LANGUAGE",
            },
        )
    if brand and asset_type:
        asset = created(
            "promotional asset",
            "/rest/promotionalAssets",
            {"brandId": brand, "assetTypeId": asset_type, "descriptionShort": "Contract suite asset"},
        )
    if product:
        twin = _twin_of(send, account, "product", product)
        seeds.by_operation["PUT /rest/products"] = {"id": product}
    if variant:
        seeds.by_operation["PUT /rest/productVariants"] = {"id": variant}
    if asset:
        seeds.by_operation["PUT /rest/promotionalAssets"] = {"id": asset}
        seeds.query["promotionalAssetId"] = asset
    if twin is None:
        note("digital twin: none found for the new product; twin-scoped seeds are skipped")
        return seeds
    seeds.body["digitalTwinId"] = twin
    seeds.query["digitalTwinId"] = twin
    serial = _first_serial(send, account, twin, note)
    if serial:
        seeds.body["serialId"] = serial
    _current_api_seeds(send, account, twin, tag, seeds, note)
    if asset and product:
        links = post("/rest/promotionalAssetLinks", {"links": [{"promotionalAssetId": asset, "productId": product}]})
        link = find_id(links)
        if link:
            seeds.by_operation["DELETE /rest/promotionalAssetLinks"] = {"ids": link}
        seeds.link_items = {"promotionalAssetId": asset, "productId": product}
        if variant:
            seeds.link_items["productVariantId"] = variant
    image = {"digitalTwinId": twin, "fileName": "seed.png", "contentType": "png", "isDefault": False}
    ready_image = created(
        "image", "/rest/digitalTwinImages/create", {**image, "sourceUrl": "https://example.com/seed.png"}
    )
    if ready_image:
        seeds.by_operation["PUT /rest/digitalTwinImages"] = {"digitalTwinImageId": ready_image}
        seeds.by_operation["DELETE /rest/digitalTwinImages"] = {"digitalTwinImageId": ready_image}
    uploaded_image = _uploaded_image(send, post, twin, note)
    if uploaded_image:
        seeds.by_operation["POST /rest/digitalTwinImages/uploads/finalize"] = {"digitalTwinImageId": uploaded_image}
    return seeds


# The smallest valid PNG: signature, IHDR, IDAT, IEND (1x1 pixel).
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f2e1b0000000004945"
    "4e44ae426082"
)


def _uploaded_image(
    send: Send, post: Callable[[str, dict[str, Any]], Any], twin: str, note: Callable[[str], None]
) -> str | None:
    """Steps 1 and 2 of an image upload, leaving step 3 (finalize) to the suite."""
    body = {"digitalTwinId": twin, "fileName": "seed-upload.png", "contentType": "png", "isDefault": True}
    started = post("/rest/digitalTwinImages/uploads/start", body)
    image = find_id(started, "digitalTwinImageId") or find_id(started)
    url = started.get("uploadUrl") if isinstance(started, dict) else None
    if not image or not isinstance(url, str) or not url.startswith(("http://", "https://")):
        note("uploaded image: the upload start answer names no image id or upload URL; its seed is skipped")
        return None
    upload = send("PUT", url, content=_PNG, headers={"Authorization": ""})
    if not upload.is_success:
        raise SeedError(f"seeding: the image upload PUT answered HTTP {upload.status_code}")
    return image


def _first_serial(send: Send, account: str, twin: str, note: Callable[[str], None]) -> str | None:
    """Settings, a small job and its first serial: the one serial-scoped id there is.

    Settings can never change again; on the bundled mock that is harmless, and
    a remote write run only happens on an account named as a sandbox. The
    settings answer may be the settings or the documented refusal (in any
    encoding): either way the twin has settings.
    """
    settings = {"accountId": account, "digitalTwinId": twin, "length": 10, "strategy": "RANDOM_NUMERIC"}
    _checked(
        send("POST", "/rest/digitalTwinSerialAllocationSettings", json=settings),
        "POST /rest/digitalTwinSerialAllocationSettings",
    )
    job = {"accountId": account, "digitalTwinId": twin, "serialCount": 10}
    job_id = find_id(
        _checked(send("POST", "/rest/jobs/serialGeneration", json=job), "POST /rest/jobs/serialGeneration")
    )
    if job_id is None:
        note("serial: the job start answer names no job id; serial seeds are skipped")
        return None
    deadline = time.monotonic() + 120
    while True:
        status = _checked(
            send("GET", "/rest/jobs/status", params={"accountId": account, "jobId": job_id}), "GET /rest/jobs/status"
        )
        state = status.get("status") if isinstance(status, dict) else None
        if state == "COMPLETED":
            break
        if state == "FAILED":
            raise SeedError(f"seeding: the 10-serial job {job_id} ended FAILED")
        if time.monotonic() > deadline:
            raise SeedError(f"seeding: job {job_id} did not complete within 2 minutes (last status {state!r})")
        time.sleep(1)
    params = {"accountId": account, "digitalTwinId": twin, "first": 1, "order": "CREATED_ASC"}
    return find_id(_checked(send("GET", "/rest/serials", params=params), "GET /rest/serials"))


def discover_seeds(send: Send, account: str) -> Seeds:
    """Read-only: the account id, an existing twin for the twin-scoped lists, and what it has:
    a serial with its flags and attributes, a job's identifier."""
    seeds = Seeds(body={"accountId": account}, path={"accountId": account})
    params = {"accountId": account, "first": 1, "order": "CREATED_DESC"}
    twin = find_id(_checked(send("GET", "/rest/digitalTwins", params=params), "GET /rest/digitalTwins"))
    try:  # the 2025 endpoints: a server without them still gets a read-only run of the rest
        if twin:
            seeds.query["digitalTwinId"] = twin
            seeds.path["digitalTwinId"] = twin
            _serial_item_seeds(send, account, twin, seeds)
        where = f"/api/v1/accounts/{account}/jobs/serialization"
        identifier = find_id(_checked(send("GET", where, params={"limit": 1}), f"GET {where}"), "identifier")
        if identifier:
            seeds.path["jobIdentifier"] = identifier
    except SeedError as exc:
        seeds.notes.append(f"{exc}; the /api/v1 seeds are skipped")
    return seeds


SEED_ATTRIBUTE = "contract_note"


def _current_api_seeds(
    send: Send, account: str, twin: str, tag: str, seeds: Seeds, note: Callable[[str], None]
) -> None:
    """The 2025 Serialization API: an account attribute, a job named by an identifier, a serial item.

    Account settings are "set or update" and their attributes replace the
    account's: a write run only happens on a named sandbox account.
    """
    seeds.path.update({"accountId": account, "digitalTwinId": twin})
    settings = {
        "accountId": account,
        "length": 10,
        "strategy": "RANDOM_NUMERIC",
        "attributes": [{"name": SEED_ATTRIBUTE, "mandatory": False}],
    }
    _checked(
        send("POST", "/rest/accountSerialAllocationSettings", json=settings),
        "POST /rest/accountSerialAllocationSettings",
    )
    seeds.path["attributeName"] = seeds.kept_attribute = SEED_ATTRIBUTE
    identifier = f"contract-{tag}"
    job = {"digitalTwinId": twin, "count": 5, "identifier": identifier, "attributes": {SEED_ATTRIBUTE: "seed"}}
    started = _checked(send("POST", f"/api/v1/accounts/{account}/jobs/serialization", json=job), "POST v1 job")
    seeds.path["jobIdentifier"] = find_id(started, "identifier") or identifier
    deadline = time.monotonic() + 120
    where = f"/api/v1/accounts/{account}/jobs/serialization/{seeds.path['jobIdentifier']}"
    while True:
        status = _checked(send("GET", where), f"GET {where}")
        state = status.get("status") if isinstance(status, dict) else None
        if state == "COMPLETED":
            break
        if state == "FAILED" or time.monotonic() > deadline:
            note(f"serial item: the job {identifier} did not complete ({state!r}); serial item seeds are skipped")
            return
        time.sleep(1)
    _serial_item_seeds(send, account, twin, seeds)


def _serial_item_seeds(send: Send, account: str, twin: str, seeds: Seeds) -> None:
    """A serial item's id, and the name of one of its flags (flags are made in the UI, so read them)."""
    where = f"/api/v1/accounts/{account}/digitalTwins/{twin}/serials"
    page = _checked(send("GET", where, params={"limit": 1}), f"GET {where}")
    items = page.get("serials") if isinstance(page, dict) else None
    first = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else None
    if first is None:
        return
    serial = find_id(first)
    if serial:
        seeds.path["serialId"] = serial
    flags = first.get("flags")
    if isinstance(flags, dict) and flags:
        seeds.path["flagName"] = str(next(iter(flags)))
    attributes = first.get("attributes")
    if "attributeName" not in seeds.path and isinstance(attributes, dict) and attributes:
        seeds.path["attributeName"] = str(next(iter(attributes)))
